// The search index, built and queried in a worker: indexing the survey's bilingual text (Chinese is
// indexed as character pairs, tens of thousands of terms) takes about half a second, which the page's
// main thread must not spend while a reader types.
/// <reference lib="webworker" />
import { createSearchEngine, type SearchEngine } from './engine.ts';
import { toWire, type FromWorker, type ToWorker } from './protocol.ts';

declare const self: DedicatedWorkerGlobalScope;
let engine: SearchEngine | null = null;
let indexOf = new Map<string, number>();
// eslint-disable-next-line unicorn/require-post-message-target-origin -- a worker's postMessage has no target origin
const post = (m: FromWorker) => self.postMessage(m);

self.addEventListener('message', (e: MessageEvent<ToWorker>) => {
  const msg = e.data;
  try {
    if (msg.type === 'init') {
      engine = createSearchEngine(msg.docs);
      indexOf = new Map(msg.docs.map((d, i) => [d.key, i]));
      post({ type: 'ready' });
    } else if (engine) {
      post({ type: 'result', id: msg.id, result: toWire(engine.search(msg.input, msg.selection), indexOf) });
    } else {
      post({ type: 'error', id: msg.id, message: 'search index not built' });
    }
  } catch (err) {
    post({ type: 'error', id: msg.type === 'search' ? msg.id : undefined, message: err instanceof Error ? err.message : String(err) });
  }
});
