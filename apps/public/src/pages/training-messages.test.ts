import { TRAINING_TOPICS } from "@engagiert/domain/trainings";
import { uiDe } from "@engagiert/ui/i18n/catalogue";
import { compareCatalogues } from "@engagiert/ui/i18n/check";
import { describe, expect, it } from "vitest";
import { messages } from "../messages.ts";
import { trainingMessages } from "./training-messages.ts";

describe("the training pages' catalogue", () => {
  it("has the same keys and placeholders in German and English", () => {
    expect(Object.keys(trainingMessages.en).sort()).toEqual(
      Object.keys(trainingMessages.de).sort(),
    );
    expect(compareCatalogues(trainingMessages.de, trainingMessages.en)).toEqual([]);
  });

  it("names every training topic", () => {
    for (const topic of TRAINING_TOPICS) {
      expect(Object.keys(trainingMessages.de)).toContain(`trainings.topic.${topic}`);
    }
  });

  it("overwrites no message of the app or the shared catalogue", () => {
    const keys = Object.keys(trainingMessages.de);
    expect(keys.filter((key) => key in uiDe || key in messages.de)).toEqual([]);
  });
});
