import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TextField } from "./text-field.tsx";

function parse(html: string) {
  const attribute = (tag: string, name: string) =>
    new RegExp(`<${tag}[^>]*\\s${name}="([^"]*)"`).exec(html)?.[1];
  return {
    inputId: attribute("input", "id"),
    describedBy: attribute("input", "aria-describedby")?.split(" ") ?? [],
    isInvalid: attribute("input", "aria-invalid"),
    labelFor: attribute("label", "for"),
    idOf: (text: string) =>
      new RegExp(`id="([^"]+)"[^>]*>(?:<[^>]+>)*[^<]*${text}`).exec(html)?.[1],
  };
}

describe("TextField", () => {
  it("labels the input", () => {
    const field = parse(renderToStaticMarkup(<TextField label="E-Mail-Adresse" />));
    expect(field.inputId).toBeTruthy();
    expect(field.labelFor).toBe(field.inputId);
  });

  it("ties its error and hint to the input and marks it invalid", () => {
    const field = parse(
      renderToStaticMarkup(
        <TextField label="E-Mail" hint="Ihre dienstliche Adresse" error="Bitte ausfüllen." />,
      ),
    );
    expect(field.isInvalid).toBe("true");
    const errorId = field.idOf("Bitte ausfüllen.");
    const hintId = field.idOf("Ihre dienstliche Adresse");
    expect(errorId).toBeTruthy();
    expect(field.describedBy).toContain(errorId);
    expect(field.describedBy).toContain(hintId);
  });

  it("is neither invalid nor described by an error when there is none", () => {
    const field = parse(renderToStaticMarkup(<TextField label="E-Mail" />));
    expect(field.isInvalid).toBeUndefined();
    expect(field.describedBy).toEqual([]);
  });
});
