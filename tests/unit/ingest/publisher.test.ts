import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ingestSource } from '../../../scripts/ingest/pipeline.ts';
import { bytes, loadContext } from './context.ts';

const context = loadContext();
const ingest = (frontMatter: string) =>
  ingestSource('a.txt', bytes(`---\n${frontMatter}\n---\nJudul Berita\nSenin, 21 November 2022 - 09:46 WIB\nGubernur bertemu mitra di Jakarta.`), context);
const shown = (frontMatter: string): string | undefined => ingest(frontMatter).article.publisher;

describe('the publisher an article shows', () => {
  it('is the known publisher’s own name when front matter gives its id or its name in another case', () => {
    assert.equal(shown('publisher: beritajakarta'), 'Berita Jakarta');
    assert.equal(shown('publisher: SINDONEWS'), 'SINDOnews');
  });

  it('is the one found from the URL when front matter names none', () => {
    assert.equal(shown('url: https://nasional.sindonews.com/read/1'), 'SINDOnews');
  });

  it('is the curated name as written when it names a publisher the project does not know, whatever the URL', () => {
    assert.equal(shown('publisher: Tempo\nurl: https://nasional.sindonews.com/read/1'), 'Tempo');
  });

  it('is as written, with a warning naming the known one, when it nearly names a known publisher', () => {
    const slip = ingest('publisher: beritajakrta\nurl: https://www.beritajakarta.id/read/1');
    assert.equal(slip.article.publisher, 'beritajakrta');
    assert.ok(
      slip.warnings.includes('front matter `publisher: beritajakrta` names no known publisher (did you mean "beritajakarta"?); the site shows it as written, so correct it, or keep it if it is another publisher'),
      slip.warnings.join('\n'),
    );
    assert.deepEqual(ingest('publisher: Tempo').warnings.filter((w) => w.includes('did you mean')), []);
  });
});
