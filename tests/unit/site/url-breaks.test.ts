import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { urlPieces } from '../../../src/lib/url-breaks.ts';

describe('url pieces', () => {
  it('breaks after the address punctuation, never inside a word or between two slashes', () => {
    assert.deepEqual(urlPieces('https://www.tempo.co/read/u20-mayors_summit?id=7&x=1'), [
      'https://', 'www.', 'tempo.', 'co/', 'read/', 'u20-', 'mayors_', 'summit?', 'id=', '7&', 'x=', '1',
    ]);
  });

  it('gives back the address whole when joined', () => {
    const url = 'https://desain.beritajakarta.id/read/57530/pemprov-dki-tingkatkan-kerja-sama-dengan-casablanca';
    assert.equal(urlPieces(url).join(''), url);
  });

  it('leaves an address without such punctuation in one piece', () => {
    assert.deepEqual(urlPieces('localhost'), ['localhost']);
  });
});
