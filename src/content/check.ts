// Cross-file checks: what one file's schema cannot see. Unique ids across the whole survey, every
// reference between records resolves, every TeX string renders, every deck slide is a real view,
// and Chinese texts really are Chinese. Each problem points at the offending value in its file.
import katex, { type TrustContext } from 'katex';
import { formatPath, type ParsedFile, type PathSegment, type Problem } from './load.ts';
import { DEMO_FORMULA, PARADIGMS, ROOTS, type Citation, type ContentFile } from './schema.ts';
import { KATEX_OPTIONS } from './tex.ts';
import { parseHash, routeTarget } from '../state/url.ts';

type Section = Exclude<keyof ContentFile, 'survey'>;
type RecordType = 'node' | 'method' | 'formula' | 'timeline' | 'dataset' | 'table' | 'reference' | 'deck';

const SECTION_TYPE: Record<Section, RecordType> = {
  nodes: 'node', methods: 'method', formulas: 'formula', timeline: 'timeline', datasets: 'dataset',
  tables: 'table', references: 'reference', decks: 'deck',
};

interface Located {
  file: ParsedFile;
  path: PathSegment[];
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

export function checkContent(files: readonly ParsedFile[]): Problem[] {
  const problems: Problem[] = [];
  const report = (at: Located, sub: PathSegment[], message: string) => {
    const path = [...at.path, ...sub];
    problems.push({ file: at.file.file, ...at.file.locate(path), path: formatPath(path), message });
  };

  // ---- the survey record: exactly one
  const surveys = files.filter((f) => f.data?.survey);
  if (surveys.length === 0) {
    const first = files[0];
    problems.push({ file: first?.file ?? 'content', line: 1, col: 1, path: 'survey', message: 'no file holds the "survey:" section (title, authors, arXiv id)' });
  }
  for (const extra of surveys.slice(1)) report({ file: extra, path: ['survey'] }, [], `"survey:" is defined again (first in ${surveys[0].file})`);

  // ---- ids: unique across every record type
  const ids = new Map<string, { type: RecordType; at: Located }>();
  for (const file of files) {
    // A file that failed the schema still declares its ids, so other files' links to them are not
    // reported as dangling on top of the real problem.
    const source = (file.raw ?? file.data) as Record<string, unknown> | null;
    if (!source || typeof source !== 'object') continue;
    for (const section of Object.keys(SECTION_TYPE) as Section[]) {
      const list = source[section];
      if (!Array.isArray(list)) continue;
      list.forEach((rec: { id?: unknown }, i) => {
        if (!rec || typeof rec.id !== 'string') return;
        const at = { file, path: [section, i] };
        const prev = ids.get(rec.id);
        if (prev) {
          const pos = prev.at.file.locate([...prev.at.path, 'id']);
          report(at, ['id'], `duplicate id "${rec.id}" (already used by a ${prev.type} at ${prev.at.file.file}:${pos.line}:${pos.col})`);
        } else {
          ids.set(rec.id, { type: SECTION_TYPE[section], at });
        }
      });
    }
  }
  const typeOf = (id: string) => ids.get(id)?.type;
  const expect = (at: Located, sub: PathSegment[], id: string, types: RecordType[], what: string) => {
    const t = typeOf(id);
    if (t === undefined) report(at, sub, `${what} "${id}" does not exist`);
    else if (!types.includes(t)) report(at, sub, `${what} "${id}" is a ${t}, not a ${types.join(' or ')}`);
  };
  const citation = (at: Located, sub: PathSegment[], c: Citation) =>
    typeof c === 'string'
      ? expect(at, sub, c, ['reference'], 'reference')
      : expect(at, [...sub, 'ref'], c.ref, ['reference'], 'reference');
  const citations = (at: Located, key: string, list: readonly Citation[]) => list.forEach((c, j) => citation(at, [key, j], c));
  const each = <T>(section: Section, fn: (rec: T, at: Located) => void) => {
    for (const file of files) (file.data?.[section] as T[] | undefined)?.forEach((rec, i) => fn(rec, { file, path: [section, i] }));
  };

  // ---- taxonomy
  const parents = new Map<string, string | undefined>();
  each<NonNullable<ContentFile['nodes']>[number]>('nodes', (n, at) => {
    parents.set(n.id, n.parent);
    if (n.parent === undefined) {
      if (!(ROOTS as readonly string[]).includes(n.id)) report(at, ['id'], `a node without "parent" must be a root: one of ${ROOTS.join(', ')}`);
    } else {
      expect(at, ['parent'], n.parent, ['node'], 'parent node');
      if (n.parent === n.id) report(at, ['parent'], 'a node cannot be its own parent');
    }
    n.featured.forEach((m, j) => expect(at, ['featured', j], m, ['method', 'dataset'], 'featured method'));
    n.formulas.forEach((f, j) => expect(at, ['formulas', j], f, ['formula'], 'formula'));
  });
  // cycles: walk up from each node; a walk longer than the node count is a loop
  each<NonNullable<ContentFile['nodes']>[number]>('nodes', (n, at) => {
    let cur: string | undefined = n.parent;
    for (let steps = 0; cur !== undefined; steps++) {
      if (cur === n.id || steps > parents.size) return report(at, ['parent'], `parent chain of "${n.id}" loops back on itself`);
      cur = parents.get(cur);
    }
  });
  const anyFile = files.find((f) => f.data?.nodes) ?? files[0];
  for (const p of PARADIGMS) {
    if (typeOf(p) !== 'node' && anyFile) report({ file: anyFile, path: [] }, [], `the taxonomy has no root node for the paradigm "${p}"`);
  }

  // ---- methods and datasets
  const placedAt = new Map<string, Set<string>>();
  const place = (kind: 'methods' | 'datasets') =>
    each<{ id: string; nodes: string[]; refs: Citation[]; related: string[]; formulas?: string[] }>(kind, (m, at) => {
      placedAt.set(m.id, new Set(m.nodes));
      m.nodes.forEach((id, j) => expect(at, ['nodes', j], id, ['node'], 'node'));
      citations(at, 'refs', m.refs);
      m.related.forEach((id, j) => {
        if (id === m.id) report(at, ['related', j], 'an item cannot be related to itself');
        else expect(at, ['related', j], id, ['method', 'dataset'], 'related item');
      });
      m.formulas?.forEach((id, j) => expect(at, ['formulas', j], id, ['formula'], 'formula'));
    });
  place('methods');
  place('datasets');
  each<NonNullable<ContentFile['nodes']>[number]>('nodes', (n, at) =>
    n.featured.forEach((m, j) => {
      const where = placedAt.get(m);
      if (where && !where.has(n.id)) report(at, ['featured', j], `featured "${m}" does not list this node ("${n.id}") in its nodes`);
    }),
  );

  // ---- formulas: references and TeX
  const tex = (at: Located, sub: PathSegment[], source: string) => {
    // KaTeX renders a command it does not trust as red text instead of throwing, so ask the trust
    // hook which commands were refused and report them as errors.
    const refused: string[] = [];
    const trust = KATEX_OPTIONS.trust as (ctx: TrustContext) => boolean;
    try {
      katex.renderToString(source, {
        ...KATEX_OPTIONS,
        displayMode: true,
        trust: (ctx) => trust(ctx) || (refused.push(ctx.command), false),
      });
      if (refused.length > 0) report(at, sub, `TeX does not render: ${[...new Set(refused)].join(', ')} is not allowed (only \\htmlClass and \\htmlData are trusted)`);
    } catch (e) {
      const msg = e instanceof Error ? e.message.replace(/^KaTeX parse error: /, '') : String(e);
      report(at, sub, `TeX does not render: ${msg}`);
    }
  };
  each<NonNullable<ContentFile['formulas']>[number]>('formulas', (f, at) => {
    tex(at, ['tex'], f.tex);
    if (f.surveyTex) tex(at, ['surveyTex'], f.surveyTex);
    const keys = new Set<string>();
    f.glossary.forEach((g, j) => {
      tex(at, ['glossary', j, 'symbol'], g.symbol);
      if (g.key) {
        if (keys.has(g.key)) report(at, ['glossary', j, 'key'], `glossary key "${g.key}" is used twice in this formula`);
        keys.add(g.key);
      }
    });
    f.derivation.forEach((s, j) => {
      tex(at, ['derivation', j, 'tex'], s.tex);
      if (s.formula) expect(at, ['derivation', j, 'formula'], s.formula, ['formula'], 'formula');
    });
    f.variants.forEach((v, j) => tex(at, ['variants', j, 'tex'], v.tex));
    f.methods.forEach((id, j) => expect(at, ['methods', j], id, ['method', 'dataset'], 'method'));
    // Every \htmlClass{sym-KEY} in the formula must name a glossary entry, or hover-linking breaks.
    for (const m of f.tex.matchAll(/\\htmlClass\{sym-([a-z0-9-]+)\}/g)) {
      if (!keys.has(m[1])) report(at, ['tex'], `\\htmlClass{sym-${m[1]}} has no glossary entry with key "${m[1]}"`);
    }
  });

  // ---- a demo that formulas link to must have its own formula (DEMO_FORMULA), linking back
  const demoOf = new Map<string, string | undefined>();
  const linking = new Map<string, Located>();
  each<NonNullable<ContentFile['formulas']>[number]>('formulas', (f, at) => {
    demoOf.set(f.id, f.demo);
    if (f.demo && !linking.has(f.demo)) linking.set(f.demo, at);
  });
  for (const [demo, at] of linking) {
    const id = DEMO_FORMULA[demo as keyof typeof DEMO_FORMULA];
    if (!demoOf.has(id)) report(at, ['demo'], `the ${demo} demo shows formula "${id}" (DEMO_FORMULA in src/content/vocab.ts), which no file defines`);
    else if (demoOf.get(id) !== demo) report(at, ['demo'], `the ${demo} demo shows formula "${id}", but that formula does not say demo: ${demo}`);
  }

  // ---- timeline
  each<NonNullable<ContentFile['timeline']>[number]>('timeline', (e, at) => {
    if (e.yearEnd !== undefined && e.yearEnd < e.year) report(at, ['yearEnd'], `yearEnd ${e.yearEnd} is before year ${e.year}`);
    if (e.date && Number(e.date.slice(0, 4)) !== e.year && e.yearEnd === undefined) report(at, ['date'], `date ${e.date} is not in year ${e.year}`);
    if (e.source === 'history' && (!e.title || !e.summary)) report(at, [], 'a history milestone needs a bilingual "title" and "summary"');
    e.methods.forEach((id, j) => expect(at, ['methods', j], id, ['method', 'dataset'], 'method'));
    citations(at, 'refs', e.refs);
  });

  // ---- tables
  each<NonNullable<ContentFile['tables']>[number]>('tables', (t, at) => {
    const cols = new Set<string>();
    t.columns.forEach((c, j) => {
      if (cols.has(c.key)) report(at, ['columns', j, 'key'], `column key "${c.key}" is used twice`);
      cols.add(c.key);
    });
    t.rows.forEach((r, j) => {
      for (const key of Object.keys(r.cells)) if (!cols.has(key)) report(at, ['rows', j, 'cells', key], `cell "${key}" is not a column of this table`);
      r.uncertain.forEach((key, k) => {
        if (!cols.has(key)) report(at, ['rows', j, 'uncertain', k], `uncertain cell "${key}" is not a column of this table`);
      });
      if (r.method) expect(at, ['rows', j, 'method'], r.method, ['method', 'dataset'], 'method');
      if (r.ref) citation(at, ['rows', j, 'ref'], r.ref);
    });
  });

  // ---- references
  const nums = new Map<number, Located>();
  each<NonNullable<ContentFile['references']>[number]>('references', (r, at) => {
    if (nums.has(r.num)) report(at, ['num'], `bibliography number ${r.num} is used twice`);
    nums.set(r.num, at);
  });

  // ---- decks: every slide and step must be a real view of something that exists
  const view = (at: Located, sub: PathSegment[], hash: string) => {
    if (!hash.startsWith('#/')) return report(at, sub, `view "${hash}" must be an app route starting with "#/"`);
    const { route } = parseHash(hash);
    if (route.name === 'notFound') return report(at, sub, `view "${hash}" is not a route of the app`);
    const target = routeTarget(route);
    if (target) expect(at, sub, target.id, [target.type === 'node' ? 'node' : target.type], target.type);
  };
  each<NonNullable<ContentFile['decks']>[number]>('decks', (d, at) =>
    d.slides.forEach((s, j) => {
      view(at, ['slides', j, 'view'], s.view);
      s.steps.forEach((st, k) => st.view && view(at, ['slides', j, 'steps', k, 'view'], st.view));
    }),
  );

  // ---- errata subjects
  for (const file of files) {
    file.data?.survey?.errata.forEach((e, i) =>
      e.subjects.forEach((id, j) => {
        if (!ids.has(id)) report({ file, path: ['survey', 'errata', i] }, ['subjects', j], `subject "${id}" does not exist`);
      }),
    );
  }

  // ---- translations: a zh text must contain Chinese (a pasted English text is a missing translation)
  for (const file of files) {
    if (!file.data) continue;
    walkTexts(file.data, [], (path, zh) => {
      if (!CJK.test(zh)) report({ file, path }, ['zh'], 'missing Chinese (zh) translation: the zh text has no Chinese characters');
    });
  }

  return problems;
}

/** Calls `fn` for every bilingual {en, zh} object in a parsed file. */
function walkTexts(value: unknown, path: PathSegment[], fn: (path: PathSegment[], zh: string) => void): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => walkTexts(v, [...path, i], fn));
  } else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj);
    if (keys.length === 2 && typeof obj.en === 'string' && typeof obj.zh === 'string') fn(path, obj.zh);
    else for (const k of keys) walkTexts(obj[k], [...path, k], fn);
  }
}
