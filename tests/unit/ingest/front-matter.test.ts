import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitFrontMatter } from '../../../scripts/ingest/front-matter.ts';
import { SourceError } from '../../../scripts/ingest/problem.ts';
import { articleSchema } from '../../../src/schemas/article.ts';

const problem = (text: string) => {
  try {
    splitFrontMatter(text);
  } catch (error) {
    if (error instanceof SourceError) return error.problem;
    throw error;
  }
  assert.fail('expected a SourceError');
};

describe('splitFrontMatter', () => {
  it('returns the text untouched when there is no front matter', () => {
    assert.deepEqual(splitFrontMatter('Judul\nisi'), { data: {}, body: 'Judul\nisi', bodyLine: 1 });
  });

  it('reads curated fields and says on which line the body starts', () => {
    const split = splitFrontMatter('---\ntitle: Judul Kurasi\ndate: 2018-10-30\nlang: id\n---\nJudul\nisi');
    assert.deepEqual(split.data, { title: 'Judul Kurasi', date: '2018-10-30', lang: 'id' });
    assert.equal(split.body, 'Judul\nisi');
    assert.equal(split.bodyLine, 6);
  });

  it('finds front matter after blank lines or spaces, and counts lines from the top of the file', () => {
    const split = splitFrontMatter('\n  \n ---\nurl: https://www.beritajakarta.id/x\n---\nJudul\nisi');
    assert.deepEqual(split.data, { url: 'https://www.beritajakarta.id/x' });
    assert.equal(split.body, 'Judul\nisi');
    assert.equal(split.bodyLine, 6);
    assert.throws(
      () => splitFrontMatter('\n\n---\nurl: https://x.id\nwarna: merah\n---\nJudul'),
      (error: unknown) => error instanceof SourceError && error.problem.line === 5,
    );
  });

  it('says when the front matter is never closed, at its opening line', () => {
    assert.throws(
      () => splitFrontMatter('---\nurl: https://www.beritajakarta.id/x\npublisher: beritajakarta\nJudul\nSenin, 21 November 2022\nIsi.'),
      (error: unknown) => error instanceof SourceError && error.problem.line === 1 && /never closed/.test(error.message),
    );
  });

  it('names the line of an indented field', () => {
    assert.throws(
      () => splitFrontMatter('---\n  warna: merah\n---\nJudul'),
      (error: unknown) => error instanceof SourceError && error.problem.line === 2,
    );
  });

  it('keeps YAML dates as strings (no time-zone shift)', () => {
    assert.equal(splitFrontMatter('---\ndate: 2018-10-30T09:46+07:00\n---\nx').data.date, '2018-10-30T09:46+07:00');
  });

  for (const language of ['js', 'javascript', 'coffee', 'json']) {
    it(`refuses ---${language} front matter without evaluating it`, () => {
      (globalThis as { evaluated?: boolean }).evaluated = false;
      const found = problem(`---${language}\n{ title: (globalThis.evaluated = true, "x") }\n---\nJudul`);
      assert.match(found.message, /only YAML/);
      assert.equal(found.line, 1);
      assert.equal((globalThis as { evaluated?: boolean }).evaluated, false);
    });
  }

  it('says a fence of four dashes is one too long, not a front-matter language', () => {
    const found = problem('----\ntitle: Judul\n----\nIsi.');
    assert.deepEqual(found, {
      message: 'the front matter opens with a line of 4 dashes',
      line: 1,
      hint: 'write exactly three, "---", on the line that opens it and on the line that closes it',
    });
  });

  it('names an unknown field and lists the allowed ones', () => {
    const found = problem('---\ntitel: A\n---\nx');
    assert.match(found.message, /titel/);
    assert.equal(found.line, 2);
    assert.match(found.hint ?? '', /allowed fields: id, title, date/);
  });

  it('refuses an id too long to name a file, and an address that is not a web page, at their lines', () => {
    const long = problem(`---\ntitle: A\nid: ${'a'.repeat(101)}\n---\nx`);
    assert.match(long.message, /"id": use at most 100 characters/);
    assert.equal(long.line, 3);
    const script = problem('---\nurl: javascript:alert(1)//x.id\n---\nx');
    assert.match(script.message, /"url": use a web address that starts with https:\/\//);
    assert.equal(script.line, 2);
  });

  it('asks for an engagement id by an engagement’s example, in the front matter and in the article schema alike', () => {
    assert.match(problem('---\nengagement: U20 Summit\n---\nx').message, /"engagement": use the engagement id, e\.g\. "u20-mayors-summit-2018"/);
    assert.match(articleSchema.shape.engagement.safeParse('U20 Summit').error?.issues[0]?.message ?? '', /e\.g\. "u20-mayors-summit-2018"/);
  });

  it('names a malformed value', () => {
    const found = problem('---\nurl: https://x.id/a\ndate: 30 Oktober\n---\nx');
    assert.match(found.message, /"date"/);
    assert.equal(found.line, 3);
  });

  it('refuses a date the site’s schema would refuse, at its line, rather than let the build fail on it', () => {
    for (const date of ['2018-10-30 09:46', '2018-10-30T09:46', '2018-10-30T09:46+0700']) {
      assert.equal(articleSchema.shape.date.safeParse(date).success, false);
      const found = problem(`---\ntitle: A\ndate: ${date}\n---\nx`);
      assert.match(found.message, /front matter field "date": use YYYY-MM-DD, or the time with its offset/);
      assert.equal(found.line, 3);
    }
    const impossible = problem('---\ndate: 2018-02-30\n---\nx');
    assert.equal(impossible.message, 'front matter field "date": no such day in the calendar; correct the date');
    assert.equal(impossible.line, 2);
    for (const date of ['2018-10-30', '2018-10-30T09:46+07:00', '2018-10-30T09:46:00Z']) {
      assert.equal(splitFrontMatter(`---\ndate: ${date}\n---\nx`).data.date, date);
    }
  });

  it('asks for fields when the front matter is a list or a bare value', () => {
    for (const yaml of ['- a\n- b', 'just words']) {
      const found = problem(`---\n${yaml}\n---\nx`);
      assert.match(found.message, /front matter must be fields, one "name: value" per line/);
    }
  });

  it('reports invalid YAML with its line', () => {
    const found = problem('---\ntitle: a\n: : :\n---\nx');
    assert.match(found.message, /not valid YAML/);
    assert.equal(found.line, 3);
  });

  it('says how to mend invalid YAML from the line at fault', () => {
    const found = problem('---\nurl: https://example.org\ntitle: Jakarta: kota\n---\nx');
    assert.equal(found.line, 3);
    assert.equal(found.hint, 'quote the value, as it holds ": ": title: "Jakarta: kota", between the two "---" lines');
  });
});
