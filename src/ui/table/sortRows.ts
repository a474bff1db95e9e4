// Sorting for the app's data tables: numbers numerically, text in natural order ("Table 9" before
// "Table 10"), missing values always last whatever the direction. Pure and stable.

export type SortDir = 'asc' | 'desc';
export type Cell = string | number | boolean | null | undefined;

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

export function compareCells(a: Cell, b: Cell): number {
  const missingA = a === null || a === undefined || a === '';
  const missingB = b === null || b === undefined || b === '';
  if (missingA || missingB) return Number(missingA) - Number(missingB);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(b) - Number(a);
  return collator.compare(String(a), String(b));
}

export function sortRows<T>(rows: readonly T[], value: (row: T) => Cell, dir: SortDir): T[] {
  const indexed = rows.map((row, i) => ({ row, i, v: value(row) }));
  indexed.sort((x, y) => {
    const missing = Number(x.v === null || x.v === undefined || x.v === '') - Number(y.v === null || y.v === undefined || y.v === '');
    if (missing !== 0) return missing; // missing last in both directions
    const c = compareCells(x.v, y.v);
    return (dir === 'asc' ? c : -c) || x.i - y.i;
  });
  return indexed.map((x) => x.row);
}

/** Reads `sort=<key>` and `dir=` from the URL, falling back to defaults for unknown keys. */
export function parseSort(params: URLSearchParams, keys: readonly string[], fallback: string): { key: string; dir: SortDir } {
  const key = params.get('sort');
  return { key: key && keys.includes(key) ? key : fallback, dir: params.get('dir') === 'desc' ? 'desc' : 'asc' };
}
