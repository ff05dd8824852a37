import { Alert } from "@engagiert/ui/alert";
import { useTRPC } from "@engagiert/ui/api";
import { Button, LinkButton } from "@engagiert/ui/button";
import { readError } from "@engagiert/ui/errors";
import { formatDateTime } from "@engagiert/ui/format";
import { useLanguage } from "@engagiert/ui/i18n";
import { Page } from "@engagiert/ui/page";
import { TextField } from "@engagiert/ui/text-field";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useStaffAdminT } from "../staff-admin-messages.ts";
import { useStaffErrorText, type AccountRole } from "./staff-admin-parts.tsx";
import { RoleFields } from "./staff-role-fields.tsx";

const EMPTY = { email: "", displayName: "", role: "staff" as AccountRole, organisationId: "" };

/** A city admin invites a person by e-mail to an account with a role. */
export function StaffInvitePage() {
  const t = useStaffAdminT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const staffErrorText = useStaffErrorText();
  const organisations = useQuery(trpc.dashboard.organisations.queryOptions());
  const [draft, setDraft] = useState(EMPTY);
  const [language] = useLanguage();
  const [sentTo, setSentTo] = useState<{ email: string; replaced: number; expiresAt: Date } | null>(
    null,
  );
  const invite = useMutation(
    trpc.staffAdmin.invite.mutationOptions({
      onSuccess: async (result, input) => {
        setSentTo({ email: input.email, replaced: result.replaced, expiresAt: result.expiresAt });
        setDraft(EMPTY);
        await queryClient.invalidateQueries({ queryKey: trpc.staffAdmin.invitations.pathKey() });
      },
    }),
  );
  const failure = invite.error ? readError(invite.error) : null;
  const err = (path: string) => failure?.fieldErrors[path]?.[0] ?? null;

  function submit(event: FormEvent) {
    event.preventDefault();
    setSentTo(null);
    invite.mutate({
      email: draft.email,
      displayName: draft.displayName,
      role: draft.role,
      organisationId: draft.organisationId || null,
    });
  }

  return (
    <Page title={t("staffAdmin.inviteTitle")}>
      <p className="kern-body">{t("staffAdmin.inviteIntro")}</p>
      {sentTo ? (
        <Alert tone="success" title={t("staffAdmin.sent", { email: sentTo.email })} isLive>
          <p className="kern-body">
            {t("staffAdmin.sentValidUntil", { date: formatDateTime(sentTo.expiresAt, language) })}
          </p>
          {sentTo.replaced > 0 ? <p className="kern-body">{t("staffAdmin.sentReplaced")}</p> : null}
        </Alert>
      ) : null}
      <form className="engagiert-form" noValidate onSubmit={submit}>
        {failure ? (
          <Alert tone="danger" title={t("common.errorSummary")} isLive>
            {Object.keys(failure.fieldErrors).length === 0 ? (
              <p className="kern-body">{staffErrorText(failure)}</p>
            ) : null}
          </Alert>
        ) : null}
        <TextField
          label={t("staffAdmin.displayName")}
          value={draft.displayName}
          maxLength={100}
          autoComplete="off"
          onChange={(e) => setDraft((d) => ({ ...d, displayName: e.target.value }))}
          error={err("displayName")}
        />
        <TextField
          label={t("staffAdmin.email")}
          type="email"
          value={draft.email}
          maxLength={254}
          autoComplete="off"
          onChange={(e) => setDraft((d) => ({ ...d, email: e.target.value }))}
          error={err("email")}
        />
        <RoleFields
          role={draft.role}
          organisationId={draft.organisationId}
          organisations={organisations.data ?? []}
          onChange={(value) => setDraft((d) => ({ ...d, ...value }))}
          errors={{ role: err("role"), organisationId: err("organisationId") }}
        />
        <p className="engagiert-actions">
          <Button type="submit" disabled={invite.isPending}>
            {invite.isPending ? t("staffAdmin.sending") : t("staffAdmin.send")}
          </Button>
          <LinkButton to="/zugaenge" variant="secondary">
            {t("staffAdmin.back")}
          </LinkButton>
        </p>
      </form>
    </Page>
  );
}
