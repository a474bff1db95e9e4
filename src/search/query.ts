// The search query language: free text plus filters, e.g. `dpo year:2024 in:alignment kind:method`.
// Parsing is total: an unknown or malformed filter is kept as plain text and reported in `notes`, so
// a query never fails and the page can say what it ignored.

export interface YearRange {
  from: number | null;
  to: number | null;
}

export interface ParsedQuery {
  /** The free text, filters removed. */
  text: string;
  years: YearRange | null;
  /** Taxonomy node ids or paradigm names (`in:`), any of which must contain the result. */
  within: string[];
  kinds: string[];
  types: string[];
  /** Filters that were not understood, as typed. */
  notes: string[];
}

const FILTER = /(^|\s)(year|in|kind|type):(\S*)/gi;
const MIN_YEAR = 1950;
const MAX_YEAR = 2030;

const clamp = (n: number) => Math.min(MAX_YEAR, Math.max(MIN_YEAR, n));

function parseYears(v: string): YearRange | null {
  let m = /^(\d{4})$/.exec(v);
  if (m) return { from: clamp(+m[1]), to: clamp(+m[1]) };
  m = /^(\d{4})?(?:-|\.\.)(\d{4})?$/.exec(v);
  if (m && (m[1] || m[2])) {
    const from = m[1] ? clamp(+m[1]) : null;
    const to = m[2] ? clamp(+m[2]) : null;
    return from !== null && to !== null && from > to ? { from: to, to: from } : { from, to };
  }
  m = /^(>=|<=|>|<)(\d{4})$/.exec(v);
  if (m) {
    const y = +m[2];
    if (m[1] === '>=') return { from: clamp(y), to: null };
    if (m[1] === '>') return { from: clamp(y + 1), to: null };
    if (m[1] === '<=') return { from: null, to: clamp(y) };
    return { from: null, to: clamp(y - 1) };
  }
  return null;
}

const list = (v: string) => v.toLowerCase().split(',').map((s) => s.trim()).filter(Boolean);

export function parseQuery(input: string): ParsedQuery {
  const q: ParsedQuery = { text: '', years: null, within: [], kinds: [], types: [], notes: [] };
  const text = input.replace(FILTER, (whole, lead: string, key: string, value: string) => {
    const k = key.toLowerCase();
    if (k === 'year') {
      const y = parseYears(value);
      if (!y) {
        q.notes.push(whole.trim());
        return lead;
      }
      q.years = y;
    } else if (!value) {
      q.notes.push(whole.trim());
    } else if (k === 'in') q.within.push(...list(value));
    else if (k === 'kind') q.kinds.push(...list(value));
    else q.types.push(...list(value));
    return lead;
  });
  q.text = text.replace(/\s+/g, ' ').trim();
  return q;
}

/** Writes a parsed query back as text (the inverse of parseQuery for well-formed queries). */
export function formatQuery(q: Omit<ParsedQuery, 'notes'>): string {
  const parts = [q.text];
  if (q.years) {
    const { from, to } = q.years;
    parts.push(from !== null && from === to ? `year:${from}` : `year:${from ?? ''}-${to ?? ''}`);
  }
  if (q.within.length) parts.push(`in:${q.within.join(',')}`);
  if (q.kinds.length) parts.push(`kind:${q.kinds.join(',')}`);
  if (q.types.length) parts.push(`type:${q.types.join(',')}`);
  return parts.filter(Boolean).join(' ');
}
