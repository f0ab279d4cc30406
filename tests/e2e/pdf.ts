import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** pdf.js's metrics for the standard fonts a PDF names without embedding, as the contents' page numbers do. */
export const standardFontDataUrl = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts/');

export interface PdfFacts {
  pages: number;
  /** Every page's text, lines joined by spaces. */
  text: string;
  /** Each page's text, as `text` has it. */
  pageTexts: string[];
  info: Record<string, unknown>;
  /** Top-level bookmarks and their children's titles, flattened in order. */
  outline: string[];
}

interface OutlineNode {
  title: string;
  items: OutlineNode[];
}

const flatten = (nodes: readonly OutlineNode[]): string[] => nodes.flatMap((n) => [n.title, ...flatten(n.items)]);

/** What a reader (or a catalogue) gets out of a PDF: its text, metadata and bookmarks. */
export async function readPdf(file: string): Promise<PdfFacts> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false, standardFontDataUrl }).promise;
  const pageTexts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    const parts = content.items.flatMap((item) => ('str' in item ? [item.str, item.hasEOL ? ' ' : ''] : []));
    pageTexts.push(parts.join('').replace(/\s+/g, ' ').trim());
  }
  const { info } = await doc.getMetadata();
  const outline = ((await doc.getOutline()) ?? []) as OutlineNode[];
  const facts = { pages: doc.numPages, text: pageTexts.join(' '), pageTexts, info: info as Record<string, unknown>, outline: flatten(outline) };
  await doc.destroy();
  return facts;
}
