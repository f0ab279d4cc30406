import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { languages } from '../../src/i18n/index.ts';
import { isFolderPage } from '../../src/lib/folder-pages.ts';
import { SEARCHABLE_SECTIONS } from '../../src/lib/search-scope.ts';
import { dist } from './built-site.ts';

/*
 * Pagefind reads only the searchable sections' folders (scripts/search-index.ts). A page marked
 * searchable anywhere else would never be found, and one in those folders left unmarked would be
 * indexed whole, header and footer included: the marks and the folders must agree.
 */

const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.html'))
  .map((e) => join(e.parentPath, e.name).slice(dist.length + 1));

/** A page of a searchable section, not a folder's own page, which only sends the reader on. */
const inSearchableSection = (path: string): boolean => {
  const [lang, section, ...rest] = path.split('/');
  const folderPage = isFolderPage(`${section}/${rest.join('/').replace(/index\.html$/, '')}`);
  return (languages as readonly string[]).includes(lang ?? '') && (SEARCHABLE_SECTIONS as readonly string[]).includes(section ?? '') && !folderPage;
};

describe('the search index', () => {
  // The attribute on an element, not the words in an article's text.
  const marked = pages.filter((path) => /<[a-z]+\s[^>]*\bdata-pagefind-body\b/.test(readFileSync(join(dist, path), 'utf8')));

  it('covers exactly the pages marked searchable: those of the searchable sections', () => {
    assert.ok(marked.length > 0, 'no page is marked searchable');
    assert.deepEqual(marked.filter((path) => !inSearchableSection(path)), [], 'marked searchable outside the sections Pagefind reads');
    assert.deepEqual(pages.filter((path) => inSearchableSection(path) && !marked.includes(path)), [], 'in a searchable section but not marked');
  });

  it('holds every one of them, in its language', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    for (const lang of languages) {
      const expected = marked.filter((path) => path.startsWith(`${lang}/`)).length;
      assert.equal(entry.languages[lang]?.page_count, expected, `${lang}: pages in the index`);
    }
  });
});
