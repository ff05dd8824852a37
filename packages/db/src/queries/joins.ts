import { and, eq } from "drizzle-orm";
import {
  engagements,
  opportunities,
  opportunityShifts,
  organisations,
  persons,
  shiftSignups,
} from "../schema/index.ts";

// The joins the queries share. Each keeps `city_id` in the condition, as the keys do.

export const opportunityOfEngagement = and(
  eq(opportunities.cityId, engagements.cityId),
  eq(opportunities.id, engagements.opportunityId),
);

export const organisationOfEngagement = and(
  eq(organisations.cityId, engagements.cityId),
  eq(organisations.id, engagements.organisationId),
);

export const personOfEngagement = and(
  eq(persons.cityId, engagements.cityId),
  eq(persons.id, engagements.personId),
);

export const organisationOfOpportunity = and(
  eq(organisations.cityId, opportunities.cityId),
  eq(organisations.id, opportunities.organisationId),
);

export const shiftOfSignup = and(
  eq(opportunityShifts.cityId, shiftSignups.cityId),
  eq(opportunityShifts.id, shiftSignups.shiftId),
);

export const opportunityOfShift = and(
  eq(opportunities.cityId, opportunityShifts.cityId),
  eq(opportunities.id, opportunityShifts.opportunityId),
);

export const personOfSignup = and(
  eq(persons.cityId, shiftSignups.cityId),
  eq(persons.id, shiftSignups.personId),
);
