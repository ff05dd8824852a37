import { Alert } from "@engagiert/ui/alert";
import { useTRPC, type RouterOutputs } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { QueryError } from "@engagiert/ui/error-page";
import { errorText, readError } from "@engagiert/ui/errors";
import { formatDate, isoDate } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useState, type ReactNode } from "react";
import { usePracticeT } from "../practice-messages.ts";
import { AdoptionSection } from "./practice-adoption.tsx";
import { Paragraphs, ThemeBadges, usePracticeLabels } from "./practice-parts.tsx";
import { QuestionsSection } from "./practice-questions.tsx";

const route = getRouteApi("/practices/praxis/$practiceId");

export type PracticeView = RouterOutputs["practices"]["get"];

/** One practice: what it solves and how, what it took, who adopted it, questions and answers. */
export function PracticeDetailPage() {
  const t = usePracticeT();
  const trpc = useTRPC();
  const { practiceId } = route.useParams();
  const practice = useQuery(trpc.practices.get.queryOptions({ id: practiceId }));
  if (practice.isPending) return <Loading />;
  if (practice.isError) {
    return (
      <Page title={t("practice.libraryTitle")}>
        <QueryError error={practice.error} onRetry={() => void practice.refetch()} />
      </Page>
    );
  }
  return <PracticeView practice={practice.data} />;
}

function Section(props: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="engagiert-section" aria-labelledby={props.id}>
      <h2 id={props.id} className="kern-heading-medium">
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}

function PracticeView({ practice: p }: { practice: PracticeView }) {
  const t = usePracticeT();
  const [language] = useLanguage();
  const labels = usePracticeLabels();
  const resources = [
    ["practice.resourcesPeople", p.resourcesPeople],
    ["practice.resourcesMoney", p.resourcesMoney],
    ["practice.resourcesTime", p.resourcesTime],
  ] as const;
  return (
    <Page title={p.title}>
      <p className="kern-preline">
        {t("practice.cardMeta", { city: p.city.name, state: labels.state(p.city.federalState) })}
      </p>
      <ul className="kern-body kern-body--small engagiert-practice-meta">
        <li>{t("practice.byAuthor", { name: p.authorName })}</li>
        {p.publishedAt ? (
          <li>
            <time dateTime={isoDate(p.publishedAt)}>
              {t("practice.publishedOn", { date: formatDate(p.publishedAt, language) })}
            </time>
          </li>
        ) : null}
      </ul>
      {p.status === "draft" ? <Alert tone="warning" title={t("practice.draftNotice")} /> : null}
      {p.viewer.mayEdit ? <OwnerActions practice={p} /> : null}
      <p className="kern-body kern-body--large engagiert-practice-text">{p.summary}</p>
      <ThemeBadges themes={p.themes} />
      <Section id="practice-problem" title={t("practice.problem")}>
        <Paragraphs text={p.problem} />
      </Section>
      <Section id="practice-approach" title={t("practice.approach")}>
        <Paragraphs text={p.approach} />
      </Section>
      <Section id="practice-resources" title={t("practice.resources")}>
        <dl className="engagiert-facts">
          {resources.map(([key, value]) => (
            <div key={key}>
              <dt>{t(key)}</dt>
              <dd className="engagiert-practice-text">{value || t("practice.notStated")}</dd>
            </div>
          ))}
        </dl>
      </Section>
      {p.results ? (
        <Section id="practice-results" title={t("practice.results")}>
          <Paragraphs text={p.results} />
        </Section>
      ) : null}
      <Section id="practice-contact" title={t("practice.contact")}>
        <p className="kern-body">
          {p.contactName}
          <br />
          <a className="kern-link" href={`mailto:${p.contactEmail}`}>
            {p.contactEmail}
          </a>
        </p>
      </Section>
      {p.links.length > 0 ? (
        <Section id="practice-links" title={t("practice.links")}>
          <ul className="kern-list">
            {p.links.map((link) => (
              <li key={link.url}>
                <a className="kern-link" href={link.url} rel="noopener noreferrer">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <AdoptionSection practice={p} />
      <QuestionsSection practice={p} />
    </Page>
  );
}

/** Editing, publishing and withdrawing, for the writers of the practice's own city. */
function OwnerActions({ practice: p }: { practice: PracticeView }) {
  const t = usePracticeT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [done, setDone] = useState<"published" | "unpublished" | null>(null);
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.practices.pathKey() });
  };
  const publish = useMutation(
    trpc.practices.publish.mutationOptions({
      onSuccess: async () => {
        setDone("published");
        await refresh();
      },
    }),
  );
  const unpublish = useMutation(
    trpc.practices.unpublish.mutationOptions({
      onSuccess: async () => {
        setDone("unpublished");
        await refresh();
      },
    }),
  );
  const failure = publish.error ?? unpublish.error;
  const isBusy = publish.isPending || unpublish.isPending;
  return (
    <div className="engagiert-section">
      <p className="engagiert-actions">
        <Link
          to="/praxis/$practiceId/bearbeiten"
          params={{ practiceId: p.id }}
          className="kern-btn kern-btn--secondary"
        >
          <span className="kern-label">{t("practice.edit")}</span>
        </Link>
        {p.status === "draft" ? (
          <Button disabled={isBusy} onClick={() => publish.mutate({ id: p.id })}>
            {t("practice.publish")}
          </Button>
        ) : (
          <Button
            variant="tertiary"
            disabled={isBusy}
            onClick={() => unpublish.mutate({ id: p.id })}
          >
            {t("practice.unpublish")}
          </Button>
        )}
      </p>
      <div aria-live="polite">
        {done ? <Alert tone="success" title={t(`practice.${done}`)} /> : null}
      </div>
      {failure ? (
        <Alert tone="danger" title={t("common.errorTitle")} isLive>
          <p className="kern-body">{errorText(readError(failure), t)}</p>
        </Alert>
      ) : null}
    </div>
  );
}
