import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, locateBrowser } from '../scripts/browser.ts';
import { CORPUS_SITE, MAIN_SITE } from './e2e/sites.ts';

/**
 * Two built sites, each served the way GitHub Pages would: the main one (the repo's sources)
 * under a sub-path base, and one built from a corpus the ingest tests never saw.
 * `npm test` builds both first (scripts/test.ts); run alone, this expects them already built.
 */
const executablePath = process.env['CHROMIUM_PATH'] ?? locateBrowser();

const server = (site: typeof MAIN_SITE) => ({
  command: `"${process.execPath}" scripts/serve.ts --root "${site.outDir}" --base "${site.base}" --port ${site.port}`,
  url: site.url,
  cwd: '..',
  reuseExistingServer: false,
  stdout: 'ignore' as const,
});

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: process.env['CI'] ? [['line']] : [['list']],
  use: {
    ...devices['Desktop Chrome'],
    channel: undefined,
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: chromiumArgs() },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'site', testIgnore: /corpus\.spec\.ts/, use: { baseURL: MAIN_SITE.url } },
    { name: 'corpus', testMatch: /corpus\.spec\.ts/, use: { baseURL: CORPUS_SITE.url } },
  ],
  webServer: [server(MAIN_SITE), server(CORPUS_SITE)],
});
