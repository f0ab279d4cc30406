import type { SourceLine } from './clean.ts';
import { codePoint } from './code-point.ts';

/** The explicit bidirectional controls that open a run, by code point, with what closes each. */
const OPENERS: ReadonlyMap<string, { name: string; closer: string }> = new Map([
  ['\u202a', { name: 'left-to-right embedding', closer: '\u202c' }],
  ['\u202b', { name: 'right-to-left embedding', closer: '\u202c' }],
  ['\u202d', { name: 'left-to-right override', closer: '\u202c' }],
  ['\u202e', { name: 'right-to-left override', closer: '\u202c' }],
  ['\u2066', { name: 'left-to-right isolate', closer: '\u2069' }],
  ['\u2067', { name: 'right-to-left isolate', closer: '\u2069' }],
  ['\u2068', { name: 'first-strong isolate', closer: '\u2069' }],
]);
const PDF = '\u202c';
const PDI = '\u2069';
const CONTROL = /[\u202a-\u202e\u2066-\u2069]/u;

/** The first control in `text` that nothing after it closes, if any. */
function unclosed(text: string): string | undefined {
  const open: string[] = [];
  for (const c of text) {
    if (OPENERS.has(c)) open.push(c);
    else if (c === PDF && open.length > 0 && OPENERS.get(open.at(-1)!)!.closer === PDF) open.pop();
    else if (c === PDI) {
      // Unicode's bidi algorithm: a PDI closes its isolate and every embedding opened inside it.
      const isolate = open.findLastIndex((o) => OPENERS.get(o)!.closer === PDI);
      if (isolate >= 0) open.length = isolate;
    }
  }
  return open[0];
}

/**
 * A warning naming the first line whose bidirectional control (a right-to-left override, U+202E,
 * say) nothing closes. Pasted from a chat or a spoofed link, one turns the rest of its line around
 * on the page: the text reads otherwise than it is written, which is how "Trojan Source" text
 * hides what it says. Closed ones, as Arabic or Hebrew quoted in Latin text may carry, pass.
 */
export function bidiWarning(lines: readonly SourceLine[]): string | undefined {
  for (const line of lines) {
    if (!CONTROL.test(line.text)) continue;
    const opener = unclosed(line.text);
    if (opener === undefined) continue;
    const { name, closer } = OPENERS.get(opener)!;
    return `line ${line.line}: a ${name} (${codePoint(opener.codePointAt(0)!)}) that nothing closes turns the rest of the line around on the page; delete it, or close it with ${codePoint(closer.codePointAt(0)!)}`;
  }
  return undefined;
}
