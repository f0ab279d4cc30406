import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { z } from 'zod';
import { fieldValue, lineOfField, lineOfItemField, parseYaml, YamlError, yamlMend } from './yaml.ts';

/** A project data file (gazetteer, rules, publishers) that is not what its schema says. */
export class DataFileError extends Error {
  override name = 'DataFileError';
}

/** A file as errors name it: as the user would type it from where the command runs. */
export const shownPath = (file: string): string => relative(process.cwd(), file) || file;

/** The lines (from 1) of a file that `matches`. */
const linesWhere = (file: string, matches: (line: string) => boolean): number[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => (matches(line) ? [i + 1] : []));

/**
 * Where a valid data file writes `key: value` (its `nth` such line, from 0), as errors name it:
 * "content/gazetteer/cities.yaml:12". Read only when there is an error to report.
 */
export const placeOf = (file: string, key: string, value: string, nth = 0): string =>
  `${shownPath(file)}:${linesWhere(file, (line) => fieldValue(line, key) === value)[nth] ?? '?'}`;

/** Where a valid data file first writes `value` whole: as a list item, a field's value or in a flow list. */
export const placeOfValue = (file: string, value: string): string =>
  `${shownPath(file)}:${linesWhere(file, (line) => line.split(/[\s,[\]{}'"]+/).includes(value))[0] ?? '?'}`;

/**
 * Refuses a value that `key` gives twice across data files (ids name pages, links and report
 * entries), naming where it comes again and where it came first. `reserved` values are taken
 * already, each by what its entry says.
 */
export function requireUnique(
  items: readonly { file: string; value: string }[],
  key: string,
  problem: (value: string, owner: string) => string,
  reserved: ReadonlyMap<string, string> = new Map(),
): void {
  const first = new Map<string, { file: string; nth: number }>();
  const count = new Map<string, number>();
  for (const { file, value } of items) {
    const nth = count.get(`${file}\0${value}`) ?? 0;
    count.set(`${file}\0${value}`, nth + 1);
    const earlier = first.get(value);
    const owner = reserved.get(value) ?? (earlier && `used at ${placeOf(earlier.file, key, value, earlier.nth)}`);
    if (owner) throw new DataFileError(`${placeOf(file, key, value, nth)}: ${problem(value, owner)}`);
    first.set(value, { file, nth });
  }
}

/** Reads a YAML data file and validates it; errors name the file, the line where known, and the field. */
export function readDataFile<T>(file: string, schema: z.ZodType<T>): T {
  const shown = shownPath(file);
  let data: unknown;
  try {
    data = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    if (error instanceof YamlError) {
      throw new DataFileError(`${shown}${error.line ? `:${error.line}` : ''}: not valid YAML: ${error.reason} — ${yamlMend(error.reason)}`);
    }
    throw new DataFileError(`${shown}: cannot be read: ${(error as Error).message}`);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    // A misspelt field ("alias:" for "aliases:") is found by its own key: it is on no valid line.
    const place = issue.code === 'unrecognized_keys' ? placeOfKey(file, issue.keys[0]!) : issuePlace(file, data, issue.path);
    throw new DataFileError(`${place}: ${issue.path.join('.') || '(top level)'}: ${issue.message} — see the schema in src/schemas/`);
  }
  return result.data;
}

/** The file, and the first line that writes `key` as a field. */
function placeOfKey(file: string, key: string): string {
  const line = lineOfField(readFileSync(file, 'utf8'), key);
  return line ? `${shownPath(file)}:${line}` : shownPath(file);
}

/**
 * The file, and the line where it writes the value an issue is about when that is a plain
 * `key: value`; else the line where the list item at fault writes the field, as in
 * `short: { id: …, en: … }`.
 */
function issuePlace(file: string, data: unknown, path: readonly PropertyKey[]): string {
  const key = path.at(-1);
  const value = path.reduce<unknown>((at, step) => (at as Record<PropertyKey, unknown> | undefined)?.[step], data);
  const place = typeof key === 'string' && (typeof value === 'string' || typeof value === 'number') ? placeOf(file, key, String(value)) : undefined;
  if (place && !place.endsWith(':?')) return place;
  const [item, field] = path;
  const line = typeof item === 'number' && typeof field === 'string' ? lineOfItemField(readFileSync(file, 'utf8'), item, field) : undefined;
  return line ? `${shownPath(file)}:${line}` : shownPath(file);
}
