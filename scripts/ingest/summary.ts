import type { SourceReport } from './corpus.ts';
import { formatProblem } from './problem.ts';
import type { WriteResult } from './write.ts';

/** What the run found besides each source's own report, for the summary to put in its place. */
export interface RunNotes {
  reportFile?: string | undefined;
  /** How many sources came from the cache. */
  cached?: number;
  /** How many sources each thread prepared. */
  byThread?: readonly number[];
  /** Problems of other files (translations), each `file:line: what — how to fix`: they fail the run as a source's do. */
  errors?: readonly string[];
  /** Warnings about other files (sources not read, dates in the future, translations, engagements), written the same way. */
  warnings?: readonly string[];
}

/**
 * The terminal's short account of a run: every error, the sources' and other files', then every
 * warning, then unknown names, then what was written. Errors come first however many warnings
 * they cause: a failed source makes the engagements and translations that cite it warn too.
 */
export function summarize(reports: readonly SourceReport[], write: WriteResult, notes: RunNotes = {}): string {
  const { reportFile, cached = 0, byThread = [], errors = [], warnings = [] } = notes;
  const lines: string[] = [];
  const failed = reports.filter((r) => r.status === 'error');
  for (const report of failed) for (const problem of report.errors) lines.push(`✗ ${formatProblem(report.file, problem)}`);
  for (const error of errors) lines.push(`✗ ${error}`);
  for (const report of reports) for (const warning of report.warnings) lines.push(`! ${report.file}: ${warning}`);
  for (const warning of warnings) lines.push(`! ${warning}`);
  for (const report of reports.filter((r) => r.candidates.length > 0)) {
    lines.push(`? ${report.file}: not in the gazetteer: ${report.candidates.join(', ')}`);
  }
  const ok = reports.length - failed.length;
  const duplicates = reports.filter((r) => r.duplicateOf).length;
  const removed = reports.reduce((n, r) => n + r.removed.length, 0);
  lines.push(
    `${failed.length > 0 || errors.length > 0 ? '✗' : '✓'} ${reports.length} source${reports.length === 1 ? '' : 's'}: ${ok} ok` +
      `${duplicates ? ` (${duplicates} duplicate${duplicates === 1 ? '' : 's'})` : ''}, ${failed.length} failed; ` +
      `${removed} furniture line${removed === 1 ? '' : 's'} removed${cached ? ` (${cached} source${cached === 1 ? '' : 's'} unchanged, from the cache)` : ''}; ` +
      `${write.written.length} written, ${write.unchanged} unchanged, ${write.deleted.length} deleted` +
      (errors.length > 0 ? `; ${errors.length} error${errors.length === 1 ? '' : 's'} in other files, listed above` : '') +
      (byThread.length > 1 ? `; prepared on ${byThread.length} threads (${byThread.join(' + ')})` : '') +
      (reportFile ? `; report: ${reportFile}` : ''),
  );
  return lines.join('\n');
}
