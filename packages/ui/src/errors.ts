import { TRPCClientError } from "@trpc/client";

/** What a form needs from a failed call: the API's sentence, errors per field, when to retry. */
export interface ReadableError {
  message: string | null;
  code: string | null;
  fieldErrors: Record<string, string[]>;
  retryAfterSeconds: number | null;
}

interface ErrorData {
  code?: string;
  fieldErrors?: Record<string, string[]> | null;
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
      fieldErrors: data.fieldErrors ?? {},
      retryAfterSeconds: data.retryAfterSeconds ?? null,
    };
  }
  return { message: null, code: null, fieldErrors: {}, retryAfterSeconds: null };
}
