import { beginMarkedContent, endMarkedContent, PDFArray, PDFDict, PDFName, PDFRef, rgb, StandardFonts, type PDFDocument, type PDFPage } from 'pdf-lib';

/** The right margin of the archive's @page (global.css), in points. */
const RIGHT_MARGIN = (18 * 72) / 25.4;
const SIZE = 10;

interface ContentsLink {
  page: PDFPage;
  /** The line's box. */
  rect: { x: number; y: number; width: number; height: number };
  dest: string;
  target: number;
}

/**
 * Chromium cannot print a table of contents' page numbers (it has no target-counter()), but it
 * does print the contents' links to named destinations. The links on the pages before the first
 * page any link leads to are the contents': each gets its target's page number at the right
 * margin, on its last line, in the room the contents' print CSS leaves there (ArchiveToc.astro).
 * Returns how many it numbered.
 */
export async function numberContents(doc: PDFDocument): Promise<number> {
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  if (!dests) return 0;
  const pages = doc.getPages();
  const index = new Map(pages.map((page, i) => [page.ref.toString(), i]));
  const targetOf = (dest: PDFName): number | undefined => {
    const ref = dests.lookupMaybe(dest, PDFArray)?.get(0);
    return ref instanceof PDFRef ? index.get(ref.toString()) : undefined;
  };
  const links = pages.flatMap((page, on) => linksOn(page, targetOf).map((link) => ({ ...link, on })));
  if (links.length === 0) return 0;
  const first = Math.min(...links.map((link) => link.target));
  // A title that wraps is a link per line: its number goes on the last.
  const lastLines = new Map<string, ContentsLink>();
  for (const link of links.filter((l) => l.on < first)) {
    const key = `${link.on} ${link.dest}`;
    const known = lastLines.get(key);
    if (!known || link.rect.y < known.rect.y) lastLines.set(key, link);
  }
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const { page, rect, target } of lastLines.values()) {
    const text = String(target + 1);
    // Like the running page numbers, these are pagination, not content: an artifact to the tagged PDF.
    page.pushOperators(beginMarkedContent('Artifact'));
    page.drawText(text, { x: page.getWidth() - RIGHT_MARGIN - font.widthOfTextAtSize(text, SIZE), y: rect.y + rect.height * 0.22, size: SIZE, font, color: rgb(0.27, 0.27, 0.27) });
    page.pushOperators(endMarkedContent());
  }
  return lastLines.size;
}

function linksOn(page: PDFPage, targetOf: (dest: PDFName) => number | undefined): ContentsLink[] {
  const annotations = page.node.Annots();
  const links: ContentsLink[] = [];
  for (let i = 0; i < (annotations?.size() ?? 0); i++) {
    const annotation = annotations!.lookup(i, PDFDict);
    const dest = annotation.lookupMaybe(PDFName.of('Dest'), PDFName);
    const rect = annotation.lookupMaybe(PDFName.of('Rect'), PDFArray)?.asRectangle();
    const target = dest && targetOf(dest);
    if (dest && rect && target !== undefined) links.push({ page, rect, dest: dest.decodeText(), target });
  }
  return links;
}
