import { useTRPC } from "@engagiert/ui/api";
import { LinkButton } from "@engagiert/ui/button";
import { formatDateTime } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { useSession } from "@engagiert/ui/session";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useHomeT } from "../home-messages.ts";
import { NETWORK_ADMIN_ROLES, PARTICIPANT_ROLES } from "../network-area.tsx";

const SHOWN = 3;

/**
 * What a coordinator opens every week: the newest practices, the next network events, whether
 * the own city shares its figures, and the way to everything else.
 */
export function HomePage() {
  const t = useHomeT();
  const { user } = useSession();
  const isParticipant = Boolean(user && PARTICIPANT_ROLES.includes(user.role));

  return (
    <Page title={t("home.title")}>
      <p className="kern-body">{t("home.intro")}</p>
      {user === null ? (
        <p className="kern-body">
          {t("home.signInHint")}{" "}
          <Link to="/anmelden" className="kern-link">
            {t("home.signIn")}
          </Link>
        </p>
      ) : null}
      <div className="engagiert-card-grid">
        <NewestPractices />
        <NextEvents />
        {isParticipant ? <OwnFigures /> : null}
        <NetworkSize />
      </div>
      <QuickLinks
        isParticipant={isParticipant}
        isAdmin={Boolean(user && NETWORK_ADMIN_ROLES.includes(user.role))}
      />
    </Page>
  );
}

function Section(props: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={props.id} className="kern-card kern-card--small">
      <div className="kern-card__container">
        <header className="kern-card__header">
          <h2 id={props.id} className="kern-title">
            {props.title}
          </h2>
        </header>
        <div className="kern-card__body">{props.children}</div>
      </div>
    </section>
  );
}

function NewestPractices() {
  const t = useHomeT();
  const trpc = useTRPC();
  const practices = useQuery(trpc.practices.list.queryOptions({ limit: SHOWN }));
  return (
    <Section id="home-practices" title={t("home.practices")}>
      {practices.isPending ? (
        <Loading />
      ) : !practices.data || practices.data.items.length === 0 ? (
        <p className="kern-body">{t("home.practicesEmpty")}</p>
      ) : (
        <ul className="kern-list">
          {practices.data.items.map((practice) => (
            <li key={practice.id}>
              <Link
                to="/praxis/$practiceId"
                params={{ practiceId: practice.id }}
                className="kern-link"
              >
                {practice.title}
              </Link>{" "}
              {t("home.practiceFrom", { city: practice.cityName })}
            </li>
          ))}
        </ul>
      )}
      <p className="kern-body">
        <Link to="/praxis" className="kern-link">
          {t("home.allPractices")}
        </Link>
      </p>
    </Section>
  );
}

function NextEvents() {
  const t = useHomeT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  const events = useQuery(trpc.networkEvents.list.queryOptions({ limit: SHOWN }));
  return (
    <Section id="home-events" title={t("home.events")}>
      {events.isPending ? (
        <Loading />
      ) : !events.data || events.data.items.length === 0 ? (
        <p className="kern-body">{t("home.eventsEmpty")}</p>
      ) : (
        <ul className="kern-list">
          {events.data.items.map((event) => (
            <li key={event.id}>
              <time dateTime={event.startsAt.toISOString()}>
                {formatDateTime(event.startsAt, language)}
              </time>
              {": "}
              <Link
                to="/veranstaltungen/$eventId"
                params={{ eventId: event.id }}
                className="kern-link"
              >
                {event.title}
              </Link>{" "}
              {event.isOnline ? `(${t("home.online")}) ` : null}
              {t("home.eventBy", { city: event.organiserCityName })}
            </li>
          ))}
        </ul>
      )}
      <p className="kern-body">
        <Link to="/veranstaltungen" className="kern-link">
          {t("home.allEvents")}
        </Link>
      </p>
    </Section>
  );
}

function OwnFigures() {
  const t = useHomeT();
  const trpc = useTRPC();
  const status = useQuery(trpc.network.figureSharing.queryOptions());
  return (
    <Section id="home-figures" title={t("home.figures")}>
      {status.isPending ? (
        <Loading />
      ) : status.data ? (
        <>
          <p className="kern-body">
            {status.data.sharesFigures
              ? t("home.figuresOn", { city: status.data.cityName })
              : t("home.figuresOff", { city: status.data.cityName })}
          </p>
          {status.data.canChange ? <p className="kern-body">{t("home.figuresDecide")}</p> : null}
        </>
      ) : null}
      <p className="kern-body">
        <Link to="/zahlen" className="kern-link">
          {t("home.toFigures")}
        </Link>
      </p>
    </Section>
  );
}

function NetworkSize() {
  const t = useHomeT();
  const trpc = useTRPC();
  const perState = useQuery(trpc.network.citiesPerState.queryOptions());
  const cities = perState.data?.reduce((sum, row) => sum + row.cities, 0) ?? 0;
  return (
    <Section id="home-network" title={t("home.network")}>
      {perState.isPending ? (
        <Loading />
      ) : (
        <p className="kern-body">
          {t("home.networkSize", { count: cities, states: perState.data?.length ?? 0 })}
        </p>
      )}
      <p className="kern-body">
        <Link to="/staedte" className="kern-link">
          {t("home.linkCities")}
        </Link>
      </p>
    </Section>
  );
}

function QuickLinks(props: { isParticipant: boolean; isAdmin: boolean }) {
  const t = useHomeT();
  return (
    <section aria-labelledby="home-links" className="engagiert-section">
      <h2 id="home-links" className="kern-heading-medium">
        {t("home.links")}
      </h2>
      <div className="engagiert-actions">
        <LinkButton to="/staedte" variant="secondary">
          {t("home.linkCities")}
        </LinkButton>
        <LinkButton to="/praxis" variant="secondary">
          {t("home.linkPractices")}
        </LinkButton>
        {props.isParticipant ? (
          <>
            <LinkButton to="/kalender" variant="secondary">
              {t("home.linkCalendar")}
            </LinkButton>
            <LinkButton to="/zahlen" variant="secondary">
              {t("home.linkFigures")}
            </LinkButton>
          </>
        ) : null}
        {props.isAdmin ? (
          <LinkButton to="/staedte/import" variant="secondary">
            {t("home.linkImport")}
          </LinkButton>
        ) : null}
      </div>
    </section>
  );
}
