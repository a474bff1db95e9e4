// The search engine: MiniSearch (a well-kept full-text library) for ranked, typo-tolerant text
// matching over names and both languages' summaries, plus name tiers of our own so that what a
// researcher types as a name always comes first: exact name or alias, then name prefix, then a name
// one typo away, then everything else by text relevance. Filters and facet counts sit on top.
// Pure: no DOM, so it runs in tests, the bench and (if ever needed) a worker.
import MiniSearch from 'minisearch';
import { DOC_TYPES, type DocType, type SearchDoc } from './documents.ts';
import { editDistance, foldName, tokenize, tokenizeName } from './normalize.ts';
import { parseQuery, type ParsedQuery, type YearRange } from './query.ts';

/** 0 exact name/alias, 1 name prefix, 2 name within a typo, 3 text match, 4 filter-only listing. */
export type Tier = 0 | 1 | 2 | 3 | 4;

export interface Hit {
  doc: SearchDoc;
  tier: Tier;
  score: number;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface Facets {
  root: FacetCount[];
  kind: FacetCount[];
  type: FacetCount[];
  year: FacetCount[];
}

/** Facet selections made outside the query text (the results page's checkboxes). */
export interface FacetSelection {
  roots?: readonly string[];
  kinds?: readonly string[];
  types?: readonly string[];
  years?: YearRange | null;
}

export interface SearchResult {
  query: ParsedQuery;
  hits: Hit[];
  facets: Facets;
  /** Terms to highlight in names and summaries. */
  terms: string[];
}

export interface SearchEngine {
  readonly docs: readonly SearchDoc[];
  search(input: string, selection?: FacetSelection): SearchResult;
}

const TYPE_RANK: Record<DocType, number> = Object.fromEntries(DOC_TYPES.map((t, i) => [t, i])) as Record<DocType, number>;

// Words that carry no meaning in a question such as "reference-free methods from 2024".
const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'or', 'to', 'in', 'for', 'from', 'with', 'on', 'by', 'is', 'are', 'that', 'its', 'it', 'as', 'at', 'be', 'this', 'which', 'what', 'how']);
const processTerm = (t: string) => (STOP.has(t) ? null : t);

interface Indexed {
  key: string;
  names: string;
  summaryEn: string;
  summaryZh: string;
}

const bump = (m: Map<string, number>, v: string) => m.set(v, (m.get(v) ?? 0) + 1);

/** Facet values by count (or by value, for years). */
const sorted = (m: Map<string, number>, byValue = false): FacetCount[] =>
  [...m].map(([value, count]) => ({ value, count })).sort((a, b) => (byValue ? a.value.localeCompare(b.value) : b.count - a.count || a.value.localeCompare(b.value)));

/** How many edits a name of this length may be from the query and still count as a typo of it. */
const typoBudget = (len: number) => (len < 3 ? 0 : len <= 7 ? 1 : 2);

