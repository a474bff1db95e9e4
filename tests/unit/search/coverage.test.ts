// The researcher's promise, checked on the real content: searching any method's name (exact, in
// another case, with one typo, or by an alias) puts that method in the top 3.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContentDir } from '../../../src/content/validate.ts';
import { buildDocuments } from '../../../src/search/documents.ts';
import { createSearchEngine } from '../../../src/search/engine.ts';
import { foldName } from '../../../src/search/normalize.ts';

const result = validateContentDir(resolve(import.meta.dirname, '../../..'));
if (!result.document) throw new Error(`content does not validate: ${result.problems.length} problem(s)`);
const doc = result.document;
const engine = createSearchEngine(buildDocuments({ nodes: doc.nodes, methods: doc.methods, formulas: doc.formulas, datasets: doc.datasets, tables: doc.tables }));

// Names that more than three records share cannot all be in a top 3; the test reports them instead.
const byName = new Map<string, number>();
for (const d of engine.docs) for (const n of new Set(d.names.map(foldName))) byName.set(n, (byName.get(n) ?? 0) + 1);

/** One deterministic typo: drop the middle letter (or swap two when the name is short). */
function typo(name: string): string {
  const i = Math.floor(name.length / 2);
  return name.length >= 6 ? name.slice(0, i) + name.slice(i + 1) : name.slice(0, i - 1) + name[i] + name[i - 1] + name.slice(i + 1);
}

const inTop3 = (query: string, id: string) => engine.search(query).hits.slice(0, 3).some((h) => h.doc.type === 'method' && h.doc.id === id);

describe('every method is found by name', () => {
  const misses: Record<string, string[]> = { exact: [], otherCase: [], typo: [], alias: [] };
  for (const m of doc.methods) {
    if ((byName.get(foldName(m.name)) ?? 0) > 3) continue;
    if (!inTop3(m.name, m.id)) misses.exact.push(m.name);
    const flipped = m.name === m.name.toLowerCase() ? m.name.toUpperCase() : m.name.toLowerCase();
    if (!inTop3(flipped, m.id)) misses.otherCase.push(flipped);
    // A typo in a very short name (≤ 3 letters) is another name; those are excluded by design.
    if (foldName(m.name).length >= 4) {
      const q = typo(m.name);
      if (foldName(q) !== foldName(m.name) && !inTop3(q, m.id)) misses.typo.push(`${q} (for ${m.name})`);
    }
    for (const a of m.aliases) if ((byName.get(foldName(a)) ?? 0) <= 3 && !inTop3(a, m.id)) misses.alias.push(`${a} (for ${m.name})`);
  }
  it(`exact names (${doc.methods.length} methods)`, () => expect(misses.exact).toEqual([]));
  it('names in another case', () => expect(misses.otherCase).toEqual([]));
  it('names with one typo', () => expect(misses.typo).toEqual([]));
  it('aliases', () => expect(misses.alias).toEqual([]));
});
