import { formatNumber } from "../format.ts";
import { useLanguage, useT } from "../i18n/i18n.tsx";
import { Button } from "./button.tsx";

/** "Showing 20 of 134" in a live region, and a button that loads the next page. */
export function LoadMore(props: {
  shown: number;
  total: number;
  hasMore: boolean;
  isLoading: boolean;
  onLoadMore: () => void;
}) {
  const t = useT();
  const [language] = useLanguage();
  return (
    <div className="engagiert-pagination">
      <p className="kern-body" aria-live="polite">
        {t("common.shownOfTotal", {
          shown: formatNumber(props.shown, language),
          total: formatNumber(props.total, language),
        })}
      </p>
      {props.hasMore ? (
        <Button variant="secondary" onClick={props.onLoadMore} disabled={props.isLoading}>
          {props.isLoading ? t("common.loading") : t("common.loadMore")}
        </Button>
      ) : null}
    </div>
  );
}
