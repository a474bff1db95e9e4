import { describe, expect, it } from 'vitest';
import type { ResolvedDataset } from '../../../src/content/schema.ts';
import { applyDatasetQuery, parseDatasetQuery } from '../../../src/views/datasets/datasetFilter.ts';

const text = (en: string) => ({ en, zh: '数据' });
const ds = (id: string, extra: Partial<ResolvedDataset>): ResolvedDataset => ({
  id, name: id.toUpperCase(), aliases: [], category: 'synthetic', construction: ['self-instruct'], languages: ['en'], stages: ['sft'], year: 2023, nodes: ['datasets'], summary: text(`${id} data`), refs: [], related: [], ...extra,
});
const all = [
  ds('alpaca', { size: { value: 52000, unit: 'instructions', label: '52K' }, release: '2023-03', origin: 'Stanford' }),
  ds('hh-rlhf', { category: 'human-labeled', construction: ['human-annotation'], stages: ['rlhf'], size: { value: 284000, unit: 'pairs', label: '284K' }, release: '2022-04' }),
  ds('sharegpt', { category: 'distilled', construction: ['real-user-interactions'], languages: ['multilingual'], size: { value: 90000, unit: 'dialogues', label: '90K' } }),
  ds('nosize', { category: 'human-labeled', construction: ['human-annotation'] }),
];

describe('datasets table state', () => {
  it('sorts sizes as numbers (missing last) in either direction', () => {
    const asc = applyDatasetQuery(all, parseDatasetQuery(new URLSearchParams('sort=size')));
    expect(asc.rows.map((d) => d.id)).toEqual(['alpaca', 'sharegpt', 'hh-rlhf', 'nosize']);
    const desc = applyDatasetQuery(all, parseDatasetQuery(new URLSearchParams('sort=size&dir=desc')));
    expect(desc.rows.map((d) => d.id)).toEqual(['hh-rlhf', 'sharegpt', 'alpaca', 'nosize']);
  });

  it('filters by facets and text, counting each facet over the others', () => {
    const r = applyDatasetQuery(all, parseDatasetQuery(new URLSearchParams('category=human-labeled&stage=sft')));
    expect(r.rows.map((d) => d.id)).toEqual(['nosize']);
    // category counts ignore the category filter itself but respect stage=sft
    expect(Object.fromEntries(r.counts.category)).toEqual({ synthetic: 1, distilled: 1, 'human-labeled': 1 });
    expect(Object.fromEntries(r.counts.stage)).toEqual({ rlhf: 1, sft: 1 });
    expect(applyDatasetQuery(all, parseDatasetQuery(new URLSearchParams('q=stanford'))).rows.map((d) => d.id)).toEqual(['alpaca']);
  });

  it('ignores unknown sort keys', () => {
    expect(parseDatasetQuery(new URLSearchParams('sort=__proto__')).sort).toEqual({ key: 'name', dir: 'asc' });
  });
});
