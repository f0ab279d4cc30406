import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';

/** YAML that cannot be read: what the parser found wrong, and the line (from 1) where, when it says. */
export class YamlError extends Error {
  override name = 'YamlError';
  readonly reason: string;
  readonly line: number | undefined;
  constructor(reason: string, line?: number) {
    super(reason);
    this.reason = reason;
    this.line = line;
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
    throw new YamlError(error.reason, error.mark ? error.mark.line + 1 : undefined);
  }
}

/** What usually mends what js-yaml reports, by its reason; anything else points at the line. */
const MENDS: readonly [RegExp, string][] = [
  [/^tab characters/, 'indent with spaces, not tabs'],
  [/^bad indentation of a mapping entry/, 'quote values that contain ": "'],
  [/^duplicated mapping key/, 'give each key once'],
  [/within a (?:flow collection|double quoted scalar|single quoted scalar)$/, 'close the bracket or quote that this line opens'],
];

export const yamlMend = (reason: string): string => MENDS.find(([pattern]) => pattern.test(reason))?.[1] ?? 'check the YAML syntax on that line';

/** The value a YAML line gives `key`, as a field or a list item's first field, unquoted. */
export function fieldValue(line: string, key: string): string | undefined {
  const field = line.trim().replace(/^-\s+/, '');
  if (!field.startsWith(`${key}:`)) return undefined;
  return field.slice(key.length + 1).replace(/\s#.*$/, '').trim().replace(/^(["'])(.*)\1$/, '$2');
}

/** The line (from 1) where the `index`th item of a top-level list writes `key` as a field. */
export function lineOfItemField(text: string, index: number, key: string): number | undefined {
  const lines = text.split('\n');
  const starts = lines.flatMap((line, i) => (line.startsWith('- ') ? [i] : []));
  const from = starts[index];
  if (from === undefined) return undefined;
  const at = lineOfField(lines.slice(from, starts[index + 1]).join('\n'), key);
  return at === undefined ? undefined : from + at;
}

/** The first line (from 1) of a YAML text that writes `key` as a field, to point an error at. */
export function lineOfField(text: string, key: string): number | undefined {
  if (!key) return undefined;
  const index = text.split('\n').findIndex((line) => fieldValue(line, key) !== undefined);
  return index >= 0 ? index + 1 : undefined;
}
