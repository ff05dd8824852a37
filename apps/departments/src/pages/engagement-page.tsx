import { Alert } from "@engagiert/ui/alert";
import { useTRPC, type RouterOutputs } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { CheckboxField } from "@engagiert/ui/checkbox-field";
import { DateField } from "@engagiert/ui/date-time-fields";
import { QueryError } from "@engagiert/ui/error-page";
import { readError } from "@engagiert/ui/errors";
import { formatDate, formatDateTime } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { LoadMore } from "@engagiert/ui/pagination";
import { RadioGroup } from "@engagiert/ui/radio-group";
import { SelectField } from "@engagiert/ui/select-field";
import { TextareaField } from "@engagiert/ui/textarea-field";
import { personName } from "@engagiert/ui/person-name";
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { useQualificationName } from "./qualification-texts.ts";
import { CertificateLink } from "./recognition-certificate-link.tsx";
import { useHoursT } from "../hours-messages.ts";

type Detail = RouterOutputs["pipeline"]["get"];
type Status = Detail["status"];
type Validity = NonNullable<Detail["onboarding"]["fuehrungszeugnis"]["validity"]>;

const route = getRouteApi("/staff/bewerbungen/$engagementId");
const MANUAL_ITEMS = [
  "first_conversation",
  "agreement",
  "data_protection_notice",
  "insurance_information",
] as const;
const END_REASONS = [
  "project_completed",
  "volunteer_decision",
  "moved_away",
  "no_time",
  "health",
  "organisation_decision",
  "other",
] as const;
type EndReason = (typeof END_REASONS)[number];

/** A checklist item's code ("qualification:juleica", "agreement") in plain words. */
export function useItemName() {
  const t = useHoursT();
  const qualificationName = useQualificationName();
  return (item: string) => {
    if (item.startsWith("qualification:")) {
      const name = qualificationName(item.slice("qualification:".length));
      return t("checklist.qualification", { name });
    }
    if (item === "fuehrungszeugnis") return t("checklist.fuehrungszeugnis");
    if (item === "guardian_consent") return t("checklist.guardian_consent");
    return t(`checklist.${item as (typeof MANUAL_ITEMS)[number]}`);
  };
}

export function ValidityText(props: { validity: Validity | null }) {
  const t = useHoursT();
  const [language] = useLanguage();
  const v = props.validity;
  if (!v) return <>{t("fz.none")}</>;
  const date = (iso: string) => formatDate(new Date(`${iso}T12:00:00Z`), language);
  if (v.status === "valid") {
    return <>{t(v.isDueSoon ? "fz.dueSoon" : "fz.valid", { date: date(v.reinspectionDueOn) })}</>;
  }
  if (v.status === "expired") return <>{t("fz.expired", { date: date(v.reinspectionDueOn) })}</>;
  return <>{t(`fz.${v.status}`)}</>;
}

