import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { markupWarning } from '../../../scripts/ingest/html-markup.ts';
import { ingestSource } from '../../../scripts/ingest/pipeline.ts';
import { bytes, loadContext } from './context.ts';

const at = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

describe('HTML markup in a source', () => {
  it('names the first line that holds a tag or a character reference, the markup, and how many lines more', () => {
    assert.equal(
      markupWarning(at('Gubernur berbicara.', '<p>Gubernur DKI Jakarta berbicara di <a href="x">Casablanca</a>.</p>', 'Ia siap bekerja sama &amp; berkolaborasi.')),
      "line 2: HTML markup `<p>` (and 1 line after it), which the site shows as text; copy the article's text as the browser shows it, not the page's source, or delete the markup",
    );
    assert.match(markupWarning(at('Harga naik&nbsp;5 persen.')) ?? '', /^line 1: HTML markup `&nbsp;`, which/);
  });

  it('passes over comparisons, ampersands and angle brackets that are no tags', () => {
    assert.equal(markupWarning(at('Nilai a < b > c, dan R&D naik.', 'Kota <Jakarta> & Casablanca.', 'Lihat <paragraf> berikut.')), undefined);
  });

  it('is a warning of the source that holds it, which still ingests with its text whole', () => {
    const source = '---\ndate: 2018-04-18\n---\n<h1>Anies Berbicara di Casablanca</h1>\n<p>Rabu, 18 April 2018 - 10:30 WIB</p>\n<p>Gubernur DKI Jakarta berbicara di Casablanca.</p>\n';
    const { article, warnings } = ingestSource('a.txt', bytes(source), loadContext());
    assert.equal(article.title, '<h1>Anies Berbicara di Casablanca</h1>');
    assert.deepEqual(article.paragraphs, ['<p>Rabu, 18 April 2018 - 10:30 WIB</p>', '<p>Gubernur DKI Jakarta berbicara di Casablanca.</p>']);
    assert.deepEqual(warnings.filter((w) => w.includes('HTML markup')), [
      "line 4: HTML markup `<h1>` (and 2 lines after it), which the site shows as text; copy the article's text as the browser shows it, not the page's source, or delete the markup",
    ]);
  });
});
