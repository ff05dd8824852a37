import { useTRPC } from "@engagiert/ui/api";
import { Card } from "@engagiert/ui/card";
import { QueryError } from "@engagiert/ui/error-page";
import { formatDate, formatNumber } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { LoadMore } from "@engagiert/ui/pagination";
import { useCityConfig } from "@engagiert/ui/session";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { LinkButton } from "@engagiert/ui/button";
import { useAppT } from "../messages.ts";

const PAGE_SIZE = 12;

export function StartPage() {
  const t = useAppT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const city = useCityConfig().data;
  const newest = useInfiniteQuery(
    trpc.opportunities.newest.infiniteQueryOptions(
      { limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const items = newest.data?.pages.flatMap((page) => page.items) ?? [];
  const total = newest.data?.pages[0]?.total ?? 0;
  const districtName = (slug: string) =>
    city?.districts.find((district) => district.slug === slug)?.name ?? slug;
  const categoryLabel = (slug: string) =>
    city?.categories.find((category) => category.slug === slug)?.label[language] ?? slug;

  return (
    <Page title={city ? t("start.title", { city: city.name }) : t("start.titleFallback")}>
      <p className="kern-body kern-body--large">{t("start.intro")}</p>
      <p>
        <LinkButton to="/suchen">{t("start.searchLink")}</LinkButton>
      </p>
      <section aria-labelledby="newest-heading">
        <h2 id="newest-heading" className="kern-heading-medium">
          {t("start.listLabel")}
        </h2>
        {newest.isPending ? (
          <Loading />
        ) : newest.isError ? (
          <QueryError error={newest.error} onRetry={() => void newest.refetch()} />
        ) : items.length === 0 ? (
          <p className="kern-body">{t("start.empty")}</p>
        ) : (
          <>
            <p className="kern-body">
              {t("start.total", { count: total, total: formatNumber(total, language) })}
            </p>
            <ul className="engagiert-card-grid">
              {items.map((item) => (
                <li key={item.id}>
                  <Card
                    headingLevel={3}
                    title={
                      <Link to="/angebote/$id" params={{ id: item.id }}>
                        {item.title}
                      </Link>
                    }
                    preline={t(`format.${item.format}`)}
                    footer={
                      <p className="kern-body kern-body--small kern-body--muted">
                        {t("opportunity.published", {
                          date: formatDate(item.publishedAt, language),
                        })}
                      </p>
                    }
                  >
                    <p className="kern-body">{item.summary}</p>
                    <ul className="kern-list kern-body--small">
                      <li>{t("opportunity.organisation", { name: item.organisationName })}</li>
                      {item.district ? (
                        <li>{t("opportunity.district", { name: districtName(item.district) })}</li>
                      ) : null}
                      {item.isRemote ? <li>{t("opportunity.remote")}</li> : null}
                      {item.minimumAge ? (
                        <li>{t("opportunity.minimumAge", { age: item.minimumAge })}</li>
                      ) : null}
                    </ul>
                    {item.categories.length > 0 ? (
                      <p className="engagiert-badges">
                        <span className="kern-sr-only">{t("opportunity.categories")}: </span>
                        {item.categories.map((slug) => (
                          <span key={slug} className="kern-badge kern-badge--info">
                            <span className="kern-label">{categoryLabel(slug)}</span>
                          </span>
                        ))}
                      </p>
                    ) : null}
                  </Card>
                </li>
              ))}
            </ul>
            <LoadMore
              shown={items.length}
              total={total}
              hasMore={newest.hasNextPage}
              isLoading={newest.isFetchingNextPage}
              onLoadMore={() => void newest.fetchNextPage()}
            />
          </>
        )}
      </section>
    </Page>
  );
}
