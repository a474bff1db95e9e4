// The current location as React state. The hash is the source of truth; this module only mirrors it
// (useSyncExternalStore on `hashchange`) and offers navigate(), which writes it. Parameter changes
// (sliders, filters) show at once and reach the address bar within PARAM_WRITE_MS: writing history on
// every slider step costs more than the demo's own update.
import { createContext, useContext, useSyncExternalStore } from 'react';
import { parseHash, type Location } from './url';

let cachedHash: string | null = null;
/** A parameter change already shown but not yet written to the address bar. */
let pendingHash: string | null = null;
let pendingTimer: ReturnType<typeof setTimeout> | undefined;
const PARAM_WRITE_MS = 100;
const PENDING_EVENT = 'polm:location';

/** The hash the app shows: the address bar's, or a parameter change on its way there. */
export function currentHash(): string {
  return pendingHash ?? window.location.hash;
}

/** Writes a pending parameter change to the address bar now (before a push, or when the page hides). */
function flushPending(): void {
  clearTimeout(pendingTimer);
  pendingTimer = undefined;
  if (pendingHash === null) return;
  const hash = pendingHash;
  pendingHash = null;
  if (hash !== window.location.hash) history.replaceState(history.state, '', hash);
}

if (typeof window !== 'undefined') {
  // Back, Forward or a typed URL supersede a change that has not been written yet.
  window.addEventListener('hashchange', () => {
    clearTimeout(pendingTimer);
    pendingHash = null;
  });
  window.addEventListener('pagehide', flushPending);
}
let cachedLocation: Location | null = null;

function snapshot(): Location {
  const hash = currentHash();
  if (hash !== cachedHash || !cachedLocation) {
    cachedHash = hash;
    const next = parseHash(hash);
    // A query-only change (a slider, a filter) keeps the same route object, so components that
    // select the route do not re-render while a demo parameter moves.
    if (cachedLocation && JSON.stringify(cachedLocation.route) === JSON.stringify(next.route)) next.route = cachedLocation.route;
    cachedLocation = next;
  }
  return cachedLocation;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  window.addEventListener(PENDING_EVENT, onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener(PENDING_EVENT, onChange);
  };
}

const serverSnapshot = () => parseHash('');

/**
 * A view rendered inside another (a lecture slide shows a live view) gets its own location from this
 * context instead of the page's hash.
 */
export const LocationOverride = createContext<Location | null>(null);

export function useLocation(): Location {
  return useLocationValue((l) => l);
}

/**
 * One value derived from the location; the component re-renders only when that value changes
 * (compared with Object.is, so select a primitive or the route). The banner, links and every
 * translated string use this, so moving a slider re-renders the demo, not the whole page.
 */
export function useLocationValue<T>(select: (l: Location) => T): T {
  const global = useSyncExternalStore(subscribe, () => select(snapshot()), () => select(serverSnapshot()));
  const override = useContext(LocationOverride);
  return override ? select(override) : global;
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
  flushPending(); // so that Back returns to the state last shown
  const target = hash.startsWith('#') ? hash : `#${hash}`;
  if (target === window.location.hash) return;
  if (replace) {
    history.replaceState(history.state, '', target);
    // replaceState does not fire hashchange; tell subscribers ourselves.
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = target;
    // The browser fires hashchange a task later; the page follows at once (a checkbox that writes
    // the URL shows its new state in the same event), and the later event finds nothing changed.
    window.dispatchEvent(new Event(PENDING_EVENT));
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
  const hash = currentHash() || '#/';
  const q = hash.indexOf('?');
  const path = q === -1 ? hash : hash.slice(0, q);
  const params = new URLSearchParams(q === -1 ? '' : hash.slice(q + 1));
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === undefined || v === '') params.delete(k);
    else params.set(k, String(v));
  }
  const qs = params.toString();
  const target = path + (qs ? `?${qs}` : '');
  if (opts?.replace === false) return navigate(target);
  if (target === currentHash()) return;
  pendingHash = target;
  pendingTimer ??= setTimeout(flushPending, PARAM_WRITE_MS);
  window.dispatchEvent(new Event(PENDING_EVENT));
}
