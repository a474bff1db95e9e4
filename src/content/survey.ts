// Browser side of the content: fetch the parts of the resolved document a view needs, once, and
// index them by id. Views call `useSurvey('methods', 'nodes')` and suspend until those parts arrive.
import { use } from 'react';
import { partPath, type Part, type PartData } from './parts';

export interface Indexed<T extends { id: string }> {
  list: readonly T[];
  byId: ReadonlyMap<string, T>;
}

type ListPart = Exclude<Part, 'meta'>;
export type Loaded = { meta: PartData['meta'] } & { [P in ListPart]: Indexed<PartData[P][number]> };

const partPromises = new Map<Part, Promise<unknown>>();
const comboPromises = new Map<string, Promise<Partial<Loaded>>>();

/** Thrown (and shown by the error boundary) when the data cannot be fetched or is not ours. */
export class DataLoadError extends Error {
  constructor(
    readonly part: Part,
    readonly reason: string,
  ) {
    super(`Could not load the survey data (${part}): ${reason}`);
    this.name = 'DataLoadError';
  }
}

function indexList<T extends { id: string }>(list: readonly T[]): Indexed<T> {
  return { list, byId: new Map(list.map((x) => [x.id, x])) };
}

async function fetchPart(part: Part): Promise<unknown> {
  let res: Response;
  try {
    // Relative to the page, so the app works under any base path of any static host.
    res = await fetch(new URL(partPath(part), document.baseURI));
  } catch (e) {
    throw new DataLoadError(part, e instanceof Error ? e.message : 'network error');
  }
  if (!res.ok) throw new DataLoadError(part, `HTTP ${res.status}`);
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new DataLoadError(part, 'the file is not valid JSON');
  }
  if (part === 'meta') return json;
  if (!Array.isArray(json)) throw new DataLoadError(part, 'unexpected shape');
  return indexList(json as { id: string }[]);
}

export function loadPart<P extends Part>(part: P): Promise<Loaded[P]> {
  let p = partPromises.get(part);
  if (!p) {
    p = fetchPart(part);
    // A failed fetch is not cached for ever: the next render (e.g. after "Try again") refetches.
    p.catch(() => partPromises.delete(part));
    partPromises.set(part, p);
  }
  return p as Promise<Loaded[P]>;
}

export function loadParts<P extends Part>(parts: readonly P[]): Promise<Pick<Loaded, P>> {
  const key = [...parts].sort().join(',');
  let p = comboPromises.get(key);
  if (!p) {
    p = Promise.all(parts.map((part) => loadPart(part))).then((values) =>
      Object.fromEntries(parts.map((part, i) => [part, values[i]])),
    ) as Promise<Partial<Loaded>>;
    p.catch(() => comboPromises.delete(key));
    comboPromises.set(key, p);
  }
  return p as Promise<Pick<Loaded, P>>;
}

/** Suspends until the named parts are loaded (React 19 `use`). */
export function useSurvey<P extends Part>(...parts: P[]): Pick<Loaded, P> {
  return use(loadParts(parts));
}

/** Starts fetching parts without waiting (e.g. on hover over a nav link). */
export function prefetch(...parts: Part[]): void {
  for (const p of parts) void loadPart(p).catch(() => undefined);
}
