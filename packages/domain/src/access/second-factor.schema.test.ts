import { describe, expect, it } from "vitest";
import {
  requiresSecondFactor,
  SecondFactorCode,
  SignedInTotpSetupConfirm,
  TotpSetupConfirm,
} from "./second-factor.schema.ts";
import type { Role } from "./roles.ts";

describe("requiresSecondFactor", () => {
  it.each<[Role, boolean]>([
    ["coordinator", true],
    ["city_admin", true],
    ["network_admin", true],
    ["staff", false],
    ["network_member", false],
    ["volunteer", false],
  ])("%s: %s", (role, required) => {
    expect(requiresSecondFactor(role)).toBe(required);
  });
});

describe("second-factor inputs", () => {
  const secret = "ENGAGIERTDEMOZWEITERFAKTORGEHEIM";

  it("takes six digits, with or without a space, for a new authenticator", () => {
    expect(TotpSetupConfirm.safeParse({ secret, code: "123456" }).success).toBe(true);
    expect(TotpSetupConfirm.safeParse({ secret, code: " 123 456 " }).success).toBe(true);
    for (const code of ["12345", "1234567", "12a456", ""]) {
      expect(TotpSetupConfirm.safeParse({ secret, code }).success, code).toBe(false);
    }
  });

  it("refuses a secret that is not 32 base32 characters", () => {
    for (const bad of ["", "ENGAGIERT", `${secret}A`, secret.toLowerCase(), "0".repeat(32)]) {
      expect(TotpSetupConfirm.safeParse({ secret: bad, code: "123456" }).success, bad).toBe(false);
    }
  });

  it("asks for the password when set up from a signed-in session", () => {
    const result = SignedInTotpSetupConfirm.safeParse({ secret, code: "123456", password: "" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Bitte geben Sie Ihr Passwort ein.");
  });

  it("takes an app code or a recovery code at sign-in, not an empty or huge one", () => {
    expect(SecondFactorCode.safeParse({ code: "123456" }).success).toBe(true);
    expect(SecondFactorCode.safeParse({ code: "k7qm-2xwa-pp3d-ru5c" }).success).toBe(true);
    expect(SecondFactorCode.safeParse({ code: "   " }).success).toBe(false);
    expect(SecondFactorCode.safeParse({ code: "x".repeat(65) }).success).toBe(false);
  });
});
