import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ingestSource } from '../../../scripts/ingest/pipeline.ts';
import { bytes, loadContext } from './context.ts';

const context = loadContext();
const ingest = (text: string) => ingestSource('a.txt', bytes(text), context);
const straying = (warnings: readonly string[]): string[] => warnings.filter((w) => w.includes('reads as a dateline'));

describe('a second dateline in the text', () => {
  it('is kept as text and named with its line and the line the date was read from', () => {
    const { article, warnings } = ingest(
      'Anies Berbicara di Casablanca\nRabu, 18 April 2018 - 10:30 WIB\nGubernur tiba di Casablanca.\n\nKamis, 19 April 2018 - 11:00 WIB\nGubernur bertemu wali kota.',
    );
    assert.equal(article.date, '2018-04-18T10:30:00+07:00');
    assert.deepEqual(straying(warnings), [
      'line 5: "Kamis, 19 April 2018 - 11:00 WIB" reads as a dateline but is kept as a line of the text (the article is dated from line 2); if another article starts there, move it to a file of its own, and if it belongs to the text, leave it',
    ]);
  });

  it('is named when the front matter gives the date', () => {
    const body = ['Gubernur tiba.', 'Ia disambut.', 'Ia berpidato.', 'Ia bertemu wali kota.', 'Kamis, 19 April 2018', 'Ia pulang.'];
    const { warnings } = ingest(`---\ndate: 2018-04-18\n---\nAnies Berbicara di Casablanca\n${body.join('\n')}`);
    assert.match(straying(warnings)[0] ?? '', /^line 9: "Kamis, 19 April 2018" reads as a dateline .*\(the date comes from the front matter\)/);
  });

  it('is not seen in a sentence that names a date', () => {
    const { warnings } = ingest('Judul\nRabu, 18 April 2018 - 10:30 WIB\nPada 19 April 2018 Gubernur bertemu wali kota Casablanca di balai kota.');
    assert.deepEqual(straying(warnings), []);
  });
});
