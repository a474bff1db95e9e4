// The one search engine of the page, built on first use (first keystroke in the search field or a
// visit to #/search) so that neither MiniSearch nor the content parts weigh on the first route.
// Building it over the whole survey takes a few milliseconds, so it runs on the main thread.
import { use } from 'react';
import { loadParts } from '../content/survey';
import type { SearchEngine } from './engine.ts';

let pending: Promise<SearchEngine> | null = null;
let ready: SearchEngine | null = null;

export function loadSearchEngine(): Promise<SearchEngine> {
  if (!pending) {
    pending = Promise.all([import('./engine.ts'), import('./documents.ts'), loadParts(['nodes', 'methods', 'formulas', 'datasets', 'tables'])]).then(
      ([{ createSearchEngine }, { buildDocuments }, parts]) => {
        ready = createSearchEngine(
          buildDocuments({ nodes: parts.nodes.list, methods: parts.methods.list, formulas: parts.formulas.list, datasets: parts.datasets.list, tables: parts.tables.list }),
        );
        return ready;
      },
    );
    // A failed load (offline before the data was cached) is retried on the next use.
    pending.catch(() => (pending = null));
  }
  return pending;
}

/** The engine if already built (no waiting), for keystroke handlers. */
export const searchEngineNow = (): SearchEngine | null => ready;

/** Suspends until the engine is built. */
export function useSearchEngine(): SearchEngine {
  return use(loadSearchEngine());
}
