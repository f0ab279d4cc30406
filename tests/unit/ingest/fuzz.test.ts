import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import matter from 'gray-matter';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkMdx from 'remark-mdx';
import { mdxToMdast, type MdastNode } from 'satteri';
import { renderArticle } from '../../../scripts/ingest/write.ts';
import { renderTextOnlyMdx } from '../../../src/loaders/render-text-only-mdx.ts';
import { articleSchema } from '../../../src/schemas/article.ts';
import { ARTICLE_FEATURES } from '../loaders/article-features.ts';
import { bytes, contentDir, ingestCorpus, loadContext } from './context.ts';

const context = loadContext();
const seeds = ['2018-10-30-beritajakarta-anies-panelis-u20-mayors-summit.txt', '2022-11-21-sindonews-pemprov-dki-mitra-organisasi-internasional.txt'].map((f) =>
  readFileSync(join(contentDir, 'sources', f), 'utf8'),
);

/** Ingests one source; the corpus runner is what the CLI calls, so an error escaping it would crash the ingest. */
function ingestOne(text: string | Uint8Array) {
  const { articles, reports } = ingestCorpus([{ file: 'fuzz.txt', bytes: typeof text === 'string' ? bytes(text) : text }], context);
  assert.equal(reports.length, 1);
  const [report] = reports;
  if (report!.status === 'error') assert.ok(report!.errors[0]!.message.length > 0, 'an error is reported with a message');
  // The site refuses to build from front matter its schema rejects, an id that is no file name included.
  for (const { paragraphs, ...front } of articles) assert.deepEqual(articleSchema.safeParse(front).error?.issues, undefined);
  // Writing must not throw either: it is the other half of what the CLI does with every source.
  return { report: report!, articles, mdx: articles.map(renderArticle) };
}

const MDX_SYNTAX = [
  '{', '}', '<', '>', '{1 + 1}', '{props.x}', '<div>', '</div>', '<Foo bar={baz} />', '<script>alert(1)</script>', '<!-- c -->',
  'import x from "y"', 'export const a = 1', 'export default {}', '*', '**', '_', '`', '```', '#', '# ', '> ', '- ', '1. ', '[a](b)',
  '![i](j.png)', '&amp;', '&#123;', '\\', '|', '~~', '---', '<https://a.b>', '[^1]', '$$', ':::',
  // What GFM would read as links, strike-through, tables and task lists.
  'www.jakarta.go.id', 'www.jakarta.go.id/<layanan>', 'http://a.example/~budi/', 'https://a.example/<br/>', 'budi@jakarta.go.id',
  '~coret~', '~~coret~~', '| a | b |', '[ ] tugas', '[^1]: catatan',
];
const hostileToken = fc.oneof(
  fc.constantFrom(...MDX_SYNTAX),
  fc.string({ unit: fc.constantFrom(...'{}<>*_#`[]()!&\\|~=-+:;"\'/') , minLength: 1, maxLength: 12 }),
  // Any Unicode but line breaks and C0 controls, which the decoder refuses as binary, and but
  // whitespace alone: that would leave a line a mere spacing variant of its scraped-twice copy,
  // which the cleaner rightly removes as a repeat.
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }).filter((s) => /\S/.test(s) && !/[\u0000-\u001f\u2028\u2029\u0085]/.test(s)),
);

/** Body paragraphs longer than any furniture rule or pull quote can match (the longest, photo-caption, stops at 160). */
const isProse = (line: string): boolean => line.trim().length > 160;

