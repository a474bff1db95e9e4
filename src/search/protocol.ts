// Messages between the page and the search worker. The worker holds the index; the page holds the
// documents (it built them), so a result crosses as document indexes, not documents.
import type { FacetSelection, Facets, SearchResult, Tier } from './engine.ts';
import type { SearchDoc } from './documents.ts';

export type ToWorker = { type: 'init'; docs: SearchDoc[] } | { type: 'search'; id: number; input: string; selection: FacetSelection };

export interface WireResult {
  query: SearchResult['query'];
  /** [document index, tier, score] per hit, in rank order. */
  hits: [number, Tier, number][];
  facets: Facets;
  terms: string[];
}

export type FromWorker = { type: 'ready' } | { type: 'result'; id: number; result: WireResult } | { type: 'error'; id?: number; message: string };

/** The worker side of a search: the engine's result with each document replaced by its index. */
export function toWire(result: SearchResult, indexOf: ReadonlyMap<string, number>): WireResult {
  return { query: result.query, hits: result.hits.map((h) => [indexOf.get(h.doc.key)!, h.tier, h.score]), facets: result.facets, terms: result.terms };
}

/** The page side: documents back in place of their indexes. */
export function fromWire(wire: WireResult, docs: readonly SearchDoc[]): SearchResult {
  return { query: wire.query, hits: wire.hits.map(([i, tier, score]) => ({ doc: docs[i], tier, score })), facets: wire.facets, terms: wire.terms };
}
