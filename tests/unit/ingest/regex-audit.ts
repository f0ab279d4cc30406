/**
 * A small static ReDoS check for the regex subset this project writes: it parses a pattern and
 * flags the shapes that make a backtracking engine blow up — an unbounded repeat whose body can
 * match empty, whose top-level alternatives can start alike, or which holds another unbounded
 * repeat that can run on into the next iteration ((a+)+); and two unbounded repeats side by side
 * over overlapping characters (\s*\s*). Character sets are over-approximated (\p{…}, \s, `.` and
 * negated classes overlap anything), so it may flag a safe pattern but not miss these shapes.
 */

type Chars = { any: true } | { any: false; set: Set<string> };
type Node =
  | { kind: 'chars'; chars: Chars }
  | { kind: 'empty' }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'repeat'; body: Node; min: number; max: number };

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
    const options = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : { kind: 'alt', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') items.push(this.quantified());
    return { kind: 'seq', items };
  }

  private quantified(): Node {
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
      node = { kind: 'repeat', body: node, min, max: max! };
    }
  }

  private atom(): Node {
    const c = this.source[this.at++]!;
    if (c === '(') {
      const lookaround = /^\?<?[=!]/.exec(this.source.slice(this.at));
      const prefix = /^\?(?::|<[A-Za-z]\w*>|<?[=!])/.exec(this.source.slice(this.at));
      this.at += prefix?.[0].length ?? 0;
      const body = this.alternation();
      if (this.source[this.at++] !== ')') throw new Error(`unclosed "(" in /${this.source}/`);
      // A lookaround consumes nothing; its own body is still audited where it stands.
      return lookaround ? { kind: 'seq', items: [{ kind: 'repeat', body, min: 0, max: 0 }] } : body;
    }
    if (c === '[') return { kind: 'chars', chars: this.charClass() };
    if (c === '.') return { kind: 'chars', chars: ANY };
    if (c === '^' || c === '$') return { kind: 'empty' };
    if (c === '\\') return this.escape();
    return { kind: 'chars', chars: charsOf(c) };
  }

  private escape(): Node {
    const c = this.source[this.at++]!;
    if (c === 'b' || c === 'B') return { kind: 'empty' };
    if (c === 'd') return { kind: 'chars', chars: DIGITS };
    if ('pP'.includes(c) && this.source[this.at] === '{') this.at = this.source.indexOf('}', this.at) + 1;
    if ('pPsSwWD'.includes(c)) return { kind: 'chars', chars: ANY };
    if (c === 'u' || c === 'x') {
      const hex = /^(?:\{[0-9a-fA-F]+\}|[0-9a-fA-F]{4}|[0-9a-fA-F]{2})/.exec(this.source.slice(this.at))![0];
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

const unbounded = (n: Node): n is Extract<Node, { kind: 'repeat' }> => n.kind === 'repeat' && n.max === Infinity;

function innerUnbounded(n: Node): Extract<Node, { kind: 'repeat' }>[] {
  if (n.kind === 'seq') return n.items.flatMap(innerUnbounded);
  if (n.kind === 'alt') return n.options.flatMap(innerUnbounded);
  if (n.kind === 'repeat') return [...(unbounded(n) ? [n] : []), ...innerUnbounded(n.body)];
  return [];
}

function findings(n: Node, out: string[]): void {
  if (unbounded(n)) {
    const body = n.body;
    if (nullable(body)) out.push('an unbounded repeat whose body can match the empty string');
    if (body.kind === 'alt') {
      body.options.forEach((a, i) =>
        body.options.slice(i + 1).forEach((b) => overlaps(first(a), first(b)) && out.push('an unbounded repeat over alternatives that can start alike')),
      );
    }
    for (const inner of innerUnbounded(body)) {
      if (overlaps(all(inner.body), first(body))) out.push('a nested unbounded repeat that can run on into the next iteration, like (a+)+');
    }
  }
  if (n.kind === 'seq') {
    n.items.forEach((item, i) => {
      const next = n.items[i + 1];
      if (next && unbounded(item) && unbounded(next) && overlaps(all(item.body), first(next.body))) out.push('two unbounded repeats side by side over the same characters');
    });
  }
  const children = n.kind === 'seq' ? n.items : n.kind === 'alt' ? n.options : n.kind === 'repeat' ? [n.body] : [];
  for (const child of children) findings(child, out);
}

/** What makes the pattern risky for a backtracking engine; empty when none of the shapes is there. */
export function auditRegex(source: string): string[] {
  const out: string[] = [];
  findings(new Parser(source).parse(), out);
  return [...new Set(out)];
}
