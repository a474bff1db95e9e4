// `npm run bench`: measures what DESIGN.md budgets, on this machine, and prints each number next to
// its budget. Exits 1 if any budget is exceeded. Pure-code measurements run here in Node; the parts
// that need a browser (bytes over the wire, demo input latency) are added by their own sections.
import { buildDocuments } from '../src/search/documents.ts';
import { createSearchEngine } from '../src/search/engine.ts';
import { validateContentDir } from '../src/content/validate.ts';
import { allIds, layoutTree } from '../src/views/taxonomy/layout.ts';
import { report, time, type Row } from './bench/measure.ts';
import { syntheticSurvey, syntheticTree } from './bench/synthetic.ts';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = resolve(import.meta.dirname, '..');
let ok = true;

// ---- content
const result = validateContentDir(root);
if (!result.document) {
  console.error('content does not validate; run `npm run validate`');
  process.exit(1);
}
const doc = result.document;

// ---- search
const QUERIES = [
  'dpo', 'DPO', 'SimPO', 'simpoo', 'lora', 'AdaLoRA', 'adalroa', 'grpo', 'ppo', 'deepseek-r1', 'deepseekr1',
  'LLaMA', 'gpt-4', 'reward model', 'preference optimization', 'reference-free preference methods',
  'quantization', 'knowledge distillation', 'model merging', 'self-refine', '直接偏好优化', '奖励模型', '量化',
  'dpo year:2024', 'year:2024 in:alignment', 'kind:model year:2023-2024', 'type:formula', 'in:efficiency lora', 'x', 'zzzz',
];
function benchSearch(label: string, engine: ReturnType<typeof createSearchEngine>, budget: number, queries: string[]): Row[] {
  const per = queries.map((q) => time(() => engine.search(q), { runs: 30, warmup: 3 }).median);
  per.sort((a, b) => a - b);
  const median = per[Math.floor(per.length / 2)];
  const worst = per[per.length - 1];
  return [
    { what: `${label}: median over ${queries.length} queries (median of 30 runs each)`, value: median, unit: 'ms', budget },
    { what: `${label}: slowest query (median of 30 runs)`, value: worst, unit: 'ms', budget: null },
  ];
}
{
  const docs = buildDocuments({ nodes: doc.nodes, methods: doc.methods, formulas: doc.formulas, datasets: doc.datasets, tables: doc.tables });
  let t0 = performance.now();
  const engine = createSearchEngine(docs);
  const buildMs = performance.now() - t0;
  const synth = syntheticSurvey(20_000);
  const synthDocs = buildDocuments(synth);
  t0 = performance.now();
  const big = createSearchEngine(synthDocs);
  const bigBuildMs = performance.now() - t0;
  const synthQueries = ['lora', 'Simdpo', 'adakto', 'preference reward', 'reference free length', '偏好优化', 'year:2024 in:alignment', 'gptquant-12', 'z'];
  ok =
    report('Search', [
      { what: `survey: ${docs.length} documents, index build`, value: buildMs, unit: 'ms', budget: null },
      ...benchSearch('survey size', engine, 2, QUERIES),
      { what: `synthetic: ${synthDocs.length} documents, index build`, value: bigBuildMs, unit: 'ms', budget: null },
      ...benchSearch('20,000 synthetic records', big, 25, synthQueries),
    ]) && ok;
}

// ---- taxonomy layout (the pure part of "expand all"; rendering is culled to the viewport)
{
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const source = { roots: doc.nodes.filter((n) => !n.parent && ['fine-tuning', 'alignment', 'reasoning', 'efficiency', 'integration-adaptation'].includes(n.id)).map((n) => n.id), childrenOf: (id: string) => byId.get(id)?.children ?? [] };
  const all = new Set(allIds(source));
  const survey = time(() => layoutTree(source, all, { mode: 'tidy' }), { runs: 30 });
  const radial = time(() => layoutTree(source, all, { mode: 'radial' }), { runs: 30 });
  const big = syntheticTree(20_000);
  const bigSource = { roots: big.roots, childrenOf: (id: string) => big.children.get(id) ?? [] };
  const bigAll = new Set(allIds(bigSource));
  const bigT = time(() => layoutTree(bigSource, bigAll, { mode: 'tidy' }), { runs: 5, warmup: 1 });
  ok =
    report('Taxonomy layout (expand all)', [
      { what: `survey: ${all.size} nodes, tidy layout`, value: survey.median, unit: 'ms', budget: 50 },
      { what: `survey: ${all.size} nodes, radial layout`, value: radial.median, unit: 'ms', budget: 50 },
      { what: `synthetic: ${bigAll.size} nodes, tidy layout`, value: bigT.median, unit: 'ms', budget: null, note: 'then only nodes in view are drawn' },
    ]) && ok;
}

console.log(ok ? '\nAll budgets met.' : '\nSome budgets are exceeded.');
process.exit(ok ? 0 : 1);
