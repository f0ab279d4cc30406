import { ParseSpeeds, PDFDocument } from 'pdf-lib';
import { numberContents } from './contents-page-numbers.ts';
import { repairOutlineTitles } from './outline-titles.ts';
import { rebaseLinks } from './rebase-links.ts';

export interface PdfMetadata {
  title: string;
  /** BCP 47, e.g. "id-ID". */
  language: string;
  author: string;
  subject: string;
  keywords: string[];
  /** When the archive was generated; also the PDF's creation and modification date. */
  date: Date;
  /** The page's headings as written, to mend the bookmarks Chromium made from them. */
  headings: string[];
  /** The origin the page was printed from, and the published site's, which its links must name. */
  links: { from: string; to: string };
}

/**
 * Chromium's PDF carries the page's <title> but neither its language nor a date a rebuild can
 * reproduce: both are written here, and the bookmarks' titles mended. Links and tags are kept.
 */
export async function finishPdf(pdf: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  // pdf-lib waits on a timer every 100 objects it reads and 50 it writes, by default; a volume's
  // tagged PDF has ~8,000, so the waits, not the work, took most of the time.
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setLanguage(meta.language);
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setCreator(meta.author);
  doc.setProducer('Chromium (Playwright page.pdf) and pdf-lib');
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  repairOutlineTitles(doc, meta.headings);
  await numberContents(doc);
  rebaseLinks(doc, meta.links.from, meta.links.to);
  return doc.save({ useObjectStreams: false, objectsPerTick: Infinity });
}
