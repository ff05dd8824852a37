import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from "react";
import { uiDe, uiEn, type UiMessageKey } from "./catalogue.ts";

export const LANGUAGES = ["de", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = "engagiert.language";

export type Messages<K extends string> = { de: Record<K, string>; en: Record<K, string> };
export type MessageParams = Record<string, string | number>;
export type Translate<K extends string> = (key: K | UiMessageKey, params?: MessageParams) => string;

interface I18nValue {
  language: Language;
  setLanguage: (language: Language) => void;
  translate: (key: string, params?: MessageParams) => string;
}

const I18nContext = createContext<I18nValue | null>(null);

function initialLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (stored === "de" || stored === "en") return stored;
  } catch {
    // Storage can be blocked (private mode, policy); German is then the default.
  }
  return "de";
}

/** Fills `{name}` placeholders; a message "one|other" picks its form by `params.count`. */
export function formatMessage(
  message: string,
  language: Language,
  params: MessageParams = {},
): string {
  let text = message;
  if (text.includes("|")) {
    const [one = "", other = ""] = text.split("|");
    const count = Number(params.count ?? 0);
    text = new Intl.PluralRules(language).select(count) === "one" ? one : other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function I18nProvider<K extends string>(props: {
  messages: Messages<K>;
  children: ReactNode;
}) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  const { messages } = props;

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // The choice then lasts for this visit only.
    }
  }, []);

  const value = useMemo<I18nValue>(() => {
    const catalogue: Record<string, string> = {
      ...(language === "de" ? uiDe : uiEn),
      ...messages[language],
    };
    return {
      language,
      setLanguage,
      translate: (key, params) => formatMessage(catalogue[key] ?? key, language, params),
    };
  }, [language, messages, setLanguage]);

  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useT() needs an <I18nProvider> above it.");
  return value;
}

/** The translate function; an app passes its own key type to get its messages typed too. */
export function useT<K extends string = never>(): Translate<K> {
  return useI18n().translate;
}

/**
 * The translate function of an area whose messages load with its pages rather than with the
 * app's first page: the area's own keys first, then the app's and the shared ones.
 */
export function useAreaT<A extends string, K extends string = never>(
  area: Messages<A>,
): Translate<A | K> {
  const { language, translate } = useI18n();
  return useCallback(
    (key: string, params?: MessageParams) => {
      const own = (area[language] as Record<string, string | undefined>)[key];
      return own === undefined ? translate(key, params) : formatMessage(own, language, params);
    },
    [area, language, translate],
  );
}

export function useLanguage(): [Language, (language: Language) => void] {
  const { language, setLanguage } = useI18n();
  return [language, setLanguage];
}
