import { formatDate, formatNumber } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import "./quality.css";
import { useQualityT } from "../quality-messages.ts";

export const LEVELS = [0, 1, 2, 3] as const;
export type Level = (typeof LEVELS)[number];

const asLevel = (n: number): Level => Math.min(3, Math.max(0, Math.trunc(n))) as Level;

/**
 * A level as number, word and colour together, so it reads the same in black and white and
 * to a screen reader.
 */
export function LevelBadge(props: { level: number; isShort?: boolean }) {
  const t = useQualityT();
  const level = asLevel(props.level);
  return (
    <span className={`engagiert-level engagiert-level--${level}`}>
      {props.isShort ? `${level} ${t(`quality.levelShort.${level}`)}` : t(`quality.level.${level}`)}
    </span>
  );
}

/** Where no assessment exists yet: a dash and the words, without a colour of a level. */
export function NotAssessed() {
  const t = useQualityT();
  return (
    <span className="engagiert-level engagiert-level--none">– {t("quality.notAssessed")}</span>
  );
}

/** A `YYYY-MM-DD` day as people read it. */
export function useDayText() {
  const [language] = useLanguage();
  return (day: string) => formatDate(new Date(`${day}T12:00:00Z`), language);
}

/** A maturity score, "45 %". */
export function useScoreText() {
  const t = useQualityT();
  const [language] = useLanguage();
  return (score: number) => t("quality.scoreValue", { score: formatNumber(score, language) });
}

/** Today in the city, as the date field's default. */
export function todayInBerlin(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date());
}
