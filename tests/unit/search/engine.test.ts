import { describe, expect, it } from 'vitest';
import { buildDocuments } from '../../../src/search/documents.ts';
import { createSearchEngine } from '../../../src/search/engine.ts';
import { datasets, formulas, methods, nodes } from './fixture.ts';

const engine = createSearchEngine(buildDocuments({ nodes, methods, datasets, formulas }));
const top = (q: string, n = 3) => engine.search(q).hits.slice(0, n).map((h) => h.doc.key);

describe('search ranking', () => {
  it('puts an exact name first, whatever the case', () => {
    expect(top('dpo')[0]).toBe('method:dpo');
    expect(top('DPO')[0]).toBe('method:dpo');
    expect(top('lora')[0]).toBe('method:lora');
    expect(top('SIMPO')[0]).toBe('method:simpo');
  });

  it('ranks name prefixes before text matches, shorter names first', () => {
    const keys = top('lo', 10);
    expect(keys[0]).toBe('method:lora');
    // AdaLoRA and QLoRA contain "lora" but do not start with "lo": after the prefix match.
    expect(keys.indexOf('method:lora')).toBeLessThan(keys.indexOf('method:qlora') === -1 ? Infinity : keys.indexOf('method:qlora'));
  });

  it('finds a name with one typo in the top 3', () => {
    expect(top('SimPOO')).toContain('method:simpo');
    expect(top('AdaLroA')).toContain('method:adalora'); // transposition
    expect(top('LiPOx')).toContain('method:lipo');
    expect(top('DeepSek-R1')).toContain('method:deepseek-r1');
  });

  it('matches aliases, full names and punctuation-free spellings', () => {
    expect(top('R1')[0]).toBe('method:deepseek-r1');
    expect(top('ia3')[0]).toBe('method:ia3');
    expect(top('(IA)³')[0]).toBe('method:ia3');
    expect(top('deepseekr1')[0]).toBe('method:deepseek-r1');
    expect(top('Direct Preference Optimization')[0]).toBe('method:dpo');
    expect(top('low-rank adaptation')[0]).toBe('method:lora');
  });

  it('searches Chinese names and summaries', () => {
    expect(top('直接偏好优化')[0]).toBe('method:dpo');
    expect(top('低秩')).toContain('method:lora');
    expect(top('参考模型')).toEqual(expect.arrayContaining(['method:dpo', 'method:simpo']));
  });

  it('answers a question by summary words when no record has them all', () => {
    const keys = top('reference-free preference methods', 5);
    expect(keys[0]).toBe('method:simpo');
  });

  it('returns nothing for an empty query and no NaN scores', () => {
    expect(engine.search('').hits).toEqual([]);
    expect(engine.search('   ').hits).toEqual([]);
    for (const h of engine.search('pref').hits) expect(Number.isFinite(h.score)).toBe(true);
  });

  it('finds datasets, formulas and taxonomy nodes too', () => {
    expect(top('hh-rlhf')[0]).toBe('dataset:hh-rlhf');
    expect(top('DPO loss')).toContain('formula:dpo-loss');
    expect(top('Parameter-efficient')[0]).toBe('node:parameter-efficient-fine-tuning');
  });
});

describe('search filters and facets', () => {
  it('applies year:, in:, kind: and type: from the query text', () => {
    const r = engine.search('year:2024 in:alignment');
    expect(r.hits.map((h) => h.doc.id).sort()).toEqual(['dpo', 'kto', 'lipo', 'simpo']);
    expect(engine.search('year:2022-2023 in:efficiency').hits.map((h) => h.doc.id).sort()).toEqual(['adalora', 'ia3', 'lora', 'qlora']);
    expect(engine.search('lora kind:technique').hits.map((h) => h.doc.id)).toEqual(['qlora']);
    expect(engine.search('dpo type:formula').hits.map((h) => h.doc.id)).toEqual(['dpo-loss']);
    // in: also takes a node id below a paradigm, and a paradigm prefix
    expect(engine.search('in:direct-preference-optimization year:2023').hits.map((h) => h.doc.id)).toEqual(['ipo']);
    expect(engine.search('in:effic kind:model').hits).toEqual([]);
  });

  it('counts facets over the other filters, not its own', () => {
    const r = engine.search('year:2024', { roots: ['alignment'] });
    expect(r.hits.every((h) => h.doc.roots.includes('alignment'))).toBe(true);
    // The paradigm facet still shows efficiency's count, so the reader can switch to it.
    const rootCounts = Object.fromEntries(r.facets.root.map((f) => [f.value, f.count]));
    expect(rootCounts).toEqual({ alignment: 4 });
    const all = engine.search('year:2022-2025');
    const kinds = Object.fromEntries(all.facets.kind.map((f) => [f.value, f.count]));
    expect(kinds).toEqual({ method: 8, technique: 1, model: 1, dataset: 1 });
    const years = all.facets.year.map((f) => f.value);
    expect(years).toEqual(['2022', '2023', '2024', '2025']);
  });

  it('returns highlight terms for what matched', () => {
    const r = engine.search('SimPOO');
    expect(r.terms).toContain('simpoo');
    expect(r.terms).toContain('simpo');
  });
});
