import { Button } from "@engagiert/ui/button";
import { Fieldset } from "@engagiert/ui/fieldset";
import { TextField } from "@engagiert/ui/text-field";
import { useState } from "react";
import { usePracticeT } from "../practice-messages.ts";

export type LinkDraft = { key: string; label: string; url: string };

let nextKey = 0;
export const newLinkKey = () => `link-${++nextKey}`;

export const MAX_LINKS = 10;

/** The field ids of a link row, for the error summary's links to them. */
export const linkFieldId = (key: string, part: "label" | "url") => `practice-${key}-${part}`;

/**
 * The links under a practice: rows of label and address, added and removed by button. Each
 * change is announced, and the focus moves to where the work continues.
 */
export function LinksEditor(props: {
  links: LinkDraft[];
  onChange: (links: LinkDraft[]) => void;
  error: (path: string, isGroup?: boolean) => string | null;
}) {
  const t = usePracticeT();
  const [announcement, setAnnouncement] = useState("");
  const focusSoon = (id: string) =>
    requestAnimationFrame(() => document.getElementById(id)?.focus());

  function add() {
    const key = newLinkKey();
    props.onChange([...props.links, { key, label: "", url: "" }]);
    setAnnouncement(t("practice.linkAdded", { number: props.links.length + 1 }));
    focusSoon(linkFieldId(key, "label"));
  }

  function remove(index: number) {
    const rest = props.links.filter((_, i) => i !== index);
    props.onChange(rest);
    setAnnouncement(t("practice.linkRemoved", { number: index + 1 }));
    const neighbour = rest[Math.min(index, rest.length - 1)];
    focusSoon(neighbour ? linkFieldId(neighbour.key, "label") : "practice-add-link");
  }

  const update = (index: number, patch: Partial<LinkDraft>) =>
    props.onChange(props.links.map((link, i) => (i === index ? { ...link, ...patch } : link)));

  return (
    <Fieldset
      legend={t("practice.links")}
      hint={t("practice.linksHint")}
      error={props.error("links")}
    >
      {props.links.map((link, index) => (
        <div key={link.key} className="engagiert-practice-link">
          <TextField
            id={linkFieldId(link.key, "label")}
            label={t("practice.linkLabel", { number: index + 1 })}
            maxLength={120}
            value={link.label}
            onChange={(event) => update(index, { label: event.target.value })}
            error={props.error(`links.${index}.label`)}
          />
          <TextField
            id={linkFieldId(link.key, "url")}
            label={t("practice.linkUrl", { number: index + 1 })}
            hint={t("practice.linkUrlHint")}
            type="url"
            inputMode="url"
            maxLength={500}
            value={link.url}
            onChange={(event) => update(index, { url: event.target.value })}
            error={props.error(`links.${index}.url`)}
          />
          <Button variant="tertiary" onClick={() => remove(index)}>
            {t("practice.removeLink", { number: index + 1 })}
          </Button>
        </div>
      ))}
      {props.links.length < MAX_LINKS ? (
        <Button id="practice-add-link" variant="secondary" onClick={add}>
          {t("practice.addLink")}
        </Button>
      ) : null}
      <p className="kern-sr-only" aria-live="polite">
        {announcement}
      </p>
    </Fieldset>
  );
}
