import { Button } from "@engagiert/ui/button";
import { useRecognitionT } from "./recognition-t.ts";

/**
 * How many people a list shows, and a button for the next page. These lists are decided person
 * by person by a rule, so their length is known only when the last page is read.
 */
export function MoreButton(props: {
  shown: number;
  hasMore: boolean;
  isLoading: boolean;
  onMore: () => void;
}) {
  const t = useRecognitionT();
  return (
    <div className="engagiert-pagination">
      <p className="kern-body" aria-live="polite">
        {t("recognition.shown", { count: props.shown })}
      </p>
      {props.hasMore ? (
        <Button variant="secondary" onClick={props.onMore} disabled={props.isLoading}>
          {props.isLoading ? t("common.loading") : t("common.loadMore")}
        </Button>
      ) : null}
    </div>
  );
}
