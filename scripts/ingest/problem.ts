import type { Removed } from './clean.ts';

/** A problem with one source: says what is wrong, where, and how to fix it. */
export interface Problem {
  message: string;
  /** 1-based line in the source file, where it helps. */
  line?: number | undefined;
  /** 1-based column on that line, in characters, where one character is the problem. */
  column?: number | undefined;
  hint?: string | undefined;
}

/** Thrown by a stage when a source cannot be ingested; ingestOne (corpus.ts) turns it into the source's report. */
export class SourceError extends Error {
  readonly problem: Problem;
  /** What the cleaner had removed when the source failed: the report lists it, as it does for an article. */
  readonly removed: readonly Removed[];
  constructor(problem: Problem, removed: readonly Removed[] = []) {
    super(problem.message);
    this.name = 'SourceError';
    this.problem = problem;
    this.removed = removed;
  }
}

export function formatProblem(file: string, problem: Problem): string {
  const where = problem.line ? `${file}:${problem.line}${problem.column ? `:${problem.column}` : ''}` : file;
  return `${where}: ${problem.message}${problem.hint ? ` — ${problem.hint}` : ''}`;
}
