import { and, eq, inArray, isNotNull, isNull, notExists, notInArray, sql } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "../client.ts";
import {
  allowancePayments,
  engagements,
  hourEntries,
  persons,
  qualificationRecords,
  recognitionInvitations,
  shiftSignups,
  trainingRegistrations,
  users,
} from "../schema/index.ts";
import type { CityScope } from "./scope.ts";

type PersonTable = PgTable & { cityId: AnyPgColumn; personId: AnyPgColumn };

/**
 * Of the given people, those left with nothing once their due applications are gone (the
 * `ignoringEngagementIds`, for a dry run in which they still exist): no other application or
 * engagement, no hours, no places in shifts or trainings, no qualification, payment or invitation,
 * and an account that was never used to sign in. Such a person is erased rather than kept as an
 * empty record.
 */
export async function personsLeftWithNothing(
  db: Executor,
  scope: CityScope,
  personIds: string[],
  ignoringEngagementIds: string[],
): Promise<string[]> {
  if (personIds.length === 0) return [];
  const none = (table: PersonTable, ...extra: ReturnType<typeof eq>[]) =>
    notExists(
      db
        .select({ one: sql`1` })
        .from(table)
        .where(and(eq(table.cityId, persons.cityId), eq(table.personId, persons.id), ...extra)),
    );
  const rows = await db
    .select({ id: persons.id })
    .from(persons)
    .where(
      and(
        eq(persons.cityId, scope.cityId),
        inArray(persons.id, personIds),
        isNull(persons.erasedAt),
        none(
          engagements,
          ...(ignoringEngagementIds.length > 0
            ? [notInArray(engagements.id, ignoringEngagementIds)]
            : []),
        ),
        none(hourEntries),
        none(shiftSignups),
        none(trainingRegistrations),
        none(qualificationRecords),
        none(allowancePayments),
        none(recognitionInvitations),
        none(users, isNotNull(users.lastSignInAt)),
      ),
    );
  return rows.map((r) => r.id);
}
