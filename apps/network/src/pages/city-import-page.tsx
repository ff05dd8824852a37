import { useTRPC, type RouterOutputs } from "@engagiert/ui/api";
import { Alert } from "@engagiert/ui/alert";
import { Button, LinkButton } from "@engagiert/ui/button";
import { errorText, readError } from "@engagiert/ui/errors";
import { formatNumber } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Page } from "@engagiert/ui/page";
import { Cell, HeaderCell, Row, Table, TableBody, TableHead } from "@engagiert/ui/table";
import { TextareaField } from "@engagiert/ui/textarea-field";
import { TextField } from "@engagiert/ui/text-field";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type ChangeEvent, type FormEvent } from "react";
import { useDirectoryT } from "../directory-messages.ts";

type Report = RouterOutputs["network"]["checkCityImport"];

/**
 * The network admins' import of the city directory from CSV: the file is checked first and the
 * report lists every bad line; only a file without errors can be imported, and then as a whole.
 */
export function CityImportPage() {
  const t = useDirectoryT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [csv, setCsv] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);

  const check = useMutation(
    trpc.network.checkCityImport.mutationOptions({ onSuccess: (result) => setReport(result) }),
  );
  const runImport = useMutation(
    trpc.network.importCities.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.network.pathKey() }),
    }),
  );
  const failure = check.error ?? runImport.error;

  /** A new text makes the last report and result stale. */
  function changeText(text: string) {
    setCsv(text);
    setReport(null);
    setProblem(null);
    check.reset();
    runImport.reset();
  }

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      changeText(await file.text());
    } catch {
      setProblem(t("cityImport.readFailed"));
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!csv.trim()) {
      setProblem(t("cityImport.missing"));
      return;
    }
    setProblem(null);
    check.mutate({ csv });
  }

  return (
    <Page title={t("cityImport.title")}>
      <p className="kern-body">{t("cityImport.intro")}</p>
      <p className="kern-body">{t("cityImport.columns")}</p>
      <form className="engagiert-form engagiert-form--wide" onSubmit={submit} noValidate>
        <TextField
          label={t("cityImport.file")}
          hint={t("cityImport.fileHint")}
          type="file"
          name="file"
          accept=".csv,text/csv,text/plain"
          onChange={(event) => void readFile(event)}
        />
        <TextareaField
          label={t("cityImport.text")}
          hint={t("cityImport.textHint")}
          name="csv"
          rows={10}
          spellCheck={false}
          value={csv}
          onChange={(event) => changeText(event.target.value)}
          error={problem ?? readError(check.error).fieldErrors.csv?.[0]}
        />
        <Button type="submit" disabled={check.isPending}>
          {check.isPending ? t("cityImport.checking") : t("cityImport.check")}
        </Button>
      </form>
      {failure && !readError(failure).fieldErrors.csv ? (
        <Alert tone="danger" title={t("cityImport.failed")} isLive>
          <p className="kern-body">{errorText(readError(failure), t)}</p>
        </Alert>
      ) : null}
      {report ? (
        <ImportReport
          report={report}
          isImporting={runImport.isPending}
          result={runImport.data ?? null}
          onImport={() => runImport.mutate({ csv })}
        />
      ) : null}
    </Page>
  );
}

function ImportReport(props: {
  report: Report;
  isImporting: boolean;
  result: RouterOutputs["network"]["importCities"] | null;
  onImport: () => void;
}) {
  const t = useDirectoryT();
  const [language] = useLanguage();
  const { report, result } = props;
  const hidden = report.errorCount - report.errors.length;

  return (
    <section aria-labelledby="import-report" className="engagiert-section">
      <h2 id="import-report" className="kern-heading-medium">
        {t("cityImport.reportTitle")}
      </h2>
      {report.errorCount > 0 ? (
        <>
          <Alert tone="danger" title={t("cityImport.invalid", { count: report.errorCount })} isLive>
            <p className="kern-body">
              {t("cityImport.invalidText", { valid: formatNumber(report.validRows, language) })}
            </p>
          </Alert>
          <Table caption={t("cityImport.errorsCaption")}>
            <TableHead>
              <HeaderCell isNumeric>{t("cityImport.line")}</HeaderCell>
              <HeaderCell>{t("cityImport.field")}</HeaderCell>
              <HeaderCell>{t("cityImport.message")}</HeaderCell>
            </TableHead>
            <TableBody>
              {report.errors.map((error, i) => (
                <Row key={`${error.line}-${error.field}-${i}`}>
                  <Cell isNumeric>{error.line}</Cell>
                  <Cell>{error.field}</Cell>
                  <Cell>
                    <span lang="de">{error.message}</span>
                  </Cell>
                </Row>
              ))}
            </TableBody>
          </Table>
          {hidden > 0 ? (
            <p className="kern-body">
              {t("cityImport.more", { count: formatNumber(hidden, language) })}
            </p>
          ) : null}
        </>
      ) : result ? (
        <Alert tone="success" title={t("cityImport.done")} isLive>
          <p className="kern-body">
            {t("cityImport.doneText", {
              created: formatNumber(result.created, language),
              updated: formatNumber(result.updated, language),
            })}
          </p>
          <p className="kern-body">
            <LinkButton to="/staedte" variant="secondary">
              {t("cityImport.toDirectory")}
            </LinkButton>
          </p>
        </Alert>
      ) : (
        <>
          <Alert tone="success" title={t("cityImport.valid", { count: report.validRows })} isLive>
            <p className="kern-body">{t("cityImport.validText")}</p>
          </Alert>
          <Button onClick={props.onImport} disabled={props.isImporting}>
            {props.isImporting ? t("cityImport.running") : t("cityImport.run")}
          </Button>
        </>
      )}
    </section>
  );
}
