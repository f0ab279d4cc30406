import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exactNamesFirst } from '../../../src/browser/search-order.ts';

const hit = (url: string, name?: string) => ({ url, meta: name === undefined ? {} : { name } });
const urls = (hits: readonly { url: string }[]) => hits.map((h) => h.url);

describe('exactNamesFirst', () => {
  it('lifts the page named what was searched for over pages whose names only hold it', () => {
    const hits = [hit('/en/organisations/jakarta-provincial-government/', 'Jakarta Provincial Government'), hit('/en/organisations/embassy-of-morocco-jakarta/', 'Embassy of Morocco in Jakarta'), hit('/en/cities/jakarta/', 'Jakarta'), hit('/en/articles/a/')];
    assert.deepEqual(urls(exactNamesFirst(hits, 'Jakarta', 'en')), ['/en/cities/jakarta/', '/en/organisations/jakarta-provincial-government/', '/en/organisations/embassy-of-morocco-jakarta/', '/en/articles/a/']);
  });

  it('matches a name whatever its letter case, accents or surrounding spaces', () => {
    const hits = [hit('/id/articles/a/'), hit('/id/cities/sao-paulo/', 'São Paulo')];
    assert.deepEqual(urls(exactNamesFirst(hits, '  sao paulo ', 'id')), ['/id/cities/sao-paulo/', '/id/articles/a/']);
  });

  it('keeps Pagefind’s order where no page has the name, and among pages that share it', () => {
    const hits = [hit('/en/articles/b/'), hit('/en/cities/x/', 'Casablanca'), hit('/en/articles/a/'), hit('/en/organisations/y/', 'casablanca')];
    assert.deepEqual(urls(exactNamesFirst(hits, 'Barcelona', 'en')), urls(hits));
    assert.deepEqual(urls(exactNamesFirst(hits, 'Casablanca', 'en')), ['/en/cities/x/', '/en/organisations/y/', '/en/articles/b/', '/en/articles/a/']);
  });
});
