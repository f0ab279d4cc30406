import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Paragraph, Root, RootContent } from 'mdast';
import { remark } from 'remark';
import remarkMdx from 'remark-mdx';
import { paragraphsToMdx } from '../../../scripts/ingest/to-mdx.ts';

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