function Moves(props: { detail: Detail }) {
  const t = useHoursT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const itemName = useItemName();
  const [isEnding, setIsEnding] = useState(false);
  const [endReason, setEndReason] = useState<EndReason | "">("");
  const [exit, setExit] = useState<"" | "yes" | "no">("");
  const move = useMutation(
    trpc.pipeline.move.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.pipeline.pathKey() }),
      onSuccess: () => setIsEnding(false),
    }),
  );
  const failure = move.error ? readError(move.error) : null;
  const missing =
    failure?.code === "PRECONDITION_FAILED" &&
    move.variables?.to === "active" &&
    !props.detail.onboarding.activation.ok
      ? props.detail.onboarding.activation.missing
      : [];

  function end(event: FormEvent) {
    event.preventDefault();
    move.mutate({
      engagementId: props.detail.id,
      to: "ended",
      endReason: endReason || null,
      exitConversationWanted: exit === "" ? null : exit === "yes",
    });
  }

  return (
    <section aria-labelledby="moves-heading" className="engagiert-section">
      <h2 id="moves-heading" className="kern-heading-medium">
        {t("engagement.moves")}
      </h2>
      {props.detail.moves.length === 0 ? (
        <p className="kern-body">{t("engagement.noMoves")}</p>
      ) : (
        <div className="engagiert-actions">
          {props.detail.moves.map((to: Status) => (
            <Button
              key={to}
              variant={to === "declined" || to === "ended" ? "secondary" : "primary"}
              disabled={move.isPending}
              aria-expanded={to === "ended" ? isEnding : undefined}
              onClick={() =>
                to === "ended"
                  ? setIsEnding(true)
                  : move.mutate({ engagementId: props.detail.id, to })
              }
            >
              {t(`move.${to}`)}
            </Button>
          ))}
        </div>
      )}
      {move.isSuccess ? (
        <Alert
          tone="success"
          title={t("engagement.moved", { status: t(`status.${move.data.status}`) })}
          isLive
        />
      ) : null}
      {failure ? (
        <Alert tone="danger" title={t("common.refused")} isLive>
          {missing.length > 0 ? (
            <>
              <p className="kern-body">{t("engagement.missing")}</p>
              <ul className="kern-list">
                {missing.map((item) => (
                  <li key={item}>{itemName(item)}</li>
                ))}
              </ul>
            </>
          ) : (
            <p className="kern-body">{failure.message ?? t("common.networkError")}</p>
          )}
        </Alert>
      ) : null}
      {isEnding ? (
        <form className="engagiert-form" noValidate onSubmit={end}>
          <h3 className="kern-heading-small">{t("engagement.endTitle")}</h3>
          <SelectField
            label={t("engagement.endReason")}
            value={endReason}
            onChange={(e) => setEndReason(e.target.value as EndReason | "")}
            error={failure?.fieldErrors.endReason?.[0]}
            options={[
              { value: "", label: t("engagement.chooseReason") },
              ...END_REASONS.map((r) => ({ value: r, label: t(`endReason.${r}`) })),
            ]}
          />
          <RadioGroup
            legend={t("engagement.exitConversation")}
            value={exit}
            onChange={(value) => setExit(value as "yes" | "no")}
            error={failure?.fieldErrors.exitConversationWanted?.[0]}
            isHorizontal
            options={[
              { value: "yes", label: t("common.yes") },
              { value: "no", label: t("common.no") },
            ]}
          />
          <div className="engagiert-actions">
            <Button type="submit" disabled={move.isPending}>
              {t("engagement.confirmEnd")}
            </Button>
            <Button variant="tertiary" onClick={() => setIsEnding(false)}>
              {t("common.cancel")}
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

function InspectionForm(props: { engagementId: string }) {
  const t = useHoursT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [certificate, setCertificate] = useState("");
  const [inspected, setInspected] = useState("");
  const [relevant, setRelevant] = useState<"" | "yes" | "no">("");
  const [selfDeclaration, setSelfDeclaration] = useState("");
  const record = useMutation(
    trpc.pipeline.recordInspection.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.pipeline.pathKey() }),
    }),
  );
  const failure = record.error ? readError(record.error) : null;
  const err = (field: string) => failure?.fieldErrors[field]?.[0] ?? null;
  return (
    <form
      className="engagiert-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        record.mutate({
          engagementId: props.engagementId,
          certificateIssuedOn: certificate,
          inspectedOn: inspected,
          hasRelevantEntry: relevant === "yes" ? true : relevant === "no" ? false : (null as never),
          selfDeclarationOn: selfDeclaration || null,
        });
      }}
    >
      <h3 className="kern-heading-small">{t("fz.formTitle")}</h3>
      <p className="kern-body kern-body--small">{t("fz.formIntro")}</p>
      {failure ? (
        <Alert tone="danger" title={t("common.refused")} isLive>
          <p className="kern-body">{failure.message ?? t("common.networkError")}</p>
        </Alert>
      ) : null}
      {record.isSuccess ? <Alert tone="success" title={t("fz.saved")} isLive /> : null}
      <DateField
        label={t("fz.certificateDate")}
        hint={t("fz.certificateHint")}
        value={certificate}
        onChange={(e) => setCertificate(e.target.value)}
        error={err("certificateIssuedOn")}
      />
      <DateField
        label={t("fz.inspectionDate")}
        value={inspected}
        onChange={(e) => setInspected(e.target.value)}
        error={err("inspectedOn")}
      />
      <RadioGroup
        legend={t("fz.relevantEntry")}
        value={relevant}
        onChange={(value) => setRelevant(value as "yes" | "no")}
        error={err("hasRelevantEntry")}
        isHorizontal
        options={[
          { value: "no", label: t("common.no") },
          { value: "yes", label: t("common.yes") },
        ]}
      />
      <DateField
        label={t("fz.selfDeclaration")}
        value={selfDeclaration}
        onChange={(e) => setSelfDeclaration(e.target.value)}
        error={err("selfDeclarationOn")}
      />
      <Button type="submit" disabled={record.isPending}>
        {t("fz.submit")}
      </Button>
    </form>
  );
}

