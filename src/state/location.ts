// The current location as React state. The hash is the source of truth; this module only mirrors it
// (useSyncExternalStore on `hashchange`) and offers navigate(), which writes it.
import { useSyncExternalStore } from 'react';
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

export function useLocation(): Location {
  return useSyncExternalStore(subscribe, snapshot, serverSnapshot);
}

/** Current location outside React (event handlers). */
export function currentLocation(): Location {
  return snapshot();
}

/**
 * Goes to a hash. `replace` keeps history clean for state that changes continuously (sliders,
 * filters typed letter by letter); page changes push so Back works.
 */
export function navigate(hash: string, { replace = false }: { replace?: boolean } = {}): void {
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

/** Sets or clears query parameters of the current route, keeping the rest (including `lang`). */
export function updateParams(changes: Record<string, string | number | null | undefined>, opts?: { replace?: boolean }): void {
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
