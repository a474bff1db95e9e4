// Preferences that outlive a visit (language, theme) and UI state that is not worth a URL.
// Preferences are persisted to localStorage and validated on load: anything corrupt, foreign or from
// an older version resets to defaults instead of crashing the app.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Lang } from '../content/vocab';

export type ThemeChoice = 'system' | 'light' | 'dark' | 'projector';

export interface Prefs {
  lang: Lang;
  theme: ThemeChoice;
  setLang(lang: Lang): void;
  setTheme(theme: ThemeChoice): void;
}

export const PREFS_KEY = 'polm-explorer:prefs';
export const PREFS_VERSION = 1;

function defaultLang(): Lang {
  const nav = typeof navigator !== 'undefined' ? navigator.language : 'en';
  return /^zh\b/i.test(nav) ? 'zh' : 'en';
}

export const defaultPrefs = (): Pick<Prefs, 'lang' | 'theme'> => ({ lang: defaultLang(), theme: 'system' });

/** Keeps only well-formed values of a stored object; everything else falls back to the default. */
export function sanitizePrefs(stored: unknown): Pick<Prefs, 'lang' | 'theme'> {
  const d = defaultPrefs();
  if (!stored || typeof stored !== 'object') return d;
  const s = stored as Record<string, unknown>;
  return {
    lang: s.lang === 'en' || s.lang === 'zh' ? s.lang : d.lang,
    theme: s.theme === 'light' || s.theme === 'dark' || s.theme === 'projector' || s.theme === 'system' ? s.theme : d.theme,
  };
}

// localStorage can throw (privacy modes, quota, disabled storage): treat it as absent.
const safeStorage = createJSONStorage(() => ({
  getItem: (k: string) => {
    try {
      return localStorage.getItem(k);
    } catch {
      return null;
    }
  },
  setItem: (k: string, v: string) => {
    try {
      localStorage.setItem(k, v);
    } catch {
      /* not persisted: the app still works */
    }
  },
  removeItem: (k: string) => {
    try {
      localStorage.removeItem(k);
    } catch {
      /* ignore */
    }
  },
}));

export const usePrefs = create<Prefs>()(
  persist(
    (set) => ({
      ...defaultPrefs(),
      setLang: (lang) => set({ lang }),
      setTheme: (theme) => set({ theme }),
    }),
    {
      name: PREFS_KEY,
      version: PREFS_VERSION,
      storage: safeStorage,
      partialize: (s) => ({ lang: s.lang, theme: s.theme }),
      // Older versions and anything unparseable become defaults.
      migrate: (persisted) => sanitizePrefs(persisted),
      merge: (persisted, current) => ({ ...current, ...sanitizePrefs(persisted) }),
    },
  ),
);
