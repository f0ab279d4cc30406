import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PDFDocument, PDFName } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { standardFontDataUrl } from '../../e2e/pdf.ts';
import { numberContents } from '../../../scripts/archive/contents-page-numbers.ts';

/** A cover, a contents page linking pages 3 and 4 (a title wrapped over two lines), and a page 4 that links back to page 3. */
async function archive(): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  const [, contents, third, fourth] = [doc.addPage([595, 842]), doc.addPage([595, 842]), doc.addPage([595, 842]), doc.addPage([595, 842])];
  doc.catalog.set(PDFName.of('Dests'), doc.context.obj({ 'entry-a': [third!.ref, PDFName.of('XYZ'), 0, 842, 0], 'entry-b': [fourth!.ref, PDFName.of('XYZ'), 0, 842, 0] }));
  const link = (dest: string, y: number) => doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [66, y, 300, y + 12], Dest: PDFName.of(dest) }));
  contents!.node.set(PDFName.of('Annots'), doc.context.obj([link('entry-a', 720), link('entry-b', 700), link('entry-b', 684)]));
  fourth!.node.set(PDFName.of('Annots'), doc.context.obj([link('entry-a', 400)]));
  return doc;
}

/** The text pdf.js reads on each page, with where each piece starts. */
async function texts(doc: PDFDocument): Promise<{ str: string; x: number; y: number }[][]> {
  const pdf = await getDocument({ data: await doc.save(), useSystemFonts: false, standardFontDataUrl }).promise;
  const pages = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const { items } = await (await pdf.getPage(i)).getTextContent();
    pages.push(items.flatMap((item) => ('str' in item && item.str ? [{ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number }] : [])));
  }
  await pdf.destroy();
  return pages;
}

describe('numberContents', () => {
  it("writes each contents link's page number at the right margin, on the last line of a wrapped title", async () => {
    const doc = await archive();
    assert.equal(await numberContents(doc), 2);
    const [cover, contents, third, fourth] = await texts(doc);
    assert.deepEqual(contents!.map((t) => t.str), ['3', '4']);
    const [a, b] = contents!;
    assert.ok(a!.y > 720 && a!.y < 726, `on its line: ${a!.y}`);
    assert.ok(b!.y > 684 && b!.y < 690, `on the wrapped title's last line: ${b!.y}`);
    assert.ok(a!.x > 530 && a!.x < 545 && b!.x > 530 && b!.x < 545, 'before the 18 mm margin');
    assert.deepEqual([cover, third, fourth], [[], [], []], 'a link after the contents, back to page 3, is not numbered');
  });

  it('leaves a PDF without named destinations alone', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    assert.equal(await numberContents(doc), 0);
  });
});
