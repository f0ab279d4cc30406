import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import type { z } from 'zod';

/** A project data file (gazetteer, rules, publishers) that is not what its schema says. */
export class DataFileError extends Error {
  override name = 'DataFileError';
}

/** Reads a YAML data file and validates it; errors name the file, the line where known, and the field. */
export function readDataFile<T>(file: string, schema: z.ZodType<T>): T {
  const shown = relative(process.cwd(), file) || file;
  let data: unknown;
  try {
    // The parser the site reads these files with; the YAML 1.2 core schema keeps dates as strings.
    data = load(readFileSync(file, 'utf8'), { schema: CORE_SCHEMA });
  } catch (error) {
    if (error instanceof YAMLException) {
      const line = error.mark ? `:${error.mark.line + 1}` : '';
      throw new DataFileError(`${shown}${line}: not valid YAML: ${error.reason} — quote values that contain ": "`);
    }
    throw new DataFileError(`${shown}: cannot be read: ${(error as Error).message}`);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new DataFileError(`${shown}: ${issue.path.join('.') || '(top level)'}: ${issue.message} — see the schema in src/schemas/`);
  }
  return result.data;
}
