import { Alert } from "@engagiert/ui/alert";
import { useTRPC } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { DateField } from "@engagiert/ui/date-time-fields";
import { QueryError } from "@engagiert/ui/error-page";
import { readError } from "@engagiert/ui/errors";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { SelectField } from "@engagiert/ui/select-field";
import { Cell, HeaderCell, Row, RowHeader, Table, TableBody, TableHead } from "@engagiert/ui/table";
import { TextField } from "@engagiert/ui/text-field";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useDay, useQualificationTypes, useStatusText } from "./qualification-texts.ts";
import { useQualificationT } from "../qualification-messages.ts";

const EMPTY = { typeSlug: "", validFrom: "", issuer: "", validUntil: "" };

/** Staff enter a certificate from outside: type, date, issuer, and "valid until" if it says so. */
function ExternalRecordForm(props: { personId: string }) {
  const t = useQualificationT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const types = useQualificationTypes();
  const [draft, setDraft] = useState(EMPTY);
  const set = (patch: Partial<typeof EMPTY>) => setDraft((d) => ({ ...d, ...patch }));
  const add = useMutation(
    trpc.qualifications.addExternalRecord.mutationOptions({
      onSuccess: async () => {
        setDraft(EMPTY);
        await queryClient.invalidateQueries({
          queryKey: trpc.qualifications.recordsOfPerson.queryKey({ personId: props.personId }),
        });
      },
    }),
  );
  const failure = add.error ? readError(add.error) : null;
  const err = (path: string) => failure?.fieldErrors[path]?.[0] ?? null;

  function submit(event: FormEvent) {
    event.preventDefault();
    add.mutate({ personId: props.personId, ...draft, validUntil: draft.validUntil || null });
  }

  return (
    <form className="engagiert-form" noValidate onSubmit={submit} aria-labelledby="add-heading">
      <h3 id="add-heading" className="kern-heading-small">
        {t("qualifications.add.title")}
      </h3>
      {failure ? (
        <Alert tone="danger" title={t("common.errorSummary")} isLive>
          <p className="kern-body">{failure.message ?? t("common.networkError")}</p>
        </Alert>
      ) : null}
      {add.isSuccess ? <Alert tone="success" title={t("qualifications.add.saved")} isLive /> : null}
      <SelectField
        label={t("qualifications.type")}
        value={draft.typeSlug}
        onChange={(e) => set({ typeSlug: e.target.value })}
        error={err("typeSlug")}
        options={[
          { value: "", label: t("qualifications.add.choose") },
          ...(types.data ?? [])
            .filter((type) => !type.isArchived)
            .map((type) => ({
              value: type.slug,
              label: language === "de" ? type.nameDe : type.nameEn,
            })),
        ]}
      />
      <DateField
        label={t("qualifications.add.validFrom")}
        value={draft.validFrom}
        onChange={(e) => set({ validFrom: e.target.value })}
        error={err("validFrom")}
      />
      <TextField
        label={t("qualifications.add.issuer")}
        hint={t("qualifications.add.issuerHint")}
        value={draft.issuer}
        maxLength={120}
        onChange={(e) => set({ issuer: e.target.value })}
        error={err("issuer")}
      />
      <DateField
        label={t("qualifications.add.validUntil")}
        hint={t("qualifications.add.validUntilHint")}
        value={draft.validUntil}
        onChange={(e) => set({ validUntil: e.target.value })}
        error={err("validUntil")}
      />
      <Button type="submit" disabled={add.isPending}>
        {add.isPending ? t("common.saving") : t("qualifications.add.submit")}
      </Button>
    </form>
  );
}

/** The qualifications on a volunteer's record, and a way to add a certificate. */
export function QualificationsSection(props: { personId: string }) {
  const t = useQualificationT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const day = useDay();
  const statusText = useStatusText();
  // Each staff read is audited: asked for once per visit, not in the background.
  const records = useQuery({
    ...trpc.qualifications.recordsOfPerson.queryOptions({ personId: props.personId }),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  return (
    <section aria-labelledby="qualifications-heading" className="engagiert-section">
      <h2 id="qualifications-heading" className="kern-heading-medium">
        {t("qualifications.ofPerson")}
      </h2>
      {records.isPending ? (
        <Loading />
      ) : records.isError ? (
        <QueryError error={records.error} onRetry={() => void records.refetch()} />
      ) : records.data.length === 0 ? (
        <p className="kern-body">{t("qualifications.noneOfPerson")}</p>
      ) : (
        <Table caption={t("qualifications.ofPerson")} isCaptionHidden>
          <TableHead>
            <HeaderCell>{t("qualifications.type")}</HeaderCell>
            <HeaderCell>{t("qualifications.validFrom")}</HeaderCell>
            <HeaderCell>{t("qualifications.standing")}</HeaderCell>
            <HeaderCell>{t("qualifications.issuer")}</HeaderCell>
            <HeaderCell>{t("qualifications.source")}</HeaderCell>
          </TableHead>
          <TableBody>
            {records.data.map((r) => (
              <Row key={r.id}>
                <RowHeader>
                  {language === "de" ? r.nameDe : r.nameEn}
                  {r.isTypeArchived ? ` (${t("qualifications.types.archived")})` : ""}
                </RowHeader>
                <Cell>{day(r.validFrom)}</Cell>
                <Cell>{statusText(r.status, r.validUntil, r.validFrom)}</Cell>
                <Cell>{r.issuer ?? t("common.none")}</Cell>
                <Cell>{t(`qualifications.source.${r.source}`)}</Cell>
              </Row>
            ))}
          </TableBody>
        </Table>
      )}
      {records.isError ? null : <ExternalRecordForm personId={props.personId} />}
    </section>
  );
}
