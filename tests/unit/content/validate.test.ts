// The validator reports each class of content error at the right file, line and column, with a
// message that says what is wrong, and valid content passes and resolves.
import { describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from '../../../src/content/load.ts';
import { validateSources } from '../../../src/content/validate.ts';
import { edit, sources } from './fixture.ts';

function problemsOf(overrides: Parameters<typeof sources>[0]): Problem[] {
  const r = validateSources(sources(overrides));
  expect(r.document).toBeNull();
  return r.problems;
}

function only(overrides: Parameters<typeof sources>[0]): Problem {
  const problems = problemsOf(overrides);
  expect(problems.map(formatProblem)).toHaveLength(1);
  return problems[0];
}

describe('valid content', () => {
  it('passes and resolves into a versioned document', () => {
    const r = validateSources(sources());
    expect(r.problems).toEqual([]);
    const d = r.document!;
    expect(d.schemaVersion).toBe(1);
    expect(d.nodes.map((n) => n.id).slice(0, 5)).toEqual(['fine-tuning', 'alignment', 'reasoning', 'efficiency', 'integration-adaptation']);
    const alignment = d.nodes.find((n) => n.id === 'alignment')!;
    expect(alignment.children).toEqual(['rlhf']);
    expect(alignment.methodCount).toBe(3); // dpo and hh here, ppo below at rlhf
    const ppo = d.methods.find((m) => m.id === 'ppo')!;
    expect(ppo.roots).toEqual(['alignment']);
    expect(ppo.timeline).toEqual(['tl-ppo']);
    expect(ppo.refs).toEqual([{ ref: 'ref-46' }]);
    expect(d.methods.find((m) => m.id === 'dpo')!.refs[0].doubtful?.en).toBe('Wrong paper.');
  });
});

describe('each class of error is located and explained', () => {
  it('YAML syntax', () => {
    // The yaml parser may describe one slip in several ways; all point at the broken line and no
    // other file is blamed for it.
    const problems = problemsOf(edit('methods', '    kind: algorithm\n', '    kind: [algorithm\n'));
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect(p).toMatchObject({ file: 'content/methods.yaml', line: 5, path: '(yaml)' });
      expect(p.message).toMatch(/^YAML syntax error: /);
    }
    expect(problems[0].col).toBe(5);
  });

  it('unknown field', () => {
    const p = only(edit('methods', '    kind: algorithm\n', '    kind: algorithm\n    colour: red\n'));
    expect(p).toMatchObject({ file: 'content/methods.yaml', line: 5, col: 5, path: 'methods[0].colour', message: 'unknown field "colour"' });
  });

  it('missing field', () => {
    const p = only(edit('methods', '    kind: algorithm\n', ''));
    expect(p).toMatchObject({ file: 'content/methods.yaml', line: 2, col: 5, path: 'methods[0].kind' });
    expect(p.message).toMatch(/missing required field "kind"/);
  });

  it('wrong type', () => {
    const p = only(edit('methods', '    year: 2017\n', '    year: "twenty seventeen"\n'));
    expect(p).toMatchObject({ file: 'content/methods.yaml', line: 5, col: 11, path: 'methods[0].year' });
    expect(p.message).toMatch(/year must be a number/);
  });

  it('bad id', () => {
    const problems = problemsOf(edit('references', 'id: ref-46', 'id: Ref_46'));
    const p = problems.find((x) => x.path === 'references[0].id')!;
    expect(p).toMatchObject({ file: 'content/references.yaml', line: 2, col: 9 });
    expect(p.message).toMatch(/not kebab-case/);
  });

  it('duplicate id across files', () => {
    const p = only(edit('datasets', 'id: hh', 'id: ppo'));
    expect(p).toMatchObject({ file: 'content/datasets.yaml', line: 2, col: 9, path: 'datasets[0].id' });
    expect(p.message).toBe('duplicate id "ppo" (already used by a method at content/methods.yaml:2:9)');
  });

  it('dangling reference', () => {
    const p = only(edit('methods', 'related: [dpo]', 'related: [dpo-v2]'));
    expect(p).toMatchObject({ file: 'content/methods.yaml', line: 11, col: 15, path: 'methods[0].related[0]', message: 'related item "dpo-v2" does not exist' });
  });

  it('dangling reference from a deck slide to a view', () => {
    const p = only(edit('decks', '#/method/ppo', '#/method/ppo-2'));
    expect(p).toMatchObject({ file: 'content/decks.yaml', line: 6, col: 15, path: 'decks[0].slides[0].view', message: 'method "ppo-2" does not exist' });
    const q = only(edit('decks', '#/method/ppo', '#/no-such-view'));
    expect(q.message).toBe('view "#/no-such-view" is not a route of the app');
  });

  it('bad year', () => {
    const p = only(edit('methods', 'year: 2024', 'year: 2099'));
    expect(p).toMatchObject({ file: 'content/methods.yaml', line: 16, col: 11, path: 'methods[1].year', message: 'year must be between 1950 and 2030' });
  });

  it('invalid TeX', () => {
    const p = only(edit('formulas', '\\operatorname{clip}(r', '\\operatorname{clip(r'));
    expect(p).toMatchObject({ file: 'content/formulas.yaml', line: 5, col: 10, path: 'formulas[0].tex' });
    expect(p.message).toMatch(/^TeX does not render: /);
  });

  it('untrusted TeX command', () => {
    const p = only(edit('formulas', '\\min(', '\\href{javascript:alert(1)}{x}\\min('));
    expect(p.path).toBe('formulas[0].tex');
    expect(p.message).toMatch(/TeX does not render/);
  });

  it('a formula linking to a demo whose own formula is missing', () => {
    const p = only(edit('formulas', '    methods: [ppo]\n', '    methods: [ppo]\n    demo: dpo\n'));
    expect(p).toMatchObject({ file: 'content/formulas.yaml', path: 'formulas[0].demo' });
    expect(p.message).toMatch(/the dpo demo shows formula "dpo-loss".*which no file defines/);
  });

  it('missing translation', () => {
    const p = only(edit('methods', '      zh: 对策略比率进行截断。\n', ''));
    expect(p).toMatchObject({ file: 'content/methods.yaml', line: 8, col: 7, path: 'methods[0].summary.zh', message: 'missing Chinese (zh) translation' });
  });

  it('an English text pasted as the translation', () => {
    const p = only(edit('methods', 'zh: 对策略比率进行截断。', 'zh: Clips the policy ratio.'));
    expect(p).toMatchObject({ file: 'content/methods.yaml', line: 9, col: 11, path: 'methods[0].summary.zh' });
    expect(p.message).toMatch(/missing Chinese \(zh\) translation/);
  });

  it('closed vocabularies', () => {
    const p = only(edit('methods', 'kind: algorithm', 'kind: spell'));
    expect(p.message).toMatch(/^kind must be one of: method, model/);
    const q = only(edit('timeline', 'track: rlhf', 'track: vibes'));
    expect(q).toMatchObject({ file: 'content/timeline.yaml', line: 5, col: 12 });
  });

  it('every problem at once, across files', () => {
    const problems = validateSources(
      sources({
        ...edit('methods', 'year: 2024', 'year: 1900'),
        ...edit('decks', '#/method/ppo', '#/method/nope'),
        ...edit('datasets', 'category: human-labeled', 'category: vibes'),
      }),
    ).problems;
    expect(problems.map((p) => p.file)).toEqual(['content/datasets.yaml', 'content/decks.yaml', 'content/methods.yaml']);
  });

  it('a glossary mark without its entry', () => {
    const p = only(edit('formulas', '\\htmlClass{sym-r}{r}', '\\htmlClass{sym-ratio}{r}'));
    expect(p.message).toBe('\\htmlClass{sym-ratio} has no glossary entry with key "ratio"');
  });

  it('a node whose parent chain loops', () => {
    const problems = problemsOf(edit('taxonomy', '    parent: alignment\n', '    parent: rlhf\n'));
    expect(problems.some((p) => /cannot be its own parent/.test(p.message))).toBe(true);
  });
});
