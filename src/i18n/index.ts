// Picks UI strings and content texts in the current language. The language itself lives in the
// store (preference) and the URL (`?lang=`); `useLang` resolves the two.
import type { Lang, Text } from '../content/schema';
import { en, type MessageKey } from './en';
import { zh } from './zh';
import { useLocationValue } from '../state/location';
import { usePrefs } from '../state/store';

const MESSAGES = { en, zh } as const;

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translate(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  const template = MESSAGES[lang][key] ?? en[key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** The language in effect: the URL's `?lang=` wins over the stored preference. */
export function useLang(): Lang {
  const urlLang = useLocationValue((l) => l.lang);
  const prefLang = usePrefs((s) => s.lang);
  return urlLang ?? prefLang;
}

export function useT(): Translate {
  const lang = useLang();
  return (key, vars) => translate(lang, key, vars);
}

/** Picks one language of a bilingual content text. */
export function useText(): (text: Text | undefined) => string {
  const lang = useLang();
  return (text) => (text ? text[lang] : '');
}

export type { MessageKey };

