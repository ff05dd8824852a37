import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { consents, engagements, opportunities, organisations, persons } from "../schema/index.ts";
import type { CityScope } from "./scope.ts";
import { opportunityOfEngagement, organisationOfEngagement } from "./joins.ts";

export async function getPerson(db: Executor, scope: CityScope, personId: string) {
  const [row] = await db
    .select({
      id: persons.id,
      firstName: persons.firstName,
      lastName: persons.lastName,
      email: persons.email,
      phone: persons.phone,
      birthYear: persons.birthYear,
      birthDate: persons.birthDate,
      district: persons.district,
      accessibilityNeeds: persons.accessibilityNeeds,
      createdAt: persons.createdAt,
    })
    .from(persons)
    .where(and(eq(persons.cityId, scope.cityId), eq(persons.id, personId)));
  return row ?? null;
}

/** The organisations a person has a confirmed application or engagement with. */
export async function organisationIdsOfPerson(db: Executor, scope: CityScope, personId: string) {
  const rows = await db
    .selectDistinct({ organisationId: engagements.organisationId })
    .from(engagements)
    .where(
      and(
        eq(engagements.cityId, scope.cityId),
        eq(engagements.personId, personId),
        isNotNull(engagements.confirmedAt),
      ),
    );
  return rows.map((r) => r.organisationId);
}

/** A person's confirmed engagements, with one organisation or (null) across the city. */
export async function engagementsOfPerson(
  db: Executor,
  scope: CityScope,
  personId: string,
  organisationId: string | null,
) {
  return db
    .select({
      id: engagements.id,
      status: engagements.status,
      opportunityId: engagements.opportunityId,
      opportunityTitle: opportunities.title,
      involvesMinorContact: opportunities.involvesMinorContact,
      requiredQualifications: opportunities.requiredQualifications,
      organisationId: engagements.organisationId,
      organisationName: organisations.name,
      isMinor: engagements.isMinor,
      guardianConsentAt: engagements.guardianConsentAt,
      firstConversationAt: engagements.firstConversationAt,
      agreementAt: engagements.agreementAt,
      dataProtectionNoticeAt: engagements.dataProtectionNoticeAt,
      insuranceInformationAt: engagements.insuranceInformationAt,
      appliedAt: engagements.createdAt,
      startedAt: engagements.startedAt,
      endedAt: engagements.endedAt,
    })
    .from(engagements)
    .innerJoin(opportunities, opportunityOfEngagement)
    .innerJoin(organisations, organisationOfEngagement)
    .where(
      and(
        eq(engagements.cityId, scope.cityId),
        eq(engagements.personId, personId),
        isNotNull(engagements.confirmedAt),
        organisationId ? eq(engagements.organisationId, organisationId) : undefined,
      ),
    )
    .orderBy(sql`${engagements.createdAt} desc`)
    .limit(100);
}

/** Consents per purpose with version, date and withdrawal (DSGVO Art. 7). */
export async function consentsOfPerson(db: Executor, scope: CityScope, personId: string) {
  return db
    .select({
      id: consents.id,
      purpose: consents.purpose,
      version: consents.version,
      givenAt: consents.givenAt,
      withdrawnAt: consents.withdrawnAt,
    })
    .from(consents)
    .where(and(eq(consents.cityId, scope.cityId), eq(consents.personId, personId)))
    .orderBy(sql`${consents.givenAt} desc`)
    .limit(100);
}
