// `npm run validate`: checks every file under content/ and prints every problem at once as
// `content/path.yaml:LINE:COL  field.path  message`. Exits 1 if anything is wrong. With --write, also
// regenerates content.schema.json (the editor schema) from src/content/schema.ts. With --only=FILES,
// prints only the problems of those files.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatProblem } from '../src/content/load.ts';
import { contentJsonSchema, validateContentDir } from '../src/content/validate.ts';

const root = resolve(import.meta.dirname, '..');
const started = performance.now();
const result = validateContentDir(root);
const ms = Math.round(performance.now() - started);

if (process.argv.includes('--write')) {
  writeFileSync(resolve(root, 'content.schema.json'), JSON.stringify(contentJsonSchema(), null, 2) + '\n');
}

// --only a.yaml,b.yaml prints just those files' problems (the exit code still reflects all files):
// handy while several people edit different files at once.
const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const only = onlyArg ? onlyArg.slice('--only='.length).split(',').filter(Boolean) : null;

if (result.problems.length > 0) {
  const shown = only ? result.problems.filter((p) => only.some((f) => p.file.endsWith(f))) : result.problems;
  for (const p of shown) console.error(formatProblem(p));
  if (only) console.error(`(${shown.length} shown of ${result.problems.length}: --only ${only.join(',')})`);
  console.error(`\n${result.problems.length} problem(s) in ${result.files} content file(s). Nothing was published.`);
  process.exit(1);
}
const d = result.document!;
console.log(
  `content ok: ${result.files} files, ${d.nodes.length} nodes, ${d.methods.length} methods, ${d.formulas.length} formulas, ` +
    `${d.timeline.length} timeline events, ${d.datasets.length} datasets, ${d.tables.length} tables, ` +
    `${d.references.length} references, ${d.decks.length} decks (${ms} ms)`,
);
