import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CheckboxField } from "./checkbox-field.tsx";
import { RadioGroup } from "./radio-group.tsx";
import { TextareaField } from "./textarea-field.tsx";

describe("form components", () => {
  it("labels a textarea and ties its error to it", () => {
    const html = renderToStaticMarkup(<TextareaField label="Beschreibung" error="Zu kurz." />);
    const id = /<textarea[^>]*\sid="([^"]+)"/.exec(html)?.[1];
    expect(html).toContain(`for="${id}"`);
    expect(html).toContain(`aria-describedby="${id}-error"`);
    expect(html).toContain('aria-invalid="true"');
  });

  it("labels a checkbox", () => {
    const html = renderToStaticMarkup(<CheckboxField label="Stufenlos" />);
    const id = /<input[^>]*\sid="([^"]+)"/.exec(html)?.[1];
    expect(html).toContain(`for="${id}"`);
  });

  it("groups radio buttons under a legend with one name", () => {
    const html = renderToStaticMarkup(
      <RadioGroup
        legend="Format"
        value="b"
        onChange={() => {}}
        options={[
          { value: "a", label: "A" },
          { value: "b", label: "B" },
        ]}
      />,
    );
    expect(html).toContain("<legend");
    expect(html.match(/type="radio"/g)).toHaveLength(2);
    expect(new Set(html.match(/name="[^"]+"/g)).size).toBe(1);
    expect(html).toMatch(/value="b"[^>]*checked=""|checked=""[^>]*value="b"/);
  });
});
