import type { OutgoingMail } from "@engagiert/db/queries/outbox";
import {
  dayDe,
  invitationReasonDe,
  invitationReasonEn,
  type InvitationReason,
} from "@engagiert/domain/recognition";

export type InvitationMailContext = {
  to: string;
  firstName: string;
  cityName: string;
  event: { title: string; heldOn: string; place: string; invitationText: string };
  reasons: readonly InvitationReason[];
};

/** The invitation to a recognition event (Dankeschön-Fest), with why the person is invited. */
export function invitationMail(c: InvitationMailContext): OutgoingMail {
  const reasonsDe = c.reasons.map((r) => `– ${invitationReasonDe(r)}`);
  const reasonsEn = c.reasons.map((r) => `– ${invitationReasonEn(r)}`);
  return {
    kind: "recognition_invitation",
    toEmail: c.to,
    subject: `Einladung: ${c.event.title}`,
    bodyText: [
      `Guten Tag ${c.firstName},`,
      "",
      c.event.invitationText,
      "",
      `„${c.event.title}“`,
      `Wann: ${dayDe(c.event.heldOn)}`,
      `Wo: ${c.event.place}`,
      ...(reasonsDe.length > 0 ? ["", "Wir möchten Ihnen danken für:", ...reasonsDe] : []),
      "",
      `Herzlichen Dank für Ihr Engagement!\n${c.cityName} engagiert`,
      "",
      "---",
      "",
      `Hello ${c.firstName},`,
      "",
      `${c.cityName} invites you to "${c.event.title}" on ${c.event.heldOn} (${c.event.place}), to thank you for your engagement.`,
      ...(reasonsEn.length > 0 ? ["", "We would like to thank you for:", ...reasonsEn] : []),
    ].join("\n"),
  };
}
