// Turns valid content files into the one document the app reads (/data/survey.json): records in
// content order, citations normalised to objects, and the links readers need precomputed (a node's
// children and method counts, a method's paradigms and timeline events). Only called on content that
// passed every check, so it may assume ids resolve.
import {
  ROOTS, SCHEMA_VERSION, type Citation, type ContentFile, type ResolvedCitation, type ResolvedMethod,
  type ResolvedNode, type ResolvedTable, type Root, type SurveyDocument,
} from './schema.ts';

type TableRow = ResolvedTable['rows'][number];

const rootRank = (r: string) => (ROOTS as readonly string[]).indexOf(r);
const citation = (c: Citation): ResolvedCitation => (typeof c === 'string' ? { ref: c } : c);

export function resolveContent(files: readonly ContentFile[]): SurveyDocument {
  type Section = Exclude<keyof ContentFile, 'survey'>;
  const all = <K extends Section>(key: K): NonNullable<ContentFile[K]> =>
    files.flatMap((f) => (f[key] ?? []) as unknown[]) as NonNullable<ContentFile[K]>;
  const survey = files.find((f) => f.survey)?.survey;
  if (!survey) throw new Error('resolveContent: no survey section (run the checks first)');

  const nodes = all('nodes');
  const methods = all('methods');
  const datasets = all('datasets');
  const timeline = all('timeline');
  const byId = new Map(nodes.map((n) => [n.id, n]));

  const rootOf = (id: string): Root => {
    let n = byId.get(id);
    while (n?.parent) n = byId.get(n.parent);
    return n!.id as Root;
  };
  const depthOf = (id: string): number => {
    let d = 0;
    for (let n = byId.get(id); n?.parent; n = byId.get(n.parent)) d++;
    return d;
  };

  // Children in content order; roots in the fixed ROOTS order so the tree always reads as the survey does.
  const children = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  for (const n of nodes) if (n.parent) children.get(n.parent)!.push(n.id);
  const placed = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  for (const m of [...methods, ...datasets]) for (const id of m.nodes) placed.get(id)!.push(m.id);

  const below = new Map<string, Set<string>>();
  const collect = (id: string): Set<string> => {
    const cached = below.get(id);
    if (cached) return cached;
    const set = new Set(placed.get(id));
    for (const c of children.get(id)!) for (const m of collect(c)) set.add(m);
    below.set(id, set);
    return set;
  };

  const orderedNodes = [...nodes].sort((a, b) => {
    // stable: roots by ROOTS order, everything else keeps content order
    if (!a.parent && !b.parent) return rootRank(a.id) - rootRank(b.id);
    return 0;
  });
  const resolvedNodes: ResolvedNode[] = orderedNodes.map((n) => ({
    ...n,
    root: rootOf(n.id),
    depth: depthOf(n.id),
    children: children.get(n.id)!,
    methods: placed.get(n.id)!,
    methodCount: collect(n.id).size,
  }));

  const eventsOf = new Map<string, string[]>();
  for (const e of timeline) for (const m of e.methods) eventsOf.set(m, [...(eventsOf.get(m) ?? []), e.id]);

  const resolvedMethods: ResolvedMethod[] = methods.map((m) => ({
    ...m,
    refs: m.refs.map(citation),
    roots: [...new Set(m.nodes.map(rootOf))].sort((a, b) => rootRank(a) - rootRank(b)),
    timeline: eventsOf.get(m.id) ?? [],
  }));

  return {
    schemaVersion: SCHEMA_VERSION,
    survey,
    nodes: resolvedNodes,
    methods: resolvedMethods,
    formulas: all('formulas'),
    timeline: timeline.map((e) => ({ ...e, refs: e.refs.map(citation) })),
    datasets: datasets.map((d) => ({ ...d, refs: d.refs.map(citation) })),
    tables: all('tables').map((t) => ({ ...t, rows: t.rows.map((r): TableRow => ({ ...r, ref: r.ref ? citation(r.ref) : undefined })) })),
    references: all('references'),
    decks: all('decks'),
  };
}