export function createSearchEngine(docs: readonly SearchDoc[]): SearchEngine {
  const byKey = new Map(docs.map((d) => [d.key, d]));
  const folded = docs.map((d) => [...new Set(d.names.map(foldName).filter(Boolean))]);

  const mini = new MiniSearch<Indexed>({
    idField: 'key',
    fields: ['names', 'summaryEn', 'summaryZh'],
    tokenize: (text, field) => (field === 'names' ? text.split('\n').flatMap(tokenizeName) : tokenize(text)),
    processTerm,
    searchOptions: {
      boost: { names: 5, summaryEn: 1, summaryZh: 1 },
      prefix: (term) => term.length >= 2,
      // One edit for mid-length words, two for long ones; short words must match exactly (or by prefix).
      fuzzy: (term) => (term.length >= 8 ? 2 : term.length >= 4 ? 1 : false),
      tokenize,
      processTerm,
      weights: { fuzzy: 0.3, prefix: 0.6 },
    },
  });
  mini.addAll(docs.map((d) => ({ key: d.key, names: d.names.join('\n'), summaryEn: d.summary.en, summaryZh: d.summary.zh })));

  /** Best name tier of every doc for a folded query (exact < prefix < typo). */
  function nameTiers(q: string): Map<number, Tier> {
    const out = new Map<number, Tier>();
    if (!q) return out;
    const budget = typoBudget(q.length);
    for (let i = 0; i < docs.length; i++) {
      let best: Tier | null = null;
      for (const name of folded[i]) {
        if (name === q) {
          best = 0;
          break;
        }
        if (q.length >= 2 && name.startsWith(q)) best = best === null || best > 1 ? 1 : best;
        else if (budget > 0 && best === null && editDistance(name, q, budget) <= budget) best = 2;
      }
      if (best !== null) out.set(i, best);
    }
    return out;
  }

  function search(input: string, selection: FacetSelection = {}): SearchResult {
    const query = parseQuery(input);
    const years = selection.years ?? query.years;
    const roots = selection.roots ?? [];
    const kinds = [...query.kinds, ...(selection.kinds ?? [])];
    const types = [...query.types, ...(selection.types ?? [])].map((t) => t.replace(/s$/, ''));

    // Candidates by text (or everything, when only filters were given).
    const candidates = new Map<string, Hit>();
    const terms = new Set(tokenize(query.text).filter((t) => processTerm(t) !== null));
    if (query.text) {
      const tiers = nameTiers(foldName(query.text));
      for (const [i, tier] of tiers) candidates.set(docs[i].key, { doc: docs[i], tier, score: 0 });
      let found = mini.search(query.text, { combineWith: 'AND' });
      let asked = 0; // 0: AND mode, every record covers the whole query
      // A question ("reference-free preference methods") rarely has every word in one record: fall
      // back to any word, and favour records that cover more of the question over ones that repeat
      // one word in a heavily boosted field.
      if (found.length === 0) {
        found = mini.search(query.text, { combineWith: 'OR' });
        asked = new Set(tokenize(query.text).filter((t) => processTerm(t) !== null)).size || 1;
      }
      for (const r of found) {
        const doc = byKey.get(String(r.id))!;
        const score = asked ? r.score * (new Set(r.queryTerms).size / asked) ** 2 : r.score;
        const prev = candidates.get(doc.key);
        if (prev) prev.score = score;
        else candidates.set(doc.key, { doc, tier: 3, score });
        for (const t of r.terms) terms.add(t);
      }
    } else if (query.within.length || kinds.length || types.length || years || roots.length) {
      for (const doc of docs) candidates.set(doc.key, { doc, tier: 4, score: 0 });
    }

    // Filters, each a predicate so facets can count "everything but my own dimension".
    const inWithin = (d: SearchDoc) =>
      query.within.length === 0 || query.within.some((w) => d.within.includes(w) || d.roots.some((r) => r === w || r.startsWith(w)));
    const byRoot = (d: SearchDoc) => roots.length === 0 || d.roots.some((r) => roots.includes(r));
    const byKind = (d: SearchDoc) => kinds.length === 0 || (d.kind !== null && kinds.includes(d.kind));
    const byType = (d: SearchDoc) => types.length === 0 || types.includes(d.type);
    const byYear = (d: SearchDoc) =>
      !years || (d.year !== null && (years.from === null || d.year >= years.from) && (years.to === null || d.year <= years.to));
    const all = [inWithin, byRoot, byKind, byType, byYear];

    const hits: Hit[] = [];
    const counts = { root: new Map<string, number>(), kind: new Map<string, number>(), type: new Map<string, number>(), year: new Map<string, number>() };
    for (const hit of candidates.values()) {
      const d = hit.doc;
      const pass = all.map((f) => f(d));
      const passAllBut = (skip: number) => pass.every((p, i) => p || i === skip);
      if (pass.every(Boolean)) hits.push(hit);
      if (passAllBut(1)) d.roots.forEach((r) => bump(counts.root, r));
      if (passAllBut(2) && d.kind) bump(counts.kind, d.kind);
      if (passAllBut(3)) bump(counts.type, d.type);
      if (passAllBut(4) && d.year !== null) bump(counts.year, String(d.year));
    }

    hits.sort(
      (a, b) =>
        a.tier - b.tier ||
        (a.tier <= 2 ? TYPE_RANK[a.doc.type] - TYPE_RANK[b.doc.type] || a.doc.names[0].length - b.doc.names[0].length : 0) ||
        b.score - a.score ||
        TYPE_RANK[a.doc.type] - TYPE_RANK[b.doc.type] ||
        a.doc.names[0].localeCompare(b.doc.names[0]),
    );

    return {
      query,
      hits,
      facets: { root: sorted(counts.root), kind: sorted(counts.kind), type: sorted(counts.type), year: sorted(counts.year, true) },
      terms: [...terms],
    };
  }

  return { docs, search };
}
