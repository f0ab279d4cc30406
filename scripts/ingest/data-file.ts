import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { z } from 'zod';
import { parseYaml, YamlError } from './yaml.ts';

/** A project data file (gazetteer, rules, publishers) that is not what its schema says. */
export class DataFileError extends Error {
  override name = 'DataFileError';
}

/** Reads a YAML data file and validates it; errors name the file, the line where known, and the field. */
export function readDataFile<T>(file: string, schema: z.ZodType<T>): T {
  const shown = relative(process.cwd(), file) || file;
  let data: unknown;
  try {
    data = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    if (error instanceof YamlError) {
      throw new DataFileError(`${shown}${error.line ? `:${error.line}` : ''}: not valid YAML: ${error.reason} — quote values that contain ": "`);
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
