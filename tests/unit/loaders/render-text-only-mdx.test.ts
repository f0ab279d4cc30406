import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeHTML } from 'entities';
import { paragraphsToMdx } from '../../../scripts/ingest/to-mdx.ts';
import { NotTextError, renderTextOnlyMdx } from '../../../src/loaders/render-text-only-mdx.ts';
import { ARTICLE_FEATURES } from './article-features.ts';

function refusal(body: string): NotTextError {
  try {
    renderTextOnlyMdx(body, ARTICLE_FEATURES);
  } catch (error) {
    assert.ok(error instanceof NotTextError, `expected a NotTextError, got ${String(error)}`);
    return error;
  }
  assert.fail(`rendered as text: ${body}`);
}

describe('renderTextOnlyMdx', () => {
  it('turns paragraphs as the ingest writes them into HTML of the same text, code-like text included', () => {
    const paragraphs = ['Anggaran {Rp 5 miliar} <untuk> kota.', 'import x dari "y"', 'export default {}', '<script>alert(1)</script> & 5 > 3'];
    assert.equal(
      renderTextOnlyMdx(paragraphsToMdx(paragraphs), ARTICLE_FEATURES),
      [
        '<p>Anggaran {Rp 5 miliar} &#x3C;untuk> kota.</p>',
        '<p>import x dari "y"</p>',
        '<p>export default {}</p>',
        '<p>&#x3C;script>alert(1)&#x3C;/script> &#x26; 5 > 3</p>',
      ].join('\n'),
    );
  });

  it('reads no GFM into the text: bare addresses, strike-through and tables stay as written', () => {
    const paragraphs = ['Lihat www.jakarta.go.id/<layanan> dan https://a.example/<br/>.', 'Surat ke budi@jakarta.go.id, http://a.example/~budi/', '~~coret~~ | a | b |'];
    const html = renderTextOnlyMdx(paragraphsToMdx(paragraphs), ARTICLE_FEATURES);
    assert.doesNotMatch(html, /<(a|del|table)\b/);
    assert.deepEqual(html.split('\n').map((p) => decodeHTML(p.replace(/^<p>|<\/p>$/g, ''))), paragraphs);
  });

  it('leaves quotes, dashes and ellipses as the source wrote them when smart punctuation is off', () => {
    assert.equal(renderTextOnlyMdx('"Kota 4.0" -- kata Anies... --- selesai', ARTICLE_FEATURES), '<p>"Kota 4.0" -- kata Anies... --- selesai</p>');
  });

  it('refuses an import, naming it and where it is', () => {
    const error = refusal('Teks.\n\nimport Peta from "./peta.js"\n');
    assert.match(error.message, /an import or export statement \(import Peta from "\.\/peta\.js"\)/);
    assert.deepEqual({ line: error.point?.line, column: error.point?.column }, { line: 3, column: 1 });
  });

  it('refuses a JSX element inside a paragraph, at its own column', () => {
    const error = refusal('Teks.\n\nWali kota <Sambutan nama="x" /> hadir.');
    assert.match(error.message, /a JSX element \(<Sambutan nama="x" \/>\)/);
    assert.deepEqual({ line: error.point?.line, column: error.point?.column }, { line: 3, column: 11 });
  });

  it('refuses an expression rather than computing it', () => {
    assert.match(refusal('Jumlah {1 + 1} kota.').message, /a \{…\} expression \(\{1 \+ 1\}\)/);
  });

  it('reports MDX the parser refuses with the place it stopped', () => {
    const error = refusal('Teks.\n\nKurung {tanpa tutup');
    assert.match(error.message, /^it is not valid MDX: /);
    assert.equal(error.point?.line, 3);
  });
});
