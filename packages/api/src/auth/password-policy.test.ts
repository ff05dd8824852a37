import { describe, expect, it } from "vitest";
import { checkNewPassword } from "./password-policy.ts";

const person = { email: "sabine.kraemer@stadt.example", displayName: "Sabine Krämer" };

describe("checkNewPassword", () => {
  it.each([
    ["11 characters", "Tannenzapfe", false],
    ["12 characters", "Tannenzapfen", true],
    ["256 characters", "Waldweg ".repeat(32), true],
    ["257 characters", `${"Waldweg ".repeat(32)}x`, false],
    ["11 characters with umlauts", "Grünkohlöfe", false],
    ["12 characters with umlauts", "Grünkohlöfen", true],
    // "ä" written as "a" plus a combining mark is still one character.
    ["12 characters, one decomposed", "Ba\u0308renkrallen", true],
    ["11 characters, one decomposed", "Ba\u0308renkralle", false],
    ["11 emoji-heavy characters (22 UTF-16 units)", "🙂🙂🙂Kaffee🙂!", false],
    ["four unrelated words", "Leiter Mond Gießkanne blau", true],
  ])("%s: %s", (_label, password, ok) => {
    expect(checkNewPassword(password).ok).toBe(ok);
  });

  it("counts the characters in its message", () => {
    expect(checkNewPassword("Tannenzapfe")).toEqual({
      ok: false,
      message: expect.stringContaining("11 von mindestens 12 Zeichen") as string,
    });
  });

  it.each([
    ["a common password", "qwerty123456"],
    ["a common password in other case", "QWERTY123456"],
    ["a common password with digits added", "Passwort2026!!"],
    ["a common German word", "Verantwortung"],
    ["a common German word with umlauts", "Überraschung"],
    ["a common German word with a year", "Gesellschaft2026"],
  ])("refuses %s", (_label, password) => {
    const result = checkNewPassword(password);
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ message: expect.stringContaining("verbreitet") as string });
  });

  it.each([
    ["one character repeated", "aaaaaaaaaaaa"],
    ["a short part repeated", "abcabcabcabc"],
    ["umlauts repeated", "äöüäöüäöüäöü"],
    ["counting up", "123456789012"],
    ["letters in order", "abcdefghijkl"],
    ["counting down", "987654321098"],
  ])("refuses %s", (_label, password) => {
    expect(checkNewPassword(password)).toMatchObject({
      ok: false,
      message: expect.stringContaining("Wiederholungen") as string,
    });
  });

  it.each([
    ["the e-mail address", "sabine.kraemer@stadt.example"],
    ["the e-mail address in capitals", "SABINE.KRAEMER@STADT.EXAMPLE"],
    ["the part before the @", "sabine.kraemer"],
    ["the name with a year", "Sabine Krämer 2026"],
    ["the name without the space", "SabineKrämer!"],
  ])("refuses %s", (_label, password) => {
    expect(checkNewPassword(password, person)).toMatchObject({
      ok: false,
      message: expect.stringContaining("E-Mail-Adresse oder Ihr Name") as string,
    });
  });

  it("accepts a password that merely contains the name among other words", () => {
    expect(checkNewPassword("Sabine fährt gern Tretboot", person).ok).toBe(true);
  });

  it("asks for no digits or special characters", () => {
    expect(checkNewPassword("pferd kerze nebel apfel").ok).toBe(true);
  });
});
