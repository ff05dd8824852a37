import { consentEffect } from "@engagiert/domain/privacy";
import { Alert } from "@engagiert/ui/alert";
import { useTRPC, type RouterOutputs } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { QueryError } from "@engagiert/ui/error-page";
import { errorText, readError } from "@engagiert/ui/errors";
import { formatDate } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { LoadMore } from "@engagiert/ui/pagination";
import { Cell, HeaderCell, Row, RowHeader, Table, TableBody, TableHead } from "@engagiert/ui/table";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { purposeText, useMyDataT } from "../my-data-messages.ts";

type Consent = RouterOutputs["myData"]["consents"]["items"][number];

/**
 * The step before a withdrawal: what it sets off, in words, with "Ja, widerrufen" and "Abbrechen".
 * It takes the focus when it opens, so a keyboard or screen reader user lands on it.
 */
function WithdrawStep(props: { consent: Consent; onClose: () => void }) {
  const t = useMyDataT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const withdraw = useMutation(
    trpc.myData.withdrawConsent.mutationOptions({
      onSuccess: () =>
        void queryClient.invalidateQueries({ queryKey: trpc.myData.consents.pathKey() }),
    }),
  );
  const purpose = purposeText(t, props.consent.purpose);
  const failure = withdraw.error ? readError(withdraw.error) : null;
  if (withdraw.isSuccess) {
    const { withdrawnApplications, cancelledShifts } = withdraw.data;
    return (
      <Alert tone="success" title={t("myData.withdraw.done")} isLive>
        {withdrawnApplications > 0 ? (
          <p className="kern-body">
            {t("myData.withdraw.applications", { count: withdrawnApplications })}
          </p>
        ) : null}
        {cancelledShifts > 0 ? (
          <p className="kern-body">{t("myData.withdraw.shifts", { count: cancelledShifts })}</p>
        ) : null}
      </Alert>
    );
  }
  return (
    <section aria-labelledby="withdraw-heading" className="engagiert-section">
      <h3 id="withdraw-heading" className="kern-heading-small" tabIndex={-1} ref={heading}>
        {t("myData.withdraw.title", { purpose })}
      </h3>
      <p className="kern-body">
        {t(`myData.withdraw.effect.${consentEffect(props.consent.purpose)}`)}
      </p>
      {failure ? (
        <Alert tone="danger" title={t("myData.refused")} isLive>
          <p className="kern-body">{errorText(failure, t)}</p>
        </Alert>
      ) : null}
      <div className="engagiert-actions">
        <Button
          onClick={() => withdraw.mutate({ consentId: props.consent.id })}
          disabled={withdraw.isPending}
        >
          {withdraw.isPending ? t("myData.withdraw.working") : t("myData.withdraw.confirm")}
        </Button>
        <Button variant="secondary" onClick={props.onClose} disabled={withdraw.isPending}>
          {t("myData.withdraw.cancel")}
        </Button>
      </div>
    </section>
  );
}

/** The consents given, newest first, each withdrawable while it stands (DSGVO Art. 7(3)). */
export function MyConsents() {
  const t = useMyDataT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const [chosen, setChosen] = useState<Consent | null>(null);
  const list = useInfiniteQuery(
    trpc.myData.consents.infiniteQueryOptions(
      { limit: 20 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section aria-labelledby="consents-heading" className="engagiert-section">
      <h2 id="consents-heading" className="kern-heading-medium">
        {t("myData.consents.title")}
      </h2>
      <p className="kern-body">{t("myData.consents.intro")}</p>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <p className="kern-body">{t("myData.consents.none")}</p>
      ) : (
        <>
          <Table caption={t("myData.consents.caption")} isCaptionHidden>
            <TableHead>
              <HeaderCell>{t("myData.consents.purpose")}</HeaderCell>
              <HeaderCell>{t("myData.consents.version")}</HeaderCell>
              <HeaderCell>{t("myData.consents.given")}</HeaderCell>
              <HeaderCell>{t("myData.consents.state")}</HeaderCell>
            </TableHead>
            <TableBody>
              {items.map((consent) => {
                const purpose = purposeText(t, consent.purpose);
                const given = formatDate(consent.givenAt, language);
                return (
                  <Row key={consent.id}>
                    <RowHeader>{purpose}</RowHeader>
                    <Cell>{consent.version}</Cell>
                    <Cell>{given}</Cell>
                    <Cell>
                      {consent.withdrawnAt ? (
                        t("myData.consents.withdrawnOn", {
                          date: formatDate(consent.withdrawnAt, language),
                        })
                      ) : (
                        <>
                          {t("myData.consents.active")}{" "}
                          <Button
                            variant="tertiary"
                            aria-label={t("myData.consents.withdrawLabel", {
                              purpose,
                              date: given,
                            })}
                            onClick={() => setChosen(consent)}
                          >
                            {t("myData.consents.withdraw")}
                          </Button>
                        </>
                      )}
                    </Cell>
                  </Row>
                );
              })}
            </TableBody>
          </Table>
          <LoadMore
            shown={items.length}
            total={list.data.pages[0]?.total ?? items.length}
            hasMore={list.hasNextPage}
            isLoading={list.isFetchingNextPage}
            onLoadMore={() => void list.fetchNextPage()}
          />
        </>
      )}
      {chosen ? (
        <WithdrawStep key={chosen.id} consent={chosen} onClose={() => setChosen(null)} />
      ) : null}
    </section>
  );
}
