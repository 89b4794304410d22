// A small typed translation layer: Chinese is the primary language, English the alternative.
// Messages live beside their users: the shared ones in ./messages.ts, each feature's in
// src/features/<name>/i18n.ts (and the app shell's in src/app/i18n.ts). In each, Chinese defines
// the keys and English must have exactly the same ones (checked by the compiler and a test).
import { createContext, createElement, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { sharedMessages, type SharedKey } from './messages';

export type { SharedKey };

export type Language = 'zh' | 'en';
export const LANGUAGE_STORAGE_KEY = 'jianfu.language';

/** One dictionary: the same keys in both languages. */
export type Messages<K extends string> = { zh: Readonly<Record<K, string>>; en: Readonly<Record<K, string>> };

export type TranslateParams = Record<string, string | number>;

/** Translates the shared keys and K (a feature's own keys); `{name}` placeholders are filled from params. */
export type Translate<K extends string = never> = (key: SharedKey | K, params?: TranslateParams) => string;

export function format(template: string, params?: TranslateParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

const NO_MESSAGES: Messages<never> = { zh: {}, en: {} };

/** A translator for `lang` over the shared messages and `messages`; a key missing in English falls back to Chinese. */
export function createTranslator(lang: Language): Translate;
export function createTranslator<K extends string>(lang: Language, messages: Messages<K>): Translate<K>;
export function createTranslator(lang: Language, messages: Messages<string> = NO_MESSAGES): Translate<string> {
  const dict: Readonly<Record<string, string>> = { ...sharedMessages[lang], ...messages[lang] };
  const fallback: Readonly<Record<string, string>> = { ...sharedMessages.zh, ...messages.zh };
  return (key, params) => format(dict[key] ?? fallback[key] ?? key, params);
}

/** Translator of the shared messages in Chinese, usable outside React (default messages, tests). */
export const tZh: Translate = createTranslator('zh');

export function readStoredLanguage(): Language {
  try {
    const v = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return v === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

/** The translator of the language the user chose, for code outside React (e.g. the API client's messages). */
export function currentTranslator(): Translate {
  return createTranslator(readStoredLanguage());
}

type LanguageContextValue = { lang: Language; setLang: (lang: Language) => void };

const LanguageContext = createContext<LanguageContextValue>({ lang: 'zh', setLang: () => undefined });

export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Language }) {
  const [lang, setLangState] = useState<Language>(() => initial ?? readStoredLanguage());
  const setLang = useCallback((next: Language) => {
    setLangState(next);
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
    } catch {
      /* storage unavailable: keep it for this session only */
    }
    document.documentElement.lang = next === 'en' ? 'en' : 'zh-CN';
  }, []);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return createElement(LanguageContext.Provider, { value }, children);
}

/**
 * The current language, its setter and a translator over the shared messages plus `messages`
 * (a feature passes its own dictionary; each feature's i18n.ts wraps this as use<Feature>I18n).
 */
export function useI18n<K extends string = never>(messages?: Messages<K>): LanguageContextValue & { t: Translate<K> } {
  const { lang, setLang } = useContext(LanguageContext);
  const t = useMemo(
    () => (messages ? createTranslator(lang, messages) : createTranslator(lang)) as Translate<K>,
    [lang, messages],
  );
  return { lang, setLang, t };
}
