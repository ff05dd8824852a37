import { PRACTICE_THEMES, type PracticeTheme } from "@engagiert/domain/network";
import type { RouterOutputs } from "@engagiert/ui/api";
import { Card } from "@engagiert/ui/card";
import { formatDate, isoDate } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Link } from "@tanstack/react-router";
import { isFederalState } from "../messages.ts";
import { usePracticeT } from "../practice-messages.ts";
import "./practice.css";

export type PracticeCardData = RouterOutputs["practices"]["list"]["items"][number];

export const isPracticeTheme = (slug: string | undefined): slug is PracticeTheme =>
  (PRACTICE_THEMES as readonly (string | undefined)[]).includes(slug);

/** The label of a theme and of a federal state, as the catalogue names them. */
export function usePracticeLabels() {
  const t = usePracticeT();
  return {
    theme: (slug: string) => (isPracticeTheme(slug) ? t(`practiceTheme.${slug}`) : slug),
    state: (name: string) => (isFederalState(name) ? t(`state.${name}`) : name),
  };
}

/** A practice's themes as badges, named for a screen reader. */
export function ThemeBadges(props: { themes: readonly string[] }) {
  const t = usePracticeT();
  const labels = usePracticeLabels();
  return (
    <p className="engagiert-badges">
      <span className="kern-sr-only">{t("practice.themes")}: </span>
      {props.themes.map((slug) => (
        <span key={slug} className="kern-badge kern-badge--info">
          <span className="kern-label">{labels.theme(slug)}</span>
        </span>
      ))}
    </p>
  );
}

/** A text as its author wrote it: paragraphs at blank lines, line breaks kept. */
export function Paragraphs(props: { text: string }) {
  return (
    <>
      {props.text
        .split(/\n{2,}/)
        .filter((part) => part.trim())
        .map((part, index) => (
          <p key={index} className="kern-body engagiert-practice-text">
            {part}
          </p>
        ))}
    </>
  );
}

/** A practice in a list: title as the link, its city, summary, themes and how it was taken up. */
export function PracticeCard(props: { practice: PracticeCardData; showStatus?: boolean }) {
  const t = usePracticeT();
  const [language] = useLanguage();
  const labels = usePracticeLabels();
  const p = props.practice;
  const date = p.publishedAt ?? p.updatedAt;
  return (
    <Card
      headingLevel={3}
      preline={t("practice.cardMeta", { city: p.cityName, state: labels.state(p.federalState) })}
      title={
        <Link
          to="/praxis/$practiceId"
          params={{ practiceId: p.id }}
          className="kern-link engagiert-practice-card__link"
        >
          {p.title}
        </Link>
      }
    >
      {props.showStatus ? (
        <p>
          <span
            className={`kern-badge kern-badge--${p.status === "published" ? "success" : "warning"}`}
          >
            <span className="kern-label">{t(`practice.status.${p.status}`)}</span>
          </span>
        </p>
      ) : null}
      <p className="kern-body">{p.summary}</p>
      <ThemeBadges themes={p.themes} />
      <ul className="kern-body kern-body--small engagiert-practice-meta">
        <li>{t("practice.byAuthor", { name: p.authorName })}</li>
        <li>
          <time dateTime={isoDate(date)}>
            {t(p.publishedAt ? "practice.publishedOn" : "practice.updatedOn", {
              date: formatDate(date, language),
            })}
          </time>
        </li>
        {p.adoptionCount > 0 ? (
          <li>{t("practice.adoptionCount", { count: p.adoptionCount })}</li>
        ) : null}
        {p.questionCount > 0 ? (
          <li>{t("practice.questionCount", { count: p.questionCount })}</li>
        ) : null}
      </ul>
    </Card>
  );
}