function Checklist(props: { detail: Detail }) {
  const t = useHoursT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const itemName = useItemName();
  const tick = useMutation(
    trpc.pipeline.setChecklistItem.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.pipeline.pathKey() }),
    }),
  );
  const { onboarding } = props.detail;
  const fz = onboarding.fuehrungszeugnis;
  const state = (isRequired: boolean, isGiven: boolean) =>
    !isRequired
      ? t("checklist.notRequired")
      : isGiven
        ? t("checklist.given")
        : t("checklist.missing");
  return (
    <section aria-labelledby="checklist-heading" className="engagiert-section">
      <h2 id="checklist-heading" className="kern-heading-medium">
        {t("checklist.title")}
      </h2>
      <div className="engagiert-form">
        {MANUAL_ITEMS.map((item) => {
          const at = onboarding.items[item];
          return (
            <CheckboxField
              key={item}
              label={t(`checklist.${item}`)}
              hint={at ? t("checklist.doneAt", { date: formatDateTime(at, language) }) : undefined}
              checked={at !== null}
              disabled={tick.isPending}
              onChange={(e) =>
                tick.mutate({ engagementId: props.detail.id, item, done: e.target.checked })
              }
            />
          );
        })}
      </div>
      {tick.error ? (
        <Alert tone="danger" title={t("common.refused")} isLive>
          <p className="kern-body">{readError(tick.error).message ?? t("common.networkError")}</p>
        </Alert>
      ) : null}
      <h3 className="kern-heading-small">{t("checklist.readOnly")}</h3>
      <dl className="engagiert-facts">
        <dt>{t("checklist.fuehrungszeugnis")}</dt>
        <dd>
          {fz.isRequired ? <ValidityText validity={fz.validity} /> : t("checklist.notRequired")}
          {fz.current ? (
            <>
              <br />
              {t("fz.inspectedBy", {
                name: fz.current.inspectedBy,
                date: formatDate(new Date(`${fz.current.inspectedOn}T12:00:00Z`), language),
              })}
            </>
          ) : null}
        </dd>
        {onboarding.qualifications.map((q) => (
          <div key={q.slug}>
            <dt>{itemName(`qualification:${q.slug}`)}</dt>
            <dd>{state(true, q.isValid)}</dd>
          </div>
        ))}
        <dt>{t("checklist.guardian_consent")}</dt>
        <dd>
          {state(
            onboarding.guardianConsent.isRequired,
            onboarding.guardianConsent.givenAt !== null,
          )}
        </dd>
      </dl>
      {fz.isRequired ? <InspectionForm engagementId={props.detail.id} /> : null}
    </section>
  );
}

