import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CollectionEntry } from 'astro:content';
import { articleText, translationKey } from '../../../src/lib/article-text.ts';

const rendered = { html: '<p>…</p>' };
const article = {
  id: 'a',
  collection: 'articles',
  filePath: 'content/articles/a.mdx',
  data: { title: 'Judul', lang: 'id', hash: 'h1' },
  rendered,
} as unknown as CollectionEntry<'articles'>;
const translation = (sourceHash: string, withHtml = true) =>
  ({
    id: translationKey('en', 'a'),
    collection: 'translations',
    filePath: 'content/translations/en/a.md',
    data: { title: 'Title', sourceHash },
    rendered: withHtml ? rendered : undefined,
  }) as unknown as CollectionEntry<'translations'>;
const translations = (...entries: CollectionEntry<'translations'>[]) => new Map(entries.map((t) => [t.id, t]));

describe('articleText', () => {
  it('shows the original in its own language', () => {
    const text = articleText(article, translations(translation('h1')), 'id');
    assert.deepEqual([text.entry, text.title, text.lang, text.untranslated], [article, 'Judul', 'id', false]);
  });

  it('shows the translation in the other language, and says when the source changed after it', () => {
    const text = articleText(article, translations(translation('h1')), 'en');
    assert.deepEqual([text.title, text.lang, text.outdated], ['Title', 'en', false]);
    assert.equal(articleText(article, translations(translation('h0')), 'en').outdated, true);
  });

  it('shows the original, marked untranslated, where no translation exists', () => {
    const text = articleText(article, translations(), 'en');
    assert.deepEqual([text.entry, text.lang, text.untranslated], [article, 'id', true]);
  });

  it('refuses a text the content layer could not render, naming its file, rather than showing nothing', () => {
    const { rendered: _html, ...unrendered } = article;
    assert.throws(() => articleText(unrendered, translations(), 'id'), /^Error: content\/articles\/a\.mdx: this text could not be rendered/);
    assert.throws(() => articleText(article, translations(translation('h1', false)), 'en'), /content\/translations\/en\/a\.md: /);
  });
});
