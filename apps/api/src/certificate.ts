import { createRequestContext, type ApiSettings, type Context, type Logger } from "@engagiert/api";
import type { Database } from "@engagiert/db/client";
import { writeAudit } from "@engagiert/db/queries/audit";
import { attendedTrainings, certificateOf } from "@engagiert/db/queries/recognition-certificates";
import { can } from "@engagiert/domain/access";
import { getConnInfo } from "@hono/node-server/conninfo";
import { Hono, type Context as HonoContext } from "hono";
import { renderCertificatePdf } from "./certificate-pdf.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const NOT_FOUND = "Diesen Nachweis gibt es nicht, oder er ist nicht für Sie bestimmt.";

function remoteAddress(c: HonoContext): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
}

const today = (now: Date) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(now);

/**
 * The Engagementnachweis of one engagement as a PDF, made on request. It takes the same session
 * cookie as the apps: the volunteer gets their own, staff those of their organisation, the
 * coordination office any in the city; everyone else hears that there is no such certificate,
 * whether it exists or not. A staff download is audited as a read of the person's data.
 *
 * Who signs: a staff download names the signed-in staff member; a volunteer's own download names
 * the contact person of the opportunity, who speaks for the organisation towards volunteers.
 */
export function certificateRoutes(options: {
  db: Database;
  settings: ApiSettings;
  log: Logger;
  defaultCity: string;
  now?: () => Date;
}) {
  const { db } = options;
  const app = new Hono();

  app.get("/engagement/:file", async (c) => {
    const file = c.req.param("file");
    const engagementId = file.endsWith(".pdf") ? file.slice(0, -4) : "";
    const notFound = () => c.text(NOT_FOUND, 404);
    if (!UUID.test(engagementId)) return notFound();
    // A link opened from an app carries no header: the city comes with the address.
    const slug = c.req.query("city") ?? c.req.header("x-engagiert-city") ?? options.defaultCity;
    let ctx: Context;
    try {
      ctx = await createRequestContext({
        db,
        citySlug: slug.slice(0, 60),
        cookieHeader: c.req.header("cookie") ?? null,
        clientAddress: remoteAddress(c),
        settings: options.settings,
        setCookie: () => {},
        log: options.log,
        now: options.now,
      });
    } catch (error) {
      if (error instanceof Error && error.name === "UnknownCity") return notFound();
      throw error;
    }
    if (ctx.actor.kind !== "user" || !ctx.user) {
      return c.text("Bitte melden Sie sich an, um Ihren Nachweis herunterzuladen.", 401);
    }
    const data = await certificateOf(db, ctx.scope, engagementId);
    if (!data) return notFound();
    const decision = can(ctx.actor, "engagement.read", {
      cityId: ctx.city.id,
      organisationId: data.organisationId,
      personId: data.personId,
    });
    if (!decision.allowed) return notFound();
    if (!data.firstDay) {
      return c.text(
        "Dieses Engagement hat noch nicht begonnen. Einen Nachweis gibt es ab dem ersten Tag.",
        409,
      );
    }
    const isOwn = ctx.actor.role === "volunteer";
    const trainings = await attendedTrainings(db, ctx.scope, data.personId);
    if (!isOwn) {
      await writeAudit(db, ctx.scope, {
        actorUserId: ctx.user.userId,
        action: "person.read",
        subjectType: "engagement",
        subjectId: data.engagementId,
        personId: data.personId,
        details: { document: "certificate" },
      });
    }
    const issuedOn = today(ctx.now());
    const pdf = await renderCertificatePdf({
      city: {
        name: ctx.city.name,
        displayName: ctx.city.config.branding.displayName,
        primaryColour: ctx.city.config.branding.primaryColour,
        logoSvg: ctx.city.config.branding.logoSvg,
      },
      person: { firstName: data.firstName, lastName: data.lastName },
      organisationName: data.organisationName,
      activity: { title: data.activityTitle, summary: data.activitySummary },
      firstDay: data.firstDay,
      lastDay: data.lastDay,
      approvedMinutes: data.approvedMinutes,
      trainings,
      issuedOn,
      signedBy: isOwn ? data.contactName : ctx.user.displayName,
    });
    c.header("content-type", "application/pdf");
    c.header("content-disposition", `attachment; filename="engagementnachweis-${issuedOn}.pdf"`);
    c.header("cache-control", "private, no-store");
    return c.body(new Uint8Array(pdf));
  });

  return app;
}
