import { Alert } from "@engagiert/ui/alert";
import { useTRPC } from "@engagiert/ui/api";
import { Button } from "@engagiert/ui/button";
import { CheckboxField } from "@engagiert/ui/checkbox-field";
import { QueryError } from "@engagiert/ui/error-page";
import { readError } from "@engagiert/ui/errors";
import { Fieldset } from "@engagiert/ui/fieldset";
import { Loading } from "@engagiert/ui/loading";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useRecognitionT } from "./recognition-t.ts";

const GROUPS = ["feuerwehr", "thw", "rettungsdienst", "freiwilligendienst"] as const;
type Group = (typeof GROUPS)[number];

function GroupsForm(props: { personId: string; recorded: readonly string[] }) {
  const t = useRecognitionT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [groups, setGroups] = useState<Group[]>(GROUPS.filter((g) => props.recorded.includes(g)));
  const save = useMutation(
    trpc.recognition.setRecognitionGroups.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({
          queryKey: trpc.recognition.personStatus.queryKey({ personId: props.personId }),
        }),
    }),
  );
  const failure = save.error ? readError(save.error) : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ personId: props.personId, groups });
  }

  return (
    <form className="engagiert-form" noValidate onSubmit={submit}>
      {failure ? (
        <Alert tone="danger" title={t("common.refused")} isLive>
          <p className="kern-body">{failure.message ?? t("common.networkError")}</p>
        </Alert>
      ) : null}
      {save.isSuccess ? (
        <Alert tone="success" title={t("recognition.groups.saved")} isLive />
      ) : null}
      <Fieldset
        legend={t("recognition.groups.legend")}
        hint={t("recognition.groups.hint")}
        error={failure?.fieldErrors.groups?.[0]}
      >
        {GROUPS.map((group) => (
          <CheckboxField
            key={group}
            label={t(`recognition.group.${group}`)}
            checked={groups.includes(group)}
            onChange={(e) =>
              setGroups((all) =>
                e.target.checked ? [...all, group] : all.filter((g) => g !== group),
              )
            }
          />
        ))}
      </Fieldset>
      <Button type="submit" disabled={save.isPending}>
        {save.isPending ? t("common.saving") : t("common.save")}
      </Button>
    </form>
  );
}

/**
 * On the volunteer record: the Ehrenamtskarte status and the groups that count without hours
 * (fire brigade, THW, …), which staff record. Reading it is audited, so it is asked for once.
 */
export function RecognitionGroupsSection(props: { personId: string }) {
  const t = useRecognitionT();
  const trpc = useTRPC();
  const query = useQuery({
    ...trpc.recognition.personStatus.queryOptions({ personId: props.personId }),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  return (
    <section aria-labelledby="recognition-heading" className="engagiert-section">
      <h2 id="recognition-heading" className="kern-heading-medium">
        {t("recognition.groups.title")}
      </h2>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <dl className="engagiert-facts">
            <dt>{t("recognition.groups.status")}</dt>
            <dd>
              {query.data.status.kind === "eligible"
                ? t("recognition.groups.eligible")
                : query.data.status.kind === "not_yet"
                  ? t("recognition.groups.notYet", {
                      days: query.data.status.daysMissing,
                      hours: query.data.status.hoursMissing,
                      projectHours: query.data.status.projectHoursMissing,
                    })
                  : t("recognition.groups.noRule")}
            </dd>
            <dt>{t("recognition.groups.juleica")}</dt>
            <dd>
              {query.data.hasValidJuleica
                ? t("recognition.groups.juleicaValid")
                : t("recognition.groups.juleicaNone")}
            </dd>
          </dl>
          <GroupsForm personId={props.personId} recorded={query.data.recordedGroups} />
        </>
      )}
    </section>
  );
}
