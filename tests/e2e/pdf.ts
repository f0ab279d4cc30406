import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfFacts {
  pages: number;
  /** Every page's text, lines joined by spaces. */
  text: string;
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
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str, item.hasEOL ? ' ' : '');
    parts.push(' ');
  }
  const { info } = await doc.getMetadata();
  const outline = ((await doc.getOutline()) ?? []) as OutlineNode[];
  const facts = { pages: doc.numPages, text: parts.join('').replace(/\s+/g, ' '), info: info as Record<string, unknown>, outline: flatten(outline) };
  await doc.destroy();
  return facts;
}
