// The datasets table's state, pure: which rows pass the URL's text filter and facets, the facet
// counts (each facet counted over the rows the other facets leave), and the sort.
import type { ResolvedDataset } from '../../content/schema.ts';
import { sortRows, type Cell, type SortDir } from '../../ui/table/sortRows.ts';

export const FACETS = ['category', 'construction', 'stage', 'lang', 'task'] as const;
export type Facet = (typeof FACETS)[number];
export const SORT_KEYS = ['name', 'category', 'size', 'languages', 'task', 'stages', 'origin', 'release', 'year'] as const;

export interface DatasetQuery {
  q: string;
  facets: Record<Facet, string[]>;
  sort: { key: string; dir: SortDir };
}

const valuesOf = (d: ResolvedDataset, f: Facet): readonly string[] => {
  switch (f) {
    case 'category':
      return [d.category];
    case 'construction':
      return d.construction;
    case 'stage':
      return d.stages;
    case 'lang':
      return d.languages;
    case 'task':
      return d.task ? [d.task] : [];
  }
};

export function parseDatasetQuery(p: URLSearchParams): DatasetQuery {
  const list = (k: string) => (p.get(k) ?? '').split(',').filter(Boolean);
  const key = p.get('sort');
  return {
    q: (p.get('q') ?? '').trim(),
    facets: Object.fromEntries(FACETS.map((f) => [f, list(f)])) as Record<Facet, string[]>,
    sort: { key: key && (SORT_KEYS as readonly string[]).includes(key) ? key : 'name', dir: p.get('dir') === 'desc' ? 'desc' : 'asc' },
  };
}

function matchesText(d: ResolvedDataset, q: string): boolean {
  if (!q) return true;
  const needle = q.toLocaleLowerCase();
  return [d.name, ...d.aliases, d.origin ?? '', d.summary.en, d.summary.zh].some((s) => s.toLocaleLowerCase().includes(needle));
}

const passes = (d: ResolvedDataset, query: DatasetQuery, skip?: Facet) =>
  matchesText(d, query.q) && FACETS.every((f) => f === skip || query.facets[f].length === 0 || valuesOf(d, f).some((v) => query.facets[f].includes(v)));

export function sortValue(d: ResolvedDataset, key: string): Cell {
  switch (key) {
    case 'size':
      return d.size?.value ?? null;
    case 'languages':
      return d.languages.join(', ');
    case 'stages':
      return d.stages.join(', ');
    case 'release':
      return d.release ?? (d.year !== null ? String(d.year) : null);
    case 'year':
      return d.year;
    case 'task':
      return d.task ?? null;
    case 'origin':
      return d.origin ?? null;
    case 'category':
      return d.category;
    default:
      return d.name;
  }
}

export function applyDatasetQuery(all: readonly ResolvedDataset[], query: DatasetQuery) {
  const rows = sortRows(
    all.filter((d) => passes(d, query)),
    (d) => sortValue(d, query.sort.key),
    query.sort.dir,
  );
  const counts = Object.fromEntries(
    FACETS.map((f) => {
      const m = new Map<string, number>();
      for (const d of all) if (passes(d, query, f)) for (const v of new Set(valuesOf(d, f))) m.set(v, (m.get(v) ?? 0) + 1);
      return [f, [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))];
    }),
  ) as Record<Facet, [string, number][]>;
  return { rows, counts };
}
