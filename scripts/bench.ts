// `npm run bench`: builds the app, measures what DESIGN.md budgets on this machine, prints each number
// next to its budget and writes bench/results.json. Exits 1 if a budget is exceeded. Pure code is
// timed here in Node; what needs a browser (bytes, first paint, expand-all, slider latency) runs in
// Chromium against the production build. `--no-build` reuses dist/; `--no-browser` skips that half.
import { buildDocuments } from '../src/search/documents.ts';
import { createSearchEngine } from '../src/search/engine.ts';
import { validateContentDir } from '../src/content/validate.ts';
import { allIds, layoutTree } from '../src/views/taxonomy/layout.ts';
import { report, time, type Row } from './bench/measure.ts';
import { syntheticSurvey, syntheticTree } from './bench/synthetic.ts';
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { bytesOverWire, launch, sliderLatency, startPreview, treeExpandAll, treeFirstPaint } from './bench/browser.ts';

const root = resolve(import.meta.dirname, '..');
let ok = true;
const results: Record<string, Row[]> = {};
const section = (title: string, rows: Row[]) => {
  results[title] = rows;
  ok = report(title, rows) && ok;
};

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
  section('Search', [
      { what: `survey: ${docs.length} documents, index build (in the app: in a worker)`, value: buildMs, unit: 'ms', budget: null },
      ...benchSearch('survey size', engine, 2, QUERIES),
      { what: `synthetic: ${synthDocs.length} documents, index build`, value: bigBuildMs, unit: 'ms', budget: null },
      ...benchSearch('20,000 synthetic records', big, 25, synthQueries),
  ]);
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
  section('Taxonomy layout (expand all, pure layout)', [
      { what: `survey: ${all.size} nodes, tidy layout`, value: survey.median, unit: 'ms', budget: 50 },
      { what: `survey: ${all.size} nodes, radial layout`, value: radial.median, unit: 'ms', budget: 50 },
    { what: `synthetic: ${bigAll.size} nodes, tidy layout`, value: bigT.median, unit: 'ms', budget: null, note: 'then only nodes in view are drawn' },
  ]);
}

// Slider positions that jump back and forth across the range, so every input really changes the value.
const sweep = (lo: number, hi: number, n = 30) => Array.from({ length: n }, (_, i) => lo + ((hi - lo) * (i % 2 ? n - i : i)) / n);

// ---- the browser half
if (!process.argv.includes('--no-browser')) {
  if (!process.argv.includes('--no-build')) execSync('npx vite build', { cwd: root, stdio: 'ignore' });
  const server = await startPreview(root);
  const browser = await launch();
  try {
    const routes = ['#/', '#/taxonomy', '#/method/dpo', '#/search?q=dpo', '#/timeline', '#/formulas', '#/demos/dpo', '#/datasets', '#/present/overview-lecture/1'];
    const bytes: Row[] = [];
    for (const r of routes) {
      const b = await bytesOverWire(browser, r);
      bytes.push({ what: `${r} (${b.requests} requests)`, value: b.total / 1024, unit: 'KB', budget: r === '#/' ? 160 : null, note: r === '#/' ? 'first route' : 'first visit to this route' });
    }
    section('Bytes over the wire, first visit (gzip)', bytes);
    section('Taxonomy in the browser', [
      { what: 'navigation start → tree drawn (median of 5)', value: await treeFirstPaint(browser), unit: 'ms', budget: null },
      { what: 'expand all → drawn (median of 5)', value: await treeExpandAll(browser), unit: 'ms', budget: 50 },
    ]);
    const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
    section('Demo slider input → page updated (median of 30)', [
      { what: 'PPO: ε', value: await sliderLatency(page, '#/demos/ppo', /ε \(low side\)/, sweep(0, 0.9)), unit: 'ms', budget: 8 },
      { what: 'DPO: β (loss curves and 40-step toy training)', value: await sliderLatency(page, '#/demos/dpo', /^β/, sweep(0.01, 2)), unit: 'ms', budget: 8 },
      { what: 'GRPO: policy drift', value: await sliderLatency(page, '#/demos/grpo', /drift/, sweep(-1, 1)), unit: 'ms', budget: 8 },
      { what: 'IFD: selection rate', value: await sliderLatency(page, '#/demos/ifd', /top fraction/, sweep(0, 1)), unit: 'ms', budget: 8 },
    ]);
  } finally {
    await browser.close();
    server.kill();
  }
}

mkdirSync(resolve(root, 'bench'), { recursive: true });
writeFileSync(resolve(root, 'bench/results.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, ok, results }, null, 2) + '\n');

console.log(ok ? '\nAll budgets met.' : '\nSome budgets are exceeded.');
process.exit(ok ? 0 : 1);
