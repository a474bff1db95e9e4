// The resolved document is published whole (/data/survey.json, the download) and also split into
// parts (/data/parts/<part>.json) so that each view fetches only what it shows: the overview must not
// wait for 552 bibliography entries. Shared by the build (which writes the parts) and the app.
import type { SurveyDocument } from './schema.ts';

export const PARTS = ['meta', 'nodes', 'methods', 'formulas', 'timeline', 'datasets', 'tables', 'references', 'decks'] as const;
export type Part = (typeof PARTS)[number];

/** What the overview page shows of the taxonomy and the timeline, so the first route loads neither. */
export type RootSummary = Pick<SurveyDocument['nodes'][number], 'id' | 'name' | 'summary' | 'section' | 'methodCount'>;
export type Milestone = Pick<SurveyDocument['timeline'][number], 'id' | 'year' | 'label' | 'title' | 'summary'>;

export interface PartData {
  meta: { schemaVersion: SurveyDocument['schemaVersion']; survey: SurveyDocument['survey']; roots: RootSummary[]; milestones: Milestone[] };
  nodes: SurveyDocument['nodes'];
  methods: SurveyDocument['methods'];
  formulas: SurveyDocument['formulas'];
  timeline: SurveyDocument['timeline'];
  datasets: SurveyDocument['datasets'];
  tables: SurveyDocument['tables'];
  references: SurveyDocument['references'];
  decks: SurveyDocument['decks'];
}

export const partPath = (part: Part) => `data/parts/${part}.json`;

export function splitDocument(doc: SurveyDocument): PartData {
  const { schemaVersion, survey, ...rest } = doc;
  const roots = doc.nodes.filter((n) => n.depth === 0).map(({ id, name, summary, section, methodCount }) => ({ id, name, summary, section, methodCount }));
  const milestones = doc.timeline.filter((e) => e.milestone).map(({ id, year, label, title, summary }) => ({ id, year, label, title, summary }));
  return { meta: { schemaVersion, survey, roots, milestones }, ...rest };
}
