import type { RouterOutputs } from "@engagiert/ui/api";
import { SelectField } from "@engagiert/ui/select-field";
import { useStaffAdminT } from "../staff-admin-messages.ts";
import { ACCOUNT_ROLES, useRoleName, type AccountRole } from "./staff-admin-parts.tsx";

type Organisation = RouterOutputs["dashboard"]["organisations"][number];

/**
 * The role and, for staff, the organisation: the organisation's choice only appears for staff,
 * since every other role works for the whole city or the network.
 */
export function RoleFields(props: {
  role: AccountRole;
  organisationId: string;
  organisations: readonly Organisation[];
  onChange: (value: { role: AccountRole; organisationId: string }) => void;
  errors: { role?: string | null; organisationId?: string | null };
}) {
  const t = useStaffAdminT();
  const roleName = useRoleName();
  return (
    <>
      <SelectField
        label={t("staffAdmin.role")}
        value={props.role}
        onChange={(e) => {
          const role = e.target.value as AccountRole;
          props.onChange({ role, organisationId: role === "staff" ? props.organisationId : "" });
        }}
        options={ACCOUNT_ROLES.map((r) => ({ value: r, label: roleName(r) }))}
        error={props.errors.role ?? null}
      />
      {props.role === "staff" ? (
        <SelectField
          label={t("staffAdmin.organisation")}
          hint={t("staffAdmin.organisationHint")}
          value={props.organisationId}
          onChange={(e) => props.onChange({ role: props.role, organisationId: e.target.value })}
          options={[
            { value: "", label: t("staffAdmin.chooseOrganisation") },
            ...props.organisations.map((o) => ({ value: o.id, label: o.name })),
          ]}
          error={props.errors.organisationId ?? null}
        />
      ) : null}
    </>
  );
}
