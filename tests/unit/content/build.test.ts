// `vite build` runs the same validation: broken content fails the build with the same
// file:line:col report, and valid content is published as data/survey.json (+ schema and parts).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rollup } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { surveyContent } from '../../../src/content/vitePlugin.ts';
import { edit, sources } from './fixture.ts';

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

function project(overrides: Parameters<typeof sources>[0] = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'polm-build-'));
  dirs.push(root);
  mkdirSync(join(root, 'content'));
  for (const s of sources(overrides)) writeFileSync(join(root, s.file), s.text);
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title><p>t</p>');
  return root;
}

const run = (root: string) =>
  build({ root, configFile: false, logLevel: 'silent', plugins: [surveyContent()], build: { write: false } });

describe('the build', () => {
  it('fails on a content problem with its file, line and column', async () => {
    const root = project(edit('methods', 'year: 2024', 'year: 2099'));
    await expect(run(root)).rejects.toThrow(/content\/methods\.yaml:16:11 {2}methods\[1\]\.year {2}year must be between 1950 and 2030/);
  });

  it('publishes the resolved document, its schema and the per-view parts', async () => {
    const out = (await run(project())) as Rollup.RollupOutput;
    const files = new Map(out.output.map((o) => [o.fileName, o]));
    const json = (name: string) => JSON.parse(String((files.get(name) as Rollup.OutputAsset).source));
    expect(json('data/survey.json').schemaVersion).toBe(1);
    expect(json('data/survey.json').methods.map((m: { id: string }) => m.id)).toEqual(['ppo', 'dpo']);
    expect(json('data/survey.schema.json').$schema).toMatch(/json-schema/);
    expect(json('data/parts/methods.json')).toHaveLength(2);
    expect(json('data/parts/meta.json').survey.arxiv).toBe('2503.06072');
  });
});
