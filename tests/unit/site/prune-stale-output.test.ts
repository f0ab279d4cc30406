import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pruneStaleOutput } from '../../../src/integrations/prune-stale-output.ts';

type ConfigDone = NonNullable<AstroIntegration['hooks']['astro:config:done']>;

/** Runs the hook with only the config fields it reads. */
const configure = (root: string, outDir: string) => () =>
  pruneStaleOutput().hooks['astro:config:done']!({
    config: { root: pathToFileURL(root), outDir: pathToFileURL(outDir), cacheDir: pathToFileURL(`${root}node_modules/.astro/`) },
  } as unknown as Parameters<ConfigDone>[0]);

describe('pruning stale output', () => {
  it('refuses an output folder that holds the project, whose files it would delete', () => {
    for (const outDir of ['/work/site/', '/work/']) {
      assert.throws(configure('/work/site/', outDir), { message: `OUT_DIR ${outDir} holds the project itself, whose files a build would delete as stale; give OUT_DIR a folder of its own, such as dist` });
    }
  });

  it('takes an output folder inside the project or beside it', () => {
    for (const outDir of ['/work/site/dist/', '/tmp/preview/']) assert.doesNotThrow(configure('/work/site/', outDir));
  });
});
