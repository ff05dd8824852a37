/** A `YYYY-MM-DD` day as a date to format (noon, so no time zone moves it). */
export const dayOf = (day: string) => new Date(`${day}T12:00:00Z`);

/** Hands a text to the browser as a file to save. */
export function downloadText(filename: string, content: string, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
