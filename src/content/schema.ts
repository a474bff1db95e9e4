// The one content schema. It serves three uses: the build and `npm run validate` parse every YAML file
// under content/ with `ContentFile`; the resolved document the app reads (/data/survey.json) is
// described by `SurveyDocument`; and both are exported as JSON Schema for editors and data reusers.
// Records are plain data: no functions, no classes, so the same types work in Node and the browser.
import { z } from 'zod';
import {
  COLUMN_TYPES, DATASET_CATEGORIES, DATASET_CONSTRUCTIONS, DEMOS, KINDS, LANGUAGES, ROOTS, SIZE_UNITS, STAGES, TASK_SCOPES, TRACKS,
} from './vocab.ts';

export * from './vocab.ts';

/** Bump when survey.json changes shape in a way that breaks readers. */
export const SCHEMA_VERSION = 1;

// ---------------------------------------------------------------------------------------------
// Building blocks

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const Id = z
  .string({ error: 'must be an id (a kebab-case string)' })
  .regex(ID_PATTERN, { error: (iss) => `id "${String(iss.input)}" is not kebab-case (lowercase letters and digits joined by single hyphens, e.g. "direct-preference-optimization")` });

const nonEmpty = (what: string) =>
  z.string({ error: (iss) => (iss.input === undefined ? `missing ${what}` : `${what} must be text`) })
    .trim()
    .min(1, { error: `${what} is empty` });

/** A text shown to readers, in both UI languages. Both are required: the app never falls back silently. */
export const Text = z.strictObject({
  en: nonEmpty('English (en) text'),
  zh: nonEmpty('Chinese (zh) translation'),
}, { error: (iss) => (iss.input === undefined ? undefined : 'must be a mapping with "en" and "zh" texts') });

export const Year = z
  .number({ error: 'year must be a number such as 2024' })
  .int({ error: 'year must be a whole number' })
  .min(1950, { error: 'year must be between 1950 and 2030' })
  .max(2030, { error: 'year must be between 1950 and 2030' });

/** A month ("2023-05") or a day ("2023-05-29"). */
export const MonthDate = z
  .string({ error: 'date must be text like "2023-05"' })
  .regex(/^(19[5-9]\d|20[0-2]\d|2030)-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, {
    error: 'date must look like "2023-05" or "2023-05-29" (year 1950–2030)',
  });

/** TeX source. The validator renders every Tex field with KaTeX (throwOnError) and reports failures. */
export const Tex = z.string({ error: 'must be TeX source text' }).min(1, { error: 'TeX is empty' }).describe('TeX source, rendered with KaTeX');

const Url = z.url({ error: 'must be an absolute http(s) URL', protocol: /^https?$/ });
const Section = z
  .string({ error: 'section must be text like "4.1.2"' })
  .regex(/^\d+(\.\d+)*$/, { error: 'section must look like "4.1.2"' });
const ArxivId = z
  .string()
  .regex(/^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})$/, { error: 'arXiv id must look like "2305.18290"' });

/**
 * A citation of the bibliography. Plain `ref-49`, or with `doubtful` when the survey's link from this
 * item to that reference looks wrong (a citation slip): the app shows the reason instead of hiding it.
 */
export const Citation = z.union([
  Id,
  z.strictObject({ ref: Id, doubtful: Text.optional(), note: Text.optional() }),
], { error: 'must be a reference id such as "ref-49", or a mapping with "ref" and "doubtful"' });

// ---------------------------------------------------------------------------------------------
// Record types

export const SurveyMeta = z.strictObject({
  title: Text,
  /** The later revision's title, when it differs. */
  revisedTitle: z.string().optional(),
  shortTitle: z.string(),
  authors: z.array(z.string()).min(1),
  year: Year,
  arxiv: ArxivId,
  paperList: Url,
  summary: Text,
  /** Known errors in the survey's own text, shown on the overview and next to the facts they touch. */
  errata: z
    .array(z.strictObject({ id: Id, where: z.string(), text: Text, subjects: z.array(Id).default([]) }))
    .default([]),
});

export const Node = z.strictObject({
  id: Id,
  /** Absent only for roots; a root's id must be one of ROOTS. */
  parent: Id.optional(),
  section: Section.optional(),
  name: Text,
  summary: Text,
  /** Methods worth naming first in this node's panel (they must also list this node). */
  featured: z.array(Id).default([]),
  formulas: z.array(Id).default([]),
  demos: z.array(z.enum(DEMOS)).default([]),
});

