// The one search of the page, started on first use (the search field gains focus, or a visit to
// #/search) so that neither MiniSearch nor the content parts weigh on the first route. The page
// builds the documents; a worker indexes and queries them (see searchWorker.ts), and results come
// back as promises. Where workers are unavailable the same engine runs on the main thread.
import { use, useEffect, useState } from 'react';
import { loadParts } from '../content/survey';
import { buildDocuments, type SearchDoc } from './documents.ts';
import type { FacetSelection, SearchResult } from './engine.ts';
import { fromWire, type FromWorker, type ToWorker } from './protocol.ts';

export interface SearchClient {
  readonly docs: readonly SearchDoc[];
  search(input: string, selection?: FacetSelection): Promise<SearchResult>;
}

let pending: Promise<SearchClient> | null = null;
let ready: SearchClient | null = null;

function workerClient(docs: SearchDoc[]): Promise<SearchClient> {
  const worker = new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module' });
  // A worker's postMessage has no target origin (that is window.postMessage's); the lint rule
  // cannot tell the two apart.
  // eslint-disable-next-line unicorn/require-post-message-target-origin
  const send = (msg: ToWorker) => worker.postMessage(msg);
  const waiting = new Map<number, { resolve: (r: SearchResult) => void; reject: (e: Error) => void }>();
  let next = 0;
  return new Promise((resolveReady, rejectReady) => {
    worker.addEventListener('message', (e: MessageEvent<FromWorker>) => {
      const msg = e.data;
      if (msg.type === 'ready') {
        resolveReady({
          docs,
          search(input, selection = {}) {
            const id = ++next;
            return new Promise((resolve, reject) => {
              waiting.set(id, { resolve, reject });
              send({ type: 'search', id, input, selection });
            });
          },
        });
      } else if (msg.type === 'result') {
        waiting.get(msg.id)?.resolve(fromWire(msg.result, docs));
        waiting.delete(msg.id);
      } else if (msg.id !== undefined) {
        waiting.get(msg.id)?.reject(new Error(msg.message));
        waiting.delete(msg.id);
      } else {
        rejectReady(new Error(msg.message));
      }
    });
    worker.addEventListener('error', (e) => rejectReady(new Error(e.message || 'search worker failed to start')));
    send({ type: 'init', docs });
  });
}

async function mainThreadClient(docs: SearchDoc[]): Promise<SearchClient> {
  const { createSearchEngine } = await import('./engine.ts');
  const engine = createSearchEngine(docs);
  return { docs, search: async (input, selection) => engine.search(input, selection) };
}

export function loadSearch(): Promise<SearchClient> {
  if (!pending) {
    pending = loadParts(['nodes', 'methods', 'formulas', 'datasets', 'tables'])
      .then((parts) => {
        const docs = buildDocuments({ nodes: parts.nodes.list, methods: parts.methods.list, formulas: parts.formulas.list, datasets: parts.datasets.list, tables: parts.tables.list });
        return typeof Worker === 'undefined' ? mainThreadClient(docs) : workerClient(docs);
      })
      .then((client) => (ready = client));
    // A failed load (offline before the data was cached) is retried on the next use.
    pending.catch(() => (pending = null));
  }
  return pending;
}

/** The client if already loaded (no waiting). */
export const searchNow = (): SearchClient | null => ready;

/** Suspends until the search is ready. */
export function useSearchClient(): SearchClient {
  return use(loadSearch());
}

/**
 * The result of one query, kept until the next one arrives (no flicker while typing); null before
 * the first. `key` identifies the query so a late answer to an older one is never shown.
 */
export function useSearchResult(client: SearchClient | null, input: string, selection: FacetSelection = {}): { result: SearchResult | null; input: string | null; failed: boolean } {
  const [state, setState] = useState<{ result: SearchResult | null; input: string | null; failed: boolean }>({ result: null, input: null, failed: false });
  // The query and the selection as one value, so a new array with the same filters is not a new query.
  const key = JSON.stringify([input, selection]);
  useEffect(() => {
    if (!client) return;
    const [asked, chosen] = JSON.parse(key) as [string, FacetSelection];
    let live = true;
    client.search(asked, chosen).then(
      (result) => live && setState({ result, input: asked, failed: false }),
      () => live && setState((s) => ({ ...s, failed: true })),
    );
    return () => {
      live = false;
    };
  }, [client, key]);
  return state;
}
