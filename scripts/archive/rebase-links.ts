import { PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument } from 'pdf-lib';

/**
 * Chromium writes each link as the absolute address it resolved against the page it printed —
 * the temporary local server. Rewritten to the published site's origin, the links work in the
 * PDF and two builds print the same bytes whatever port the server got.
 */
export function rebaseLinks(doc: PDFDocument, from: string, to: string): number {
  let rebased = 0;
  for (const page of doc.getPages()) {
    const annotations = page.node.Annots();
    for (let i = 0; i < (annotations?.size() ?? 0); i++) {
      const action = annotations!.lookup(i, PDFDict).lookupMaybe(PDFName.of('A'), PDFDict);
      const uri = action?.lookupMaybe(PDFName.of('URI'), PDFString, PDFHexString)?.decodeText();
      if (action && uri?.startsWith(from)) {
        action.set(PDFName.of('URI'), PDFString.of(to + uri.slice(from.length)));
        rebased++;
      }
    }
  }
  return rebased;
}
