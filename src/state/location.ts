// The current location as React state. The hash is the source of truth; this module only mirrors it
// (useSyncExternalStore on `hashchange`) and offers navigate(), which writes it.
import { createContext, useContext, useSyncExternalStore } from 'react';
import { parseHash, type Location } from './url';

let cachedHash: string | null = null;
let cachedLocation: Location | null = null;

function snapshot(): Location {
  const hash = window.location.hash;
  if (hash !== cachedHash || !cachedLocation) {
    cachedHash = hash;
    cachedLocation = parseHash(hash);
  }
  return cachedLocation;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const serverSnapshot = () => parseHash('');

/**
 * A view rendered inside another (a lecture slide shows a live view) gets its own location from this
 * context instead of the page's hash.
 */
export const LocationOverride = createContext<Location | null>(null);

export function useLocation(): Location {
  const global = useSyncExternalStore(subscribe, snapshot, serverSnapshot);
  return useContext(LocationOverride) ?? global;
}

/** Current location outside React (event handlers). */
export function currentLocation(): Location {
  return snapshot();
}

/**
 * Goes to a hash. `replace` keeps history clean for state that changes continuously (sliders,
 * filters typed letter by letter); page changes push so Back works.
 */
export function navigate(hash: string, { replace = false, outer = false }: { replace?: boolean; outer?: boolean } = {}): void {
  if (embedded && !outer) return embedded.navigate(hash);
  const target = hash.startsWith('#') ? hash : `#${hash}`;
  if (target === window.location.hash) return;
  if (replace) {
    history.replaceState(history.state, '', target);
    // replaceState does not fire hashchange; tell subscribers ourselves.
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = target;
  }
}

type ParamChanges = Record<string, string | number | null | undefined>;
interface EmbeddedNavigation {
  navigate(hash: string): void;
  updateParams(changes: ParamChanges): void;
}
let embedded: EmbeddedNavigation | null = null;

/**
 * While a lecture slide shows a live view, that view's navigation (a slider, a filter, a tree focus)
 * moves the slide's own location, not the page URL, which belongs to the presentation. The
 * presentation itself navigates with `{ outer: true }`. Returns the function that ends it.
 */
export function embedNavigation(target: EmbeddedNavigation): () => void {
  embedded = target;
  return () => {
    if (embedded === target) embedded = null;
  };
}

/** Sets or clears query parameters of the current route, keeping the rest (including `lang`). */
export function updateParams(changes: ParamChanges, opts?: { replace?: boolean }): void {
  if (embedded) return embedded.updateParams(changes);
  const hash = window.location.hash || '#/';
  const q = hash.indexOf('?');
  const path = q === -1 ? hash : hash.slice(0, q);
  const params = new URLSearchParams(q === -1 ? '' : hash.slice(q + 1));
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === undefined || v === '') params.delete(k);
    else params.set(k, String(v));
  }
  const qs = params.toString();
  navigate(path + (qs ? `?${qs}` : ''), { replace: opts?.replace ?? true });
}
