import { createRoute, lazyRouteComponent, type AnyRoute } from "@tanstack/react-router";
import { NetworkGate, requireSignIn } from "./network-area.tsx";

/**
 * The calendar's filters as the address holds them. Only a light check here: the calendar page
 * checks the values against the domain's lists, which load with that page, not with the app.
 */
export interface EventSearch {
  art?: string;
  land?: string;
  zeit?: "vergangen";
}

const text = (value: unknown, max: number) =>
  typeof value === "string" && value.trim() ? value.trim().slice(0, max) : undefined;

/** Who announces events for a city (the domain's `network.event.announce`). */
export const ANNOUNCING_ROLES: readonly string[] = [
  "coordinator",
  "city_admin",
  "network_member",
  "network_admin",
];

/**
 * The network's events: the calendar and an event for everyone; announcing, editing and the
 * participants behind sign-in, for the cities' network voices.
 */
export function eventRoutes<TParent extends AnyRoute>(parent: TParent) {
  const events = createRoute({ getParentRoute: () => parent, id: "events" });
  const organising = createRoute({
    getParentRoute: () => events,
    id: "event-organising",
    beforeLoad: requireSignIn,
    component: () => <NetworkGate roles={ANNOUNCING_ROLES} />,
  });
  const editor = () => import("./pages/event-editor-page.tsx");
  return events.addChildren([
    createRoute({
      getParentRoute: () => events,
      path: "/veranstaltungen",
      // The filters live in the address, so a filtered calendar can be bookmarked and shared.
      validateSearch: (search: Record<string, unknown>): EventSearch => ({
        art: text(search.art, 40),
        land: text(search.land, 40),
        zeit: search.zeit === "vergangen" ? "vergangen" : undefined,
      }),
      component: lazyRouteComponent(() => import("./pages/event-list-page.tsx"), "EventListPage"),
    }),
    createRoute({
      getParentRoute: () => events,
      path: "/veranstaltungen/$eventId",
      component: lazyRouteComponent(() => import("./pages/event-page.tsx"), "EventPage"),
    }),
    organising.addChildren([
      createRoute({
        getParentRoute: () => organising,
        path: "/veranstaltungen/neu",
        component: lazyRouteComponent(editor, "NewEventPage"),
      }),
      createRoute({
        getParentRoute: () => organising,
        path: "/veranstaltungen/organisieren",
        component: lazyRouteComponent(
          () => import("./pages/event-organised-page.tsx"),
          "EventOrganisedPage",
        ),
      }),
      createRoute({
        getParentRoute: () => organising,
        path: "/veranstaltungen/$eventId/bearbeiten",
        component: lazyRouteComponent(editor, "EditEventPage"),
      }),
      createRoute({
        getParentRoute: () => organising,
        path: "/veranstaltungen/$eventId/teilnehmende",
        component: lazyRouteComponent(
          () => import("./pages/event-participants-page.tsx"),
          "EventParticipantsPage",
        ),
      }),
    ]),
  ]);
}
