import { z } from "zod";
import { Id, IsoDate, PageInput } from "../shared/primitives.ts";

/** How many questions a survey may have: a short questionnaire is answered, a long one is not. */
export const MAX_SURVEY_QUESTIONS = 15;
/** The longest free-text answer. */
export const MAX_TEXT_ANSWER = 2000;

export const SurveyStatus = z.enum(["draft", "open", "closed"]);
export type SurveyStatus = z.infer<typeof SurveyStatus>;

/** A 1–5 scale (1 = not at all, 5 = fully) or a free text. */
export const SurveyQuestionKind = z.enum(["scale", "text"]);
export type SurveyQuestionKind = z.infer<typeof SurveyQuestionKind>;

/** A question's key inside the survey; answers are stored under it. */
export const SurveyQuestionId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: "Ungültige Kennung der Frage." });

export const SurveyQuestion = z.object({
  id: SurveyQuestionId,
  kind: SurveyQuestionKind,
  text: z
    .string()
    .trim()
    .min(3, { message: "Bitte die Frage mit mindestens 3 Zeichen formulieren." })
    .max(300, { message: "Höchstens 300 Zeichen." }),
});
export type SurveyQuestion = z.infer<typeof SurveyQuestion>;

const Questions = z
  .array(SurveyQuestion)
  .min(1, { message: "Bitte mindestens eine Frage stellen." })
  .max(MAX_SURVEY_QUESTIONS, { message: `Höchstens ${MAX_SURVEY_QUESTIONS} Fragen.` })
  .superRefine((questions, ctx) => {
    if (!questions.some((q) => q.kind === "scale")) {
      ctx.addIssue({
        code: "custom",
        message: "Bitte mindestens eine Frage mit einer Skala von 1 bis 5 stellen.",
      });
    }
    const seen = new Set<string>();
    questions.forEach((q, index) => {
      if (seen.has(q.id)) {
        ctx.addIssue({
          code: "custom",
          path: [index, "id"],
          message: "Zwei Fragen haben dieselbe Kennung.",
        });
      }
      seen.add(q.id);
    });
  });

/** A survey as staff write it; it can be changed only while it is a draft. */
export const SurveyInput = z.object({
  title: z
    .string()
    .trim()
    .min(3, { message: "Bitte einen Titel mit mindestens 3 Zeichen angeben." })
    .max(160, { message: "Höchstens 160 Zeichen." }),
  intro: z.string().trim().max(2000, { message: "Höchstens 2000 Zeichen." }).default(""),
  questions: Questions,
  /** The last day answers are taken; without it the survey stays open until it is closed. */
  closesOn: IsoDate.nullish(),
});
export type SurveyInput = z.infer<typeof SurveyInput>;

/** A new survey for one organisation's volunteers, or for the whole city (`null`). */
export const CreateSurveyInput = SurveyInput.extend({ organisationId: Id.nullable() });
export type CreateSurveyInput = z.infer<typeof CreateSurveyInput>;

export const UpdateSurveyInput = SurveyInput.extend({ surveyId: Id });
export type UpdateSurveyInput = z.infer<typeof UpdateSurveyInput>;

export const SurveyRef = z.object({ surveyId: Id });
export type SurveyRef = z.infer<typeof SurveyRef>;

/**
 * Which surveys a list shows: one organisation's (`organisationId`), only the city-wide ones
 * (`cityWide`), or all the caller may see.
 */
export const SurveyListInput = PageInput.extend({
  organisationId: Id.nullish(),
  cityWide: z.boolean().default(false),
  status: SurveyStatus.nullish(),
});
export type SurveyListInput = z.infer<typeof SurveyListInput>;

/**
 * The results of a survey; `organisationId` narrows a city-wide survey to one organisation's
 * group, which is shown under the same threshold as every other group.
 */
