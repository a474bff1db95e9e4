// The reader's own deck ("Present this" on any view), kept in localStorage and validated on load:
// anything malformed is dropped, never trusted, since it becomes URLs the app navigates to.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { parseHash } from './url';

export interface MySlide {
  view: string;
  title: string;
}

interface MyDeckState {
  slides: MySlide[];
  add(slide: MySlide): void;
  move(index: number, by: -1 | 1): void;
  remove(index: number): void;
  replace(slides: MySlide[]): void;
}

export const MY_DECK_ID = 'my-deck';
const MAX_SLIDES = 200;

/** A slide view must be an app route (not a not-found page) without the language parameter. */
export function cleanView(view: unknown): string | null {
  if (typeof view !== 'string' || !view.startsWith('#/') || view.length > 2000) return null;
  const loc = parseHash(view);
  if (loc.route.name === 'notFound' || loc.route.name === 'present') return null;
  const q = view.indexOf('?');
  if (q === -1) return view;
  const params = new URLSearchParams(view.slice(q + 1));
  params.delete('lang');
  const qs = params.toString();
  return view.slice(0, q) + (qs ? `?${qs}` : '');
}

export function sanitizeSlides(stored: unknown): MySlide[] {
  if (!Array.isArray(stored)) return [];
  const out: MySlide[] = [];
  for (const s of stored.slice(0, MAX_SLIDES)) {
    const view = cleanView((s as MySlide | null)?.view);
    if (!view) continue;
    const title = typeof (s as MySlide).title === 'string' ? (s as MySlide).title.slice(0, 200) : '';
    out.push({ view, title });
  }
  return out;
}

const storage = createJSONStorage(() => ({
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
      /* not kept: the deck lasts for this visit */
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

export const useMyDeck = create<MyDeckState>()(
  persist(
    (set) => ({
      slides: [],
      add: (slide) => set((s) => ({ slides: sanitizeSlides([...s.slides, slide]) })),
      move: (index, by) =>
        set((s) => {
          const j = index + by;
          if (index < 0 || j < 0 || index >= s.slides.length || j >= s.slides.length) return s;
          const slides = [...s.slides];
          [slides[index], slides[j]] = [slides[j], slides[index]];
          return { slides };
        }),
      remove: (index) => set((s) => ({ slides: s.slides.filter((_, i) => i !== index) })),
      replace: (slides) => set({ slides: sanitizeSlides(slides) }),
    }),
    {
      name: 'polm-explorer:my-deck',
      version: 1,
      storage,
      partialize: (s) => ({ slides: s.slides }),
      migrate: (persisted) => ({ slides: sanitizeSlides((persisted as { slides?: unknown } | null)?.slides) }),
      merge: (persisted, current) => ({ ...current, slides: sanitizeSlides((persisted as { slides?: unknown } | null)?.slides) }),
    },
  ),
);
