import { Alert } from "@engagiert/ui/alert";
import { useTRPC } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { QueryError } from "@engagiert/ui/error-page";
import { readError } from "@engagiert/ui/errors";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { Cell, HeaderCell, Row, RowHeader, Table, TableBody, TableHead } from "@engagiert/ui/table";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { QualificationTypeForm } from "./qualification-type-form.tsx";
import { useQualificationTypes, type QualificationType } from "./qualification-texts.ts";
import { useSeesWholeCity } from "./use-staff.ts";
import { useQualificationT } from "../qualification-messages.ts";

/**
 * The city's qualification types with their rules. The coordination office adds and edits them
 * and archives one that is no longer asked for; staff read them.
 */
export function QualificationTypesPage() {
  const t = useQualificationT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const canManage = useSeesWholeCity();
  const types = useQualificationTypes();
  const [editing, setEditing] = useState<QualificationType | "new" | null>(null);
  const archive = useMutation(
    trpc.qualifications.archiveType.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({ queryKey: trpc.qualifications.types.queryKey() }),
    }),
  );

  if (types.isPending || types.isError) {
    return (
      <Page title={t("qualifications.types.title")}>
        {types.isPending ? (
          <Loading />
        ) : (
          <QueryError error={types.error} onRetry={() => void types.refetch()} />
        )}
      </Page>
    );
  }
  const name = (type: QualificationType) => (language === "de" ? type.nameDe : type.nameEn);
  return (
    <Page title={t("qualifications.types.title")}>
      <p className="kern-body">{t("qualifications.types.intro")}</p>
      {archive.error ? (
        <Alert tone="danger" title={t("common.refused")} isLive>
          <p className="kern-body">
            {readError(archive.error).message ?? t("common.networkError")}
          </p>
        </Alert>
      ) : null}
      <Table caption={t("qualifications.types.title")} isCaptionHidden>
        <TableHead>
          <HeaderCell>{t("qualifications.type")}</HeaderCell>
          <HeaderCell>{t("qualifications.types.validity")}</HeaderCell>
          <HeaderCell>{t("qualifications.types.reminder")}</HeaderCell>
          <HeaderCell>{t("qualifications.types.prerequisites")}</HeaderCell>
          <HeaderCell>{t("common.status")}</HeaderCell>
          {canManage ? <HeaderCell>{t("qualifications.types.actions")}</HeaderCell> : null}
        </TableHead>
        <TableBody>
          {types.data.map((type) => {
            const r = type.rules;
            const prerequisites = [
              r.minimumAge !== null
                ? t("qualifications.types.fromAge", { age: r.minimumAge })
                : null,
              r.requiredUnits > 0
                ? t("qualifications.types.units", { count: r.requiredUnits })
                : null,
              ...r.requires.map((q) => {
                const other = types.data.find((x) => x.slug === q.typeSlug);
                return other ? name(other) : q.typeSlug;
              }),
            ].filter(Boolean);
            return (
              <Row key={type.slug}>
                <RowHeader>{name(type)}</RowHeader>
                <Cell>
                  {r.validityMonths === null
                    ? t("qualifications.types.unlimited")
                    : t("qualifications.types.months", { count: r.validityMonths })}
                </Cell>
                <Cell>{t("qualifications.types.daysBefore", { count: r.reminderDays })}</Cell>
                <Cell>{prerequisites.join(", ") || t("common.none")}</Cell>
                <Cell>
                  {type.isArchived
                    ? t("qualifications.types.archived")
                    : t("qualifications.types.inUse")}
                </Cell>
                {canManage ? (
                  <Cell>
                    <div className="engagiert-actions">
                      <Button variant="secondary" onClick={() => setEditing(type)}>
                        {t("qualifications.types.edit", { name: name(type) })}
                      </Button>
                      <Button
                        variant="tertiary"
                        disabled={archive.isPending}
                        onClick={() =>
                          archive.mutate({ slug: type.slug, isArchived: !type.isArchived })
                        }
                      >
                        {type.isArchived
                          ? t("qualifications.types.restore", { name: name(type) })
                          : t("qualifications.types.archive", { name: name(type) })}
                      </Button>
                    </div>
                  </Cell>
                ) : null}
              </Row>
            );
          })}
        </TableBody>
      </Table>
      {canManage && editing === null ? (
        <p>
          <Button onClick={() => setEditing("new")}>{t("qualifications.types.new")}</Button>
        </p>
      ) : null}
      {canManage && editing !== null ? (
        <QualificationTypeForm
          key={editing === "new" ? "new" : editing.slug}
          type={editing === "new" ? null : editing}
          types={types.data}
          onDone={() => setEditing(null)}
        />
      ) : null}
    </Page>
  );
}
