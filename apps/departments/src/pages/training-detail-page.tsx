import { Alert } from "@engagiert/ui/alert";
import { useTRPC, type RouterOutputs } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { QueryError } from "@engagiert/ui/error-page";
import { formatDateTime } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useState } from "react";
import { TrainingAttendance } from "./training-attendance.tsx";
import { TrainingClosing } from "./training-closing.tsx";
import { money, sessionText, useTrainingErrorText } from "./training-format.ts";
import { TrainingRegistrations } from "./training-registrations.tsx";
import { useTrainingT } from "../training-messages.ts";

export type TrainingView = RouterOutputs["trainingAdmin"]["get"];

const route = getRouteApi("/schulungen/$trainingId");

function Facts(props: { view: TrainingView; qualificationName: string | null }) {
  const t = useTrainingT();
  const [language] = useLanguage();
  const { view } = props;
  const input = view.input;
  const fact = (label: string, value: string) => (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <section aria-labelledby="facts-heading" className="engagiert-section">
      <h2 id="facts-heading" className="kern-heading-medium">
        {t("training.overview")}
      </h2>
      <dl className="engagiert-facts">
        {fact(t("common.status"), t(`trainingStatus.${view.status}`))}
        {fact(t("training.organiser"), view.organisationName ?? t("training.coordinationOffice"))}
        {fact(t("training.topic"), t(`trainingTopic.${input.topic}`))}
        {fact(t("training.audience"), input.audience || t("common.none"))}
        {fact(t("training.trainerFact"), input.trainer)}
        {fact(
          t("training.qualification"),
          props.qualificationName
            ? t("training.qualificationWithUnits", {
                name: props.qualificationName,
                units: input.requiredUnits,
                total: view.totalUnits,
              })
            : t("training.noQualification"),
        )}
        {input.place ? fact(t("training.place"), input.place) : null}
        {input.onlineUrl ? fact(t("training.onlineUrl"), input.onlineUrl) : null}
        {fact(
          t("training.places"),
          `${t("training.placesTaken", { confirmed: view.counts.confirmed, capacity: input.capacity })}${
            view.counts.waiting > 0
              ? ` ${t("training.waitingCount", { count: view.counts.waiting })}`
              : ""
          }`,
        )}
        {fact(t("training.deadline"), formatDateTime(input.registrationDeadline, language))}
        {fact(
          t("training.costFact"),
          input.costCents === 0 ? t("training.free") : money(input.costCents, language),
        )}
      </dl>
      <h3 className="kern-heading-small">{t("training.sessions")}</h3>
      <ol className="kern-list">
        {view.sessions.map((s) => (
          <li key={s.id}>
            {sessionText(s, language)} · {t("training.unitsShort", { count: s.units })}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Actions(props: { view: TrainingView }) {
  const t = useTrainingT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const failureText = useTrainingErrorText();
  const [isCancelling, setIsCancelling] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.trainingAdmin.pathKey() });
  const publish = useMutation(trpc.trainingAdmin.publish.mutationOptions({ onSuccess: refresh }));
  const cancel = useMutation(
    trpc.trainingAdmin.cancel.mutationOptions({
      onSuccess: async () => {
        setIsCancelling(false);
        await refresh();
      },
    }),
  );
  const { view } = props;
  const open = view.counts.confirmed + view.counts.waiting;
  const failure = publish.error ?? cancel.error;
  // A cancelled or closed training has nothing left to do here.
  if (!view.isEditable && !publish.isSuccess && !cancel.isSuccess) return null;
  return (
    <section aria-labelledby="actions-heading" className="engagiert-section">
      <h2 id="actions-heading" className="kern-heading-medium">
        {t("training.actions")}
      </h2>
      <div className="engagiert-actions">
        {view.isEditable ? (
          <Link
            to="/schulungen/$trainingId/bearbeiten"
            params={{ trainingId: view.id }}
            className="kern-btn kern-btn--secondary"
          >
            <span className="kern-label">{t("training.edit")}</span>
          </Link>
        ) : null}
        {view.nextStatuses.includes("published") ? (
          <Button
            disabled={publish.isPending}
            onClick={() => publish.mutate({ trainingId: view.id })}
          >
            {t("training.publish")}
          </Button>
        ) : null}
        {view.nextStatuses.includes("cancelled") ? (
          <Button
            variant="tertiary"
            aria-expanded={isCancelling}
            onClick={() => setIsCancelling(true)}
          >
            {t("training.cancel")}
          </Button>
        ) : null}
      </div>
      {isCancelling ? (
        <div className="engagiert-form" id="cancel-confirmation">
          <Alert tone="warning" title={t("training.cancelConfirmTitle")}>
            <p className="kern-body">
              {open === 0
                ? t("training.cancelConfirmNobody")
                : t("training.cancelConfirmText", { count: open })}
            </p>
          </Alert>
          <div className="engagiert-actions">
            <Button
              disabled={cancel.isPending}
              onClick={() => cancel.mutate({ trainingId: view.id })}
            >
              {t("training.cancelConfirm")}
            </Button>
            <Button variant="tertiary" onClick={() => setIsCancelling(false)}>
              {t("training.keep")}
            </Button>
          </div>
        </div>
      ) : null}
      {publish.isSuccess ? <Alert tone="success" title={t("training.published")} isLive /> : null}
      {cancel.isSuccess ? (
        <Alert
          tone="success"
          title={t("training.cancelled", { count: cancel.data.notified })}
          isLive
        />
      ) : null}
      {failure ? (
        <Alert tone="danger" title={t("common.refused")} isLive>
          <p className="kern-body">{failureText(failure)}</p>
        </Alert>
      ) : null}
    </section>
  );
}

/** One training: what it is, its status moves, registrations, attendance and closing. */
export function TrainingDetailPage() {
  const t = useTrainingT();
  const [language] = useLanguage();
  const { trainingId } = route.useParams();
  const trpc = useTRPC();
  const query = useQuery(trpc.trainingAdmin.get.queryOptions({ trainingId }));
  const types = useQuery(trpc.trainingAdmin.qualificationTypes.queryOptions());
  if (query.isPending || query.isError) {
    return (
      <Page title={t("training.listTitle")}>
        {query.isPending ? (
          <Loading />
        ) : (
          <QueryError error={query.error} onRetry={() => void query.refetch()} />
        )}
      </Page>
    );
  }
  const view = query.data;
  const type = types.data?.find((x) => x.slug === view.input.qualificationTypeSlug);
  const qualificationName = view.input.qualificationTypeSlug
    ? type
      ? language === "de"
        ? type.nameDe
        : type.nameEn
      : view.input.qualificationTypeSlug
    : null;
  return (
    <Page title={view.input.title}>
      <Facts view={view} qualificationName={qualificationName} />
      <Actions view={view} />
      <TrainingRegistrations view={view} />
      {view.status === "published" || view.status === "closed" ? (
        <TrainingAttendance view={view} />
      ) : null}
      {view.status === "published" || view.status === "closed" ? (
        <TrainingClosing view={view} qualificationName={qualificationName} />
      ) : null}
    </Page>
  );
}
