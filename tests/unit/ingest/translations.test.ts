import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { checkTranslations, translationProblems } from '../../../scripts/ingest/translations.ts';

const ARTICLE = '2018-10-30-anies-u20';
const articles = new Set([ARTICLE]);
const valid = [
  '---',
  `article: ${ARTICLE}`,
  'sourceHash: d79b83414339c08f',
  'title: Anies at the U20',
  'translator: the Jakarta City Diplomacy project',
  '---',
  '',
  'The text.',
  '',
].join('\n');
const problemsOf = (text: string, name = `${ARTICLE}.md`) => translationProblems(name, text, articles);

describe('translationProblems', () => {
  it('finds nothing wrong with a valid translation of a known article', () => {
    assert.deepEqual(problemsOf(valid), { errors: [], warnings: [] });
  });

  it('names a missing field at the line that closes the front matter, where it goes', () => {
    const { errors } = problemsOf(valid.replace('translator: the Jakarta City Diplomacy project\n', ''));
    assert.deepEqual(errors.map((e) => [e.line, e.message]), [[5, 'has no `translator:`']]);
  });

  it('gives the YAML error at its line in the file, not in the front matter', () => {
    const { errors } = problemsOf(valid.replace('title: Anies at the U20', 'title: Tackling urban problems: the meeting'));
    assert.equal(errors.length, 1);
    assert.equal(errors[0]!.line, 4);
    assert.match(errors[0]!.message, /not valid YAML/);
    assert.equal(errors[0]!.hint, 'quote the value, as it holds ": ": title: "Tackling urban problems: the meeting"');
  });

  it('says how front matter starts and ends when a file has none, or no closing line', () => {
    for (const text of ['The text only.\n', valid.replace('---\n\nThe text.', '\nThe text.')]) {
      assert.deepEqual(problemsOf(text).errors.map((e) => [e.line, e.message]), [[1, 'no front matter between two `---` lines']]);
    }
  });

  it('reads front matter after a byte-order mark or blank lines, as Astro does, with lines counted in the file', () => {
    assert.deepEqual(problemsOf(`\uFEFF${valid}`), { errors: [], warnings: [] });
    assert.deepEqual(problemsOf(`\n\n${valid}`), { errors: [], warnings: [] });
    const { errors } = problemsOf(`\uFEFF\n${valid.replace('title:', 'titel:')}`);
    assert.deepEqual(errors.map((e) => [e.line, e.message]), [[7, 'has no `title:`'], [5, '`titel:` is not a field of a translation']]);
  });

  it('names a field that is not one, and lists the ones there are', () => {
    const [error] = problemsOf(valid.replace('title:', 'titel:')).errors.filter((e) => e.message.includes('titel'));
    assert.equal(error?.line, 4);
    assert.match(error?.hint ?? '', /article, sourceHash, title, translator/);
  });

  it('refuses a translation without text, which the site would show as a title over nothing', () => {
    for (const body of ['', '\n\n', '\n\u200b\n']) {
      const { errors } = problemsOf(valid.replace('\nThe text.\n', body));
      assert.deepEqual(errors.map((e) => [e.line, e.message]), [[6, 'has no text after its front matter']]);
    }
  });

  it('refuses a file named after another article, and warns of a translation of no article', () => {
    const { errors, warnings } = problemsOf(valid, 'other-article.md');
    assert.deepEqual(errors.map((e) => [e.line, e.message]), [[2, `translates "${ARTICLE}", but the file is named other-article.md`]]);
    assert.deepEqual(warnings, []);
    const orphan = problemsOf(valid.replace(`article: ${ARTICLE}`, 'article: gone-article'), 'gone-article.md');
    assert.deepEqual(orphan.errors, []);
    assert.match(orphan.warnings[0]!.message, /no article has the id "gone-article"/);
  });
});

describe('checkTranslations', () => {
  const dir = mkdtempSync(join(tmpdir(), 'translations-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const shown = (...parts: string[]) => relative(process.cwd(), join(dir, ...parts));
  for (const lang of ['en', 'fr', 'ID']) mkdirSync(join(dir, lang));
  writeFileSync(join(dir, 'en', `${ARTICLE}.md`), valid.replace('translator: the Jakarta City Diplomacy project\n', ''));
  writeFileSync(join(dir, 'en', `${ARTICLE}.txt`), valid);
  writeFileSync(join(dir, 'README.md'), 'About the translations.');
  writeFileSync(join(dir, 'en', `.${ARTICLE}.md.swp`), '\u0000vim swap');

  it('names each file with the line at fault, and the files and folders the site would not read, but no hidden file', () => {
    const { errors, warnings } = checkTranslations(dir, articles);
    assert.deepEqual(warnings, []);
    assert.deepEqual(errors.map((e) => e.split(': ')[0]), [shown('ID'), `${shown('en', `${ARTICLE}.md`)}:5`, shown('en', `${ARTICLE}.txt`), shown('fr')]);
    assert.match(errors[0]!, / — rename it id: language folders are in lowercase$/);
    assert.match(errors[3]!, / — move each translation into /);
  });

  it('finds nothing in a folder that does not exist', () => {
    assert.deepEqual(checkTranslations(join(dir, 'none'), articles), { errors: [], warnings: [] });
  });
});
