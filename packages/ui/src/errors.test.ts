import { describe, expect, it } from "vitest";
import { errorText, type ReadableError } from "./errors.ts";
import { uiEn } from "./i18n/catalogue.ts";

const t = (key: string, params?: Record<string, string | number>) =>
  (uiEn as Record<string, string>)[key]!.replace(/\{(\w+)\}/g, (_, name: string) =>
    String(params?.[name]),
  );

const failure = (overrides: Partial<ReadableError>): ReadableError => ({
  message: "Eine Nachricht des Servers.",
  code: "BAD_REQUEST",
  reason: null,
  fieldErrors: {},
  retryAfterSeconds: null,
  ...overrides,
});

describe("error texts in the visitor's language", () => {
  it("translates a known reason", () => {
    expect(errorText(failure({ reason: "wrong_credentials" }), t)).toBe(
      "The e-mail address or the password is not right.",
    );
  });

  it("says in whole minutes when to try again", () => {
    expect(errorText(failure({ reason: "too_many_attempts", retryAfterSeconds: 601 }), t)).toBe(
      "Too many attempts. Please try again in 11 minutes.",
    );
  });

  it("falls back to the server's sentence, and to the network hint without an answer", () => {
    expect(errorText(failure({ reason: "something_new" }), t)).toBe("Eine Nachricht des Servers.");
    expect(errorText(failure({ message: null, code: null }), t)).toBe(uiEn["common.networkError"]);
  });
});
