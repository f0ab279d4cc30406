import assert from 'node:assert/strict';
import { test } from 'node:test';
import { repeatsTitle } from '../../../scripts/ingest/title-line.ts';

test('a line repeats the title when it has all its words, whatever their case, diacritics and punctuation', () => {
  assert.ok(repeatsTitle('Kerja Sama Jakarta–São Paulo Diperkuat - Berita Jakarta', 'Kerja sama Jakarta-Sao Paulo diperkuat'));
  assert.ok(!repeatsTitle('Kerja Sama Jakarta–Rio Diperkuat', 'Kerja sama Jakarta-Sao Paulo diperkuat'));
});

test('a title without a word repeats in no line, so no line is dropped for it', () => {
  assert.ok(!repeatsTitle('— | —', '—'));
});
