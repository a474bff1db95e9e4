// The content pipeline inside Vite. `vite build` validates content/ before bundling and fails on any
// problem (printed exactly as `npm run validate` prints it); on success it publishes the resolved
// document as data/survey.json and its JSON Schema as data/survey.schema.json. The dev server serves
// the same files (and the per-view parts, see parts.ts), re-validated on every request, and reloads the page when content changes.
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { formatProblem } from './load.ts';
import { PARTS, partPath, splitDocument } from './parts.ts';
import { surveyJsonSchema, validateContentDir, type ValidationResult } from './validate.ts';

export const SURVEY_JSON = 'data/survey.json';
export const SURVEY_SCHEMA_JSON = 'data/survey.schema.json';

function report(result: ValidationResult): string {
  return `${result.problems.map(formatProblem).join('\n')}\n\n${result.problems.length} content problem(s); nothing was published.`;
}

export function surveyContent(): Plugin {
  let root = process.cwd();
  let command: 'build' | 'serve' = 'serve';
  let result: ValidationResult | null = null;

  return {
    name: 'polm-survey-content',
    configResolved(config) {
      root = config.root;
      command = config.command;
    },
    buildStart() {
      if (command !== 'build') return;
      result = validateContentDir(root);
      this.addWatchFile(resolve(root, 'content'));
      if (result.problems.length > 0) this.error(report(result));
    },
    generateBundle() {
      if (!result?.document) return;
      this.emitFile({ type: 'asset', fileName: SURVEY_JSON, source: JSON.stringify(result.document) });
      this.emitFile({ type: 'asset', fileName: SURVEY_SCHEMA_JSON, source: JSON.stringify(surveyJsonSchema(), null, 2) });
      const parts = splitDocument(result.document);
      for (const part of PARTS) this.emitFile({ type: 'asset', fileName: partPath(part), source: JSON.stringify(parts[part]) });
    },
    configureServer(server: ViteDevServer) {
      const contentDir = resolve(root, 'content');
      server.watcher.add(contentDir);
      server.watcher.on('change', (file) => {
        if (file.startsWith(contentDir)) server.ws.send({ type: 'full-reload' });
      });
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0];
        const part = PARTS.find((p) => url.endsWith('/' + partPath(p)));
        if (url.endsWith('/' + SURVEY_JSON) || part) {
          const fresh = validateContentDir(root);
          if (fresh.problems.length > 0) {
            const text = report(fresh);
            server.config.logger.error(text);
            server.ws.send({ type: 'error', err: { message: text, stack: '' } });
            res.statusCode = 500;
            res.setHeader('content-type', 'text/plain; charset=utf-8');
            res.end(text);
            return;
          }
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify(part ? splitDocument(fresh.document!)[part] : fresh.document));
          return;
        }
        if (url.endsWith('/' + SURVEY_SCHEMA_JSON)) {
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify(surveyJsonSchema(), null, 2));
          return;
        }
        next();
      });
    },
  };
}