export const Method = z.strictObject({
  id: Id,
  /** The name as the survey prints it (not translated). */
  name: nonEmpty('name'),
  fullName: Text.optional(),
  aliases: z.array(z.string().min(1)).default([]),
  kind: z.enum(KINDS, { error: `kind must be one of: ${KINDS.join(', ')}` }),
  /** The year the survey cites the item with; null when the survey gives none. */
  year: Year.nullable(),
  /** First public appearance (e.g. from the arXiv id) when it differs from the cited year. */
  firstPublic: MonthDate.optional(),
  /** Where the survey discusses it: taxonomy, dataset, application or open-problem nodes. */
  nodes: z.array(Id).min(1, { error: 'a method must sit at one node at least' }),
  summary: Text,
  refs: z.array(Citation).default([]),
  related: z.array(Id).default([]),
  formulas: z.array(Id).default([]),
  org: z.string().optional(),
  openSource: z.boolean().optional(),
  /** Something the survey says about this item that the sources contradict, shown as the survey's claim. */
  surveyNote: Text.optional(),
});

export const GlossaryEntry = z.strictObject({
  /** A short key, used by the formula's \htmlClass{sym-<key>}{…} marks to link symbol and entry. */
  key: Id.optional(),
  symbol: Tex,
  meaning: Text,
});

export const DerivationStep = z.strictObject({
  tex: Tex,
  text: Text,
  /** The formula record this step arrives at, if it is one. */
  formula: Id.optional(),
});

export const FormulaVariant = z.strictObject({
  name: z.string().min(1),
  tex: Tex,
  where: Text,
});

export const Formula = z.strictObject({
  id: Id,
  title: Text,
  section: Section,
  /** The equation number printed in the survey, when it has one. */
  equation: z.number().int().positive().optional(),
  tex: Tex,
  /** The survey's printed form, when it differs from `tex` (the original paper's form). */
  surveyTex: Tex.optional(),
  glossary: z.array(GlossaryEntry).min(1, { error: 'a formula needs a glossary of its symbols' }),
  methods: z.array(Id).default([]),
  note: Text.optional(),
  derivation: z.array(DerivationStep).default([]),
  variants: z.array(FormulaVariant).default([]),
  demo: z.enum(DEMOS).optional(),
});

export const TimelineEvent = z.strictObject({
  id: Id,
  year: Year,
  /** For Figure 3's first column, which spans 2018–2021. */
  yearEnd: Year.optional(),
  date: MonthDate.optional(),
  /** A Figure 3 track, or absent for a history milestone that sits above the tracks. */
  track: z.enum(TRACKS, { error: `track must be one of: ${TRACKS.join(', ')}` }).optional(),
  label: nonEmpty('label'),
  title: Text.optional(),
  summary: Text.optional(),
  org: z.string().optional(),
  /** As drawn in Figure 3 (filled box = open source); may contradict reality, see `note`. */
  openSource: z.boolean().optional(),
  milestone: z.boolean().default(false),
  source: z.enum(['figure3', 'history']),
  methods: z.array(Id).default([]),
  refs: z.array(Citation).default([]),
  note: Text.optional(),
});

export const Dataset = z.strictObject({
  id: Id,
  name: nonEmpty('name'),
  aliases: z.array(z.string().min(1)).default([]),
  category: z.enum(DATASET_CATEGORIES, { error: `category must be one of: ${DATASET_CATEGORIES.join(', ')}` }),
  construction: z.array(z.enum(DATASET_CONSTRUCTIONS)).min(1),
  size: z.strictObject({
    value: z.number().positive(),
    unit: z.enum(SIZE_UNITS),
    /** As printed in the survey, e.g. "93K". */
    label: z.string().min(1),
  }).optional(),
  languages: z.array(z.enum(LANGUAGES)).default([]),
  task: z.enum(TASK_SCOPES).optional(),
  stages: z.array(z.enum(STAGES)).default([]),
  origin: z.string().optional(),
  release: MonthDate.optional(),
  year: Year.nullable(),
  nodes: z.array(Id).min(1),
  summary: Text,
  refs: z.array(Citation).default([]),
  related: z.array(Id).default([]),
});

export const TableColumn = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_]*$/, { error: 'column key must be snake_case' }),
  label: Text,
  description: Text.optional(),
  type: z.enum(COLUMN_TYPES).default('text'),
});

export const TableRow = z.strictObject({
  cells: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  method: Id.optional(),
  ref: Citation.optional(),
  /** Column keys whose printed cell could not be read with confidence. */
  uncertain: z.array(z.string()).default([]),
  note: Text.optional(),
});

export const SurveyTable = z.strictObject({
  id: Id,
  number: z.number().int().positive(),
  title: Text,
  summary: Text.optional(),
  columns: z.array(TableColumn).min(1),
  rows: z.array(TableRow).min(1),
});

