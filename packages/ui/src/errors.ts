import { TRPCClientError } from "@trpc/client";

/** What a form needs from a failed call: the API's sentence, errors per field, when to retry. */
export interface ReadableError {
  message: string | null;
  code: string | null;
  /** A stable key of the refusal (e.g. "wrong_credentials"), translated by `errorText`. */
  reason: string | null;
  fieldErrors: Record<string, string[]>;
  retryAfterSeconds: number | null;
}

interface ErrorData {
  code?: string;
  fieldErrors?: Record<string, string[]> | null;
  reason?: string | null;
  retryAfterSeconds?: number | null;
}

/** `message` is null when the server never answered; the caller then shows its own text. */
export function readError(error: unknown): ReadableError {
  if (error instanceof TRPCClientError) {
    const data = (error.data ?? {}) as ErrorData;
    const answered = typeof data.code === "string";
    return {
      message: answered ? error.message : null,
      code: data.code ?? null,
      reason: data.reason ?? null,
      fieldErrors: data.fieldErrors ?? {},
      retryAfterSeconds: data.retryAfterSeconds ?? null,
    };
  }
  return { message: null, code: null, reason: null, fieldErrors: {}, retryAfterSeconds: null };
}

const TRANSLATED_REASONS = [
  "wrong_credentials",
  "too_many_attempts",
  "link_invalid",
  "not_signed_in",
  "forbidden",
  "not_found",
  "internal",
] as const;

type ErrorKey = `errors.${(typeof TRANSLATED_REASONS)[number]}` | "common.networkError";

/**
 * The sentence to show for a failed call, in the visitor's language: the catalogue's text for
 * a known reason, else the API's own (German) sentence, else the network hint.
 */
export function errorText(
  error: ReadableError,
  t: (key: ErrorKey, params?: Record<string, string | number>) => string,
): string {
  const reason = TRANSLATED_REASONS.find((r) => r === error.reason);
  if (reason) {
    const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
    return t(`errors.${reason}`, { minutes });
  }
  return error.message ?? t("common.networkError");
}
