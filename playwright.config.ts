// Browser tests against the production build served on 127.0.0.1.
// Browser choice, in order: PW_BROWSER=bundled → Playwright's own build; CHROMIUM_PATH → that binary;
// /usr/bin/chromium (Debian) when present; otherwise Playwright's own build (npx playwright install chromium).
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const useSystem = process.env.PW_BROWSER !== 'bundled' && existsSync(systemChromium);
const PORT = Number(process.env.PREVIEW_PORT ?? 4173);
const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: false,
  workers: 1, // a 2-core machine runs one browser at a time fastest and steadiest
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: useSystem ? systemChromium : undefined,
          // Playwright already passes --headless, --no-sandbox, --disable-background-networking and
          // a fresh profile. The resolver rule stops the browser itself from looking up any outside
          // host, so the "no request leaves 127.0.0.1" checks test the app, not Chromium's updater.
          args: ['--disable-gpu', '--disable-quic', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
        },
      },
    },
  ],
  webServer: {
    // The suite tests what ships: `npm test` has just built dist/ (`npm run e2e` builds, then tests).
    command: `./node_modules/.bin/vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
