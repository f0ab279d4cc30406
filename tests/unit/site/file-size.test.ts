import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatFileSize } from '../../../src/lib/file-size.ts';

describe('a file’s size', () => {
  it('is given in the largest unit it reaches, to three figures, as each language writes numbers', () => {
    assert.equal(formatFileSize(14_867_911, 'en'), '14.9 MB');
    assert.equal(formatFileSize(14_867_911, 'id'), '14,9 MB');
    assert.equal(formatFileSize(828_533, 'en'), '829 kB');
    assert.equal(formatFileSize(2_310_000_000, 'id'), '2,31 GB');
  });

  it('is in kilobytes however small the file', () => {
    assert.equal(formatFileSize(1_000, 'en'), '1 kB');
    assert.equal(formatFileSize(420, 'en'), '0.42 kB');
  });
});
