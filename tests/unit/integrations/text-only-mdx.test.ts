import assert from 'node:assert/strict';
import { test } from 'node:test';
import { textOnlyMdx } from '../../../src/integrations/text-only-mdx.ts';

/** Runs the integration's setup hook against recording helpers, defined the way Astro defines them: non-enumerable. */
async function setUp(): Promise<Map<string, unknown[]>> {
  const calls = new Map<string, unknown[]>();
  const params = { config: { root: new URL('file:///site/'), srcDir: new URL('file:///site/src/') }, command: 'build' };
  for (const helper of ['addRenderer', 'addPageExtension', 'addContentEntryType', 'updateConfig']) {
    Object.defineProperty(params, helper, { value: (arg: unknown) => calls.set(helper, [...(calls.get(helper) ?? []), arg]), enumerable: false });
  }
  const setup = textOnlyMdx().hooks['astro:config:setup'];
  assert.ok(setup);
  await setup(params as unknown as Parameters<typeof setup>[0]);
  return calls;
}

test('registers .mdx entries without asset propagation', async () => {
  const [entryType] = (await setUp()).get('addContentEntryType') as { extensions: string[]; handlePropagation: boolean }[];
  assert.deepEqual(entryType?.extensions, ['.mdx']);
  assert.equal(entryType?.handlePropagation, false);
});

test('keeps everything else @astrojs/mdx sets up: its renderer, page extension and Vite plugins', async () => {
  const calls = await setUp();
  assert.deepEqual(calls.get('addPageExtension'), ['.mdx']);
  assert.equal(calls.get('addRenderer')?.length, 1);
  const [update] = calls.get('updateConfig') as { vite: { plugins: { name: string }[] } }[];
  assert.deepEqual(update?.vite.plugins.map((p) => p.name), ['@mdx-js/rolldown', '@astrojs/mdx-postprocess']);
});

test('is @astrojs/mdx by name, so Astro and other integrations still recognise it', () => {
  assert.equal(textOnlyMdx().name, '@astrojs/mdx');
});
