// Hash routes <-> route objects. Parsing is total: any string gives a route (unknown ones give
// `notFound`), never an exception, because the URL is user input. Views parse their own query
// parameters (with defaults for bad values); this module only owns the path and the shared `lang`.
import { DEMOS, type DemoId, type Lang } from '../content/vocab.ts';

export type Route =
  | { name: 'home' }
  | { name: 'taxonomy'; nodeId?: string }
  | { name: 'method'; id: string }
  | { name: 'search' }
  | { name: 'timeline' }
  | { name: 'formulas'; id?: string }
  | { name: 'demos'; demo?: DemoId }
  | { name: 'datasets'; id?: string }
  | { name: 'tables'; id?: string }
  | { name: 'applications' }
  | { name: 'open-problems' }
  | { name: 'present'; deckId?: string; slide?: number }
  | { name: 'notFound'; path: string };

export type RouteName = Route['name'];

/** A parsed location: the route, its query parameters, and the language asked for in the URL. */
export interface Location {
  route: Route;
  params: URLSearchParams;
  lang: Lang | null;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_HASH = 4000; // longer hashes are hostile or broken; treat the tail as absent

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a malformed %-escape is shown as typed, not thrown
  }
}

const isId = (s: string | undefined): s is string => s !== undefined && ID.test(s);

/** Parses the path part ("/method/dpo") into a route. */
export function parsePath(path: string): Route {
  const segments = path.split('/').filter((s) => s !== '').map(decode);
  const [head, a, b, ...rest] = segments;
  const notFound: Route = { name: 'notFound', path: '/' + segments.join('/') };

  switch (head) {
    case undefined:
      return { name: 'home' };
    case 'taxonomy':
      if (a === undefined) return { name: 'taxonomy' };
      return isId(a) && b === undefined ? { name: 'taxonomy', nodeId: a } : notFound;
    case 'method':
      return isId(a) && b === undefined ? { name: 'method', id: a } : notFound;
    case 'search':
      return a === undefined ? { name: 'search' } : notFound;
    case 'timeline':
      return a === undefined ? { name: 'timeline' } : notFound;
    case 'formulas':
      if (a === undefined) return { name: 'formulas' };
      return isId(a) && b === undefined ? { name: 'formulas', id: a } : notFound;
    case 'demos':
      if (a === undefined) return { name: 'demos' };
      return (DEMOS as readonly string[]).includes(a) && b === undefined ? { name: 'demos', demo: a as DemoId } : notFound;
    case 'datasets':
      if (a === undefined) return { name: 'datasets' };
      return isId(a) && b === undefined ? { name: 'datasets', id: a } : notFound;
    case 'tables':
      if (a === undefined) return { name: 'tables' };
      return isId(a) && b === undefined ? { name: 'tables', id: a } : notFound;
    case 'applications':
      return a === undefined ? { name: 'applications' } : notFound;
    case 'open-problems':
      return a === undefined ? { name: 'open-problems' } : notFound;
    case 'present': {
      if (a === undefined) return { name: 'present' };
      if (!isId(a) || rest.length > 0) return notFound;
      if (b === undefined) return { name: 'present', deckId: a, slide: 1 };
      // Slides are 1-based in the URL, as a presenter counts them; a bad number falls back to 1.
      const n = /^\d{1,4}$/.test(b) ? Number(b) : NaN;
      return { name: 'present', deckId: a, slide: Number.isFinite(n) && n >= 1 ? n : 1 };
    }
    default:
      return notFound;
  }
}

/** Parses a full hash ("#/method/dpo?lang=zh"). Never throws. */
export function parseHash(hash: string): Location {
  let h = hash.slice(0, MAX_HASH);
  if (h.startsWith('#')) h = h.slice(1);
  const q = h.indexOf('?');
  const path = q === -1 ? h : h.slice(0, q);
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(q === -1 ? '' : h.slice(q + 1));
  } catch {
    params = new URLSearchParams();
  }
  const langParam = params.get('lang');
  const lang: Lang | null = langParam === 'en' || langParam === 'zh' ? langParam : null;
  return { route: parsePath(path), params, lang };
}

/** The path of a route, without query. Inverse of parsePath for every route but notFound. */
export function pathOf(route: Route): string {
  switch (route.name) {
    case 'home':
      return '/';
    case 'taxonomy':
      return route.nodeId ? `/taxonomy/${route.nodeId}` : '/taxonomy';
    case 'method':
      return `/method/${route.id}`;
    case 'formulas':
      return route.id ? `/formulas/${route.id}` : '/formulas';
    case 'demos':
      return route.demo ? `/demos/${route.demo}` : '/demos';
    case 'datasets':
      return route.id ? `/datasets/${route.id}` : '/datasets';
    case 'tables':
      return route.id ? `/tables/${route.id}` : '/tables';
    case 'present':
      return route.deckId ? `/present/${route.deckId}/${route.slide ?? 1}` : '/present';
    case 'notFound':
      return route.path;
    default:
      return `/${route.name}`;
  }
}

/** Builds a hash ("#/timeline?from=2020") from a route and query parameters; empty values are dropped. */
export function hashOf(route: Route, params?: URLSearchParams | Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  if (params instanceof URLSearchParams) {
    params.forEach((v, k) => v !== '' && search.append(k, v));
  } else if (params) {
    for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') search.set(k, String(v));
  }
  const qs = search.toString();
  return '#' + pathOf(route) + (qs ? `?${qs}` : '');
}

/**
 * The content record a route points at, if any: used by the validator (a deck slide must point at
 * something that exists) and by the app (an unknown id shows a helpful page, not a crash).
 */
export function routeTarget(route: Route): { type: 'node' | 'method' | 'formula' | 'dataset' | 'table' | 'deck'; id: string } | null {
  switch (route.name) {
    case 'taxonomy':
      return route.nodeId ? { type: 'node', id: route.nodeId } : null;
    case 'method':
      return { type: 'method', id: route.id };
    case 'formulas':
      return route.id ? { type: 'formula', id: route.id } : null;
    case 'datasets':
      return route.id ? { type: 'dataset', id: route.id } : null;
    case 'tables':
      return route.id ? { type: 'table', id: route.id } : null;
    case 'present':
      return route.deckId ? { type: 'deck', id: route.deckId } : null;
    default:
      return null;
  }
}
