/**
 * A burst of what many people do at once: citizens apply through the public form (each from
 * their own address, as the city's proxy reports it with TRUST_PROXY) and signed-in volunteers
 * log hours, over HTTP with the headers a browser on the public app sends.
 */
import { messageIdOf } from "./mailer.ts";
import type { ApiProcess, LoopbackSmtp } from "./crash-fixture.ts";

export const PUBLIC_ORIGIN = "http://localhost:5173";
const WORKERS = 4;
const PAUSE_MS = 10;
/** A bound only: the burst is meant to be cut short by the kill long before. */
export const MAX_REQUESTS = 800;

export type Volunteer = { email: string; engagementId: string; cookie: string; address: string };

export type Outcome = {
  kind: "application" | "hours";
  /** The e-mail address of an application, the activity text of an hour entry. */
  key: string;
  input: Record<string, unknown>;
  /** The HTTP status, or null when no complete answer came (the server died first). */
  status: number | null;
  result: unknown;
};

const berlinDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" });
const daysAgo = (days: number) => berlinDay.format(new Date(Date.now() - days * 86_400_000));

/** A tRPC mutation as the public app sends it through its own origin. */
export async function mutate(
  apiUrl: string,
  procedure: string,
  input: unknown,
  extra: { cookie?: string; address: string },
) {
  const response = await fetch(`${apiUrl}/trpc/${procedure}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      origin: PUBLIC_ORIGIN,
      "sec-fetch-site": "same-origin",
      "x-engagiert-city": "crashstadt",
      "x-forwarded-for": extra.address,
      ...(extra.cookie ? { cookie: extra.cookie } : {}),
    },
    body: JSON.stringify({ json: input }),
  });
  const body = (await response.json()) as { result?: { data: { json: unknown } } };
  return { status: response.status, result: body.result?.data.json ?? body, response };
}

/** Each volunteer asks for a sign-in link, takes it from the mail that arrives, and follows it. */
export async function signInVolunteers(
  api: ApiProcess,
  smtp: LoopbackSmtp,
  volunteers: { email: string; engagementId: string }[],
): Promise<Volunteer[]> {
  const signedIn: Volunteer[] = [];
  for (const [i, volunteer] of volunteers.entries()) {
    const address = `10.200.0.${i + 1}`;
    const asked = await mutate(
      api.url,
      "auth.requestLink",
      { email: volunteer.email },
      { address },
    );
    if (asked.status !== 200) throw new Error(`Link request: ${JSON.stringify(asked.result)}`);
    const token = await waitFor(() => {
      const mail = smtp.deliveries.find((d) => d.to.includes(volunteer.email));
      return mail ? /[?&]token=([A-Za-z0-9_-]{43})/.exec(mail.body)?.[1] : undefined;
    });
    const redeemed = await mutate(api.url, "auth.redeemLink", { token }, { address });
    const cookie = redeemed.response.headers.get("set-cookie")?.split(";")[0];
    if (redeemed.status !== 200 || !cookie) throw new Error("The sign-in link did not sign in.");
    signedIn.push({ ...volunteer, cookie, address });
  }
  return signedIn;
}

export async function waitFor<T>(probe: () => T | undefined, timeoutMs = 30_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error("Timed out waiting.");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Starts a burst: applications and hour entries in turn from several clients at once, until the
 * server stops answering. Round numbers keep the addresses and days of two bursts apart.
 */
export function startBurst(
  apiUrl: string,
  opportunityId: string,
  volunteers: Volunteer[],
  round: number,
) {
  const outcomes: Outcome[] = [];
  let next = 0;
  let isServerGone = false;

  function request(i: number) {
    if (i % 2 === 0) {
      const email = `bewerbung-r${round}-${i}@crash.example`;
      const input = {
        opportunityId,
        firstName: "Alex",
        lastName: `Muster ${i}`,
        email,
        birthYear: 1990,
        message: "Ich helfe gern samstags.",
        hasConsented: true,
      };
      const address = `10.${round}.${(i >> 8) & 255}.${i & 255}`;
      return { kind: "application" as const, key: email, input, address, cookie: undefined };
    }
    const j = (i - 1) / 2;
    const volunteer = volunteers[j % volunteers.length]!;
    const activity = `Lebensmittel ausgegeben (Runde ${round}, Nr. ${i})`;
    const input = {
      engagementId: volunteer.engagementId,
      workedOn: daysAgo(1 + round * 300 + Math.floor(j / volunteers.length)),
      minutes: 30 + (j % 4) * 15,
      activity,
    };
    return { kind: "hours" as const, key: activity, input, ...volunteer };
  }

  async function worker() {
    while (!isServerGone && next < MAX_REQUESTS) {
      const { kind, key, input, address, cookie } = request(next++);
      const procedure = kind === "application" ? "applications.submit" : "hours.log";
      const answer = await mutate(apiUrl, procedure, input, { address, cookie }).catch(() => null);
      outcomes.push({
        kind,
        key,
        input,
        status: answer?.status ?? null,
        result: answer?.result ?? null,
      });
      if (!answer) isServerGone = true;
      else await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    }
  }

  return {
    outcomes,
    successes: () => outcomes.filter((o) => o.status === 200).length,
    done: Promise.all(Array.from({ length: WORKERS }, worker)),
  };
}

/** The Message-ID in a raw message as received. */
export const messageIdIn = (raw: string) => /^Message-ID:\s*(<[^>]+>)/im.exec(raw)?.[1] ?? null;

/** Each outbox row's Message-ID, as the mailer gives it. */
export const messageIdsOf = <Row extends { id: string }>(rows: Row[], from: string) =>
  new Map(rows.map((row) => [messageIdOf(row, from), row]));
