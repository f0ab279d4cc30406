import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import matter from 'gray-matter';
import { remark } from 'remark';
import { orphans, problems, translationStatus } from '../../../scripts/i18n/status.ts';
import { ingestSource } from '../../../scripts/ingest/pipeline.ts';
import { translationSchema } from '../../../src/schemas/translation.ts';
import { contentDir, loadContext } from '../ingest/context.ts';

const context = loadContext();
const sources = readdirSync(join(contentDir, 'sources')).sort();
const articles = sources.map((file) => ingestSource(file, readFileSync(join(contentDir, 'sources', file)), context).article);
const translationFile = (lang: string, id: string) => join(contentDir, 'translations', lang, `${id}.md`);

describe('translation status', () => {
  const article = { id: 'a', lang: 'id', hash: '0123456789abcdef' };

  it('tells original, translated, outdated and missing apart', () => {
    const rows = translationStatus([article, { ...article, id: 'b' }, { ...article, id: 'c' }], (_lang, id) =>
      ({ a: '0123456789abcdef', b: 'ffffffffffffffff' })[id],
    );
    assert.deepEqual(
      rows.map((r) => r.states),
      [
        { id: 'original', en: 'translated' },
        { id: 'original', en: 'outdated' },
        { id: 'original', en: 'missing' },
      ],
    );
    assert.deepEqual(problems(rows), [
      'b [en]: outdated — the article changed since; bring content/translations/en/b.md up to date and set its sourceHash: 0123456789abcdef',
      'c [en]: missing — write content/translations/en/c.md with article, title, translator and sourceHash: 0123456789abcdef in its front matter',
    ]);
  });

  it('writes a folder name as it is, "$&" and all', () => {
    const rows = translationStatus([article], () => undefined);
    assert.deepEqual(problems(rows, 'x$&y'), ['a [en]: missing — write x$&y/en/a.md with article, title, translator and sourceHash: 0123456789abcdef in its front matter']);
  });

  it('stops at a translation without a valid sourceHash, naming the file and the fix', () => {
    const dir = mkdtempSync(join(tmpdir(), 'i18n-status-'));
    try {
      mkdirSync(join(dir, 'articles'));
      mkdirSync(join(dir, 'translations', 'en'), { recursive: true });
      writeFileSync(join(dir, 'articles', 'a.mdx'), `---\nid: a\nlang: id\nhash: '0123456789abcdef'\ntitle: A\n---\nTeks.\n`);
      writeFileSync(join(dir, 'translations', 'en', 'a.md'), '---\narticle: a\ntitle: A\n---\nText.\n');
      const run = spawnSync(process.execPath, ['scripts/i18n-status.ts', '--articles', join(dir, 'articles'), '--translations', join(dir, 'translations')], { encoding: 'utf8' });
      assert.equal(run.status, 2);
      assert.match(run.stderr, /translations\/en\/a\.md: sourceHash: .+\nGive the translation the sourceHash this report lists/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names a translation whose article no longer exists, and what to do with it', () => {
    assert.deepEqual(orphans([article], [{ lang: 'en', article: 'a' }, { lang: 'en', article: 'old-id' }]), [
      'content/translations/en/old-id.md: no article has this id; if its headline changed, rename the file to the new id (see the "missing" rows), else remove it',
    ]);
  });
});

type Node = { type: string; children?: Node[] };
const nodeTypes = (node: Node): Set<string> => new Set([node.type, ...(node.children ?? []).flatMap((child) => [...nodeTypes(child)])]);

describe("the project's translations", () => {
  it('cover every Indonesian source, for its current text', () => {
    const rows = translationStatus(articles, (lang, id) =>
      existsSync(translationFile(lang, id)) ? String(matter.read(translationFile(lang, id)).data['sourceHash']) : undefined,
    );
    assert.deepEqual(problems(rows), []);
    const translated = readdirSync(join(contentDir, 'translations', 'en')).map((f) => ({ lang: 'en' as const, article: f.replace(/\.md$/, '') }));
    assert.deepEqual(orphans(articles, translated), []);
  });

  for (const article of articles.filter((a) => a.lang === 'id')) {
    it(`${article.id}: valid front matter, paragraph for paragraph`, () => {
      const { data, content } = matter.read(translationFile('en', article.id));
      const parsed = translationSchema.parse(data);
      assert.equal(parsed.article, article.id);
      const paragraphs = content.trim().split(/\n\s*\n/);
      assert.equal(paragraphs.length, article.paragraphs.length, 'one English paragraph for each Indonesian one');
      // The site renders translations as Markdown, raw HTML included: a translation is text, as its article is.
      const types = nodeTypes(remark().parse(content));
      assert.deepEqual([...types].filter((type) => !['root', 'paragraph', 'text'].includes(type)), [], 'markup in a translation');
    });
  }
});
