import { SHARED_YEARS } from "@engagiert/domain/network";
import { Alert } from "@engagiert/ui/alert";
import { useTRPC } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { CheckboxField } from "@engagiert/ui/checkbox-field";
import { QueryError } from "@engagiert/ui/error-page";
import { errorText, readError } from "@engagiert/ui/errors";
import { formatDate, formatDateTime } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useFiguresT } from "../figures-messages.ts";

/**
 * The own city's choice to share its figures: exactly what is shared, the current state, and
 * for the coordination office the switch. Everyone else sees the state only.
 */
export function FigureSharing() {
  const t = useFiguresT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const status = useQuery(trpc.network.figureSharing.queryOptions());
  const [choice, setChoice] = useState<boolean | null>(null);
  const save = useMutation(
    trpc.network.setFigureSharing.mutationOptions({
      onSuccess: async () => {
        setChoice(null);
        // The comparison and the city pages show the city's figures, or no longer do.
        await queryClient.invalidateQueries({ queryKey: trpc.network.pathKey() });
      },
    }),
  );

  if (status.isPending) return <Loading />;
  if (status.isError) {
    return <QueryError error={status.error} onRetry={() => void status.refetch()} />;
  }
  const { cityName, sharesFigures, changedAt, computedAt, canChange } = status.data;
  const checked = choice ?? sharesFigures;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate({ share: checked });
  }

  return (
    <section aria-labelledby="figure-sharing" className="engagiert-section">
      <h2 id="figure-sharing" className="kern-heading-medium">
        {t("sharing.title")}
      </h2>
      <h3 className="kern-heading-small">{t("sharing.what")}</h3>
      <ul className="kern-list">
        <li>{t("sharing.volunteers")}</li>
        <li>{t("sharing.hours")}</li>
        <li>{t("sharing.opportunities")}</li>
      </ul>
      <p className="kern-body">{t("sharing.years", { count: SHARED_YEARS - 1 })}</p>
      <p className="kern-body">{t("sharing.never")}</p>
      <p className="kern-body">{t("sharing.refresh")}</p>
      <p className="kern-body">
        {sharesFigures && changedAt
          ? t("sharing.on", { city: cityName, date: formatDate(changedAt, language) })
          : t("sharing.off", { city: cityName })}{" "}
        {sharesFigures && computedAt
          ? t("sharing.computed", { date: formatDateTime(computedAt, language) })
          : null}
      </p>
      {save.isSuccess ? (
        <Alert
          tone="success"
          title={save.data.sharesFigures ? t("sharing.savedOn") : t("sharing.savedOff")}
          isLive
        />
      ) : null}
      {save.isError ? (
        <Alert tone="danger" title={t("sharing.failed")} isLive>
          <p className="kern-body">{errorText(readError(save.error), t)}</p>
        </Alert>
      ) : null}
      {canChange ? (
        <form className="engagiert-form" onSubmit={submit}>
          <CheckboxField
            label={t("sharing.choice", { city: cityName })}
            name="share"
            checked={checked}
            onChange={(event) => setChoice(event.target.checked)}
          />
          <Button type="submit" disabled={save.isPending}>
            {save.isPending ? t("sharing.saving") : t("sharing.save")}
          </Button>
        </form>
      ) : (
        <p className="kern-body">{t("sharing.onlyCoordination")}</p>
      )}
    </section>
  );
}
