import { formatMessage, useLanguage, type Language, type Translate } from "@engagiert/ui/i18n";
import { useAppT, type DepartmentsMessageKey } from "../messages.ts";
import { recognitionDe, recognitionEn } from "../recognition-messages.ts";

export type RecognitionMessageKey = keyof typeof recognitionDe;

const CATALOGUE: Record<Language, Record<RecognitionMessageKey, string>> = {
  de: recognitionDe,
  en: recognitionEn,
};

const isRecognitionKey = (key: string): key is RecognitionMessageKey =>
  Object.hasOwn(recognitionDe, key);

/**
 * The area's texts load with its pages, not with the app's first page (DESIGN.md's budget for
 * it); every other key is the app's own.
 */
export function useRecognitionT(): Translate<RecognitionMessageKey | DepartmentsMessageKey> {
  const t = useAppT();
  const [language] = useLanguage();
  return (key, params) =>
    isRecognitionKey(key)
      ? formatMessage(CATALOGUE[language][key], language, params)
      : t(key, params);
}
