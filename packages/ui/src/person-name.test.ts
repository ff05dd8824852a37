import { describe, expect, it } from "vitest";
import { uiDe, uiEn, type UiMessageKey } from "./i18n/catalogue.ts";
import { personName } from "./person-name.ts";

const de = (key: UiMessageKey) => uiDe[key];
const en = (key: UiMessageKey) => uiEn[key];

describe("personName", () => {
  it("shows a living person's name in the list's order", () => {
    const lena = { firstName: "Lena", lastName: "Wagner" };
    expect(personName(de, lena)).toBe("Lena Wagner");
    expect(personName(de, lena, "last-first")).toBe("Wagner, Lena");
  });

  it("shows an erased person as deleted, in both languages and either order", () => {
    const erased = { firstName: "", lastName: "" };
    expect(personName(de, erased)).toBe("Gelöschte Person");
    expect(personName(de, erased, "last-first")).toBe("Gelöschte Person");
    expect(personName(en, erased)).toBe("Deleted person");
  });
});
