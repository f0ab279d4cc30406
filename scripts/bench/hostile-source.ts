/** Lines built to make a careless regex backtrack: long runs that almost match a furniture rule or a dateline. */
const HOSTILE_LINES = [
  `${'Baca juga '.repeat(40)}!`,
  `(${'ab/'.repeat(60)}x`,
  `Foto: ${'a '.repeat(200)}`,
  `Senin, 21 November 2022 ${'Reporter: '.repeat(30)}${'9'.repeat(100)}x`,
  `${'{'.repeat(300)}${'<'.repeat(300)}`,
  `${'berita terkait '.repeat(30)}?`,
  `${'x +indeks '.repeat(40)}`,
  `${' '.repeat(500)}.`,
  `${'a'.repeat(5000)}`,
];

/**
 * A hundred short paragraphs that open with the same words, each a pull-quote candidate: kept in
 * one list per opening, they made the pull-quote search quadratic (scripts/ingest/pull-quotes.ts).
 */
const sameOpening = (i: number): string => Array.from({ length: 100 }, (_, k) => `Gubernur Anies Baswedan mengatakan ${i}-${k}`).join('\n\n');

/**
 * A valid source of about `bytes` bytes (UTF-8): the seed's front matter, title and dateline, then its
 * paragraphs and hostile lines repeated, each copy numbered so none is removed as a repeat.
 */
export function hostileSource(seed: string, bytes: number): string {
  const lines = seed.split('\n');
  const bodyStart = seed.startsWith('---') ? lines.indexOf('---', 1) + 1 : 0;
  // The title and the dateline: the first two non-blank lines of the body.
  const headEnd = lines.findIndex((l, i) => i >= bodyStart && l.trim() !== '' && lines.slice(bodyStart, i).some((b) => b.trim() !== ''));
  const head = lines.slice(0, headEnd + 1).join('\n');
  const paragraphs = lines.slice(headEnd + 1).filter((l) => l.length > 80);
  const chunks: string[] = [head];
  let size = Buffer.byteLength(head);
  for (let i = 0; size < bytes; i++) {
    const line = i % 30 === 29 ? sameOpening(i) : i % 3 === 2 ? `${HOSTILE_LINES[i % HOSTILE_LINES.length]} ${i}` : `${paragraphs[i % paragraphs.length]} (${i})`;
    chunks.push(line);
    size += Buffer.byteLength(line) + 2;
  }
  return chunks.join('\n\n');
}
