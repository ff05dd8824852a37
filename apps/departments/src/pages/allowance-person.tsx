import { useTRPC } from "@engagiert/ui/api";
import { useLanguage } from "@engagiert/ui/i18n";
import { SelectField } from "@engagiert/ui/select-field";
import { TextField } from "@engagiert/ui/text-field";
import { personName } from "@engagiert/ui/person-name";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useDeferredValue, useState } from "react";
import { formatEuro } from "./allowance-amount.ts";
import { useAllowanceT } from "../allowance-messages.ts";

export type ChosenPerson = { id: string; label: string };

/** What both allowances already paid the chosen person in the year (all organisations). */
function YearSoFar(props: { personId: string; year: number }) {
  const t = useAllowanceT();
  const [language] = useLanguage();
  const trpc = useTRPC();
  // Each read of a person's payments is audited: asked once per person and year, not in the
  // background.
  const year = useQuery({
    ...trpc.allowances.ofPerson.queryOptions({ personId: props.personId, year: props.year }),
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: false,
  });
  if (!year.data) return null;
  return (
    <div aria-live="polite">
      <p className="kern-body kern-body--small">{t("allowance.yearSoFar", { year: props.year })}</p>
      <ul className="kern-list">
        {year.data.allowances.map((a) => (
          <li key={a.allowance} className="kern-body kern-body--small">
            {t("allowance.yearSum", {
              allowance: t(`allowance.kind.${a.allowance}`),
              paid: formatEuro(a.paidCents, language),
              limit: formatEuro(a.limitCents, language),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Finds a volunteer of the organisation by name and chooses them for the payment. */
export function PersonChooser(props: {
  organisationId: string | null;
  person: ChosenPerson | null;
  year: number;
  onChange: (person: ChosenPerson | null) => void;
  error: string | null;
}) {
  const t = useAllowanceT();
  const trpc = useTRPC();
  const [search, setSearch] = useState("");
  const deferredSearch = useDeferredValue(search.trim());
  const volunteers = useQuery({
    ...trpc.allowances.volunteers.queryOptions({
      organisationId: props.organisationId,
      search: deferredSearch,
    }),
    placeholderData: keepPreviousData,
  });
  const found = (volunteers.data ?? []).map((p) => ({
    id: p.id,
    label: `${personName(t, p, "last-first")} (${p.birthYear})`,
  }));
  // The chosen person stays chosen while another search shows other names.
  const choices =
    props.person && !found.some((p) => p.id === props.person!.id)
      ? [props.person, ...found]
      : found;
  return (
    <>
      <TextField
        label={t("allowance.search")}
        hint={t("allowance.searchHint")}
        type="search"
        value={search}
        maxLength={100}
        onChange={(e) => setSearch(e.target.value)}
      />
      <SelectField
        label={t("allowance.person")}
        value={props.person?.id ?? ""}
        onChange={(e) => props.onChange(choices.find((p) => p.id === e.target.value) ?? null)}
        error={props.error}
        options={[
          {
            value: "",
            label:
              volunteers.data && found.length === 0
                ? t("allowance.noVolunteers")
                : t("allowance.choosePerson"),
          },
          ...choices.map((p) => ({ value: p.id, label: p.label })),
        ]}
      />
      {props.person ? <YearSoFar personId={props.person.id} year={props.year} /> : null}
    </>
  );
}
