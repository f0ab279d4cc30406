import type { z } from 'zod';

/**
 * Zod's own wording ("Invalid input: expected array, received string", "Too small: expected string
 * to have >=1 characters") is written for programmers; the people who edit the data files and the
 * sources' front matter write YAML. This error map says the same in terms of what they type. A
 * schema's own message ("use YYYY-MM-DD") wins over it, as zod ranks a schema's error first.
 */
export const plainWords: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return `should be ${shapeOf(issue.expected)}, not ${describe(issue.input)}${quoteHint(issue.expected, issue.input)}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'is empty; write it' : `is shorter than ${count(issue.minimum, 'character')}; write it whole`;
      if (issue.origin === 'array') return `needs at least ${count(issue.minimum, 'item')}, one "- " line each`;
      if (issue.origin === 'number') return `is ${describe(issue.input)}; write a number of at least ${issue.minimum}`;
      return undefined;
    case 'too_big':
      if (issue.origin === 'string') return `is longer than ${count(issue.maximum, 'character')}; shorten it`;
      if (issue.origin === 'array') return `has more than ${count(issue.maximum, 'item')}; leave some out`;
      if (issue.origin === 'number') return `is ${describe(issue.input)}; write a number of at most ${issue.maximum}`;
      return undefined;
    case 'invalid_value':
      return `is ${describe(issue.input)}; write one of ${choices(issue.values)}`;
    case 'invalid_union':
      // A discriminated union reports the whole entry as its input; what was written is its discriminator.
      if (!issue.discriminator || !('options' in issue) || !Array.isArray(issue.options)) return undefined;
      return `is ${describe(fieldOf(issue.input, issue.discriminator))}; write one of ${choices(issue.options)}`;
    default:
      return undefined;
  }
};

/**
 * Where in a file a field is, for a message: "sources #2 › citedFor". A list's items are counted
 * from 1, as whoever reads the file counts them, not from zod's 0.
 */
export function fieldPath(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (const step of path) {
    if (typeof step === 'number') parts.push(`${parts.pop() ?? 'item'} #${step + 1}`);
    else parts.push(String(step));
  }
  return parts.join(' › ');
}

const SHAPES: Readonly<Record<string, string>> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (one "- " line per item)',
  tuple: 'a list in brackets ([a, b])',
  object: 'fields (one "name: value" line each)',
};

const shapeOf = (expected: string): string => SHAPES[expected] ?? expected;

/** YAML reads `2018` or `true` as a number or a truth value; quotes keep it text. */
const quoteHint = (expected: string, value: unknown): string =>
  expected === 'string' && (typeof value === 'number' || typeof value === 'boolean') ? '; put it in quotes' : '';

/** A value as YAML gave it, in the words of the shapes above. */
function describe(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'fields';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  return String(value);
}

const fieldOf = (entry: unknown, key: string): unknown => (typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>)[key] : undefined);

const choices = (values: readonly unknown[]): string => values.map((value) => JSON.stringify(value)).join(', ');

const count = (n: number | bigint, noun: string): string => `${n} ${noun}${n === 1 || n === 1n ? '' : 's'}`;
