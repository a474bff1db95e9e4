// The worker returns results as document indexes; the page puts its own documents back. A round trip
// must give exactly what the engine found, in the same order, with the same facets.
import { describe, expect, it } from 'vitest';
import { buildDocuments } from '../../../src/search/documents.ts';
import { createSearchEngine } from '../../../src/search/engine.ts';
import { fromWire, toWire } from '../../../src/search/protocol.ts';
import { datasets, formulas, methods, nodes } from './fixture.ts';

const docs = buildDocuments({ nodes, methods, datasets, formulas });
const engine = createSearchEngine(docs);
const indexOf = new Map(docs.map((d, i) => [d.key, i]));

describe('search worker protocol', () => {
  it.each(['dpo', 'preference', 'year:2024 in:alignment', '偏好', 'nothing-matches-this'])('round-trips %j', (q) => {
    const direct = engine.search(q);
    const wire = toWire(direct, indexOf);
    // What crosses to the page is plain data: indexes, numbers, strings.
    expect(JSON.parse(JSON.stringify(wire))).toEqual(wire);
    const back = fromWire(wire, docs);
    expect(back.hits.map((h) => [h.doc.key, h.tier, h.score])).toEqual(direct.hits.map((h) => [h.doc.key, h.tier, h.score]));
    expect(back.facets).toEqual(direct.facets);
    expect(back.terms).toEqual(direct.terms);
    expect(back.hits.every((h, i) => h.doc === direct.hits[i].doc)).toBe(true);
  });
});
