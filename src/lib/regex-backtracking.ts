/**
 * A small static ReDoS check for the regex subset this project writes (the ingest's code, its
 * dateline patterns, and the furniture patterns in content/): it parses a pattern and
 * flags the shapes that make a backtracking engine blow up — an unbounded repeat whose body can
 * match empty, whose top-level alternatives can start alike, or which holds another unbounded
 * repeat that can run on into the next iteration ((a+)+); and two unbounded repeats side by side
 * over overlapping characters (\s*\s*). Character sets are over-approximated (\p{…}, \s, `.` and
 * negated classes overlap anything), so it may flag a safe pattern but not miss these shapes.
 */

type Chars = { any: true } | { any: false; set: Set<string> };
/** Where a node is written in the pattern, to name the repeat at fault as it is written. */
interface Span {
  start: number;
  end: number;
}
type Shape =
  | { kind: 'chars'; chars: Chars }
  | { kind: 'empty' }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'repeat'; body: Node; min: number; max: number };
type Node = Span & Shape;
type Repeat = Extract<Node, { kind: 'repeat' }>;

/** A shape that can make a backtracking engine take exponential time, and the part of the pattern that has it. */
export interface BacktrackingRisk {
  /** The repeat at fault, as the pattern writes it. */
  repeat: string;
  /** What is wrong with it, as a clause: "… repeats a body that can match nothing". */
  problem: string;
  /** How to rewrite it, as a clause. */
  rewrite: string;
}

const ANY: Chars = { any: true };
const charsOf = (...values: string[]): Chars => ({ any: false, set: new Set(values.map((v) => v.toLowerCase())) });
const DIGITS = charsOf(...'0123456789');
const union = (a: Chars, b: Chars): Chars => (a.any || b.any ? ANY : { any: false, set: new Set([...a.set, ...b.set]) });
const overlaps = (a: Chars, b: Chars): boolean => a.any || b.any || [...a.set].some((c) => b.set.has(c));

class Parser {
  private at = 0;
  private readonly source: string;

  constructor(source: string) {
    this.source = source;
  }

  parse(): Node {
    const node = this.alternation();
    if (this.at < this.source.length) throw new Error(`unbalanced ")" at ${this.at} in /${this.source}/`);
    return node;
  }

  private alternation(): Node {
    const start = this.at;
    const options = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : { kind: 'alt', options, start, end: this.at };
  }

  private sequence(): Node {
    const start = this.at;
    const items: Node[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') items.push(this.quantified());
    return { kind: 'seq', items, start, end: this.at };
  }

  private quantified(): Node {
    const start = this.at;
    let node = this.atom();
    for (;;) {
      const rest = this.source.slice(this.at);
      const braces = /^\{(\d+)(,(\d*))?\}/.exec(rest);
      const [min, max, length] =
        rest[0] === '*' ? [0, Infinity, 1] : rest[0] === '+' ? [1, Infinity, 1] : rest[0] === '?' ? [0, 1, 1]
        : braces ? [Number(braces[1]), braces[2] === undefined ? Number(braces[1]) : braces[3] ? Number(braces[3]) : Infinity, braces[0].length]
        : [undefined, undefined, 0];
      if (min === undefined) return node;
      this.at += length;
      if (this.source[this.at] === '?') this.at++; // lazy: same shapes, same risk
      node = { kind: 'repeat', body: node, min, max: max!, start, end: this.at };
    }
  }

  private atom(): Node {
    const start = this.at;
    const c = this.source[this.at++]!;
    if (c === '(') {
      const lookaround = /^\?<?[=!]/.exec(this.source.slice(this.at));
      const prefix = /^\?(?::|<[A-Za-z]\w*>|<?[=!]|[ims-]+:)/.exec(this.source.slice(this.at));
      this.at += prefix?.[0].length ?? 0;
      const body = this.alternation();
      if (this.source[this.at++] !== ')') throw new Error(`unclosed "(" in /${this.source}/`);
      const span = { start, end: this.at };
      // A lookaround consumes nothing; its own body is still audited where it stands.
      return lookaround ? { kind: 'seq', items: [{ kind: 'repeat', body, min: 0, max: 0, ...span }], ...span } : { ...body, ...span };
    }
    const span = (shape: Shape): Node => ({ ...shape, start, end: this.at });
    if (c === '[') return span({ kind: 'chars', chars: this.charClass() });
    if (c === '.') return span({ kind: 'chars', chars: ANY });
    if (c === '^' || c === '$') return span({ kind: 'empty' });
    if (c === '\\') return span(this.escape());
    return span({ kind: 'chars', chars: charsOf(c) });
  }

  private escape(): { kind: 'chars'; chars: Chars } | { kind: 'empty' } {
    const c = this.source[this.at++]!;
    if (c === 'b' || c === 'B') return { kind: 'empty' };
    if (c === 'd') return { kind: 'chars', chars: DIGITS };
    if ('pP'.includes(c) && this.source[this.at] === '{') this.at = this.source.indexOf('}', this.at) + 1;
    if ('pPsSwWD'.includes(c)) return { kind: 'chars', chars: ANY };
    const hex = c === 'u' || c === 'x' ? /^(?:\{[0-9a-fA-F]+\}|[0-9a-fA-F]{4}|[0-9a-fA-F]{2})/.exec(this.source.slice(this.at))?.[0] : undefined;
    if (hex) {
      this.at += hex.length;
      return { kind: 'chars', chars: charsOf(String.fromCodePoint(parseInt(hex.replace(/[{}]/g, ''), 16))) };
    }
    return { kind: 'chars', chars: charsOf(c === 'n' ? '\n' : c === 't' ? '\t' : c) };
  }

  private charClass(): Chars {
    if (this.source[this.at] === '^') {
      this.at = this.classEnd();
      return ANY;
    }
    let chars: Chars = charsOf();
    while (this.source[this.at] !== ']') {
      let c = this.source[this.at++]!;
      if (c === '\\') {
        const escaped = this.escape();
        if (escaped.kind === 'chars' && (escaped.chars.any || escaped.chars.set.size !== 1)) {
          chars = union(chars, escaped.chars);
          continue;
        }
        c = escaped.kind === 'chars' && !escaped.chars.any ? [...escaped.chars.set][0]! : c;
      }
      if (this.source[this.at] === '-' && this.source[this.at + 1] !== ']') {
        const end = this.source[this.at + 1] === '\\' ? this.source[this.at + 2]! : this.source[this.at + 1]!;
        this.at += this.source[this.at + 1] === '\\' ? 3 : 2;
        const [from, to] = [c.codePointAt(0)!, end.codePointAt(0)!];
        chars = to - from > 256 ? ANY : union(chars, charsOf(...Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))));
      } else chars = union(chars, charsOf(c));
    }
    this.at++;
    return chars;
  }

  private classEnd(): number {
    let i = this.at;
    while (this.source[i] !== ']') i += this.source[i] === '\\' ? 2 : 1;
    return i + 1;
  }
}

