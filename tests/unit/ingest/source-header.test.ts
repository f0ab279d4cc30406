import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ruleCatalogue } from '../../../scripts/ingest/furniture.ts';
import { ingestSource } from '../../../scripts/ingest/pipeline.ts';
import { SourceError } from '../../../scripts/ingest/problem.ts';
import { bytes, loadContext } from './context.ts';

const context = loadContext();
const BODY = 'Gubernur DKI Jakarta menghadiri pertemuan dengan mitra internasional di Balai Kota.';
const source = (frontMatter: string) => bytes(`${frontMatter}Judul Berita\nSenin, 31 November 2022 09:46 WIB\n${BODY}\n`);

test('a dateline naming a day that does not exist stops the source, at its line', () => {
  assert.throws(() => ingestSource('a.txt', source(''), context), (error: unknown) => error instanceof SourceError && error.problem.line === 2);
});

test('the front matter’s date, as that error advises, wins over the impossible dateline, which says so', () => {
  const { article, warnings } = ingestSource('a.txt', source('---\ndate: 2022-11-30\n---\n'), context);
  assert.equal(article.date, '2022-11-30');
  assert.deepEqual(article.paragraphs, [BODY]);
  assert.ok(
    warnings.includes('line 5: the dateline "Senin, 31 November 2022 09:46 WIB" names a day that does not exist; the front matter\'s date 2022-11-30 is used'),
    warnings.join('\n'),
  );
});

test('a line of only invisible characters is blank, not the title', () => {
  const { article } = ingestSource('a.txt', bytes(`\u200b\nJudul Sembilan\nSenin, 21 November 2022 09:46 WIB\n${BODY}\n`), context);
  assert.equal(article.title, 'Judul Sembilan');
  assert.equal(article.id, '2022-11-21-judul-sembilan');
});

test('a title with no Latin letters takes its id from the file name, without repeating its date', () => {
  const text = `بلدية جاكرتا\nSenin, 21 November 2022 09:46 WIB\n${BODY}\n`;
  assert.equal(ingestSource('2022-11-21-beritajakarta-arab.txt', bytes(text), context).article.id, '2022-11-21-beritajakarta-arab');
});

test('the language is read from the text, not from the English names of organisations in it', () => {
  const text = `Anies Hadiri Forum Internasional\nSenin, 21 November 2022 09:46 WIB\nGubernur menghadiri forum Institute for Transportation and Development Policy serta Food and Agriculture Organization of the United Nations di Jakarta.\n`;
  const { article } = ingestSource('a.txt', bytes(text), context);
  assert.equal(article.lang, 'id');
});

const titled = (title: string, body: string) => bytes(`---\ntitle: ${title}\n---\n${body}`);

test('a first line repeating the front matter’s title is dropped, and the report says it repeats the title', () => {
  const text = titled('Anies Hadiri Pertemuan Mitra', `ANIES HADIRI PERTEMUAN MITRA | Berita Jakarta\nSenin, 21 November 2022 09:46 WIB\n${BODY}\n`);
  const { article, removed } = ingestSource('a.txt', text, context);
  assert.equal(article.title, 'Anies Hadiri Pertemuan Mitra');
  assert.equal(article.date, '2022-11-21T09:46:00+07:00');
  assert.deepEqual(article.paragraphs, [BODY]);
  assert.deepEqual(removed, [{ text: 'ANIES HADIRI PERTEMUAN MITRA | Berita Jakarta', rule: 'repeats-title', line: 4 }]);
  assert.match(ruleCatalogue(context.furniture)['repeats-title'] ?? '', /title/);
});

test('a first line that does not repeat the front matter’s title is kept, and the dateline is read from the body’s first lines', () => {
  const intro = 'Pemprov DKI menggelar pertemuan dengan mitra';
  const { article, removed } = ingestSource('a.txt', titled('Anies Hadiri Pertemuan Mitra', `Senin, 21 November 2022 09:46 WIB\n${intro}\n${BODY}\n`), context);
  assert.equal(article.date, '2022-11-21T09:46:00+07:00');
  assert.deepEqual(article.paragraphs, [intro, BODY]);
  assert.deepEqual(removed, []);
});

