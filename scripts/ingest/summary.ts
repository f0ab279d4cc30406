import type { SourceReport } from './corpus.ts';
import { formatProblem } from './problem.ts';
import type { WriteResult } from './write.ts';

/**
 * The terminal's short account of a run: errors, then warnings, then unknown names, then what was
 * written. `byThread` is how many sources each thread prepared.
 */
export function summarize(reports: readonly SourceReport[], write: WriteResult, reportFile?: string, cached = 0, byThread: readonly number[] = []): string {
  const lines: string[] = [];
  const failed = reports.filter((r) => r.status === 'error');
  for (const report of failed) for (const problem of report.errors) lines.push(`✗ ${formatProblem(report.file, problem)}`);
  for (const report of reports) for (const warning of report.warnings) lines.push(`! ${report.file}: ${warning}`);
  for (const report of reports.filter((r) => r.candidates.length > 0)) {
    lines.push(`? ${report.file}: not in the gazetteer: ${report.candidates.join(', ')}`);
  }
  const ok = reports.length - failed.length;
  const duplicates = reports.filter((r) => r.duplicateOf).length;
  const removed = reports.reduce((n, r) => n + r.removed.length, 0);
  lines.push(
    `${failed.length > 0 ? '✗' : '✓'} ${reports.length} source${reports.length === 1 ? '' : 's'}: ${ok} ok` +
      `${duplicates ? ` (${duplicates} duplicate${duplicates === 1 ? '' : 's'})` : ''}, ${failed.length} failed; ` +
      `${removed} furniture line${removed === 1 ? '' : 's'} removed${cached ? ` (${cached} source${cached === 1 ? '' : 's'} unchanged, from the cache)` : ''}; ` +
      `${write.written.length} written, ${write.unchanged} unchanged, ${write.deleted.length} deleted` +
      (byThread.length > 1 ? `; prepared on ${byThread.length} threads (${byThread.join(' + ')})` : '') +
      (reportFile ? `; report: ${reportFile}` : ''),
  );
  return lines.join('\n');
}
