import { PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument } from 'pdf-lib';

const compact = (text: string): string => text.replace(/\s+/g, '');

/**
 * Chromium builds the PDF's bookmarks from the headings as laid out, and drops the space where
 * a heading wraps ("SmartCity Expo"). Each bookmark whose text, spaces aside, is a heading's
 * text gets that heading's text back. Returns how many were repaired.
 */
export function repairOutlineTitles(doc: PDFDocument, headings: readonly string[]): number {
  const byCompact = new Map(headings.map((h) => [compact(h), h.replace(/\s+/g, ' ').trim()]));
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  let repaired = 0;
  const visit = (first: PDFDict | undefined): void => {
    for (let item = first; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const title = item.lookupMaybe(PDFName.of('Title'), PDFString, PDFHexString);
      const text = title?.decodeText();
      const wanted = text === undefined ? undefined : byCompact.get(compact(text));
      if (wanted !== undefined && wanted !== text) {
        item.set(PDFName.of('Title'), PDFHexString.fromText(wanted));
        repaired++;
      }
      visit(item.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  visit(outlines?.lookupMaybe(PDFName.of('First'), PDFDict));
  return repaired;
}