test('a first line with all the title’s words is kept when it is a sentence: a headline does not end with a full stop', () => {
  const first = 'Gubernur Anies menghadiri pertemuan dengan mitra dari luar negeri.';
  const { article, removed } = ingestSource('a.txt', titled('Anies Hadiri Pertemuan Mitra', `${first}\nSenin, 21 November 2022 09:46 WIB\n${BODY}\n`), context);
  assert.deepEqual(article.paragraphs, [first, BODY]);
  assert.deepEqual(removed, []);
});

test('without a front matter title, the first line is the title', () => {
  const { article, removed } = ingestSource('a.txt', bytes(`---\ndate: 2022-11-21\n---\nJudul Berita\n${BODY}\n`), context);
  assert.equal(article.title, 'Judul Berita');
  assert.deepEqual(article.paragraphs, [BODY]);
  assert.deepEqual(removed, []);
});

test('a page scraped twice loses the second copy of its title and dateline too, each recorded as a repeat', () => {
  const page = `Judul Sembilan\nSenin, 21 November 2022 09:46 WIB\n${BODY}\n`;
  const { article, removed } = ingestSource('a.txt', bytes(`${page}\n${page}`), context);
  assert.deepEqual(article.paragraphs, [BODY]);
  assert.deepEqual(removed, [
    { text: 'Judul Sembilan', rule: 'repeated-paragraph', line: 5 },
    { text: 'Senin, 21 November 2022 09:46 WIB', rule: 'repeated-paragraph', line: 6 },
    { text: BODY, rule: 'repeated-paragraph', line: 7 },
  ]);
});

test('a body line repeating the first line that the front matter’s title replaced is a repeat too, but a first line kept as text is not', () => {
  const twice = titled('Anies Hadiri Pertemuan Mitra', `ANIES HADIRI PERTEMUAN MITRA | Berita Jakarta\nSenin, 21 November 2022 09:46 WIB\n${BODY}\nANIES HADIRI PERTEMUAN MITRA | Berita Jakarta\n`);
  assert.deepEqual(ingestSource('a.txt', twice, context).article.paragraphs, [BODY]);
  const intro = 'Pemprov DKI menggelar pertemuan dengan mitra';
  const kept = titled('Anies Hadiri Pertemuan Mitra', `${intro}\nSenin, 21 November 2022 09:46 WIB\n${BODY}\n`);
  assert.deepEqual(ingestSource('a.txt', kept, context).article.paragraphs, [intro, BODY]);
});

test('a first line that is a web address stops the source, saying to give it as `url:` and the headline first', () => {
  assert.throws(
    () => ingestSource('a.txt', bytes(`https://www.beritajakarta.id/read/63257\nSelasa, 30 Oktober 2018\n${BODY}\n`), context),
    (error: unknown) =>
      error instanceof SourceError &&
      error.problem.line === 1 &&
      error.problem.message === 'the first line, which is read as the headline, is a web address' &&
      error.problem.hint?.includes('"url: https://www.beritajakarta.id/read/63257"'),
  );
});

test('a source with no text under its headline and dateline says so, not that furniture took it all', () => {
  // The second has a view counter after its byline, the third a first line repeating its title: both recorded as removed.
  for (const text of ['Judul Berita\nSelasa, 30 Oktober 2018\n', 'Judul Berita\nSelasa, 30 Oktober 2018 Reporter: Ani Editor: Budi 3718\n', '---\ntitle: Judul Berita\n---\nJudul Berita\nSelasa, 30 Oktober 2018\n']) {
    assert.throws(
      () => ingestSource('a.txt', bytes(text), context),
      (error: unknown) => error instanceof SourceError && error.problem.message === 'there is no article text under the headline and dateline',
      text,
    );
  }
});

test('an address starting www. is given as front matter with https://, as the url field needs', () => {
  assert.throws(
    () => ingestSource('a.txt', bytes(`www.beritajakarta.id/read/1\nSelasa, 30 Oktober 2018\n${BODY}\n`), context),
    (error: unknown) => error instanceof SourceError && (error.problem.hint ?? '').includes('"url: https://www.beritajakarta.id/read/1"'),
  );
});
