import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';

/** YAML that cannot be read: what the parser found wrong, and the line (from 1) where, with its text, when it says. */
export class YamlError extends Error {
  override name = 'YamlError';
  readonly reason: string;
  readonly line: number | undefined;
  /** The text of that line, which says more of how to mend it than the reason alone. */
  readonly lineText: string;
  constructor(reason: string, line?: number, lineText = '') {
    super(reason);
    this.reason = reason;
    this.line = line;
    this.lineText = lineText;
  }
}

/**
 * Reads YAML the way the site reads it: with js-yaml, which Astro uses for front matter and data
 * files, under the YAML 1.2 core schema, which keeps dates as strings and runs nothing.
 */
export function parseYaml(text: string): unknown {
  try {
    return load(text, { schema: CORE_SCHEMA });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const line = error.mark ? error.mark.line : undefined;
    throw new YamlError(error.reason, line === undefined ? undefined : line + 1, line === undefined ? '' : (text.split(/\r?\n/)[line] ?? ''));
  }
}

/** A line as `key: value`, past a list item's dash; undefined for a line that is no field. */
const FIELD = /^[\s-]*([^\s#:'"-][^:#]*?):\s(.*)$/;

/** What usually mends what js-yaml reports, by its reason and the field on the line at fault. */
const MENDS: readonly [RegExp, (field: { key: string; value: string } | undefined) => string | undefined][] = [
  [/^tab characters/, () => 'indent with spaces, not tabs'],
  [/^bad indentation of a mapping entry|^unidentified alias/, (field) => {
    if (!field) return undefined;
    const { key, value } = field;
    if (/^'.*'.*'/.test(value)) return 'write a \' inside a single-quoted value twice (\'\'), or quote the value with " instead';
    if (/^[@`%*&!|>]/.test(value)) return `quote the value: YAML reserves "${value[0]}" at its start`;
    if (/^[^'"].*: /.test(value)) return `quote the value, as it holds ": ": ${key}: "${value.replace(/["\\]/g, '\\$&')}"`;
    return undefined;
  }],
  [/^bad indentation of a mapping entry/, (field) => field && `indent \`${field.key}:\` as far as the other fields of its mapping`],
  [/^duplicated mapping key/, (field) => field && `give \`${field.key}:\` once: this mapping has it already`],
  [/^missed comma between flow collection entries/, () => 'close the "[" or "{" opened above this line, or put a comma between its items'],
  [/within a flow collection$/, () => 'close the "[" or "{" opened above: the value runs on to the end of the file'],
  [/within a (?:double|single) quoted scalar$/, () => 'close the quote opened above: the value runs on to the end of the file'],
  [/^end of the stream or a document separator is expected/, () => 'start this line as the others at its indentation start: all "- " items, or all "key:" fields'],
];

/** How to mend a YAML error, from js-yaml's reason and the text of the line it points at. */
export function yamlMend(reason: string, lineText: string): string {
  const match = FIELD.exec(lineText);
  const field = match ? { key: match[1]!, value: match[2]!.trim() } : undefined;
  for (const [pattern, mend] of MENDS) {
    const hint = pattern.test(reason) ? mend(field) : undefined;
    if (hint) return hint;
  }
  return 'check the YAML syntax on that line';
}

/** Where a YAML node is written: its line (from 1), and its children by key or index. */
interface Located {
  line: number;
  children: Map<PropertyKey, Located>;
}

/**
 * The line (from 1) where a YAML text writes the node at `path`, such as `[3, 'name']` for the
 * fourth list item's `name:` — an error found in the data then points at the line to correct.
 * Undefined when the text has no such node. It reads the block and flow styles the data files
 * use, not all of YAML: only js-yaml decides what the text means.
 */
export function lineOfPath(text: string, path: readonly PropertyKey[]): number | undefined {
  const entries = blockEntries(text.split(/\r?\n/));
  let at = entries.length > 0 ? blockNode(entries, 0).located : undefined;
  for (const step of path) at = at?.children.get(typeof step === 'number' ? step : String(step));
  return at?.line;
}

/** One thing a block-style line starts: a list item's dash, a `key:` with its value if on the line, or a value. */
interface Entry {
  line: number;
  col: number;
  dash: boolean;
  key?: string;
  /** The value written after `key:` on the line itself (or the whole entry, with no key). */
  value?: Located;
}

interface Position {
  line: number;
  col: number;
}

const leaf = (line: number): Located => ({ line: line + 1, children: new Map() });

/** The block structure of the lines, skipping what quoted, flow and folded values spread over several lines. */
function blockEntries(lines: readonly string[]): Entry[] {
  const entries: Entry[] = [];
  for (let line = 0; line < lines.length; line++) {
    const text = lines[line]!;
    let col = text.search(/\S/);
    if (col < 0 || text[col] === '#' || /^(?:---|\.\.\.)(?:\s|$)/.test(text)) continue;
    while (/^-(?:\s|$)/.test(text.slice(col))) {
      entries.push({ line, col, dash: true });
      col = text.slice(col + 1).search(/\S/) + col + 1;
      if (col <= 0 || text[col] === '#') break;
    }
    if (col <= 0 && entries.at(-1)?.line === line) continue;
    const pos = { line, col };
    const quotedKey = /^["']/.test(text.slice(col)) ? quoted(lines, { ...pos }) : undefined;
    const plainKey = quotedKey ? undefined : /^([^\s#[\]{}][^#]*?)\s*:(?=\s|$)/.exec(text.slice(col));
    const afterKey = quotedKey ? /^\s*:(?=\s|$)/.exec(lines[quotedKey.end.line]!.slice(quotedKey.end.col)) : undefined;
    const key = plainKey ? plainKey[1] : afterKey && quotedKey!.end.line === line ? quotedKey!.text : undefined;
    if (key === undefined) {
      const value = flowNode(lines, pos, false);
      entries.push({ line, col, dash: false, value });
      line = pos.line;
      continue;
    }
    const valueCol = plainKey ? col + plainKey[0].length + 1 : quotedKey!.end.col + afterKey![0].length + 1;
    const rest = text.slice(valueCol);
    const start = valueCol + rest.search(/\S|$/);
    if (start >= text.length || text[start] === '#') {
      entries.push({ line, col, dash: false, key });
    } else if (/^[|>]/.test(text.slice(start))) {
      entries.push({ line, col, dash: false, key, value: leaf(line) });
      // A folded or literal block's lines are all indented deeper than its key.
      while (line + 1 < lines.length && !/^\s*\S/.test(lines[line + 1]!.slice(0, col + 1))) line++;
    } else {
      const valuePos = { line, col: start };
      entries.push({ line, col, dash: false, key, value: flowNode(lines, valuePos, false) });
      line = valuePos.line;
    }
  }
  return entries;
}

/** The node the block entries from `at` make: a list of dashes, a mapping of keys, or one value. */
function blockNode(entries: readonly Entry[], at: number): { located: Located; next: number } {
  const first = entries[at]!;
  const children = new Map<PropertyKey, Located>();
  let next = at;
  const deeper = (col: number, sameColDash: boolean): boolean =>
    next < entries.length && (entries[next]!.col > col || (sameColDash && entries[next]!.col === col && entries[next]!.dash));
  if (first.dash) {
    while (next < entries.length && entries[next]!.col === first.col && entries[next]!.dash) {
      const { line } = entries[next++]!;
      const item = deeper(first.col, false) ? blockNode(entries, next) : undefined;
      if (item) next = item.next;
      children.set(children.size, { line: line + 1, children: item?.located.children ?? new Map() });
      while (deeper(first.col, false)) next++;
    }
  } else if (first.key !== undefined) {
    while (next < entries.length && entries[next]!.col === first.col && entries[next]!.key !== undefined) {
      const { line, key, value } = entries[next++]!;
      const block = !value && deeper(first.col, true) ? blockNode(entries, next) : undefined;
      if (block) next = block.next;
      children.set(key!, { line: line + 1, children: (block?.located ?? value)?.children ?? new Map() });
      while (deeper(first.col, false)) next++;
    }
  } else {
    return { located: first.value ?? leaf(first.line), next: at + 1 };
  }
  return { located: { line: first.line + 1, children }, next };
}

/** Moves `pos` past spaces, line ends and comments, within a flow collection. */
function skipSpace(lines: readonly string[], pos: Position): void {
  while (pos.line < lines.length) {
    const text = lines[pos.line]!;
    while (pos.col < text.length && /\s/.test(text[pos.col]!)) pos.col++;
    if (pos.col < text.length && text[pos.col] !== '#') return;
    pos.line++;
    pos.col = 0;
  }
}

/** A quoted scalar at `pos`, read as YAML reads it ('' is ', \" is "); `end` is just past its closing quote. */
function quoted(lines: readonly string[], pos: Position): { text: string; end: Position } {
  const quote = lines[pos.line]![pos.col]!;
  let text = '';
  pos.col++;
  while (pos.line < lines.length) {
    const line = lines[pos.line]!;
    if (pos.col >= line.length) {
      text += ' ';
      pos.line++;
      pos.col = 0;
      continue;
    }
    const c = line[pos.col]!;
    if (quote === "'" && c === "'" && line[pos.col + 1] === "'") {
      text += "'";
      pos.col += 2;
    } else if (quote === '"' && c === '\\') {
      text += line[pos.col + 1] ?? '';
      pos.col += 2;
    } else if (c === quote) {
      pos.col++;
      break;
    } else {
      text += c;
      pos.col++;
    }
  }
  return { text, end: { ...pos } };
}

/** Moves `pos` past a plain scalar in a flow collection, which ends at a flow indicator, `: ` or ` #`. */
function skipPlain(lines: readonly string[], pos: Position): void {
  while (pos.line < lines.length) {
    const line = lines[pos.line]!;
    const end = line.slice(pos.col).search(/[,[\]{}]|:(?=[\s,[\]{}]|$)|\s#/);
    if (end >= 0) {
      pos.col += end;
      return;
    }
    pos.line++;
    pos.col = 0;
    skipSpace(lines, pos);
    if (pos.line < lines.length && /^[,[\]{}]/.test(lines[pos.line]!.slice(pos.col))) return;
  }
}

/**
 * The value at `pos`: a flow list or mapping, a quoted or a plain scalar; `pos` ends just past it.
 * A plain scalar runs to the end of its line, or in a flow collection to the next flow indicator.
 */
function flowNode(lines: readonly string[], pos: Position, inFlow: boolean): Located {
  const start = pos.line;
  const opening = lines[pos.line]![pos.col];
  if (opening === '"' || opening === "'") {
    Object.assign(pos, quoted(lines, pos).end);
    return leaf(start);
  }
  if (opening !== '[' && opening !== '{') {
    if (inFlow) skipPlain(lines, pos);
    else pos.col = lines[pos.line]!.length;
    return leaf(start);
  }
  const closing = opening === '[' ? ']' : '}';
  const children = new Map<PropertyKey, Located>();
  pos.col++;
  for (;;) {
    skipSpace(lines, pos);
    const c = lines[pos.line]?.[pos.col];
    if (c === undefined || c === closing) break;
    if (c === ',') {
      pos.col++;
      continue;
    }
    const itemLine = pos.line;
    let key = '';
    let item: Located | undefined;
    if (c === '"' || c === "'") key = quoted(lines, pos).text;
    else if (c === '[' || c === '{') item = flowNode(lines, pos, true);
    else {
      const from = pos.col;
      skipPlain(lines, pos);
      key = pos.line === itemLine ? lines[itemLine]!.slice(from, pos.col).trim() : '';
    }
    skipSpace(lines, pos);
    if (lines[pos.line]?.[pos.col] === ':') {
      pos.col++;
      skipSpace(lines, pos);
      if (!/^[,\]}]/.test(lines[pos.line]?.slice(pos.col) ?? ']')) item = flowNode(lines, pos, true);
    }
    children.set(opening === '[' ? children.size : key, { line: itemLine + 1, children: item?.children ?? new Map() });
  }
  pos.col++;
  return { line: start + 1, children };
}
