// Shared e2e fixture: every test fails on a page error, a console error, or a request that leaves
// 127.0.0.1. Tests import { test, expect } from here instead of from @playwright/test.
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ guard: { requests: string[]; problems: string[] } }>({
  guard: [
    async ({ page, context }, use) => {
      const requests: string[] = [];
      const problems: string[] = [];
      // Context-level, so requests from workers and service workers are seen too.
      context.on('request', (r) => requests.push(r.url()));
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console.error: ${m.text()}`);
      });
      await use({ requests, problems });
      const foreign = requests.filter((u) => {
        const { protocol, hostname } = new URL(u);
        return !(protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1');
      });
      expect(foreign, 'requests that left 127.0.0.1').toEqual([]);
      expect(problems, 'page errors and console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
