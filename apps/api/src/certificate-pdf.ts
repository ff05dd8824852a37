import { dayDe, formatHoursDe } from "@engagiert/domain/recognition";
import PDFDocument from "pdfkit";
import SVGtoPDF from "svg-to-pdfkit";

/** Everything an Engagementnachweis shows; days are `YYYY-MM-DD` in Europe/Berlin. */
export type CertificateContent = {
  city: { name: string; displayName: string; primaryColour: string; logoSvg?: string };
  person: { firstName: string; lastName: string };
  organisationName: string;
  activity: { title: string; summary: string };
  firstDay: string;
  /** Null while the engagement goes on. */
  lastDay: string | null;
  approvedMinutes: number;
  trainings: readonly { title: string; firstDay: string; lastDay: string }[];
  issuedOn: string;
  /** Who signs for the organisation. */
  signedBy: string;
};

const longDay = (day: string) =>
  new Intl.DateTimeFormat("de-DE", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${day}T12:00:00Z`));

/** "123,5 Stunden", "1 Stunde". */
export const hoursText = (minutes: number) =>
  minutes === 60 ? "1 Stunde" : `${formatHoursDe(minutes)} Stunden`;

export const periodText = (firstDay: string, lastDay: string | null) =>
  lastDay ? `${longDay(firstDay)} bis ${longDay(lastDay)}` : `seit ${longDay(firstDay)}`;

const trainingText = (t: CertificateContent["trainings"][number]) =>
  t.firstDay === t.lastDay
    ? `${t.title} (${dayDe(t.firstDay)})`
    : `${t.title} (${dayDe(t.firstDay)} bis ${dayDe(t.lastDay)})`;

const MARGIN = 64;
const LABEL_WIDTH = 150;
const GREY = "#4a4a4a";

/**
 * Lays out the certificate on one A4 page as a tagged PDF (headings, paragraphs, a list, the
 * logo as a figure with its text), in the standard Helvetica, which holds every German letter.
 */
export function renderCertificatePdf(c: CertificateContent): Promise<Buffer> {
  const name = `${c.person.firstName} ${c.person.lastName}`;
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    pdfVersion: "1.7",
    tagged: true,
    lang: "de-DE",
    displayTitle: true,
    info: {
      Title: `Engagementnachweis – ${name}`,
      Author: c.organisationName,
      Creator: c.city.displayName,
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const root = doc.struct("Document");
  doc.addStructure(root);
  const width = doc.page.width - 2 * MARGIN;

  // Head: the city's logo and name, and a rule in the city's colour.
  let headX = MARGIN;
  if (c.city.logoSvg) {
    const svg = c.city.logoSvg;
    root.add(
      doc.struct("Figure", { alt: `Logo: ${c.city.name}` }, () =>
        SVGtoPDF(doc, svg, MARGIN, MARGIN, { width: 56, height: 56 }),
      ),
    );
    headX += 72;
  }
  doc
    .font("Helvetica-Bold")
    .fontSize(16)
    .fillColor("black")
    .text(c.city.displayName, headX, MARGIN + 8, {
      width: width - (headX - MARGIN),
      structParent: root,
    });
  doc
    .font("Helvetica")
    .fontSize(10)
    .fillColor(GREY)
    .text(c.city.name, headX, doc.y + 2, { structParent: root });
  doc.markContent("Artifact", { type: "Layout" });
  doc
    .moveTo(MARGIN, MARGIN + 72)
    .lineTo(MARGIN + width, MARGIN + 72)
    .lineWidth(2)
    .strokeColor(c.city.primaryColour)
    .stroke();
  doc.endMarkedContent();

  doc
    .font("Helvetica-Bold")
    .fontSize(26)
    .fillColor("black")
    .text("Engagementnachweis", MARGIN, MARGIN + 100, { structParent: root, structType: "H1" });
  doc.moveDown(0.8);
  doc.font("Helvetica").fontSize(12).text("Hiermit bestätigen wir, dass", { structParent: root });
  doc.moveDown(0.4);
  doc.font("Helvetica-Bold").fontSize(16).text(name, { structParent: root });
  doc.moveDown(0.4);
  doc
    .font("Helvetica")
    .fontSize(12)
    .text(
      c.lastDay
        ? `sich bei ${c.organisationName} ehrenamtlich engagiert hat.`
        : `sich bei ${c.organisationName} ehrenamtlich engagiert.`,
      { structParent: root },
    );
  doc.moveDown(1.2);

  /** A label on the left and what `value` writes on the right, starting on the same line. */
  const fact = (label: string, value: (x: number, top: number, width: number) => void) => {
    const top = doc.y;
    doc.font("Helvetica-Bold").fontSize(11).fillColor("black");
    doc.text(label, MARGIN, top, { width: LABEL_WIDTH - 12, structParent: root, structType: "H2" });
    const labelBottom = doc.y;
    doc.font("Helvetica").fontSize(11);
    value(MARGIN + LABEL_WIDTH, top, width - LABEL_WIDTH);
    doc.x = MARGIN;
    doc.y = Math.max(doc.y, labelBottom) + 10;
  };
  const plain = (text: string) => (x: number, top: number, w: number) =>
    doc.text(text, x, top, { width: w, structParent: root });

  fact("Organisation", plain(c.organisationName));
  fact("Tätigkeit", (x, top, w) => {
    doc.text(c.activity.title, x, top, { width: w, structParent: root });
    doc.moveDown(0.2);
    doc.fillColor(GREY).text(c.activity.summary, x, doc.y, { width: w, structParent: root });
    doc.fillColor("black");
  });
  fact("Zeitraum", plain(periodText(c.firstDay, c.lastDay)));
  fact("Bestätigte Stunden", plain(hoursText(c.approvedMinutes)));
  fact(
    "Besuchte Schulungen",
    c.trainings.length === 0
      ? plain("keine")
      : (x, top, w) => {
          const list = doc.struct("L");
          root.add(list);
          doc.list(c.trainings.map(trainingText), x + 8, top, {
            width: w - 8,
            structParent: list,
            bulletRadius: 2,
          });
          list.end();
        },
  );

  doc.moveDown(1);
  doc
    .font("Helvetica")
    .fontSize(12)
    .text("Für dieses Engagement danken wir herzlich.", MARGIN, doc.y, { structParent: root });
  doc.moveDown(2.5);
  doc.text(`${c.city.name}, ${longDay(c.issuedOn)}`, { structParent: root });
  doc.moveDown(2.5);
  doc.markContent("Artifact", { type: "Layout" });
  doc
    .moveTo(MARGIN, doc.y)
    .lineTo(MARGIN + 220, doc.y)
    .lineWidth(0.75)
    .strokeColor("black")
    .stroke();
  doc.endMarkedContent();
  doc.moveDown(0.3);
  doc.font("Helvetica-Bold").fontSize(11).text(c.signedBy, { structParent: root });
  doc
    .font("Helvetica")
    .fontSize(11)
    .text(`ausgestellt von ${c.organisationName}`, { structParent: root });

  doc
    .fontSize(8)
    .fillColor(GREY)
    .text(
      `Dieser Nachweis wurde mit „${c.city.displayName}“ erstellt.`,
      MARGIN,
      doc.page.height - MARGIN - 10,
      { width, structParent: root, lineBreak: false },
    );

  root.end();
  doc.end();
  return done;
}
