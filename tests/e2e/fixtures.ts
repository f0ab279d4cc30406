import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

interface Options {
  /** Origins besides the site's own that a test may load from (e.g. an embedding host page). */
  allowedOrigins: string[];
  /** The test opens a missing page on purpose: the browser's console error for that 404 is expected. */
  opensMissingPage: boolean;
}

/**
 * Every test gets a guard: a console error, an uncaught exception or a request to any other
 * origin fails it, on every page the test opens.
 */
export const test = base.extend<Options & { pageGuard: void }>({
  allowedOrigins: [[], { option: true }],
  opensMissingPage: [false, { option: true }],
  pageGuard: [
    async ({ context, baseURL, allowedOrigins, opensMissingPage }, use) => {
      const allowed = new Set([new URL(baseURL ?? 'http://localhost/').origin, ...allowedOrigins]);
      const problems: string[] = [];
      const missingDocuments = new Set<string>();
      const watch = (page: Page) => {
        page.on('response', (response) => {
          if (response.status() === 404 && response.request().isNavigationRequest()) missingDocuments.add(response.url());
        });
        page.on('console', (message) => {
          if (message.type() !== 'error') return;
          if (opensMissingPage && missingDocuments.has(message.location().url)) return;
          problems.push(`console error on ${page.url()}: ${message.text()}`);
        });
        page.on('pageerror', (error) => problems.push(`uncaught error on ${page.url()}: ${error.message}`));
      };
      context.on('page', watch);
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol.startsWith('http') && !allowed.has(url.origin)) problems.push(`request to another origin: ${request.url()}`);
      });
      await use();
      expect(problems, 'console errors, uncaught errors or requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Fails with a readable list when axe-core finds any WCAG 2.2 A/AA violation. */
export async function expectAccessible(page: Page, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const report = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
  expect(report, `axe-core violations on ${page.url()}`).toEqual([]);
}
