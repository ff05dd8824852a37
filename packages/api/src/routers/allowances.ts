import {
  allowanceStanding,
  insertAllowancePayment,
  listAllowancePayments,
  lockPersonForPayment,
  paymentsOfPerson,
  volunteersOfOrganisation,
  yearSumsOfPerson,
} from "@engagiert/db/queries/allowances";
import { writeAudit } from "@engagiert/db/queries/audit";
import { getPerson, organisationIdsOfPerson } from "@engagiert/db/queries/people";
import {
  Allowance,
  allowanceLimit,
  AllowanceListInput,
  AllowancePersonInput,
  AllowanceRecordInput,
  AllowanceVolunteersInput,
  checkAllowancePayment,
  type AllowanceDecision,
} from "@engagiert/domain/recognition";
import type { TRPCRouterRecord } from "@trpc/server";
import type { Context } from "../context.ts";
import { authorize, refuse, staffProcedure } from "../trpc.ts";
import { fieldErrors, notFound, organisationFilter, todayIn } from "./akquise-helpers.ts";

const ALLOWANCE_NAMES: Record<Allowance, string> = {
  uebungsleiterpauschale: "Übungsleiterpauschale",
  ehrenamtspauschale: "Ehrenamtspauschale",
};

const euro = (cents: number) =>
  new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" }).format(cents / 100);

/** The organisation a list or a payment is for: staff their own, the coordination office its pick. */
function payingOrganisation(ctx: Context, requested: string | null | undefined): string {
  const organisationId = organisationFilter(ctx, requested);
  if (!organisationId) {
    throw fieldErrors([
      { path: ["organisationId"], message: "Bitte die Organisation wählen, die zahlt." },
    ]);
  }
  return organisationId;
}

/**
 * Checks the caller may pay this person for this organisation (staff of it, or the coordination
 * office) and that the person is engaged with it. A payment never lies in the future.
 */
async function authorisePayment(ctx: Context, input: AllowanceRecordInput) {
  const organisationId = payingOrganisation(ctx, input.organisationId);
  authorize(ctx, "engagement.move", {
    cityId: ctx.city.id,
    organisationId,
    personId: input.personId,
  });
  const organisations = await organisationIdsOfPerson(ctx.db, ctx.scope, input.personId);
  if (!organisations.includes(organisationId)) {
    throw notFound("Diese Person ist bei der Organisation nicht engagiert.");
  }
  if (input.paidOn > todayIn(ctx.now())) {
    throw fieldErrors([
      { path: ["paidOn"], message: "Eine Zahlung kann nicht in der Zukunft liegen." },
    ]);
  }
  return organisationId;
}

/** The decision with the year's figures the form shows beside it. */
function withFigures(
  decision: AllowanceDecision,
  payment: { allowance: Allowance; paidOn: string },
  paidCents: number,
) {
  const year = Number(payment.paidOn.slice(0, 4));
  return { decision, year, limitCents: allowanceLimit(payment.allowance, year), paidCents };
}

function refusal(decision: AllowanceDecision, payment: { allowance: Allowance; paidOn: string }) {
  if (decision.kind === "same_activity") {
    return refuse(
      "CONFLICT",
      "allowance_same_activity",
      `Für diese Tätigkeit wurde schon die ${ALLOWANCE_NAMES[decision.other]} gezahlt. Beide Pauschalen für dieselbe Tätigkeit sind nicht erlaubt (§3 Nr. 26 und 26a EStG).`,
    );
  }
  if (decision.kind === "exceeds") {
    return refuse(
      "CONFLICT",
      "allowance_exceeds",
      `Mit dieser Zahlung würde die ${ALLOWANCE_NAMES[payment.allowance]} ${payment.paidOn.slice(0, 4)} um ${euro(decision.excessCents)} überschritten (Grenze ${euro(decision.limitCents)}). Bitte bestätigen Sie, dass der Teil darüber steuerpflichtig ausgezahlt wird, oder verringern Sie den Betrag.`,
    );
  }
  return null;
}

