import { useTRPCClient, type RouterInputs } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { useLanguage } from "@engagiert/ui/i18n";
import { useState } from "react";
import { useReportT } from "../report-messages.ts";

type CsvInput = RouterInputs["reports"]["csv"];
export type ReportTable = CsvInput["table"];

/** Hands a text to the browser as a file to save, without leaving the page. */
function saveFile(fileName: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Downloads one table of the report as CSV, made by the API from the same figures. */
export function CsvButton(props: {
  table: ReportTable;
  tableName: string;
  period: { from: string; to: string; organisationId: string | null };
}) {
  const t = useReportT();
  const [language] = useLanguage();
  const client = useTRPCClient();
  const [state, setState] = useState<"idle" | "busy" | "failed">("idle");

  async function download() {
    setState("busy");
    try {
      const file = await client.reports.csv.query({
        ...props.period,
        table: props.table,
        language,
      });
      saveFile(file.fileName, file.content);
      setState("idle");
    } catch {
      setState("failed");
    }
  }

  return (
    <div className="engagiert-actions">
      <Button variant="secondary" onClick={() => void download()} disabled={state === "busy"}>
        {state === "busy" ? t("report.csvPreparing") : t("report.csv", { table: props.tableName })}
      </Button>
      {state === "failed" ? (
        <p className="kern-body kern-body--small" role="alert">
          {t("report.csvFailed")}
        </p>
      ) : null}
    </div>
  );
}
