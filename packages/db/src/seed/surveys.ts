import { createHash } from "node:crypto";
import type { SurveyAnswers, SurveyQuestion } from "@engagiert/domain/surveys";
import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../client.ts";
import {
  engagements,
  organisations,
  surveyInvitations,
  surveyResponses,
  surveys,
  users,
} from "../schema/index.ts";
import { createRandom, type Random } from "./random.ts";
import { addDays, berlinInstant } from "./time.ts";

const SEED = 20_261_201;

const QUESTIONS: SurveyQuestion[] = [
  {
    id: "zufriedenheit",
    kind: "scale",
    text: "Wie zufrieden sind Sie insgesamt mit Ihrem Engagement?",
  },
  {
    id: "begleitung",
    kind: "scale",
    text: "Fühlen Sie sich von Ihrer Ansprechperson gut begleitet?",
  },
  { id: "information", kind: "scale", text: "Haben Sie alle Informationen, die Sie brauchen?" },
  { id: "wertschaetzung", kind: "scale", text: "Fühlen Sie sich wertgeschätzt?" },
  { id: "gefaellt", kind: "text", text: "Was gefällt Ihnen besonders?" },
  { id: "besser", kind: "text", text: "Was können wir besser machen?" },
];

const PRAISE = [
  "Das nette Team und die gute Stimmung.",
  "Ich kann meine Zeit frei einteilen.",
  "Die Dankbarkeit der Menschen, mit denen ich arbeite.",
  "Man wird ernst genommen und gefragt.",
  "Die Einarbeitung war sehr gut.",
  "Ich lerne immer wieder etwas Neues.",
];

const WISHES = [
  "Öfter ein Treffen mit den anderen Ehrenamtlichen.",
  "Frühere Informationen, wenn sich Termine ändern.",
  "Eine Fortbildung zu Erster Hilfe wäre schön.",
  "Mehr Rückmeldung, ob meine Arbeit etwas bewirkt.",
  "Bessere Räume für unsere Treffen.",
  "Eine feste Ansprechperson auch in den Ferien.",
];

/** Mostly content volunteers, as such surveys usually show, with a few critical voices. */
const SCORES = [
  [5, 4],
  [4, 6],
  [3, 2],
  [2, 1],
  [1, 0.3],
] as const;

/** Closed organisation surveys of the demo: (organisation, answers); 3 shows the protection. */
const CLOSED = [
  { slug: "soziales-familie", answers: 12 },
  { slug: "buendnis-familie", answers: 8 },
  { slug: "stadtbibliothek", answers: 3 },
] as const;

function answer(random: Random): SurveyAnswers {
  const answers: SurveyAnswers = {};
  for (const q of QUESTIONS) {
    if (q.kind === "scale" && !random.chance(0.05)) answers[q.id] = random.weighted(SCORES);
  }
  if (random.chance(0.6)) answers.gefaellt = random.pick(PRAISE);
  if (random.chance(0.5)) answers.besser = random.pick(WISHES);
  return answers;
}

/** A link hash for the demo: the link itself is never known, as with a mail nobody received. */
const demoTokenHash = (random: Random) =>
  createHash("sha256").update(`demo-survey:${random.uuid()}`).digest("hex");

/**
 * The demo's feedback surveys: a closed survey for three organisations (two with enough answers
 * to show results, one with only 3, which shows nothing), and an open city-wide survey with a few
 * answers so far. Links go to the volunteers active there; no mail is sent. Deterministic for a
 * day.
 */
export async function seedSurveys(db: Executor, cityId: string, today: string): Promise<number> {
  const random = createRandom(SEED);
  const [orgs, staff, active] = await Promise.all([
    db
      .select({ id: organisations.id, slug: organisations.slug })
      .from(organisations)
      .where(eq(organisations.cityId, cityId)),
    db
      .select({ id: users.id, organisationId: users.organisationId, role: users.role })
      .from(users)
      .where(eq(users.cityId, cityId))
      .orderBy(asc(users.email)),
    db
      .selectDistinct({
        organisationId: engagements.organisationId,
        personId: engagements.personId,
      })
      .from(engagements)
      .where(and(eq(engagements.cityId, cityId), eq(engagements.status, "active")))
      .orderBy(asc(engagements.organisationId), asc(engagements.personId)),
  ]);
  const activeCount = (organisationId: string) =>
    active.filter((a) => a.organisationId === organisationId).length;
  const coordinator = staff.find((u) => u.role === "coordinator");
  const surveyRows: (typeof surveys.$inferInsert)[] = [];
  const invitationRows: (typeof surveyInvitations.$inferInsert)[] = [];
  const responseRows: (typeof surveyResponses.$inferInsert)[] = [];

  /** Links for everyone active in the organisation, `answered` of them used, with answers. */
  const collect = (
    surveyId: string,
    organisationId: string,
    answered: number,
    from: string,
    days: number,
  ) => {
    const invited = activeCount(organisationId);
    const used = Math.min(answered, invited);
    for (let i = 0; i < invited; i++) {
      invitationRows.push({
        cityId,
        id: random.uuid(),
        surveyId,
        organisationId,
        tokenHash: demoTokenHash(random),
        isUsed: i < used,
      });
    }
    for (let i = 0; i < used; i++) {
      responseRows.push({
        cityId,
        id: random.uuid(),
        surveyId,
        organisationId,
        submittedOn: addDays(from, random.int(0, days)),
        answers: answer(random),
      });
    }
  };

  for (const [index, { slug, answers }] of CLOSED.entries()) {
    const org = orgs.find((o) => o.slug === slug);
    const author = staff.find((u) => u.organisationId === org?.id);
    if (!org || !author) continue;
    const openedOn = addDays(today, -120 + index * 7);
    const id = random.uuid();
    surveyRows.push({
      cityId,
      id,
      organisationId: org.id,
      title: "Wie geht es Ihnen in Ihrem Engagement?",
      intro:
        "Ihre Meinung hilft uns, die Zusammenarbeit zu verbessern. Die Umfrage dauert etwa fünf Minuten.",
      questions: QUESTIONS,
      status: "closed",
      openedAt: berlinInstant(openedOn, "09:00"),
      closesOn: addDays(openedOn, 28),
      createdByUserId: author.id,
      createdAt: berlinInstant(addDays(openedOn, -3), "14:00"),
    });
    collect(id, org.id, answers, openedOn, 27);
  }

  if (coordinator) {
    const openedOn = addDays(today, -7);
    const id = random.uuid();
    surveyRows.push({
      cityId,
      id,
      organisationId: null,
      title: "Engagement in Göppingen 2026",
      intro:
        "Einmal im Jahr fragen wir alle Engagierten der Stadt, wie es ihnen geht. Vielen Dank, dass Sie mitmachen!",
      questions: QUESTIONS,
      status: "open",
      openedAt: berlinInstant(openedOn, "09:00"),
      closesOn: addDays(today, 21),
      createdByUserId: coordinator.id,
      createdAt: berlinInstant(addDays(openedOn, -2), "11:00"),
    });
    for (const org of [...orgs].sort((a, b) => a.slug.localeCompare(b.slug))) {
      collect(id, org.id, random.int(0, 7), openedOn, 7);
    }
  }

  await db.insert(surveys).values(surveyRows);
  for (let i = 0; i < invitationRows.length; i += 500) {
    await db.insert(surveyInvitations).values(invitationRows.slice(i, i + 500));
  }
  for (let i = 0; i < responseRows.length; i += 500) {
    await db.insert(surveyResponses).values(responseRows.slice(i, i + 500));
  }
  return surveyRows.length;
}
