// The browser half of `npm run bench`: serves dist/ with `vite preview`, drives Chromium (Debian's
// when present, else Playwright's own) and measures what only a browser can: bytes over the wire per
// route (gzip, as any static host serves them), time until the taxonomy tree is drawn, tree
// expand-all, and each demo's slider input → updated DOM.
import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const PORT = 4175;
export const BASE = `http://127.0.0.1:${PORT}`;

export async function startPreview(root: string): Promise<ChildProcess> {
  const proc = spawn(`${root}/node_modules/.bin/vite`, ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { cwd: root, stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return proc;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.kill();
  throw new Error('vite preview did not start');
}

export async function launch(): Promise<Browser> {
  const system = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return chromium.launch({
    executablePath: process.env.PW_BROWSER !== 'bundled' && existsSync(system) ? system : undefined,
    args: ['--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
  });
}

const COMPRESSIBLE = /\.(js|css|html|json|svg|webmanifest)(\?|$)|\/$/;

/** Bytes a first visit to `hash` transfers, gzip-compressed as a static host would send them. */
export async function bytesOverWire(browser: Browser, hash: string): Promise<{ total: number; requests: number }> {
  // A fresh context and no service worker: what a first-time visitor downloads.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  page.on('response', (res) => {
    sizes.push(
      res.body().then(
        (b) => (COMPRESSIBLE.test(res.url()) ? gzipSync(b, { level: 9 }).length : b.length),
        () => 0,
      ),
    );
  });
  await page.goto(`${BASE}/${hash}`, { waitUntil: 'networkidle' });
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  const all = await Promise.all(sizes);
  await context.close();
  return { total: all.reduce((a, b) => a + b, 0), requests: all.length };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Milliseconds from navigation start until the taxonomy tree has its items (median of runs). */
export async function treeFirstPaint(browser: Browser, runs = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${BASE}/#/taxonomy`);
    await page.locator('[role=treeitem]').first().waitFor();
    times.push(await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())))));
    await context.close();
  }
  return median(times);
}

/** Expand-all on the survey's tree: click until every branch is drawn (median of runs). */
export async function treeExpandAll(browser: Browser, runs = 5): Promise<number> {
  const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.goto(`${BASE}/#/taxonomy?open=A`);
    await page.locator('[role=treeitem]').first().waitFor();
    const t = await page.evaluate(async () => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Expand all')!;
      const t0 = performance.now();
      button.click();
      // Done when no visible branch is still closed, then one frame for paint.
      while (document.querySelector('[role=treeitem][aria-expanded="false"]')) await new Promise((r) => setTimeout(r, 0));
      await new Promise((r) => requestAnimationFrame(r));
      return performance.now() - t0;
    });
    times.push(t);
  }
  await page.context().close();
  return median(times);
}

/**
 * Median ms from a slider's input event until the page is updated and laid out. React handles an
 * input event as a discrete update, synchronously inside dispatchEvent; forcing layout afterwards adds
 * the browser's style and layout work. (Waiting for the next animation frame would add vsync, up to
 * 16.7 ms, that no code can remove.)
 */
export async function sliderLatency(page: Page, hash: string, sliderName: RegExp, values: number[]): Promise<number> {
  await page.goto(`${BASE}/${hash}`);
  const slider = page.getByRole('slider', { name: sliderName }).first();
  await slider.waitFor();
  const handle = await slider.elementHandle();
  const times = await page.evaluate(
    async ({ el, vals }) => {
      const input = el as HTMLInputElement;
      // React tracks the value property; set it through the prototype so the change is seen.
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const out: number[] = [];
      for (const v of vals) {
        const t0 = performance.now();
        setter.call(input, String(v));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        void document.body.offsetHeight; // force style and layout of the updated DOM
        out.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 0));
      }
      return out;
    },
    { el: handle, vals: values },
  );
  return median(times);
}
