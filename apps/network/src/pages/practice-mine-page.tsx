import { useTRPC } from "@engagiert/ui/api";
import { LinkButton } from "@engagiert/ui/button";
import { QueryError } from "@engagiert/ui/error-page";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { LoadMore } from "@engagiert/ui/pagination";
import { SelectField } from "@engagiert/ui/select-field";
import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { usePracticeT } from "../practice-messages.ts";
import { NoAccessPage } from "./no-access-page.tsx";
import { PracticeCard } from "./practice-parts.tsx";

const PAGE_SIZE = 12;
type Status = "" | "draft" | "published";

/** The practices of the member's own city, drafts included. */
export function MyPracticesPage() {
  const trpc = useTRPC();
  const access = useQuery(trpc.practices.access.queryOptions());
  if (access.isPending) return <Loading />;
  if (!access.data?.mayContribute) return <NoAccessPage />;
  return <MyPractices />;
}

function MyPractices() {
  const t = usePracticeT();
  const trpc = useTRPC();
  const [status, setStatus] = useState<Status>("");
  const practices = useInfiniteQuery({
    ...trpc.practices.mine.infiniteQueryOptions(
      { limit: PAGE_SIZE, status: status || undefined },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
    placeholderData: keepPreviousData,
  });
  const items = practices.data?.pages.flatMap((page) => page.items) ?? [];
  const total = practices.data?.pages[0]?.total ?? 0;
  return (
    <Page title={t("practice.mine")}>
      <p className="kern-body">{t("practice.mineIntro")}</p>
      <p className="engagiert-actions">
        <LinkButton to="/praxis/neu">{t("practice.share")}</LinkButton>
      </p>
      <div className="engagiert-filters">
        <SelectField
          label={t("practice.statusFilter")}
          value={status}
          onChange={(event) => setStatus(event.target.value as Status)}
          options={[
            { value: "", label: t("practice.allStatuses") },
            { value: "draft", label: t("practice.status.draft") },
            { value: "published", label: t("practice.status.published") },
          ]}
        />
      </div>
      {practices.isPending ? (
        <Loading />
      ) : practices.isError ? (
        <QueryError error={practices.error} onRetry={() => void practices.refetch()} />
      ) : (
        <section className="engagiert-section" aria-labelledby="practice-mine-total">
          <h2 id="practice-mine-total" className="kern-heading-medium" aria-live="polite">
            {t("practice.total", { count: total })}
          </h2>
          {items.length > 0 ? (
            <ul className="engagiert-card-grid">
              {items.map((practice) => (
                <li key={practice.id}>
                  <PracticeCard practice={practice} showStatus />
                </li>
              ))}
            </ul>
          ) : (
            <p className="kern-body">{t("practice.mineEmpty")}</p>
          )}
          <LoadMore
            shown={items.length}
            total={total}
            hasMore={practices.hasNextPage}
            isLoading={practices.isFetchingNextPage}
            onLoadMore={() => void practices.fetchNextPage()}
          />
        </section>
      )}
    </Page>
  );
}
