import type { MatchReason } from "@engagiert/domain/opportunities";
import { useTRPC } from "@engagiert/ui/api";
import { LinkButton } from "@engagiert/ui/button";
import { CheckboxField } from "@engagiert/ui/checkbox-field";
import { QueryError } from "@engagiert/ui/error-page";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { useCityConfig, useSession } from "@engagiert/ui/session";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useAppT } from "../messages.ts";
import { useQualificationName } from "./qualification-names.ts";

export function SuggestionsPage() {
  const t = useAppT();
  const { user } = useSession();
  return (
    <Page title={t("suggestions.title")}>
      {user === undefined ? (
        <Loading />
      ) : user === null ? (
        <>
          <p className="kern-body">{t("suggestions.signedOut")}</p>
          <p>
            <LinkButton to="/anmelden">{t("mine.signInLink")}</LinkButton>
          </p>
        </>
      ) : user.role !== "volunteer" ? (
        <p className="kern-body">{t("suggestions.onlyVolunteers")}</p>
      ) : (
        <Suggestions />
      )}
    </Page>
  );
}

/** One reason of the matching rule in plain words ("Montags frei", "2 km entfernt"). */
function useReasonText() {
  const t = useAppT();
  const [language] = useLanguage();
  const city = useCityConfig().data;
  const km = new Intl.NumberFormat(language === "de" ? "de-DE" : "en-GB", {
    maximumFractionDigits: 1,
  });
  const qualificationName = useQualificationName();
  const categoryName = (slug: string) =>
    city?.categories.find((c) => c.slug === slug)?.label[language] ?? slug;
  return (reason: MatchReason): string => {
    switch (reason.kind) {
      case "interest":
        return t("match.interest", { category: categoryName(reason.category) });
      case "weekday_free":
        return t(`match.free.${reason.weekday}`);
      case "distance":
        return t("match.distance", { km: km.format(reason.km) });
      case "skill":
        return t("match.skill", { skill: reason.skill });
      case "missing_qualification":
        return t("match.missing_qualification", {
          qualification: qualificationName(reason.qualification),
        });
      case "birth_date_needed":
      case "too_young":
        return t(`match.${reason.kind}`, { age: reason.minimumAge });
      case "remote":
      case "step_free":
      case "not_step_free":
      case "ended":
        return t(`match.${reason.kind}`);
    }
  };
}

function Suggestions() {
  const t = useAppT();
  const trpc = useTRPC();
  const reasonText = useReasonText();
  const [needsStepFree, setNeedsStepFree] = useState(false);
  const suggestions = useQuery(trpc.profile.suggestions.queryOptions({ needsStepFree }));

  return (
    <>
      <p className="kern-body">{t("suggestions.intro")}</p>
      <CheckboxField
        label={t("suggestions.stepFree")}
        checked={needsStepFree}
        onChange={(e) => setNeedsStepFree(e.target.checked)}
      />
      {suggestions.isPending ? (
        <Loading />
      ) : suggestions.isError ? (
        <QueryError error={suggestions.error} onRetry={() => void suggestions.refetch()} />
      ) : (
        <>
          {suggestions.data.hasProfile ? null : (
            <p className="kern-body">{t("suggestions.noProfile")}</p>
          )}
          <p>
            <LinkButton to="/profil" variant="secondary">
              {t("suggestions.editProfile")}
            </LinkButton>
          </p>
          {suggestions.data.items.length === 0 ? (
            <p className="kern-body" role="status">
              {t("suggestions.none")}
            </p>
          ) : (
            <ul className="engagiert-card-grid" aria-label={t("suggestions.listLabel")}>
              {suggestions.data.items.map((item) => (
                <li key={item.id}>
                  <article className="kern-card kern-card--small">
                    <div className="kern-card__container">
                      <header className="kern-card__header">
                        <p className="kern-preline">{item.organisationName}</p>
                        <h2 className="kern-title">
                          <Link to="/angebote/$id" params={{ id: item.id }}>
                            {item.title}
                          </Link>
                        </h2>
                      </header>
                      <div className="kern-card__body">
                        <p className="kern-body">{item.summary}</p>
                        <p className="kern-body kern-body--bold" id={`reasons-${item.id}`}>
                          {t("suggestions.reasons")}
                        </p>
                        <ul className="kern-list" aria-labelledby={`reasons-${item.id}`}>
                          {item.reasons.map((reason, index) => (
                            <li key={index}>{reasonText(reason)}</li>
                          ))}
                        </ul>
                      </div>
                    </div>
                  </article>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
