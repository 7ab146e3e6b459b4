import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { en, type MessageKey } from './en.js';
import { nb } from './nb.js';

/** The UI languages: English and Norwegian bokmål. */
export type Lang = 'en' | 'nb';

/** Every dictionary, by language. */
export const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { en, nb };

/** Fills `{name}` placeholders; a missing value is left visible so that the gap is noticed. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The translate function handed to components. */
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);
const STORAGE_KEY = 'polyphony.lang';

function initialLang(): Lang {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'nb') return saved;
  return /^(nb|no|nn)\b/.test(globalThis.navigator?.language ?? '') ? 'nb' : 'en';
}

/** Provides the language and `t` to the app; the choice is remembered in localStorage. */
export function I18nProvider({ children, lang: fixed }: { children: ReactNode; lang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(fixed ?? initialLang);
  const value = useMemo<I18n>(() => {
    const dict = DICTIONARIES[lang];
    return {
      lang,
      setLang(next) {
        globalThis.localStorage?.setItem(STORAGE_KEY, next);
        document.documentElement.lang = next;
        setLangState(next);
      },
      t: (key, values) => format(dict[key], values),
    };
  }, [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language, its setter and `t`. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
