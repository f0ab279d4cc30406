import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { repairOutlineTitles } from '../../../scripts/archive/outline-titles.ts';

/** A PDF whose bookmarks are `titles` (the second one nested under the first), as Chromium writes them. */
async function pdfWithOutline(titles: [string, string, string]): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  const page = doc.addPage();
  const { context } = doc;
  const outlinesRef = context.nextRef();
  const [aRef, childRef, bRef] = [context.nextRef(), context.nextRef(), context.nextRef()];
  const item = (title: string, parent: typeof outlinesRef, extra: Record<string, unknown> = {}) =>
    context.obj({ Title: PDFHexString.fromText(title), Parent: parent, Dest: [page.ref, 'XYZ', null, null, null], ...extra });
  context.assign(aRef, item(titles[0], outlinesRef, { Next: bRef, First: childRef, Last: childRef, Count: 1 }));
  context.assign(childRef, item(titles[1], aRef));
  context.assign(bRef, item(titles[2], outlinesRef, { Prev: aRef }));
  context.assign(outlinesRef, context.obj({ Type: 'Outlines', First: aRef, Last: bRef, Count: 3 }));
  doc.catalog.set(PDFName.of('Outlines'), outlinesRef);
  return PDFDocument.load(await doc.save());
}

function titles(doc: PDFDocument): string[] {
  const found: string[] = [];
  const visit = (first: PDFDict | undefined): void => {
    for (let item = first; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      found.push(item.lookupMaybe(PDFName.of('Title'), PDFString, PDFHexString)?.decodeText() ?? '');
      visit(item.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  visit(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict));
  return found;
}

describe('repairOutlineTitles', () => {
  it('gives bookmarks that lost a space where their heading wrapped the heading text back, nested ones too', async () => {
    const doc = await pdfWithOutline(['Governor’s keynote at SmartCity Expo', 'Anies on the Social Integration andInclusion panel', 'Sources']);
    const repaired = repairOutlineTitles(doc, ['Governor’s keynote at Smart City Expo', 'Anies on the Social Integration and Inclusion panel', 'Sources']);
    assert.equal(repaired, 2);
    assert.deepEqual(titles(await PDFDocument.load(await doc.save())), [
      'Governor’s keynote at Smart City Expo',
      'Anies on the Social Integration and Inclusion panel',
      'Sources',
    ]);
  });

  it('leaves bookmarks that match no heading alone', async () => {
    const doc = await pdfWithOutline(['Somewhere else', 'Child', 'Other']);
    assert.equal(repairOutlineTitles(doc, ['A heading']), 0);
    assert.deepEqual(titles(doc), ['Somewhere else', 'Child', 'Other']);
  });
});
