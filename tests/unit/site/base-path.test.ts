import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normaliseBase } from '../../../src/lib/base-path.ts';

describe('the base path', () => {
  it('is "/" when it names no folder', () => {
    for (const base of ['', '/', '//']) assert.equal(normaliseBase(base), '/');
  });

  it('has one slash at each end and between segments, however it was written', () => {
    for (const base of ['a', '/a', '/a/', '//a//', 'a/']) assert.equal(normaliseBase(base), '/a/');
    for (const base of ['a/b/', '/a/b', 'a//b']) assert.equal(normaliseBase(base), '/a/b/');
  });

  it('is left as it is once normal', () => {
    for (const base of ['/', '/a/', '/jakarta-diplomacy/preview/']) assert.equal(normaliseBase(base), base);
  });
});
