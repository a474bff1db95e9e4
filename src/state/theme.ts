// The theme in effect: a deck on screen is in the projector theme (big type, maximum contrast) and its
// handout prints light; otherwise the reader's choice, or the OS's light/dark until they choose.
// The app writes it to <html data-theme>; views that measure text (the timeline) read it here.
import { useSyncExternalStore } from 'react';
import { useLocationValue } from './location';
import { usePrefs } from './store';

export type ResolvedTheme = 'light' | 'dark' | 'projector';

// One MediaQueryList for the page: matchMedia() builds a new one per call, and the snapshot is read
// on every render.
let darkQueryList: MediaQueryList | null = null;
const darkQuery = () => (darkQueryList ??= window.matchMedia('(prefers-color-scheme: dark)'));
function usePrefersDark(): boolean {
  return useSyncExternalStore(
    (cb) => {
      const mq = darkQuery();
      mq.addEventListener('change', cb);
      return () => mq.removeEventListener('change', cb);
    },
    () => darkQuery().matches,
    () => false,
  );
}

export function useResolvedTheme(): ResolvedTheme {
  const presenting = useLocationValue((l) => l.route.name === 'present' && l.route.deckId !== undefined);
  const printing = useLocationValue((l) => l.params.has('print'));
  const theme = usePrefs((s) => s.theme);
  const prefersDark = usePrefersDark();
  if (presenting) return printing ? 'light' : 'projector';
  return theme === 'system' ? (prefersDark ? 'dark' : 'light') : theme;
}
