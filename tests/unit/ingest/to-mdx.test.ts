import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { load } from 'js-yaml';
import type { Paragraph, Root, RootContent } from 'mdast';
import { remark } from 'remark';
import remarkMdx from 'remark-mdx';
import { paragraphsToMdx, toMdxFile } from '../../../scripts/ingest/to-mdx.ts';

/** What an MDX compiler sees: anything but plain-text paragraphs would be code or markup. */
function readBack(mdx: string): string[] {
  const tree = remark().use(remarkMdx).parse(mdx) as Root;
  return tree.children.map((node: RootContent) => {
    assert.equal(node.type, 'paragraph', `expected a paragraph, got ${node.type} in:\n${mdx}`);
    const children = (node as Paragraph).children;
    assert.deepEqual(children.map((c) => c.type), ['text'], `expected plain text, got ${children.map((c) => c.type).join(', ')}`);
    return (children[0] as { value: string }).value;
  });
}

const hostile = [
  'Kalimat dengan kurung kurawal {console.log("should stay text")} harus tampil apa adanya.',
  'export default function X() {}',
  'export of coal rose 5% in 2022',
  'import fs from "node:fs"',
  'import',
  '<div class="x">tag HTML dalam teks</div> dan a < b > c.',
  '<script>alert(1)</script>',
  '<!-- komentar -->',
  '# bukan judul',
  '* bukan daftar _miring_ **tebal** `kode` [tautan](https://x.id) ![gambar](x.png)',
  '1. bukan daftar bernomor',
  '> bukan kutipan',
  '--- dan ... dan -- tetap',
  '| a | b |',
  '&amp; &#123; \\ garis miring',
  '    empat spasi di depan',
  '"Kutipan lurus" dan \'tunggal\'',
  'مرحبا بالعالم 🎉 São Paulo',
];

describe('paragraphsToMdx', () => {
  for (const text of hostile) {
    it(`keeps ${JSON.stringify(text.slice(0, 40))} literal`, () => {
      assert.deepEqual(readBack(paragraphsToMdx([text])), [text]);
    });
  }

  it('keeps many paragraphs apart and in order', () => {
    assert.deepEqual(readBack(paragraphsToMdx(hostile)), hostile);
  });

  it('writes line-initial import/export as a character reference, so no ESM is parsed and the text reads back whole', () => {
    const paragraphs = ['export const x = 1', 'import y from "z"'];
    const mdx = paragraphsToMdx(paragraphs);
    assert.equal(mdx, '&#x65;xport const x = 1\n\n&#x69;mport y from "z"\n');
    assert.deepEqual(readBack(mdx), paragraphs);
  });
});

/** The front matter as Astro reads it: js-yaml's `load`, with its default schema. */
const frontMatterOf = (file: string): unknown => load(/^---\n([\s\S]*?)\n---\n/.exec(file)![1]!);

describe('toMdxFile', () => {
  it('writes headlines that YAML could read as numbers, dates or null so that they read back as the same text', () => {
    // An ideographic space is whitespace to JavaScript's trim but text to YAML.
    const titles = ['0o17', '0x1F', '1e3', '.inf', 'null', '~', 'true', '2018-10-30', '12:30', '-0', '\u3000', 'Jakarta\u3000'];
    for (const title of titles) assert.deepEqual(frontMatterOf(toMdxFile({ title }, ['a'])), { title }, title);
  });

  it('writes any text so that Astro reads back the same text', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('title', 'publisher', 'y', 'n'), fc.string({ unit: 'grapheme' }), { minKeys: 1 }), (data) => {
        assert.deepEqual(frontMatterOf(toMdxFile(data, ['a'])), { ...data });
      }),
    );
  });
});
