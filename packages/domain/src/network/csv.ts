/** One record of a CSV file, with the line it starts on (1-based, as an editor shows it). */
export type CsvRecord = { line: number; fields: string[] };

export type CsvResult = { records: CsvRecord[]; unterminatedQuoteAt: number | null };

/**
 * Splits CSV text (RFC 4180: comma-separated, fields in double quotes may hold commas, line
 * breaks and doubled quotes) into records. Accepts LF and CRLF line ends and a leading byte order
 * mark, as spreadsheet programs write them. Blank lines are skipped.
 */
export function parseCsv(text: string): CsvResult {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let inQuotes = false;
  let quoteLine = 0;
  let sawContent = false;

  const endRecord = () => {
    fields.push(field);
    if (sawContent) records.push({ line: recordLine, fields });
    fields = [];
    field = "";
    sawContent = false;
  };

  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (inQuotes) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        if (char === "\n") line++;
        field += char;
      }
      continue;
    }
    if (char === '"') {
      inQuotes = true;
      quoteLine = line;
      sawContent = true;
    } else if (char === ",") {
      fields.push(field);
      field = "";
      sawContent = true;
    } else if (char === "\r" && source[i + 1] === "\n") {
      // The "\n" that follows ends the record.
    } else if (char === "\n") {
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += char;
      if (char.trim() !== "") sawContent = true;
    }
  }
  if (inQuotes) return { records, unterminatedQuoteAt: quoteLine };
  endRecord();
  return { records, unterminatedQuoteAt: null };
}
