// axe-core, run in the page directly. @axe-core/playwright's builder re-injects the engine and
// finishes every run in a fresh blank page, which cost 1–4 s per call here against 0.1–0.9 s for
// axe.run itself; the app has no iframes, so the in-page run sees everything the builder would.
// page.evaluate is not subject to the app's Content-Security-Policy, so injecting works.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Violations as one line each ("rule [impact] help: targets"), so a failure lists what to fix. */
export async function axeViolations(page: Page, runOnly: { tags: string[] } | { rules: string[] } = { tags: WCAG_AA }): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (only) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(document, { runOnly: 'tags' in only ? { type: 'tag', values: only.tags } : { type: 'rule', values: only.rules } });
    return results.violations.map((v) => `${v.id} [${v.impact}] ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  }, runOnly);
}
