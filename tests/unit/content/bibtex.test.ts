// BibTeX export checked by a real BibTeX parser (@retorquere/bibtex-parser, the parser behind Zotero's
// Better BibTeX), not by regexes: every entry parses, keys are unique and stable, and each entry that
// has a reference carries title, author and year.
import { parse } from '@retorquere/bibtex-parser';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bibtexEntries, bibtexFor, bibtexKeys, escapeBibtex, surveyBibtex } from '../../../src/content/bibtex.ts';
import type { SurveyDocument } from '../../../src/content/schema.ts';
import { validateContentDir } from '../../../src/content/validate.ts';

let doc: SurveyDocument;
beforeAll(() => {
  const result = validateContentDir(resolve(import.meta.dirname, '../../..'));
  if (!result.document) throw new Error(`content does not validate: ${result.problems.length} problem(s)`);
  doc = result.document;
});

const fieldText = (v: unknown) => (Array.isArray(v) ? v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(' ') : String(v ?? ''));

describe('BibTeX export', () => {
  it('exports the references of 50 methods as BibTeX that parses without error', () => {
    const picked = doc.methods.filter((m) => m.refs.length > 0).slice(0, 50);
    expect(picked.length).toBe(50);
    const ids = picked.flatMap((m) => m.refs.map((r) => r.ref));
    const text = bibtexEntries(doc.references, ids);
    const parsed = parse(text);
    expect(parsed.errors).toEqual([]);
    const distinct = new Set(ids);
    expect(parsed.entries).toHaveLength(distinct.size);
    const keys = bibtexKeys(doc.references);
    const refByKey = new Map(doc.references.map((r) => [keys.get(r.id), r]));
    for (const e of parsed.entries) {
      const ref = refByKey.get(e.key)!;
      expect(ref).toBeDefined();
      expect(fieldText(e.fields.title).length).toBeGreaterThan(0);
      expect(Array.isArray(e.fields.author) && e.fields.author.length > 0).toBe(ref.authors.length > 0);
      expect(fieldText(e.fields.year)).toBe(ref.year === null ? '' : String(ref.year));
    }
  });

  it('exports the whole bibliography: every entry parses, keys are unique', () => {
    const text = bibtexEntries(doc.references, doc.references.map((r) => r.id));
    const parsed = parse(text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries).toHaveLength(doc.references.length);
    const keys = parsed.entries.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    // arXiv entries carry eprint fields
    const withArxiv = doc.references.filter((r) => r.arxiv).length;
    expect(parsed.entries.filter((e) => e.fields.eprint).length).toBe(withArxiv);
  });

  it('escapes LaTeX specials so values survive a round trip', () => {
    const ref = { id: 'ref-1', num: 1, authors: ['Ann O’Neil', 'Bo {Li}'], title: 'Costs & 100% of #1_case ~ {x}^2 $', year: 2024, raw: 'x' };
    const parsed = parse(bibtexFor(ref, 'oneil2024costs', 'see {note} & more'));
    expect(parsed.errors).toEqual([]);
    expect(fieldText(parsed.entries[0].fields.title)).toContain('Costs & 100% of #1_case');
    expect(escapeBibtex('a_b & c')).toBe('a\\_b \\& c');
  });

  it('keys are stable: exporting a subset does not change a key', () => {
    const all = bibtexKeys(doc.references);
    const some = doc.references.slice(100, 110).map((r) => r.id);
    const parsed = parse(bibtexEntries(doc.references, some));
    expect(parsed.entries.map((e) => e.key)).toEqual(some.map((id) => all.get(id)));
  });

  it('"Cite this survey" parses', () => {
    const parsed = parse(surveyBibtex(doc.survey));
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries[0].fields.eprint).toBe(doc.survey.arxiv);
  });
});
