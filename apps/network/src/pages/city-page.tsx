import { useTRPC, type RouterOutputs } from "@engagiert/ui/api";
import { QueryError } from "@engagiert/ui/error-page";
import { formatNumber } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { NotFoundPage } from "@engagiert/ui/not-found-page";
import { Page } from "@engagiert/ui/page";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { readError } from "@engagiert/ui/errors";
import { useDirectoryT } from "../directory-messages.ts";
import { isFederalState } from "../messages.ts";
import { CityFigures } from "./city-figures.tsx";

const route = getRouteApi("/directory/staedte/$slug");

export type CityDetail = RouterOutputs["network"]["city"];

/** One member city: its entry in the directory, its coordination office, its shared figures. */
export function CityPage() {
  const t = useDirectoryT();
  const trpc = useTRPC();
  const { slug } = route.useParams();
  const city = useQuery(trpc.network.city.queryOptions({ slug }));

  if (city.isPending) return <Loading />;
  if (city.isError) {
    if (readError(city.error).code === "NOT_FOUND") return <NotFoundPage />;
    return (
      <Page title={t("cities.title")}>
        <QueryError error={city.error} onRetry={() => void city.refetch()} />
      </Page>
    );
  }
  const detail = city.data;

  return (
    <Page title={detail.name}>
      <p className="kern-body">
        <Link to="/staedte" className="kern-link">
          {t("cityPage.back")}
        </Link>
      </p>
      {detail.isOwnCity ? <p className="kern-body">{t("cityPage.ownCity")}</p> : null}
      <Facts city={detail} />
      <Contact city={detail} />
      <section aria-labelledby="city-figures" className="engagiert-section">
        <h2 id="city-figures" className="kern-heading-medium">
          {t("cityPage.figures")}
        </h2>
        {detail.sharesFigures && detail.figures.length > 0 ? (
          <CityFigures cityName={detail.name} figures={detail.figures} />
        ) : (
          <p className="kern-body">{t("cityPage.notSharing", { city: detail.name })}</p>
        )}
      </section>
    </Page>
  );
}

function Facts(props: { city: CityDetail }) {
  const t = useDirectoryT();
  const [language] = useLanguage();
  const { city } = props;
  return (
    <section aria-labelledby="city-facts" className="engagiert-section">
      <h2 id="city-facts" className="kern-heading-medium">
        {t("cityPage.facts")}
      </h2>
      <dl className="engagiert-facts">
        <dt>{t("cityPage.federalState")}</dt>
        <dd>
          {isFederalState(city.federalState) ? t(`state.${city.federalState}`) : city.federalState}
        </dd>
        <dt>{t("cityPage.population")}</dt>
        <dd>
          {city.population === null ? t("cities.unknown") : formatNumber(city.population, language)}
        </dd>
        <dt>{t("cityPage.sizeClass")}</dt>
        <dd>{city.sizeClass ? t(`size.${city.sizeClass}`) : t("cities.unknown")}</dd>
        <dt>{t("cityPage.joined")}</dt>
        <dd>{city.joinedNetworkYear ?? t("cities.unknown")}</dd>
        <dt>{t("cityPage.platform")}</dt>
        <dd>{city.isRunningPlatform ? t("cityPage.runsPlatform") : t("cityPage.directoryOnly")}</dd>
        {city.source ? (
          <>
            <dt>{t("cityPage.source")}</dt>
            <dd>{city.source}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

function Contact(props: { city: CityDetail }) {
  const t = useDirectoryT();
  const office = props.city.coordinationOffice;
  return (
    <section aria-labelledby="city-contact" className="engagiert-section">
      <h2 id="city-contact" className="kern-heading-medium">
        {t("cityPage.contact")}
      </h2>
      {office === null ? (
        <p className="kern-body">{t("cityPage.noContact")}</p>
      ) : (
        <dl className="engagiert-facts">
          {"name" in office ? (
            <>
              <dt>{t("cityPage.contact")}</dt>
              <dd>{office.name}</dd>
            </>
          ) : null}
          <dt>{t("contact.email")}</dt>
          <dd>
            <a className="kern-link" href={`mailto:${office.email}`}>
              {office.email}
            </a>
          </dd>
          {"phone" in office && office.phone ? (
            <>
              <dt>{t("contact.phone")}</dt>
              <dd>{office.phone}</dd>
            </>
          ) : null}
          {"address" in office && office.address ? (
            <>
              <dt>{t("contact.address")}</dt>
              <dd className="engagiert-address">{office.address}</dd>
            </>
          ) : null}
        </dl>
      )}
    </section>
  );
}
