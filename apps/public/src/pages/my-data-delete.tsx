import { Alert } from "@engagiert/ui/alert";
import { useTRPC } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { CheckboxField } from "@engagiert/ui/checkbox-field";
import { errorText, readError } from "@engagiert/ui/errors";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { useMyDataT } from "../my-data-messages.ts";

const CONFIRM_ID = "delete-account-confirm";

/**
 * Deleting one's account (DSGVO Art. 17): what follows in plain words, a box to tick as the
 * confirmation step, then signed out and on to the confirmation page.
 */
export function DeleteAccount() {
  const t = useMyDataT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [isConfirmed, setConfirmed] = useState(false);
  const [isMissing, setMissing] = useState(false);
  const remove = useMutation(
    trpc.myData.deleteAccount.mutationOptions({
      onSuccess: async () => {
        // Signed out: whatever was cached belongs to an account that no longer exists.
        queryClient.clear();
        await navigate({ to: "/meine-daten/geloescht" });
      },
    }),
  );
  const failure = remove.error ? readError(remove.error) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!isConfirmed) {
      setMissing(true);
      document.getElementById(CONFIRM_ID)?.focus();
      return;
    }
    remove.mutate({ confirmed: true });
  }

  return (
    <section aria-labelledby="delete-heading" className="engagiert-section">
      <h2 id="delete-heading" className="kern-heading-medium">
        {t("myData.delete.title")}
      </h2>
      <p className="kern-body">{t("myData.delete.intro")}</p>
      <ul className="kern-list">
        <li>{t("myData.delete.point.personal")}</li>
        <li>{t("myData.delete.point.engagements")}</li>
        <li>{t("myData.delete.point.hours")}</li>
        <li>{t("myData.delete.point.signOut")}</li>
      </ul>
      <p className="kern-body">
        <strong>{t("myData.delete.warning")}</strong>
      </p>
      {failure ? (
        <Alert tone="danger" title={t("myData.refused")} isLive>
          <p className="kern-body">{errorText(failure, t)}</p>
        </Alert>
      ) : null}
      <form className="engagiert-form" onSubmit={submit} noValidate>
        <CheckboxField
          id={CONFIRM_ID}
          label={t("myData.delete.confirm")}
          checked={isConfirmed}
          onChange={(e) => {
            setConfirmed(e.target.checked);
            setMissing(false);
          }}
          error={isMissing ? t("myData.delete.confirmMissing") : null}
        />
        <Button type="submit" disabled={remove.isPending}>
          {remove.isPending ? t("myData.delete.working") : t("myData.delete.button")}
        </Button>
      </form>
    </section>
  );
}
