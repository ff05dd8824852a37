import { useAreaT } from "@engagiert/ui/i18n";
import type { DepartmentsMessageKey } from "./messages.ts";
/**
 * Messages of the allowance pages (Pauschalen): the Übungsleiterpauschale and the
 * Ehrenamtspauschale, the tax-free allowances of §3 Nr. 26 and 26a EStG.
 */
export const allowanceDe = {
  "allowance.title": "Pauschalen",
  "allowance.intro":
    "Übungsleiter- und Ehrenamtspauschale sind je Person und Kalenderjahr steuerfrei bis zur Grenze (§3 Nr. 26 und 26a EStG). Für dieselbe Tätigkeit darf nur eine der beiden gezahlt werden.",
  "allowance.organisation": "Zahlende Organisation",
  "allowance.kind.uebungsleiterpauschale": "Übungsleiterpauschale",
  "allowance.kind.ehrenamtspauschale": "Ehrenamtspauschale",
  "allowance.form": "Zahlung erfassen",
  "allowance.search": "Engagierte Person suchen",
  "allowance.searchHint": "Vor- oder Nachname; es erscheinen die Engagierten der Organisation.",
  "allowance.person": "Engagierte Person",
  "allowance.choosePerson": "Bitte wählen",
  "allowance.noVolunteers": "Keine passende Person gefunden",
  "allowance.personRequired": "Bitte eine Person wählen.",
  "allowance.allowance": "Pauschale",
  "allowance.allowanceRequired": "Bitte eine Pauschale wählen.",
  "allowance.amount": "Betrag in Euro",
  "allowance.amountHint": "Zum Beispiel 120,50",
  "allowance.amountInvalid": "Bitte einen Betrag in Euro angeben, zum Beispiel 120,50.",
  "allowance.paidOn": "Tag der Zahlung",
  "allowance.activity": "Tätigkeit",
  "allowance.activityHint": "Wofür gezahlt wird, zum Beispiel „Jugendtraining Fußball“.",
  "allowance.yearSoFar": "Bereits gezahlt {year}",
  "allowance.yearSum": "{allowance}: {paid} von {limit}",
  "allowance.checking": "Die Grenze wird geprüft …",
  "allowance.ok": "Innerhalb der Grenze",
  "allowance.okText":
    "Nach dieser Zahlung bleiben von der {allowance} {year} noch {remaining} frei.",
  "allowance.exceeds": "Diese Zahlung übersteigt die Grenze",
  "allowance.exceedsText":
    "Mit dieser Zahlung würde die {allowance} {year} um {excess} überschritten: Grenze {limit}, bisher gezahlt {paid}. Der Teil über der Grenze ist steuerpflichtig.",
  "allowance.acceptExcess": "Den Teil über der Grenze ({excess}) als steuerpflichtig auszahlen",
  "allowance.acceptExcessRequired":
    "Bitte bestätigen Sie, dass der Teil über der Grenze steuerpflichtig ausgezahlt wird, oder verringern Sie den Betrag.",
  "allowance.sameActivity": "Für diese Tätigkeit nicht möglich",
  "allowance.sameActivityText":
    "Für diese Tätigkeit wurde schon die {other} gezahlt. Beide Pauschalen für dieselbe Tätigkeit sind nicht erlaubt.",
  "allowance.submit": "Zahlung speichern",
  "allowance.saving": "Wird gespeichert …",
  "allowance.saved": "Die Zahlung ist gespeichert.",
  "allowance.list": "Zahlungen",
  "allowance.listCaption": "Zahlungen der Organisation",
  "allowance.year": "Jahr",
  "allowance.allYears": "Alle Jahre",
  "allowance.date": "Datum",
  "allowance.amountColumn": "Betrag",
  "allowance.yearColumn": "Im Jahr gezahlt",
  "allowance.yearOfLimit": "{paid} von {limit}",
  "allowance.excessAccepted": "über der Grenze, steuerpflichtig",
  "allowance.empty": "Noch keine Zahlungen.",
} as const;

export const allowanceEn: Record<keyof typeof allowanceDe, string> = {
  "allowance.title": "Allowances",
  "allowance.intro":
    "The Übungsleiterpauschale (trainer allowance) and the Ehrenamtspauschale (volunteer allowance) are tax-free per person and calendar year up to their limit (§3 no. 26 and 26a EStG). Only one of them may be paid for the same activity.",
  "allowance.organisation": "Paying organisation",
  "allowance.kind.uebungsleiterpauschale": "Übungsleiterpauschale (trainer allowance)",
  "allowance.kind.ehrenamtspauschale": "Ehrenamtspauschale (volunteer allowance)",
  "allowance.form": "Record a payment",
  "allowance.search": "Find a volunteer",
  "allowance.searchHint": "First or last name; the organisation's volunteers are listed.",
  "allowance.person": "Volunteer",
  "allowance.choosePerson": "Please choose",
  "allowance.noVolunteers": "Nobody found",
  "allowance.personRequired": "Please choose a person.",
  "allowance.allowance": "Allowance",
  "allowance.allowanceRequired": "Please choose an allowance.",
  "allowance.amount": "Amount in euro",
  "allowance.amountHint": "For example 120.50",
  "allowance.amountInvalid": "Please enter an amount in euro, for example 120.50.",
  "allowance.paidOn": "Day of payment",
  "allowance.activity": "Activity",
  "allowance.activityHint": "What the payment is for, for example “youth football training”.",
  "allowance.yearSoFar": "Already paid in {year}",
  "allowance.yearSum": "{allowance}: {paid} of {limit}",
  "allowance.checking": "Checking the limit …",
  "allowance.ok": "Within the limit",
  "allowance.okText": "After this payment, {remaining} of the {allowance} {year} remain.",
  "allowance.exceeds": "This payment exceeds the limit",
  "allowance.exceedsText":
    "This payment would exceed the {allowance} {year} by {excess}: limit {limit}, paid so far {paid}. The part above the limit is taxable.",
  "allowance.acceptExcess": "Pay the part above the limit ({excess}) as taxable income",
  "allowance.acceptExcessRequired":
    "Please confirm that the part above the limit is paid as taxable income, or lower the amount.",
  "allowance.sameActivity": "Not possible for this activity",
  "allowance.sameActivityText":
    "The {other} has already been paid for this activity. Both allowances for the same activity are not allowed.",
  "allowance.submit": "Save payment",
  "allowance.saving": "Saving …",
  "allowance.saved": "The payment has been saved.",
  "allowance.list": "Payments",
  "allowance.listCaption": "The organisation's payments",
  "allowance.year": "Year",
  "allowance.allYears": "All years",
  "allowance.date": "Date",
  "allowance.amountColumn": "Amount",
  "allowance.yearColumn": "Paid in the year",
  "allowance.yearOfLimit": "{paid} of {limit}",
  "allowance.excessAccepted": "above the limit, taxable",
  "allowance.empty": "No payments yet.",
};

export const allowanceMessages = { de: allowanceDe, en: allowanceEn };

/** The allowance pages' texts: they load with those pages, not with the app's first page. */
export const useAllowanceT = () =>
  useAreaT<keyof typeof allowanceDe, DepartmentsMessageKey>(allowanceMessages);

export type AllowanceMessageKey = keyof typeof allowanceDe;