export const allowancesRouter = {
  /**
   * A dry run before saving: what the allowance rule says about this payment now (remaining,
   * exceeds by how much, or the other allowance already paid for the activity). Saves nothing.
   */
  check: staffProcedure.input(AllowanceRecordInput).query(async ({ ctx, input }) => {
    await authorisePayment(ctx, input);
    const year = Number(input.paidOn.slice(0, 4));
    const standing = await allowanceStanding(
      ctx.db,
      ctx.scope,
      input.personId,
      input.allowance,
      year,
    );
    return withFigures(checkAllowancePayment(input, standing), input, standing.paidCents);
  }),

  /**
   * Records a payment. The person's row is locked and the year's sum read inside the same
   * transaction, so payments at the same moment are decided one after the other. Both allowances
   * for one activity are always refused; a payment over the limit only when staff confirm the
   * excess is paid as taxable income.
   */
  record: staffProcedure.input(AllowanceRecordInput).mutation(async ({ ctx, input }) => {
    const organisationId = await authorisePayment(ctx, input);
    const year = Number(input.paidOn.slice(0, 4));
    return ctx.db.transaction(async (tx) => {
      if (!(await lockPersonForPayment(tx, ctx.scope, input.personId))) {
        throw notFound("Diese Person gibt es nicht.");
      }
      const standing = await allowanceStanding(
        tx,
        ctx.scope,
        input.personId,
        input.allowance,
        year,
      );
      const decision = checkAllowancePayment(input, standing);
      const refused = refusal(decision, input);
      if (refused && !(decision.kind === "exceeds" && input.acceptsExcess)) throw refused;
      const id = await insertAllowancePayment(tx, ctx.scope, {
        personId: input.personId,
        organisationId,
        allowance: input.allowance,
        amountCents: input.amountCents,
        paidOn: input.paidOn,
        activity: input.activity,
        isExcessAccepted: decision.kind === "exceeds",
        recordedByUserId: ctx.user.userId,
        now: ctx.now(),
      });
      return { id, ...withFigures(decision, input, standing.paidCents) };
    });
  }),

  /**
   * A person's year: what each allowance paid (all organisations, as the limit counts) and what is
   * left, and the payments themselves (staff see their organisation's). The read is audited.
   */
  ofPerson: staffProcedure.input(AllowancePersonInput).query(async ({ ctx, input }) => {
    const person = await getPerson(ctx.db, ctx.scope, input.personId);
    if (!person) throw notFound("Diese Person gibt es nicht.");
    authorize(ctx, "person.read", {
      cityId: ctx.city.id,
      personId: person.id,
      organisationIdsOfPerson: await organisationIdsOfPerson(ctx.db, ctx.scope, person.id),
    });
    const onlyOrganisation = ctx.actor.role === "staff" ? ctx.actor.organisationId : null;
    const [sums, payments] = await Promise.all([
      yearSumsOfPerson(ctx.db, ctx.scope, person.id, input.year),
      paymentsOfPerson(ctx.db, ctx.scope, person.id, input.year, onlyOrganisation),
    ]);
    await writeAudit(ctx.db, ctx.scope, {
      actorUserId: ctx.user.userId,
      action: "allowance.read",
      subjectType: "person",
      subjectId: person.id,
      personId: person.id,
      details: { year: input.year, organisationId: onlyOrganisation },
    });
    return {
      person: { id: person.id, firstName: person.firstName, lastName: person.lastName },
      year: input.year,
      allowances: Allowance.options.map((allowance) => {
        const paidCents = sums.find((s) => s.allowance === allowance)?.paidCents ?? 0;
        const limitCents = allowanceLimit(allowance, input.year);
        return {
          allowance,
          paidCents,
          limitCents,
          remainingCents: Math.max(0, limitCents - paidCents),
        };
      }),
      payments,
    };
  }),

  /** An organisation's payments, newest first, each with the person's year so far. */
  list: staffProcedure.input(AllowanceListInput).query(async ({ ctx, input }) => {
    const organisationId = payingOrganisation(ctx, input.organisationId);
    authorize(ctx, "person.read", { cityId: ctx.city.id, organisationId });
    const page = await listAllowancePayments(
      ctx.db,
      ctx.scope,
      organisationId,
      { year: input.year },
      input,
    );
    return {
      ...page,
      items: page.items.map((item) => ({
        ...item,
        yearLimitCents: allowanceLimit(item.allowance, Number(item.paidOn.slice(0, 4))),
      })),
    };
  }),

  /** The organisation's volunteers by name, to choose whom a payment goes to. */
  volunteers: staffProcedure.input(AllowanceVolunteersInput).query(async ({ ctx, input }) => {
    const organisationId = payingOrganisation(ctx, input.organisationId);
    authorize(ctx, "person.read", { cityId: ctx.city.id, organisationId });
    return volunteersOfOrganisation(ctx.db, ctx.scope, organisationId, input.search, 50);
  }),
} satisfies TRPCRouterRecord;
