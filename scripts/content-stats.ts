// `npm run content:stats`: what the content covers and where it is thin. Counts per survey part and
// per kind; records whose text lacks a language; methods and datasets without a reference; citations
// flagged doubtful (the survey's own slips, shown to readers with the reason). Exits 1 when any
// translation is missing, since the app promises both languages everywhere.
import { resolve } from 'node:path';
import type { SurveyDocument, Text } from '../src/content/schema.ts';
import { validateContentDir } from '../src/content/validate.ts';

const root = resolve(import.meta.dirname, '..');
const result = validateContentDir(root);
if (!result.document) {
  console.error(`content does not validate (${result.problems.length} problems): run npm run validate`);
  process.exit(1);
}
const doc: SurveyDocument = result.document;
const CJK = /[\u3400-\u9fff]/;

// Every bilingual text in the document, with where it is, found by walking the records.
function* texts(value: unknown, path: string): Generator<[string, Text]> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* texts(value[i], `${path}[${i}]`);
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.en === 'string' && typeof o.zh === 'string' && Object.keys(o).length === 2) {
      yield [path, o as unknown as Text];
      return;
    }
    for (const [k, v] of Object.entries(o)) yield* texts(v, path ? `${path}.${k}` : k);
  }
}

const table = (title: string, rows: [string, number][]) => {
  console.log(`\n${title}`);
  for (const [k, v] of rows) console.log(`  ${k.padEnd(28)} ${String(v).padStart(5)}`);
};

const count = <T>(xs: readonly T[], key: (x: T) => string[]) => {
  const m = new Map<string, number>();
  for (const x of xs) for (const k of new Set(key(x))) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1]);
};

console.log(
  `PoLM Explorer content: ${doc.nodes.length} nodes, ${doc.methods.length} methods, ${doc.formulas.length} formulas, ${doc.timeline.length} timeline events, ` +
    `${doc.datasets.length} datasets, ${doc.tables.length} tables (${doc.tables.reduce((n, t) => n + t.rows.length, 0)} rows), ${doc.references.length} references, ${doc.decks.length} decks`,
);
table('Methods per survey part (a method placed in several parts counts in each)', count(doc.methods, (m) => m.roots));
table('Methods per kind', count(doc.methods, (m) => [m.kind]));
table('Nodes per survey part', count(doc.nodes, (n) => [n.root]));

const { survey: _survey, references: _references, ...records } = doc;
const missing = [...texts(records, '')].filter(([, t]) => !t.en.trim() || !CJK.test(t.zh));
console.log(`\nMissing translations: ${missing.length}`);
for (const [p] of missing.slice(0, 50)) console.log(`  ${p}`);

const noRef = [...doc.methods.filter((m) => m.refs.length === 0).map((m) => `method ${m.id}`), ...doc.datasets.filter((d) => d.refs.length === 0).map((d) => `dataset ${d.id}`)];
console.log(`\nWithout a reference in the survey: ${noRef.length}`);
for (const r of noRef.slice(0, 80)) console.log(`  ${r}`);
if (noRef.length > 80) console.log(`  … and ${noRef.length - 80} more`);

const doubtful = [
  ...doc.methods.flatMap((m) => m.refs.filter((r) => r.doubtful).map((r) => `method ${m.id} → ${r.ref}: ${r.doubtful!.en}`)),
  ...doc.datasets.flatMap((d) => d.refs.filter((r) => r.doubtful).map((r) => `dataset ${d.id} → ${r.ref}: ${r.doubtful!.en}`)),
  ...doc.timeline.flatMap((e) => e.refs.filter((r) => r.doubtful).map((r) => `timeline ${e.id} → ${r.ref}: ${r.doubtful!.en}`)),
];
console.log(`\nDoubtful citations (the survey's own slips, flagged to readers): ${doubtful.length}`);
for (const d of doubtful) console.log(`  ${d}`);
console.log(`\nSurvey errata recorded: ${doc.survey.errata.length}`);

process.exit(missing.length > 0 ? 1 : 0);
