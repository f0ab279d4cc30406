import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { rebaseLinks } from '../../../scripts/archive/rebase-links.ts';

async function pdfWithLinks(uris: string[]): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  const page = doc.addPage();
  const annotations = uris.map((uri) =>
    doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 10, 10], A: { Type: 'Action', S: 'URI', URI: PDFString.of(uri) } })),
  );
  page.node.set(PDFName.of('Annots'), doc.context.obj(annotations));
  return doc;
}

const urisOf = async (doc: PDFDocument): Promise<string[]> => {
  const text = new TextDecoder('latin1').decode(await doc.save({ useObjectStreams: false }));
  return [...text.matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]!);
};

describe('rebaseLinks', () => {
  it('points links at the published site instead of the local print server, and leaves other links alone', async () => {
    const doc = await pdfWithLinks(['http://127.0.0.1:40123/base/id/cities/paris/', 'https://www.c40.org/', 'http://127.0.0.1:40123/base/id/']);
    assert.equal(rebaseLinks(doc, 'http://127.0.0.1:40123', 'https://example.org'), 2);
    assert.deepEqual(await urisOf(doc), ['https://example.org/base/id/cities/paris/', 'https://www.c40.org/', 'https://example.org/base/id/']);
  });
});
