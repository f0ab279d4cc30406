import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findMentions } from '../../../scripts/ingest/entities.ts';
import { loadContext } from './context.ts';

const { matcher } = loadContext();
const entities = (text: string) => findMentions(text, matcher).mentions.map((m) => [m.entity, m.text]);

test('a name never runs across the end of a sentence or a paragraph', () => {
  assert.deepEqual(entities('Pengusaha mengeluhkan bunga kredit bank. Dunia usaha berharap suku bunga turun.'), []);
  assert.deepEqual(entities('Pengusaha mengeluhkan bunga kredit bank\nDunia usaha berharap suku bunga turun.'), []);
  assert.deepEqual(entities('Dana dari bank, dunia usaha dan warga.'), []);
});

test('names keep the spaces, dashes and brackets they are written with', () => {
  assert.deepEqual(entities('Pinjaman dari Bank Dunia dan Urban 20 (U20) Mayors Summit.'), [
    ['world-bank', 'Bank Dunia'],
    ['u20', 'Urban 20 (U20) Mayors Summit'],
  ]);
});

test('a name that is itself an acronym matches only in capitals, as acronyms do', () => {
  assert.deepEqual(entities('Ia bertemu rdi, giz dan unicef.'), []);
  assert.deepEqual(entities('Ia bertemu RDI, GIZ dan UNICEF.').map(([id]) => id), ['rdi', 'giz', 'unicef']);
});

test('names written with combining accents (NFD) match as their composed forms do', () => {
  assert.deepEqual(entities('Delegasi dari Sa\u0303o Paulo dan Montre\u0301al hadir.').map(([id]) => id), ['sao-paulo', 'montreal']);
});
