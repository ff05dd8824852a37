import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import type { RouterOutputs } from "../api.tsx";
import { Alert } from "../components/alert.tsx";
import { Button } from "../components/button.tsx";
import { CheckboxField } from "../components/checkbox-field.tsx";
import { TextField } from "../components/text-field.tsx";
import { errorText, type ReadableError } from "../errors.ts";
import { useLanguage, useT } from "../i18n/i18n.tsx";
import { secondFactorReasonKey, useSecondFactorT } from "./second-factor-messages.ts";
import "./second-factor.css";

export type TotpSetup = RouterOutputs["auth"]["startSecondFactorSetup"];

/** A heading that takes the focus when it appears, so a screen reader hears the new step. */
export function StepHeading(props: { level?: 2 | 3; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const Tag = props.level === 3 ? "h3" : "h2";
  return (
    <Tag
      className={`${props.level === 3 ? "kern-heading-small" : "kern-heading-medium"} engagiert-step-title`}
      tabIndex={-1}
      ref={ref}
    >
      {props.children}
    </Tag>
  );
}

/** The sentence for a failed second-factor call: this catalogue's, the shared one's, the API's. */
export function useSecondFactorErrorText() {
  const t = useSecondFactorT();
  const tShared = useT();
  return (failure: ReadableError) => {
    const key = secondFactorReasonKey(failure.reason);
    return key ? t(key) : errorText(failure, tShared);
  };
}

/** The QR code as an inline SVG with a quiet zone of four modules, drawn from the API's path. */
export function QrImage(props: { qr: TotpSetup["qr"]; label: string }) {
  const quiet = 4;
  const extent = props.qr.size + 2 * quiet;
  return (
    <svg
      className="engagiert-qr"
      role="img"
      aria-label={props.label}
      viewBox={`${-quiet} ${-quiet} ${extent} ${extent}`}
      width="220"
      height="220"
      shapeRendering="crispEdges"
    >
      <rect x={-quiet} y={-quiet} width={extent} height={extent} fill="#ffffff" />
      <path d={props.qr.path} fill="#000000" />
    </svg>
  );
}

/** Groups the secret in fours, as it is easier to type that way; apps ignore the spaces. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(" ") ?? secret;

/**
 * Setting up an authenticator app: the steps, the QR code, the key as text, and the first code
 * (and, from a signed-in session, the password) to confirm it.
 */
export function TotpSetupForm(props: {
  setup: TotpSetup;
  askPassword: boolean;
  isPending: boolean;
  failure: ReadableError | null;
  onSubmit: (input: { secret: string; code: string; password: string }) => void;
  /** The level of the "how it works" heading, one below the heading above the form. */
  headingLevel?: 3 | 4;
  children?: ReactNode;
}) {
  const t = useSecondFactorT();
  const failureText = useSecondFactorErrorText();
  const [code, setCode] = useState("");
  const [password, setPassword] = useState("");
  const [problems, setProblems] = useState<{ code?: string; password?: string }>({});
  const fieldErrors = props.failure?.fieldErrors ?? {};
  const hasFieldError = Boolean(fieldErrors.code ?? fieldErrors.password);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = {
      code: /^\d{3}\s?\d{3}$/.test(code.trim()) ? undefined : t("secondFactor.setup.codeInvalid"),
      password:
        props.askPassword && !password ? t("secondFactor.setup.passwordMissing") : undefined,
    };
    setProblems(found);
    if (found.code || found.password) return;
    props.onSubmit({ secret: props.setup.secret, code: code.trim(), password });
  }

  return (
    <>
      {props.headingLevel === 4 ? (
        <h4 className="kern-heading-small">{t("secondFactor.setup.steps")}</h4>
      ) : (
        <h3 className="kern-heading-small">{t("secondFactor.setup.steps")}</h3>
      )}
      <ol className="kern-list kern-list--number">
        <li>{t("secondFactor.setup.stepApp")}</li>
        <li>{t("secondFactor.setup.stepScan")}</li>
        <li>{t("secondFactor.setup.stepCode")}</li>
      </ol>
      <div className="engagiert-totp">
        <QrImage qr={props.setup.qr} label={t("secondFactor.setup.qr")} />
        <dl className="engagiert-facts">
          <div>
            <dt>{t("secondFactor.setup.secret")}</dt>
            <dd>
              <code className="engagiert-secret">{grouped(props.setup.secret)}</code>
              <p className="kern-body kern-body--small">{t("secondFactor.setup.secretHint")}</p>
            </dd>
          </div>
        </dl>
      </div>
      {props.failure && !hasFieldError ? (
        <Alert tone="danger" title={t("secondFactor.failed")} isLive>
          <p className="kern-body">{failureText(props.failure)}</p>
        </Alert>
      ) : null}
      <form className="engagiert-form" onSubmit={submit} noValidate>
        <TextField
          label={t("secondFactor.setup.codeLabel")}
          hint={t("secondFactor.setup.codeHint")}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          value={code}
          onChange={(event) => setCode(event.target.value)}
          error={problems.code ?? fieldErrors.code?.[0]}
        />
        {props.askPassword ? (
          <TextField
            label={t("secondFactor.setup.password")}
            hint={t("secondFactor.setup.passwordHint")}
            type="password"
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={problems.password ?? fieldErrors.password?.[0]}
          />
        ) : null}
        <div className="engagiert-actions">
          <Button type="submit" disabled={props.isPending}>
            {props.isPending ? t("secondFactor.setup.submitting") : t("secondFactor.setup.submit")}
          </Button>
          {props.children}
        </div>
      </form>
    </>
  );
}

/** Hands a text to the browser as a file to save, without leaving the page. */
function saveTextFile(fileName: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type: "text/plain;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * The new recovery codes, shown this once: as a list, as a .txt download, and a confirmation
 * that they were kept before going on.
 */
export function RecoveryCodes(props: {
  codes: string[];
  account: string;
  continueLabel?: string;
  onContinue: () => void;
}) {
  const t = useSecondFactorT();
  const [language] = useLanguage();
  const [isSaved, setSaved] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  function download() {
    const date = new Intl.DateTimeFormat(language === "de" ? "de-DE" : "en-GB", {
      dateStyle: "long",
      timeZone: "Europe/Berlin",
    }).format(new Date());
    const text = [
      t("secondFactor.recovery.fileTitle", { account: props.account }),
      t("secondFactor.recovery.fileNote", { date }),
      "",
      ...props.codes,
      "",
    ].join("\r\n");
    saveTextFile("wiederherstellungscodes.txt", text);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!isSaved) {
      setProblem(t("secondFactor.recovery.savedMissing"));
      return;
    }
    props.onContinue();
  }

  return (
    <>
      <Alert tone="warning" title={t("secondFactor.recovery.title")}>
        <p className="kern-body">{t("secondFactor.recovery.intro")}</p>
      </Alert>
      <ul className="engagiert-recovery-codes" aria-label={t("secondFactor.recovery.list")}>
        {props.codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <div className="engagiert-actions">
        <Button variant="secondary" onClick={download}>
          {t("secondFactor.recovery.download")}
        </Button>
      </div>
      <form className="engagiert-form" onSubmit={submit} noValidate>
        <CheckboxField
          label={t("secondFactor.recovery.saved")}
          checked={isSaved}
          onChange={(event) => setSaved(event.target.checked)}
          error={problem}
        />
        <div className="engagiert-actions">
          <Button type="submit">
            {props.continueLabel ?? t("secondFactor.recovery.continue")}
          </Button>
        </div>
      </form>
    </>
  );
}