export const SurveyResultsInput = z.object({ surveyId: Id, organisationId: Id.nullish() });
export type SurveyResultsInput = z.infer<typeof SurveyResultsInput>;

/** The secret of an answer link, as it arrives from the e-mail. */
export const SurveyToken = z
  .string()
  .trim()
  .min(20, { message: "Dieser Link ist unvollständig." })
  .max(200, { message: "Dieser Link ist ungültig." });

export const SurveyTokenInput = z.object({ token: SurveyToken });
export type SurveyTokenInput = z.infer<typeof SurveyTokenInput>;

/** One answer: a scale value 1–5 or a text; a question left out is skipped. */
export const SurveyAnswerValue = z.union([
  z
    .number()
    .int({ message: "Bitte einen Wert von 1 bis 5 wählen." })
    .min(1, { message: "Bitte einen Wert von 1 bis 5 wählen." })
    .max(5, { message: "Bitte einen Wert von 1 bis 5 wählen." }),
  z.string().max(MAX_TEXT_ANSWER, { message: `Höchstens ${MAX_TEXT_ANSWER} Zeichen.` }),
]);
export type SurveyAnswerValue = z.infer<typeof SurveyAnswerValue>;

export const AnswerInput = z.object({
  token: SurveyToken,
  answers: z.record(SurveyQuestionId, SurveyAnswerValue),
});
export type AnswerInput = z.infer<typeof AnswerInput>;

/** Question id → 1–5 or text, as stored with an anonymous answer. */
export type SurveyAnswers = Record<string, SurveyAnswerValue>;

type Check<T> = { ok: true; value: T } | { ok: false; field: string; message: string };

/** The closing day must lie after today, so volunteers have at least a day to answer. */
export function checkClosesOn(
  closesOn: IsoDate | null | undefined,
  today: IsoDate,
): Check<IsoDate | null> {
  if (!closesOn) return { ok: true, value: null };
  if (closesOn <= today) {
    return {
      ok: false,
      field: "closesOn",
      message: "Das Ende der Umfrage muss in der Zukunft liegen.",
    };
  }
  return { ok: true, value: closesOn };
}

/**
 * Checks answers against the survey's questions and keeps only what is answered: a scale
 * question takes 1–5, a text question a text (blank counts as skipped). At least one question
 * must be answered; an unknown question or a value of the wrong kind is refused.
 */
export function checkAnswers(
  questions: readonly SurveyQuestion[],
  answers: Readonly<Record<string, unknown>>,
): Check<SurveyAnswers> {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const kept: SurveyAnswers = {};
  for (const [id, value] of Object.entries(answers)) {
    const question = byId.get(id);
    if (!question) {
      return {
        ok: false,
        field: `answers.${id}`,
        message: "Diese Frage gehört nicht zur Umfrage.",
      };
    }
    if (question.kind === "scale") {
      if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 5) {
        return {
          ok: false,
          field: `answers.${id}`,
          message: "Bitte einen Wert von 1 bis 5 wählen.",
        };
      }
      kept[id] = value;
    } else {
      if (typeof value !== "string") {
        return { ok: false, field: `answers.${id}`, message: "Bitte hier einen Text schreiben." };
      }
      const text = value.trim();
      if (text.length > MAX_TEXT_ANSWER) {
        return {
          ok: false,
          field: `answers.${id}`,
          message: `Höchstens ${MAX_TEXT_ANSWER} Zeichen.`,
        };
      }
      if (text.length > 0) kept[id] = text;
    }
  }
  if (Object.keys(kept).length === 0) {
    return { ok: false, field: "answers", message: "Bitte beantworten Sie mindestens eine Frage." };
  }
  return { ok: true, value: kept };
}

/** Whether a survey takes answers today. */
export function isSurveyAnswerable(
  survey: { status: SurveyStatus; closesOn: IsoDate | null },
  today: IsoDate,
): boolean {
  return survey.status === "open" && (survey.closesOn === null || today <= survey.closesOn);
}