const nullable = (n: Node): boolean =>
  n.kind === 'empty' || (n.kind === 'seq' && n.items.every(nullable)) || (n.kind === 'alt' && n.options.some(nullable)) || (n.kind === 'repeat' && (n.min === 0 || nullable(n.body)));

/** Characters a match of the node can start with. */
function first(n: Node): Chars {
  if (n.kind === 'chars') return n.chars;
  if (n.kind === 'alt') return n.options.map(first).reduce(union, charsOf());
  if (n.kind === 'repeat') return n.max === 0 ? charsOf() : first(n.body);
  if (n.kind === 'seq') {
    let chars = charsOf();
    for (const item of n.items) {
      chars = union(chars, first(item));
      if (!nullable(item)) break;
    }
    return chars;
  }
  return charsOf();
}

/** Every character the node can consume anywhere. */
function all(n: Node): Chars {
  if (n.kind === 'chars') return n.chars;
  if (n.kind === 'alt') return n.options.map(all).reduce(union, charsOf());
  if (n.kind === 'seq') return n.items.map(all).reduce(union, charsOf());
  if (n.kind === 'repeat') return n.max === 0 ? charsOf() : all(n.body);
  return charsOf();
}

const unbounded = (n: Node): n is Repeat => n.kind === 'repeat' && n.max === Infinity;

function innerUnbounded(n: Node): Repeat[] {
  if (n.kind === 'seq') return n.items.flatMap(innerUnbounded);
  if (n.kind === 'alt') return n.options.flatMap(innerUnbounded);
  if (n.kind === 'repeat') return [...(unbounded(n) ? [n] : []), ...innerUnbounded(n.body)];
  return [];
}

const NULLABLE = { problem: 'repeats a body that can match nothing', rewrite: 'make every round of it match at least one character' };
const ALIKE = {
  problem: 'repeats alternatives that can start with the same character',
  rewrite: 'make the alternatives start differently, or take what they share out of the group',
};
const NESTED = {
  problem: 'holds another unbounded repeat that can run on into its next round',
  rewrite: 'start each round with what the inner repeat cannot match, as \\w+(?:\\s+\\w+)* does for (\\w+\\s*)+',
};
const beside = (next: string) => ({
  problem: `runs straight into ${'`'}${next}${'`'}, another unbounded repeat over the same characters`,
  rewrite: 'merge the two into one, or put between them a character neither matches',
});

function findings(n: Node, source: string, out: BacktrackingRisk[]): void {
  const at = (span: Span, risk: { problem: string; rewrite: string }) => out.push({ repeat: source.slice(span.start, span.end), ...risk });
  if (unbounded(n)) {
    const body = n.body;
    if (nullable(body)) at(n, NULLABLE);
    if (body.kind === 'alt' && body.options.some((a, i) => body.options.slice(i + 1).some((b) => overlaps(first(a), first(b))))) at(n, ALIKE);
    if (innerUnbounded(body).some((inner) => overlaps(all(inner.body), first(body)))) at(n, NESTED);
  }
  if (n.kind === 'seq') {
    n.items.forEach((item, i) => {
      const next = n.items[i + 1];
      if (next && unbounded(item) && unbounded(next) && overlaps(all(item.body), first(next.body))) at(item, beside(source.slice(next.start, next.end)));
    });
  }
  const children = n.kind === 'seq' ? n.items : n.kind === 'alt' ? n.options : n.kind === 'repeat' ? [n.body] : [];
  for (const child of children) findings(child, source, out);
}

/** What makes the pattern risky for a backtracking engine, each repeat at fault once; empty when none of the shapes is there. */
export function backtrackingRisks(pattern: string): BacktrackingRisk[] {
  const out: BacktrackingRisk[] = [];
  findings(new Parser(pattern).parse(), pattern, out);
  return out.filter((risk, i) => out.findIndex((other) => other.repeat === risk.repeat && other.problem === risk.problem) === i);
}