export const Reference = z.strictObject({
  id: Id,
  /** The number in the survey's bibliography (v2). */
  num: z.number().int().positive(),
  authors: z.array(z.string()).default([]),
  title: nonEmpty('title'),
  venue: z.string().optional(),
  year: Year.nullable(),
  arxiv: ArxivId.optional(),
  url: Url.optional(),
  /** The official paper list's link for this title (github.com/Mr-Tieguigui/LLM-Post-Training). */
  paperList: Url.optional(),
  /** The bibliography entry as printed; authoritative when the parsed fields disagree. */
  raw: z.string().min(1),
  /** Why this entry itself is doubtful (e.g. a wrong title), when it is. */
  doubtful: Text.optional(),
});

export const DeckStep = z.strictObject({
  /** The slide's view for this step, as a route ("#/demos/ppo?eps=0.3"); absent keeps the slide's view. */
  view: z.string().optional(),
  caption: Text.optional(),
});

export const Slide = z.strictObject({
  /** A route of the app, e.g. "#/timeline?from=2020&to=2023". */
  view: z.string({ error: 'missing view: a route such as "#/taxonomy/alignment"' }),
  title: Text.optional(),
  notes: Text,
  steps: z.array(DeckStep).default([]),
});

export const Deck = z.strictObject({
  id: Id,
  title: Text,
  summary: Text,
  slides: z.array(Slide).min(1),
});

/**
 * One YAML file under content/. Any file may hold any section; by convention each holds one
 * (see content/README in the project README). Exactly one file holds `survey`.
 */
export const ContentFile = z.strictObject({
  survey: SurveyMeta.optional(),
  nodes: z.array(Node).optional(),
  methods: z.array(Method).optional(),
  formulas: z.array(Formula).optional(),
  timeline: z.array(TimelineEvent).optional(),
  datasets: z.array(Dataset).optional(),
  tables: z.array(SurveyTable).optional(),
  references: z.array(Reference).optional(),
  decks: z.array(Deck).optional(),
}, { error: (iss) => (iss.code === 'invalid_type' ? 'a content file must be a mapping with sections such as "methods:" or "nodes:"' : undefined) });

export type Text = z.infer<typeof Text>;
export type Citation = z.infer<typeof Citation>;
export type SurveyMeta = z.infer<typeof SurveyMeta>;
export type ContentFile = z.infer<typeof ContentFile>;
export type NodeRecord = z.infer<typeof Node>;
export type MethodRecord = z.infer<typeof Method>;
export type FormulaRecord = z.infer<typeof Formula>;
export type TimelineRecord = z.infer<typeof TimelineEvent>;
export type DatasetRecord = z.infer<typeof Dataset>;
export type TableRecord = z.infer<typeof SurveyTable>;
export type ReferenceRecord = z.infer<typeof Reference>;
export type DeckRecord = z.infer<typeof Deck>;

// ---------------------------------------------------------------------------------------------
// The resolved document (/data/survey.json): the records above plus the links the build derives.

/** A citation after resolution: always an object, never the string shorthand. */
export const ResolvedCitation = z.strictObject({ ref: Id, doubtful: Text.optional(), note: Text.optional() });

export const ResolvedNode = Node.extend({
  root: z.enum(ROOTS),
  depth: z.number().int().min(0),
  children: z.array(Id),
  /** Methods and datasets placed at this node itself, in content order. */
  methods: z.array(Id),
  /** Methods and datasets at this node or below it (distinct). */
  methodCount: z.number().int().min(0),
});

export const ResolvedMethod = Method.extend({
  refs: z.array(ResolvedCitation),
  /** The paradigms/roots of its nodes, in ROOTS order. */
  roots: z.array(z.enum(ROOTS)),
  timeline: z.array(Id),
});

export const ResolvedDataset = Dataset.extend({ refs: z.array(ResolvedCitation) });
export const ResolvedTimelineEvent = TimelineEvent.extend({ refs: z.array(ResolvedCitation) });
export const ResolvedTableRow = TableRow.extend({ ref: ResolvedCitation.optional() });
export const ResolvedTable = SurveyTable.extend({ rows: z.array(ResolvedTableRow) });

export const SurveyDocument = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  survey: SurveyMeta,
  nodes: z.array(ResolvedNode),
  methods: z.array(ResolvedMethod),
  formulas: z.array(Formula),
  timeline: z.array(ResolvedTimelineEvent),
  datasets: z.array(ResolvedDataset),
  tables: z.array(ResolvedTable),
  references: z.array(Reference),
  decks: z.array(Deck),
});

export type ResolvedNode = z.infer<typeof ResolvedNode>;
export type ResolvedMethod = z.infer<typeof ResolvedMethod>;
export type ResolvedDataset = z.infer<typeof ResolvedDataset>;
export type ResolvedTimelineEvent = z.infer<typeof ResolvedTimelineEvent>;
export type ResolvedTable = z.infer<typeof ResolvedTable>;
export type ResolvedCitation = z.infer<typeof ResolvedCitation>;
export type SurveyDocument = z.infer<typeof SurveyDocument>;
