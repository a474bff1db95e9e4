// The whole content pipeline in one call, shared by `npm run validate`, the Vite plugin and tests:
// parse every file, check across files, and only if nothing is wrong, resolve the document.
// No half-valid content is ever published: any problem means no document.
import { z } from 'zod';
import { checkContent } from './check.ts';
import { parseContentFile, readContentDir, type Problem, type Source } from './load.ts';
import { resolveContent } from './resolve.ts';
import { ContentFile, SurveyDocument } from './schema.ts';

export interface ValidationResult {
  problems: Problem[];
  document: SurveyDocument | null;
  files: number;
}

export function validateSources(sources: readonly Source[]): ValidationResult {
  const parsed = sources.map(parseContentFile);
  const problems = parsed.flatMap((p) => p.problems);
  // Cross-file checks run even when some files failed, so one run shows every problem at once;
  // failed files simply contribute no records.
  problems.push(...checkContent(parsed));
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
  if (problems.length > 0) return { problems, document: null, files: sources.length };
  const document = resolveContent(parsed.map((p) => p.data!));
  return { problems, document, files: sources.length };
}

export function validateContentDir(root: string): ValidationResult {
  return validateSources(readContentDir(root));
}

/** JSON Schema for one YAML content file (what editors use while you type). */
export function contentJsonSchema(): object {
  return {
    ...z.toJSONSchema(ContentFile, { io: 'input', unrepresentable: 'any' }),
    title: 'PoLM Explorer content file',
    description: 'One YAML file under content/. See README.md, "Editing content".',
  };
}

/** JSON Schema for /data/survey.json. */
export function surveyJsonSchema(): object {
  return {
    ...z.toJSONSchema(SurveyDocument, { io: 'output', unrepresentable: 'any' }),
    title: 'PoLM Explorer survey document',
    description: 'The resolved content of PoLM Explorer: the survey "A Survey on Post-training of Large Language Models" as data.',
  };
}