function Notes(props: { engagementId: string }) {
  const t = useHoursT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [body, setBody] = useState("");
  const notes = useInfiniteQuery(
    trpc.pipeline.notes.infiniteQueryOptions(
      { engagementId: props.engagementId, limit: 10 },
      { getNextPageParam: (last) => last.nextCursor },
    ),
  );
  const add = useMutation(
    trpc.pipeline.addNote.mutationOptions({
      onSuccess: async () => {
        setBody("");
        await queryClient.invalidateQueries({ queryKey: trpc.pipeline.notes.pathKey() });
      },
    }),
  );
  const items = notes.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="notes-heading" className="engagiert-section">
      <h2 id="notes-heading" className="kern-heading-medium">
        {t("notes.title")}
      </h2>
      <form
        className="engagiert-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          add.mutate({ engagementId: props.engagementId, body });
        }}
      >
        <TextareaField
          label={t("notes.new")}
          value={body}
          maxLength={4000}
          onChange={(e) => setBody(e.target.value)}
          error={
            add.error
              ? (readError(add.error).fieldErrors.body?.[0] ?? readError(add.error).message)
              : null
          }
        />
        <Button type="submit" disabled={add.isPending}>
          {t("notes.add")}
        </Button>
      </form>
      {notes.isPending ? (
        <Loading />
      ) : notes.isError ? (
        <QueryError error={notes.error} onRetry={() => void notes.refetch()} />
      ) : items.length === 0 ? (
        <p className="kern-body">{t("notes.empty")}</p>
      ) : (
        <>
          <ul className="engagiert-notes">
            {items.map((note) => (
              <li key={note.id}>
                <p className="kern-body engagiert-address">{note.body}</p>
                <p className="kern-body kern-body--small">
                  {t("notes.by", {
                    author: note.author,
                    date: formatDateTime(note.createdAt, language),
                  })}
                </p>
              </li>
            ))}
          </ul>
          <LoadMore
            shown={items.length}
            total={items.length + (notes.hasNextPage ? 1 : 0)}
            hasMore={notes.hasNextPage}
            isLoading={notes.isFetchingNextPage}
            onLoadMore={() => void notes.fetchNextPage()}
          />
        </>
      )}
    </section>
  );
}

export function EngagementPage() {
  const t = useHoursT();
  const [language] = useLanguage();
  const { engagementId } = route.useParams();
  const trpc = useTRPC();
  const query = useQuery(trpc.pipeline.get.queryOptions({ engagementId }));
  if (query.isPending || query.isError) {
    return (
      <Page title={t("pipeline.title")}>
        {query.isPending ? (
          <Loading />
        ) : (
          <QueryError error={query.error} onRetry={() => void query.refetch()} />
        )}
      </Page>
    );
  }
  const detail = query.data;
  const name = personName(t, detail.person);
  return (
    <Page title={t("engagement.title", { name })}>
      <dl className="engagiert-facts">
        <dt>{t("common.status")}</dt>
        <dd>{t(`status.${detail.status}`)}</dd>
        <dt>{t("engagement.opportunity")}</dt>
        <dd>
          <Link
            to="/angebote/$opportunityId"
            params={{ opportunityId: detail.opportunity.id }}
            className="kern-link"
          >
            {detail.opportunity.title}
          </Link>{" "}
          ({detail.organisationName})
        </dd>
        <dt>{t("engagement.applied")}</dt>
        <dd>{formatDate(detail.appliedAt, language)}</dd>
        {detail.message ? (
          <>
            <dt>{t("engagement.message")}</dt>
            <dd className="engagiert-address">{detail.message}</dd>
          </>
        ) : null}
      </dl>
      <p className="kern-body">
        <Link
          to="/engagierte/$personId"
          params={{ personId: detail.person.id }}
          className="kern-link"
        >
          {t("engagement.record", { name })}
        </Link>{" "}
        ·{" "}
        <Link
          to="/stunden/engagement/$engagementId"
          params={{ engagementId: detail.id }}
          className="kern-link"
        >
          {t("hours.history.engagementHistory")}
        </Link>
      </p>
      <CertificateLink engagementId={detail.id} status={detail.status} />
      <Moves detail={detail} />
      <Checklist detail={detail} />
      <Notes engagementId={detail.id} />
      <section aria-labelledby="history-heading" className="engagiert-section">
        <h2 id="history-heading" className="kern-heading-medium">
          {t("engagement.history")}
        </h2>
        <ol className="kern-list">
          {detail.history.map((event) => (
            <li key={event.id}>
              {formatDateTime(event.at, language)}:{" "}
              {t("engagement.historyEntry", {
                from: event.fromStatus ? t(`status.${event.fromStatus as Status}`) : "–",
                to: t(`status.${event.toStatus as Status}`),
              })}
            </li>
          ))}
        </ol>
      </section>
    </Page>
  );
}
