// What search can find: methods, taxonomy nodes, formulas, datasets and the survey's tables, flattened
// into one document shape. Pure: built from the resolved content parts, no DOM.
import type { FormulaRecord, ResolvedDataset, ResolvedMethod, ResolvedNode, ResolvedTable, Text } from '../content/schema.ts';

export const DOC_TYPES = ['method', 'dataset', 'node', 'formula', 'table'] as const;
export type DocType = (typeof DOC_TYPES)[number];

export interface SearchDoc {
  /** Unique across types ("method:dpo"). */
  key: string;
  id: string;
  type: DocType;
  /** The display name in each language (a method's printed name is the same in both). */
  name: Text;
  /** Every name it answers to: printed name, aliases, full names in both languages. */
  names: string[];
  summary: Text;
  /** Survey roots (paradigms, overview, datasets…) it belongs to. */
  roots: string[];
  /** Every taxonomy node that contains it (its nodes and their ancestors), for `in:` filters. */
  within: string[];
  /** A method's kind; "dataset" for datasets; null for the others. */
  kind: string | null;
  year: number | null;
  href: string;
}

export interface DocSources {
  nodes: readonly ResolvedNode[];
  methods?: readonly ResolvedMethod[];
  formulas?: readonly FormulaRecord[];
  datasets?: readonly ResolvedDataset[];
  tables?: readonly ResolvedTable[];
}

export function buildDocuments(src: DocSources): SearchDoc[] {
  const nodeById = new Map(src.nodes.map((n) => [n.id, n]));
  const ancestry = (ids: readonly string[]) => {
    const out = new Set<string>();
    for (const start of ids) {
      for (let n = nodeById.get(start); n && !out.has(n.id); n = n.parent ? nodeById.get(n.parent) : undefined) out.add(n.id);
    }
    return [...out];
  };
  const rootsOf = (within: readonly string[]) => [...new Set(within.map((id) => nodeById.get(id)?.root).filter((r): r is NonNullable<typeof r> => !!r))];
  const docs: SearchDoc[] = [];

  for (const m of src.methods ?? []) {
    const within = ancestry(m.nodes);
    docs.push({
      key: `method:${m.id}`,
      id: m.id,
      type: 'method',
      name: { en: m.name, zh: m.name },
      names: [m.name, ...m.aliases, ...(m.fullName ? [m.fullName.en, m.fullName.zh] : [])],
      summary: m.summary,
      roots: [...m.roots],
      within,
      kind: m.kind,
      year: m.year,
      href: `#/method/${m.id}`,
    });
  }
  for (const d of src.datasets ?? []) {
    const within = ancestry(d.nodes);
    docs.push({
      key: `dataset:${d.id}`,
      id: d.id,
      type: 'dataset',
      name: { en: d.name, zh: d.name },
      names: [d.name, ...d.aliases],
      summary: d.summary,
      roots: rootsOf(within),
      within,
      kind: 'dataset',
      year: d.year,
      href: `#/datasets/${d.id}`,
    });
  }
  for (const n of src.nodes) {
    const within = ancestry([n.id]);
    docs.push({
      key: `node:${n.id}`,
      id: n.id,
      type: 'node',
      name: n.name,
      names: [n.name.en, n.name.zh],
      summary: n.summary,
      roots: [n.root],
      within,
      kind: null,
      year: null,
      href: `#/taxonomy/${n.id}`,
    });
  }
  // A formula belongs where its methods are.
  const methodById = new Map((src.methods ?? []).map((m) => [m.id, m]));
  for (const f of src.formulas ?? []) {
    const within = ancestry(f.methods.flatMap((id) => methodById.get(id)?.nodes ?? []));
    docs.push({
      key: `formula:${f.id}`,
      id: f.id,
      type: 'formula',
      name: f.title,
      names: [f.title.en, f.title.zh],
      summary: f.note ?? f.title,
      roots: rootsOf(within),
      within,
      kind: null,
      year: null,
      href: `#/formulas/${f.id}`,
    });
  }
  for (const t of src.tables ?? []) {
    docs.push({
      key: `table:${t.id}`,
      id: t.id,
      type: 'table',
      name: { en: `Table ${t.number}: ${t.title.en}`, zh: `表 ${t.number}：${t.title.zh}` },
      names: [t.title.en, t.title.zh, `Table ${t.number}`],
      summary: t.summary ?? t.title,
      roots: [],
      within: [],
      kind: null,
      year: null,
      href: `#/tables/${t.id}`,
    });
  }
  return docs;
}
