import { join, resolve } from 'node:path';
import { close, createIndex } from 'pagefind';
import { outDir } from '../src/lib/build-env.ts';
import { searchableGlob } from '../src/lib/search-scope.ts';

/**
 * `npm run build`'s search step: Pagefind indexes the built site's searchable pages, one index per
 * `<html lang>`, into `<site>/pagefind/` ($OUT_DIR, else dist).
 */
const site = resolve(outDir());

function fail(errors: readonly string[]): never {
  console.error(`search index: ${errors.join('\n')}`);
  process.exit(1);
}

const { index, errors } = await createIndex();
if (!index) fail(errors.length > 0 ? errors : ['Pagefind did not start']);
const added = await index.addDirectory({ path: site, glob: searchableGlob });
if (added.errors.length > 0) fail(added.errors);
if (added.page_count === 0) fail([`no searchable page in ${site}: run "npm run build", which builds the site before indexing it`]);
const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
if (written.errors.length > 0) fail(written.errors);
await close();
