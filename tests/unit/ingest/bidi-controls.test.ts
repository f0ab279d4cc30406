import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bidiWarning } from '../../../scripts/ingest/bidi-controls.ts';
import { ingestSource } from '../../../scripts/ingest/pipeline.ts';
import { bytes, loadContext } from './context.ts';

test('a right-to-left override that nothing closes is named with its line, and the text is kept as written', () => {
  const paragraph = 'Tautan resmi: \u202egnp.lanoisan\u202c dan \u202efdp.atrakaj';
  const { article, warnings } = ingestSource('a.txt', bytes(`Judul Berita\nSelasa, 30 Oktober 2018\n${paragraph}\nIa pulang.`), loadContext());
  assert.deepEqual(article.paragraphs, [paragraph, 'Ia pulang.']);
  assert.ok(
    warnings.includes('line 3: a right-to-left override (U+202E) that nothing closes turns the rest of the line around on the page; delete it, or close it with U+202C'),
    warnings.join('\n'),
  );
});

test('closed controls, nested ones and lines without any pass', () => {
  const lines = ['Nama \u2067مرحبا\u2069 ditulis.', 'A \u202b\u2066b\u2069c\u202c d.', 'a \u2066b \u202ac\u2069 d', 'Tanpa kendali arah.'].map((text, i) => ({ text, line: i + 1 }));
  assert.equal(bidiWarning(lines), undefined);
  assert.match(bidiWarning([{ text: 'A \u2067b', line: 7 }]) ?? '', /^line 7: a right-to-left isolate \(U\+2067\) .* close it with U\+2069$/);
});
