import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AstroIntegration } from 'astro';
import { siteUrlNotice } from '../../../src/integrations/site-url-notice.ts';

type BuildDone = NonNullable<AstroIntegration['hooks']['astro:build:done']>;

/** What the hook warns, run with only the logger it uses. */
async function warnings(env: Record<string, string | undefined>): Promise<string[]> {
  const said: string[] = [];
  await siteUrlNotice(env).hooks['astro:build:done']!({ logger: { warn: (message: string) => said.push(message) } } as unknown as Parameters<BuildDone>[0]);
  return said;
}

describe('the notice of an unset SITE_URL', () => {
  it('tells a build without SITE_URL which address its pages give, and how to set it', async () => {
    const [notice, ...rest] = await warnings({});
    assert.deepEqual(rest, []);
    assert.match(notice ?? '', /SITE_URL is unset, so the pages give http:\/\/localhost:4321 as the site's address/);
    assert.match(notice ?? '', /SITE_URL=https:\/\/<user>\.github\.io npm run build/);
  });

  it('says nothing when the build was told its address', async () => {
    assert.deepEqual(await warnings({ SITE_URL: 'https://example.github.io' }), []);
  });
});
