import { useTRPC } from "@engagiert/ui/api";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { SelectField } from "@engagiert/ui/select-field";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { AllowanceForm } from "./allowance-form.tsx";
import { AllowanceList } from "./allowance-list.tsx";
import { useSeesWholeCity } from "./use-staff.ts";
import { useAllowanceT } from "../allowance-messages.ts";

/**
 * Allowances (Pauschalen): staff record payments of the Übungsleiter- or Ehrenamtspauschale to
 * their organisation's volunteers and see the payments with each person's year; the coordination
 * office does so for the organisation it picks.
 */
export function AllowancePage() {
  const t = useAllowanceT();
  const trpc = useTRPC();
  const seesWholeCity = useSeesWholeCity();
  const organisations = useQuery({
    ...trpc.dashboard.organisations.queryOptions(),
    enabled: seesWholeCity,
  });
  const [picked, setPicked] = useState("");
  // Staff pay for their own organisation (the API knows which); the office picks one.
  const organisationId = seesWholeCity ? picked || organisations.data?.[0]?.id || null : null;

  if (seesWholeCity && !organisations.data) {
    return (
      <Page title={t("allowance.title")}>
        <Loading />
      </Page>
    );
  }
  return (
    <Page title={t("allowance.title")}>
      <p className="kern-body">{t("allowance.intro")}</p>
      {seesWholeCity && organisations.data ? (
        <div className="engagiert-filters">
          <SelectField
            label={t("allowance.organisation")}
            value={organisationId ?? ""}
            onChange={(e) => setPicked(e.target.value)}
            options={organisations.data.map((o) => ({ value: o.id, label: o.name }))}
          />
        </div>
      ) : null}
      <section aria-labelledby="allowance-form-heading" className="engagiert-section">
        <h2 id="allowance-form-heading" className="kern-heading-medium">
          {t("allowance.form")}
        </h2>
        <AllowanceForm key={organisationId ?? "own"} organisationId={organisationId} />
      </section>
      <section aria-labelledby="allowance-list-heading" className="engagiert-section">
        <h2 id="allowance-list-heading" className="kern-heading-medium">
          {t("allowance.list")}
        </h2>
        <AllowanceList organisationId={organisationId} />
      </section>
    </Page>
  );
}
