import { eventInput, practiceInput } from "./inputs.ts";
import {
  CITY_OFFICE,
  CITY_VOICE,
  CONTRIBUTOR,
  NETWORK,
  NETWORK_ADMIN,
  PUBLIC,
  type Entry,
} from "./matrix-types.ts";
import type { World } from "./world.ts";

// The network of Engaged Cities: directory, shared figures, events, practices. Much of it is
// network-wide on purpose ("shared"): every member city sees it.

const CITY_CSV = "name,state,source\nAhornstadt,Baden-Württemberg,engagiertestadt.de\n";
const event = (id: (w: World) => string) => (w: World) => ({ eventId: id(w) });

export const matrixNetwork: Record<string, Entry> = {
  "network.cities": { access: PUBLIC, input: () => ({ limit: 20 }), otherCity: "shared" },
  "network.platformCities": { access: PUBLIC, otherCity: "shared" },
  "network.citiesPerState": { access: PUBLIC, otherCity: "shared" },
  "network.city": { access: PUBLIC, input: () => ({ slug: "stadt-a" }), otherCity: "shared" },
  "network.checkCityImport": {
    access: NETWORK_ADMIN,
    input: () => ({ csv: CITY_CSV }),
    otherCity: "shared",
  },
  "network.importCities": {
    access: NETWORK_ADMIN,
    input: () => ({ csv: CITY_CSV }),
    otherCity: "shared",
  },
  "network.figureSharing": { access: NETWORK },
  "network.setFigureSharing": { access: CITY_OFFICE, input: () => ({ share: true }) },
  "network.compareFigures": {
    access: NETWORK,
    input: () => ({ year: 2026, metric: "hours" }),
    otherCity: "shared",
  },
  // The city's own trainings beside the network's events, which every member city sees.
  "network.jointCalendar": {
    access: NETWORK,
    input: () => ({ month: "2026-12" }),
    otherCity: "shared",
  },

  "networkEvents.list": { access: PUBLIC, input: () => ({}), otherCity: "shared" },
  "networkEvents.get": {
    access: PUBLIC,
    input: event((w) => w.r.eventPublished),
    otherCity: "shared",
  },
  "networkEvents.organised": { access: CITY_VOICE, input: () => ({}), home: "coordinator" },
  "networkEvents.forEdit": { access: CITY_VOICE, input: event((w) => w.r.eventDraft) },
  "networkEvents.save": {
    access: CITY_VOICE,
    input: (w) => ({
      ...eventInput({ title: "Webinar Freiwilligenmanagement" }),
      id: w.r.eventDraft,
    }),
  },
  "networkEvents.publish": { access: CITY_VOICE, input: event((w) => w.r.eventDraft) },
  // A published event of another city is seen, but only its own city's voices manage it.
  "networkEvents.cancel": {
    access: CITY_VOICE,
    input: event((w) => w.r.eventOpen),
    otherCity: ["FORBIDDEN:event_other_city"],
  },
  "networkEvents.register": {
    access: NETWORK,
    input: event((w) => w.r.eventOpen),
    otherCity: "shared",
  },
  "networkEvents.cancelRegistration": {
    access: NETWORK,
    input: event((w) => w.r.eventPublished),
    otherCity: "shared",
  },
  "networkEvents.participants": {
    access: CITY_VOICE,
    input: event((w) => w.r.eventPublished),
    otherCity: ["FORBIDDEN:event_other_city"],
  },
  "networkEvents.participantsCsv": {
    access: CITY_VOICE,
    input: event((w) => w.r.eventPublished),
    otherCity: ["FORBIDDEN:event_other_city"],
  },

  "practices.list": { access: PUBLIC, input: () => ({}), otherCity: "shared" },
  "practices.cities": { access: PUBLIC, otherCity: "shared" },
  "practices.access": { access: PUBLIC },
  "practices.get": {
    access: PUBLIC,
    input: (w) => ({ id: w.r.practicePublished }),
    otherCity: "shared",
  },
  // Staff of a department (X) take part without writing; staff of a partner (Y) write.
  "practices.mine": { access: CONTRIBUTOR, input: () => ({}) },
  "practices.save": {
    access: CONTRIBUTOR,
    input: (w) => ({
      ...practiceInput({ title: "Entwurf: Lotsen, zweite Fassung" }),
      id: w.r.practiceDraft,
    }),
  },
  "practices.publish": { access: CONTRIBUTOR, input: (w) => ({ id: w.r.practiceDraft }) },
  "practices.unpublish": { access: CONTRIBUTOR, input: (w) => ({ id: w.r.practicePublished }) },
  // A city adopts another city's practice: city B's own practice is refused for city B.
  "practices.adopt": {
    access: CITY_VOICE,
    input: (w) => ({ practiceId: w.r.practiceB, note: "Bei uns seit Herbst im Einsatz." }),
    otherCity: ["CONFLICT:own_practice"],
  },
  "practices.unadopt": {
    access: CITY_VOICE,
    input: (w) => ({ id: w.r.practiceB }),
    otherCity: "no_leak",
  },
  "practices.questions": {
    access: NETWORK,
    input: (w) => ({ practiceId: w.r.practicePublished }),
    otherCity: "shared",
  },
  "practices.answers": {
    access: NETWORK,
    input: (w) => ({ practiceId: w.r.practicePublished, questionId: w.r.questionId }),
    otherCity: "shared",
  },
  "practices.post": {
    access: CONTRIBUTOR,
    input: (w) => ({ practiceId: w.r.practicePublished, body: "Danke, das probieren wir aus!" }),
    otherCity: "shared",
  },
};
