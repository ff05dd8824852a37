import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { cityKey, cityOwned, cityRef, createdAt, updatedAt } from "./columns.ts";
import { organisations } from "./organisations.ts";

/** A quality standard of the city's catalogue (named contact person, onboarding, …). */
export const qualityStandards = pgTable(
  "quality_standards",
  {
    ...cityOwned(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull(),
    /** What an organisation is asked to show as evidence. */
    evidence: text("evidence").notNull(),
    position: integer("position").notNull(),
    isArchived: boolean("is_archived").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    cityKey(t),
    unique("quality_standards_city_slug").on(t.cityId, t.slug),
    index("quality_standards_city_position").on(t.cityId, t.position),
  ],
);

/**
 * An organisation's self-assessment of one standard (level 0–3, evidence, date). Every
 * assessment is a new row: the latest per standard is the current one, the rest is the history.
 */
export const qualityAssessments = pgTable(
  "quality_assessments",
  {
    ...cityOwned(),
    organisationId: uuid("organisation_id").notNull(),
    standardId: uuid("standard_id").notNull(),
    level: integer("level").notNull(),
    evidenceNote: text("evidence_note").notNull().default(""),
    assessedOn: date("assessed_on").notNull(),
    assessedByUserId: uuid("assessed_by_user_id").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    cityKey(t),
    cityRef("quality_assessments_organisation_fk", t, t.organisationId, organisations),
    cityRef("quality_assessments_standard_fk", t, t.standardId, qualityStandards),
    cityRef("quality_assessments_assessed_by_fk", t, t.assessedByUserId, users),
    index("quality_assessments_city_org_standard").on(
      t.cityId,
      t.organisationId,
      t.standardId,
      t.assessedOn,
      t.createdAt,
    ),
  ],
);

/**
 * A short feedback questionnaire (1–5 scales and free text) for the active volunteers of an
 * organisation, or of the whole city when `organisation_id` is null.
 */
export const surveys = pgTable(
  "surveys",
  {
    ...cityOwned(),
    organisationId: uuid("organisation_id"),
    title: text("title").notNull(),
    intro: text("intro").notNull().default(""),
    /** `SurveyQuestion[]` of the domain. */
    questions: jsonb("questions").notNull(),
    status: text("status", { enum: ["draft", "open", "closed"] })
      .notNull()
      .default("draft"),
    openedAt: timestamp("opened_at", { withTimezone: true }),
    closesOn: date("closes_on"),
    createdByUserId: uuid("created_by_user_id").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    cityKey(t),
    cityRef("surveys_organisation_fk", t, t.organisationId, organisations),
    cityRef("surveys_created_by_fk", t, t.createdByUserId, users),
    index("surveys_city_organisation").on(t.cityId, t.organisationId, t.createdAt),
  ],
);

/**
 * A single-use answer link. It names the organisation the answer will count for, but neither the
 * person nor the answer: the e-mail goes out through the outbox, and an answer keeps no trace of
 * which link it came through, so no answer can be tied to a volunteer.
 */
export const surveyInvitations = pgTable(
  "survey_invitations",
  {
    ...cityOwned(),
    surveyId: uuid("survey_id").notNull(),
    organisationId: uuid("organisation_id").notNull(),
    tokenHash: text("token_hash").notNull(),
    isUsed: boolean("is_used").notNull().default(false),
  },
  (t) => [
    cityKey(t),
    cityRef("survey_invitations_survey_fk", t, t.surveyId, surveys),
    cityRef("survey_invitations_organisation_fk", t, t.organisationId, organisations),
    unique("survey_invitations_city_token").on(t.cityId, t.tokenHash),
    index("survey_invitations_city_survey").on(t.cityId, t.surveyId),
  ],
);

/** An anonymous answer: the day it came (no time), its organisation, and the answers. */
export const surveyResponses = pgTable(
  "survey_responses",
  {
    ...cityOwned(),
    surveyId: uuid("survey_id").notNull(),
    organisationId: uuid("organisation_id").notNull(),
    submittedOn: date("submitted_on").notNull(),
    /** Question id → 1–5 or text. */
    answers: jsonb("answers").notNull(),
  },
  (t) => [
    cityKey(t),
    cityRef("survey_responses_survey_fk", t, t.surveyId, surveys),
    cityRef("survey_responses_organisation_fk", t, t.organisationId, organisations),
    index("survey_responses_city_survey_org").on(t.cityId, t.surveyId, t.organisationId),
  ],
);
