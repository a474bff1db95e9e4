// The resolved document is published whole (/data/survey.json, the download) and also split into
// parts (/data/parts/<part>.json) so that each view fetches only what it shows: the overview must not
// wait for 552 bibliography entries. Shared by the build (which writes the parts) and the app.
import type { SurveyDocument } from './schema.ts';

export const PARTS = ['meta', 'nodes', 'methods', 'formulas', 'timeline', 'datasets', 'tables', 'references', 'decks'] as const;
export type Part = (typeof PARTS)[number];

export interface PartData {
  meta: { schemaVersion: SurveyDocument['schemaVersion']; survey: SurveyDocument['survey'] };
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
  return { meta: { schemaVersion, survey }, ...rest };
}
