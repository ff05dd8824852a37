import { useTRPC } from "@engagiert/ui/api";
import { Alert } from "@engagiert/ui/alert";
import { Button } from "@engagiert/ui/button";
import { readError } from "@engagiert/ui/errors";
import { formatDate } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { TextField } from "@engagiert/ui/text-field";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { trainingErrorText, useTrainingT } from "./training-messages.ts";

/**
 * The volunteer's personal calendar feed: made on request and shown once (only its hash is
 * kept), to copy into a calendar program; a new link revokes the old one.
 */
export function TrainingFeed() {
  const t = useTrainingT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const status = useQuery(trpc.trainings.feedStatus.queryOptions());
  const [copied, setCopied] = useState<"ok" | "failed" | null>(null);
  const create = useMutation(
    trpc.trainings.feedLink.mutationOptions({
      onSuccess: () => {
        setCopied(null);
        void queryClient.invalidateQueries({ queryKey: trpc.trainings.feedStatus.queryKey() });
      },
    }),
  );
  const url = create.data?.url ?? null;
  const feed = status.data?.feed ?? null;

  async function copy() {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setCopied("ok");
    } catch {
      // Without clipboard access the link is selected, so the keyboard can copy it.
      (document.getElementById("feed-url") as HTMLInputElement | null)?.select();
      setCopied("failed");
    }
  }

  return (
    <section aria-labelledby="feed-heading">
      <h2 id="feed-heading" className="kern-heading-medium">
        {t("feed.title")}
      </h2>
      <p className="kern-body">{t("feed.intro")}</p>
      <p className="kern-body">{t("feed.howTo")}</p>
      <p className="kern-body">{t("feed.secret")}</p>
      {create.error ? (
        <Alert tone="danger" isLive title={trainingErrorText(readError(create.error), t)} />
      ) : null}
      {url ? (
        <div>
          <TextField
            id="feed-url"
            label={t("feed.urlLabel")}
            value={url}
            readOnly
            onFocus={(e) => e.target.select()}
          />
          <p className="engagiert-actions">
            <Button variant="secondary" onClick={() => void copy()}>
              {t("feed.copy")}
            </Button>{" "}
            <a className="kern-link" href={url.replace(/^https?:/, "webcal:")}>
              {t("feed.subscribe")}
            </a>
          </p>
          <p className="kern-body" role="status">
            {copied === "ok" ? t("feed.copied") : copied === "failed" ? t("feed.copyFailed") : ""}
          </p>
        </div>
      ) : status.isSuccess ? (
        <p className="kern-body">
          {feed
            ? t("feed.activeSince", { date: formatDate(new Date(feed.createdAt), language) })
            : t("feed.none")}
        </p>
      ) : null}
      <p className="engagiert-actions">
        <Button
          variant={feed || url ? "secondary" : "primary"}
          aria-disabled={create.isPending}
          aria-describedby={feed || url ? "feed-renew-hint" : undefined}
          onClick={() => {
            if (!create.isPending) create.mutate();
          }}
        >
          {create.isPending ? t("feed.creating") : feed || url ? t("feed.renew") : t("feed.create")}
        </Button>
      </p>
      {feed || url ? (
        <p className="kern-hint" id="feed-renew-hint">
          {t("feed.renewHint")}
        </p>
      ) : null}
    </section>
  );
}
