import { describe, expect, it } from "vitest";
import {
  base32Decode,
  base32Encode,
  hotp,
  isTotpSecret,
  matchTotpStep,
  newTotpSecret,
  otpauthUri,
  totpCode,
  totpStep,
} from "./totp.ts";

const SHA1_KEY = Buffer.from("12345678901234567890");
const SHA256_KEY = Buffer.from("12345678901234567890123456789012");
const SHA512_KEY = Buffer.from(`${"1234567890".repeat(6)}1234`);

describe("HOTP (RFC 4226, appendix D)", () => {
  it.each([
    [0, "755224"],
    [1, "287082"],
    [2, "359152"],
    [3, "969429"],
    [4, "338314"],
    [5, "254676"],
    [6, "287922"],
    [7, "162583"],
    [8, "399871"],
    [9, "520489"],
  ])("counter %i gives %s", (counter, code) => {
    expect(hotp(SHA1_KEY, counter)).toBe(code);
  });
});

describe("TOTP (RFC 6238, appendix B)", () => {
  it.each([
    [59, "94287082", "46119246", "90693936"],
    [1111111109, "07081804", "68084774", "25091201"],
    [1111111111, "14050471", "67062674", "99943326"],
    [1234567890, "89005924", "91819424", "93441116"],
    [2000000000, "69279037", "90698825", "38618901"],
    [20000000000, "65353130", "77737706", "47863826"],
  ])("at %i s: %s (SHA-1), %s (SHA-256), %s (SHA-512)", (seconds, sha1, sha256, sha512) => {
    const step = totpStep(new Date(seconds * 1000));
    expect(hotp(SHA1_KEY, step, 8)).toBe(sha1);
    expect(hotp(SHA256_KEY, step, 8, "sha256")).toBe(sha256);
    expect(hotp(SHA512_KEY, step, 8, "sha512")).toBe(sha512);
  });

  it("gives the six-digit code an app shows for a base32 secret", () => {
    const secret = base32Encode(SHA1_KEY);
    expect(secret).toBe("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    // The last six digits of the eight-digit vector at 59 s.
    expect(totpCode(secret, new Date(59_000))).toBe("287082");
  });
});

describe("base32 (RFC 4648)", () => {
  it.each([
    ["", ""],
    ["f", "MY"],
    ["fo", "MZXQ"],
    ["foo", "MZXW6"],
    ["foob", "MZXW6YQ"],
    ["fooba", "MZXW6YTB"],
    ["foobar", "MZXW6YTBOI"],
  ])("%s ⇄ %s", (plain, encoded) => {
    expect(base32Encode(Buffer.from(plain))).toBe(encoded);
    expect(base32Decode(encoded)?.toString()).toBe(plain);
  });

  it("reads lower case, spaces and padding, and refuses other characters", () => {
    expect(base32Decode("mzxw 6ytb oi======")?.toString()).toBe("foobar");
    expect(base32Decode("MZXW1")).toBeNull();
  });
});

describe("checking a code", () => {
  const secret = base32Encode(SHA1_KEY);
  const at = new Date("2026-11-24T09:00:10Z");
  const step = totpStep(at);
  const codeAt = (offset: number) => hotp(SHA1_KEY, step + offset);

  it("accepts the current step and one step either side, and says which", () => {
    expect(matchTotpStep(secret, codeAt(0), at)).toBe(step);
    expect(matchTotpStep(secret, codeAt(-1), at)).toBe(step - 1);
    expect(matchTotpStep(secret, codeAt(1), at)).toBe(step + 1);
  });

  it("refuses codes two steps away, wrong codes and malformed input", () => {
    expect(matchTotpStep(secret, codeAt(-2), at)).toBeNull();
    expect(matchTotpStep(secret, codeAt(2), at)).toBeNull();
    const wrong = String((Number(codeAt(0)) + 1) % 1_000_000).padStart(6, "0");
    expect(matchTotpStep(secret, wrong, at)).toBeNull();
    expect(matchTotpStep(secret, "12345", at)).toBeNull();
    expect(matchTotpStep(secret, "abcdef", at)).toBeNull();
  });

  it("takes a code with a space in the middle", () => {
    const code = codeAt(0);
    expect(matchTotpStep(secret, `${code.slice(0, 3)} ${code.slice(3)}`, at)).toBe(step);
  });
});

describe("secrets and the app's address", () => {
  it("makes a new 160-bit secret each time", () => {
    const a = newTotpSecret();
    expect(isTotpSecret(a)).toBe(true);
    expect(base32Decode(a)).toHaveLength(20);
    expect(newTotpSecret()).not.toBe(a);
  });

  it("writes the otpauth address apps read from the QR code", () => {
    expect(
      otpauthUri({
        secret: "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
        account: "koordination@goeppingen.example",
        issuer: "Göppingen engagiert",
      }),
    ).toBe(
      "otpauth://totp/G%C3%B6ppingen%20engagiert:koordination%40goeppingen.example?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=G%C3%B6ppingen%20engagiert&algorithm=SHA1&digits=6&period=30",
    );
  });
});
