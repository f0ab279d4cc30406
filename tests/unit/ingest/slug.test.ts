import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { slugify } from '../../../scripts/ingest/slug.ts';

describe('slugify', () => {
  const cases: [string, string][] = [
    ['Anies Jadi Panelis di U20 Mayors Summit', 'anies-jadi-panelis-di-u20-mayors-summit'],
    ['São Paulo & Montréal', 'sao-paulo-montreal'],
    ['  spaces  and   ODD!!punctuation?? ', 'spaces-and-odd-punctuation'],
    ['Uji {1 + 1} <Judul>', 'uji-1-1-judul'],
    ['file name (copy 2).txt', 'file-name-copy-2-txt'],
    ['مرحبا', ''],
  ];
  for (const [input, expected] of cases) it(`"${input}" → "${expected}"`, () => assert.equal(slugify(input), expected));

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('Atasi Persoalan Perkotaan, Pemprov DKI Bertukar Pikiran dengan Mitra Organisasi');
    assert.equal(slug, 'atasi-persoalan-perkotaan-pemprov-dki-bertukar-pikiran');
    assert.ok(slug.length <= 60);
  });

  it('always yields safe characters only', () => {
    for (const input of ['../../etc/passwd', 'CON', 'a/b\\c', '\u0000x', 'ÆØÅ ß']) assert.match(slugify(input), /^[a-z0-9-]*$/);
  });
});
