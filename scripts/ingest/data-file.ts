import { existsSync, readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import type { z } from 'zod';
import { dateMend } from './date-mend.ts';
import { fieldPath, plainWords } from './schema-wording.ts';
import { lineOfPath, parseYaml, YamlError, yamlMend } from './yaml.ts';

/**
 * A project data file (gazetteer, rules, publishers, engagements) that is not what its schema says.
 * The message may name several problems, one a line, each with its own place.
 */
export class DataFileError extends Error {
  override name = 'DataFileError';
}

/** What the folder `--content` names holds, for errors that suspect it is the wrong one. */
export const CONTENT_FOLDERS = 'gazetteer/, rules/, publishers/, engagements/ and translations/';

/** A file as errors name it: as the user would type it from where the command runs. */
export const shownPath = (file: string): string => relative(process.cwd(), file) || file;

/**
 * Where a data file writes the node at `path`, as errors name it: "content/gazetteer/cities.yaml:12".
 * A node the text lacks (a missing field) is placed at the nearest node above it that it has.
 */
export function placeIn(file: string, text: string, path: readonly PropertyKey[]): string {
  for (let depth = path.length; depth >= 0; depth--) {
    const line = lineOfPath(text, path.slice(0, depth));
    if (line !== undefined) return `${shownPath(file)}:${line}`;
  }
  return shownPath(file);
}

/** `placeIn` for a file read only now, as there is an error to report. */
export const placeAt = (file: string, path: readonly PropertyKey[]): string => placeIn(file, readFileSync(file, 'utf8'), path);

/**
 * Refuses a value given twice across data files (ids name pages, links and report entries),
 * naming where it comes again and where it came first. `reserved` values are taken already, each
 * by what its entry says.
 */
export function requireUnique(
  items: readonly { file: string; path: readonly PropertyKey[]; value: string }[],
  problem: (value: string, owner: string) => string,
  reserved: ReadonlyMap<string, string> = new Map(),
): void {
  const first = new Map<string, { file: string; path: readonly PropertyKey[] }>();
  for (const { file, path, value } of items) {
    const earlier = first.get(value);
    const owner = reserved.get(value) ?? (earlier && `used at ${placeAt(earlier.file, earlier.path)}`);
    if (owner) throw new DataFileError(`${placeAt(file, path)}: ${problem(value, owner)}`);
    first.set(value, { file, path });
  }
}

/** Reads a YAML data file and validates it; errors name the file, the line, the entry and the field. */
export const readDataFile = <T>(file: string, schema: z.ZodType<T>): T => parseDataFile(file, readRequired(file), schema);

/**
 * A data file the ingest cannot run without (the gazetteer, the generic rules), read. Its absence
 * is named with its likeliest cause, a `.yml` name or a `--content` folder that is not the
 * project's, rather than thrown as Node's ENOENT with a stack trace.
 */
function readRequired(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    const yml = file.replace(/\.yaml$/, '.yml');
    const mend =
      yml !== file && existsSync(yml)
        ? `rename ${basename(yml)} to ${basename(file)}: only .yaml is read`
        : `restore it (\`git checkout -- ${shownPath(file)}\` brings back the committed one), or give --content the folder that holds ${CONTENT_FOLDERS}`;
    throw new DataFileError(`${shownPath(file)}: not found; the ingest cannot run without it — ${mend}`);
  }
}

/** `readDataFile` for a file whose text is read already. */
export function parseDataFile<T>(file: string, text: string, schema: z.ZodType<T>): T {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    if (!(error instanceof YamlError)) throw error;
    throw new DataFileError(`${shownPath(file)}${error.line ? `:${error.line}` : ''}: not valid YAML: ${error.reason} — ${yamlMend(error.reason, error.lineText)}`);
  }
  const result = schema.safeParse(data, { error: plainWords });
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  // A misspelt field ("alias:" for "aliases:") is found by its own key: it is on no valid line.
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
  throw new DataFileError(`${placeIn(file, text, path)}: ${issueMessage(data, issue)} — see the schema in src/schemas/`);
}

const valueAt = (data: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((at, step) => (typeof at === 'object' && at !== null ? (at as Record<PropertyKey, unknown>)[step] : undefined), data);

/**
 * What an issue says, of the list entry it is in named by its id ("entry "bandung" has no
 * `country`"): the line alone would leave whoever reads it to count entries.
 */
function issueMessage(data: unknown, issue: z.core.$ZodIssue): string {
  const depth = entryDepth(data, issue.path);
  const id = depth === undefined ? undefined : valueAt(data, [...issue.path.slice(0, depth), 'id']);
  const field = fieldPath(issue.path.slice(depth ?? 0));
  const parent = valueAt(data, issue.path.slice(0, -1));
  const missing = issue.path.length > 0 && typeof parent === 'object' && parent !== null && !(issue.path.at(-1)! in parent);
  const within = fieldPath(issue.path.slice(depth ?? 0, -1));
  const who = depth === undefined ? undefined : typeof id === 'string' ? `entry "${id}"` : 'this entry';
  if (missing) return `${[who, within].filter(Boolean).join(', ') || 'the file'} has no \`${String(issue.path.at(-1))}\`; add it`;
  if (issue.code === 'unrecognized_keys') {
    return `${[who, field].filter(Boolean).join(', ') || 'the file'} has \`${issue.keys[0]}\`, which is not one of its fields; correct its name or remove it`;
  }
  const mend = issue.code === 'invalid_format' ? dateMend(valueAt(data, issue.path)) : '';
  return `${[who, field].filter(Boolean).join(', ') || 'the file'}: ${issue.message}${mend}`;
}

/** How deep in `path` the innermost list entry lies that has a field `id` — or that is missing it. */
function entryDepth(data: unknown, path: readonly PropertyKey[]): number | undefined {
  for (let depth = path.length; depth > 0; depth--) {
    const entry = valueAt(data, path.slice(0, depth));
    if (typeof path[depth - 1] !== 'number' || typeof entry !== 'object' || entry === null || Array.isArray(entry)) continue;
    if (typeof (entry as { id?: unknown }).id === 'string' || path[depth] === 'id') return depth;
  }
  return undefined;
}
