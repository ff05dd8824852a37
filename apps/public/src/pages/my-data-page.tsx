import { myDataFileName } from "@engagiert/domain/privacy";
import { Alert } from "@engagiert/ui/alert";
import { useTRPC } from "@engagiert/ui/api";
import { Button, LinkButton } from "@engagiert/ui/button";
import { errorText, readError } from "@engagiert/ui/errors";
import { isoDate } from "@engagiert/ui/format";
import { Loading } from "@engagiert/ui/loading";
import { Page } from "@engagiert/ui/page";
import { useCityConfig, useSession } from "@engagiert/ui/session";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useMyDataT } from "../my-data-messages.ts";
import { MyConsents } from "./my-data-consents.tsx";
import { DeleteAccount } from "./my-data-delete.tsx";

/** Saves a text as a file in the browser's downloads. */
function saveFile(filename: string, content: string, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** All the volunteer's data as one JSON file (DSGVO Art. 15 and 20). */
function Download() {
  const t = useMyDataT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const city = useCityConfig().data;
  const download = useMutation({
    mutationFn: async () => {
      const data = await queryClient.fetchQuery({
        ...trpc.myData.export.queryOptions(),
        staleTime: 0,
      });
      const file = myDataFileName(city?.slug ?? data.city.slug, isoDate(new Date()));
      saveFile(file, `${JSON.stringify(data, null, 2)}\n`, "application/json;charset=utf-8");
      return file;
    },
  });
  const failure = download.error ? readError(download.error) : null;
  return (
    <section aria-labelledby="download-heading" className="engagiert-section">
      <h2 id="download-heading" className="kern-heading-medium">
        {t("myData.download.title")}
      </h2>
      <p className="kern-body">{t("myData.download.intro")}</p>
      <p>
        <Button variant="secondary" onClick={() => download.mutate()} disabled={download.isPending}>
          {download.isPending ? t("myData.download.working") : t("myData.download.button")}
        </Button>
      </p>
      {download.isSuccess ? (
        <Alert tone="success" title={t("myData.download.done", { file: download.data })} isLive />
      ) : null}
      {failure ? (
        <Alert tone="danger" title={t("myData.refused")} isLive>
          <p className="kern-body">{errorText(failure, t)}</p>
        </Alert>
      ) : null}
    </section>
  );
}

/** "Meine Daten": consents with their withdrawal, the download, and deleting the account. */
export function MyDataPage() {
  const t = useMyDataT();
  const { user } = useSession();
  return (
    <Page title={t("myData.title")}>
      {user === undefined ? (
        <Loading />
      ) : user === null ? (
        <>
          <p className="kern-body">{t("myData.signedOut")}</p>
          <p>
            <LinkButton to="/anmelden" search={{ weiter: "/meine-daten" }}>
              {t("mine.signInLink")}
            </LinkButton>
          </p>
        </>
      ) : user.role !== "volunteer" ? (
        <p className="kern-body">{t("myData.onlyVolunteers")}</p>
      ) : (
        <>
          <p className="kern-body">{t("myData.intro")}</p>
          <MyConsents />
          <Download />
          <DeleteAccount />
        </>
      )}
    </Page>
  );
}