/** A seed with tokens inserted into its prose lines; returns the source and the lines as they now read. */
const mutatedSeed = fc
  .tuple(fc.constantFrom(...seeds), fc.array(fc.tuple(fc.nat(), fc.nat(), hostileToken), { minLength: 1, maxLength: 12 }))
  .map(([seed, insertions]) => {
    const lines = seed.split('\n');
    const prose = lines.flatMap((line, i) => (isProse(line) ? [i] : []));
    for (const [which, at, token] of insertions) {
      const i = prose[which % prose.length]!;
      // Cut between code points: splitting a surrogate pair inserted before would make the text invalid.
      const chars = Array.from(lines[i]!);
      const cut = (at % (chars.length - 2)) + 1;
      lines[i] = `${chars.slice(0, cut).join('')} ${token} ${chars.slice(cut).join('')}`;
    }
    return { source: lines.join('\n'), prose: prose.map((i) => lines[i]!.trim()) };
  });

const childrenOf = (node: MdastNode): MdastNode[] => ('children' in node && Array.isArray(node.children) ? (node.children as MdastNode[]) : []);

function satteriTypes(node: MdastNode, into: Set<string> = new Set()): Set<string> {
  into.add(node.type);
  for (const child of childrenOf(node)) satteriTypes(child, into);
  return into;
}

const satteriText = (node: MdastNode): string => ('value' in node && typeof node.value === 'string' ? node.value : childrenOf(node).map(satteriText).join(''));

describe('ingest fuzzing: nothing crashes it, nothing in a source is evaluated', () => {
  it('never throws on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (input) => void ingestOne(input)), { numRuns: 300 });
  });

  it('never throws on arbitrary Unicode text, with or without front matter', () => {
    const text = fc.string({ unit: 'binary', maxLength: 2000 });
    fc.assert(fc.property(fc.boolean(), text, (fenced, body) => void ingestOne(fenced ? `---\n${body}\n---\n${body}` : body)), { numRuns: 300 });
  });

  it('never throws on a seed truncated anywhere, with any line endings', () => {
    const ending = fc.constantFrom('\n', '\r\n', '\r', '\u2028', '\u2029', '\n\n\n', '\u0085');
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.nat(), ending, (seed, at, eol) => void ingestOne(seed.slice(0, at % (seed.length + 1)).replaceAll('\n', eol))),
      { numRuns: 300 },
    );
  });

  it('never throws on a huge source (a seed body repeated to megabytes)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.integer({ min: 1, max: 3 }), (seed, megabytes) => {
        const body = seed.slice(seed.indexOf('\n---\n') + 5);
        void ingestOne(seed + body.repeat(Math.ceil((megabytes * 1e6) / body.length)));
      }),
      { numRuns: 3 },
    );
  });

  it('keeps every paragraph of a valid source literal: remark reads it back as text, satteri reads it with no MDX node and the site renders it', () => {
    fc.assert(
      fc.property(mutatedSeed, ({ source, prose }) => {
        const { report, articles, mdx } = ingestOne(source);
        assert.equal(report.status, 'ok', JSON.stringify(report.errors));
        const paragraphs = articles[0]!.paragraphs;
        for (const line of prose) assert.ok(paragraphs.includes(line), `paragraph lost or altered: ${line}`);

        const body = matter(mdx[0]!).content;
        const tree = remark().use(remarkMdx).parse(body) as Root;
        assert.deepEqual(tree.children.map((n) => n.type), paragraphs.map(() => 'paragraph'));
        assert.deepEqual(tree.children.map((n) => toString(n)), paragraphs);

        const compiled = mdxToMdast(body, { features: ARTICLE_FEATURES });
        const types = [...satteriTypes(compiled)];
        assert.deepEqual(types.filter((t) => t.startsWith('mdx') || t === 'html' || t === 'yaml'), [], `satteri found ${types.join(', ')}`);
        assert.deepEqual(types.filter((t) => !['paragraph', 'root', 'text'].includes(t)), [], `satteri read markup into the text:\n${body}`);
        assert.deepEqual(childrenOf(compiled).map(satteriText), paragraphs);
        assert.doesNotThrow(() => renderTextOnlyMdx(body, ARTICLE_FEATURES), 'the site’s article renderer refused it');
      }),
      { numRuns: 200 },
    );
  });
});
