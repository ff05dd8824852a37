import type { FederalState } from "@engagiert/domain/city";
import { Alert } from "@engagiert/ui/alert";
import { useTRPC, type RouterOutputs } from "@engagiert/ui/api";
import { QueryError } from "@engagiert/ui/error-page";
import { readError } from "@engagiert/ui/errors";
import { useLanguage } from "@engagiert/ui/i18n";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useEventT } from "../event-messages.ts";
import { EventOrganiserActions } from "./event-organiser-actions.tsx";
import {
  eventTimeText,
  kindLabel,
  momentText,
  placesText,
  placeText,
  type EventT,
} from "./event-parts.tsx";
import { EventRegistration } from "./event-registration.tsx";

const route = getRouteApi("/events/veranstaltungen/$eventId");

export type EventView = RouterOutputs["networkEvents"]["get"];

function Facts(props: { event: EventView }) {
  const t = useEventT();
  const [language] = useLanguage();
  const event = props.event;
  const rows: [string, string][] = [
    [t("events.kind"), kindLabel(t, event.kind)],
    [t("events.organiser"), event.organiserCityName],
    ...(event.federalState
      ? [
          [t("eventEditor.federalState"), t(`state.${event.federalState as FederalState}`)] as [
            string,
            string,
          ],
        ]
      : []),
    [
      t("events.places"),
      event.freePlaces > 0
        ? t("events.placesOf", { free: event.freePlaces, capacity: event.capacity })
        : placesText(t, event),
    ],
    [
      t("events.registration"),
      event.closedReason
        ? t(`events.closed.${event.closedReason}`)
        : t("events.deadline", {
            date: momentText(new Date(event.registrationDeadline), language),
          }),
    ],
    [t("events.contact"), event.contactEmail],
  ];
  return (
    <section aria-labelledby="facts-heading">
      <h2 id="facts-heading" className="kern-heading-medium">
        {t("events.details")}
      </h2>
      <dl className="kern-description-list">
        {rows.map(([key, value]) => (
          <div key={key} className="kern-description-list-item">
            <dt className="kern-description-list-item__key">{key}</dt>
            <dd className="kern-description-list-item__value">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

const paragraphs = (text: string) => text.split(/\n{2,}/).filter((p) => p.trim() !== "");

function Where(props: { event: EventView; t: EventT }) {
  const { event, t } = props;
  return (
    <section aria-labelledby="where-heading">
      <h2 id="where-heading" className="kern-heading-medium">
        {t("events.where")}
      </h2>
      <p className="kern-body">{placeText(t, event)}</p>
      {event.onlineUrl ? (
        <p className="kern-body">
          <a className="kern-link" href={event.onlineUrl} rel="noreferrer">
            {t("events.onlineLink")}
          </a>
        </p>
      ) : event.isOnline ? (
        <p className="kern-body">{t("events.onlineAfterPlace")}</p>
      ) : null}
    </section>
  );
}

function NetworkEvent(props: { event: EventView }) {
  const t = useEventT();
  const [language] = useLanguage();
  const event = props.event;
  return (
    <>
      <p className="engagiert-badges">
        <span className="kern-badge kern-badge--info">
          <span className="kern-label">{kindLabel(t, event.kind)}</span>
        </span>{" "}
        {event.status !== "published" ? (
          <span className="kern-badge kern-badge--warning">
            <span className="kern-label">{t(`eventStatus.${event.status}`)}</span>
          </span>
        ) : null}
      </p>
      {event.status === "cancelled" ? (
        <Alert tone="warning" title={t("events.cancelledNote")} />
      ) : event.status === "draft" ? (
        <Alert tone="info" title={t("events.draftNote")} />
      ) : null}
      <section aria-labelledby="when-heading">
        <h2 id="when-heading" className="kern-heading-medium">
          {t("events.when")}
        </h2>
        <p className="kern-body">
          {eventTimeText(new Date(event.startsAt), new Date(event.endsAt), language)}
        </p>
      </section>
      <Where event={event} t={t} />
      <section aria-labelledby="about-heading">
        <h2 id="about-heading" className="kern-heading-medium">
          {t("events.about")}
        </h2>
        {paragraphs(event.description).map((paragraph, i) => (
          <p key={i} className="kern-body">
            {paragraph}
          </p>
        ))}
      </section>
      {event.agenda ? (
        <section aria-labelledby="agenda-heading">
          <h2 id="agenda-heading" className="kern-heading-medium">
            {t("events.agenda")}
          </h2>
          <ul className="kern-list">
            {event.agenda
              .split("\n")
              .filter((line) => line.trim() !== "")
              .map((line, i) => (
                <li key={i}>{line}</li>
              ))}
          </ul>
        </section>
      ) : null}
      <Facts event={event} />
      {event.status !== "draft" ? <EventRegistration event={event} /> : null}
      {event.isOrganiser ? <EventOrganiserActions event={event} /> : null}
    </>
  );
}

/** One network event: what, when, where, the agenda, places, registering and the calendar file. */
export function EventPage() {
  const t = useEventT();
  const trpc = useTRPC();
  const { eventId } = route.useParams();
  const query = useQuery(trpc.networkEvents.get.queryOptions({ eventId }));
  const error = query.error ? readError(query.error) : null;

  return (
    <Page title={query.data?.title ?? t("events.title")}>
      {query.isPending ? (
        <Loading />
      ) : error?.code === "NOT_FOUND" || error?.code === "BAD_REQUEST" ? (
        <Alert tone="warning" title={t("events.notFound")} />
      ) : query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <NetworkEvent event={query.data} />
      )}
      <p className="kern-body">
        <Link to="/veranstaltungen" className="kern-link">
          {t("events.backToList")}
        </Link>
      </p>
    </Page>
  );
}
