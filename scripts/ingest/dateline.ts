import { isCalendarDay } from '../../src/schemas/calendar-day.ts';
import { BYLINE_LABELS, MONTHS, WEEKDAYS, ZONES } from './calendar.ts';
import { SourceError } from './problem.ts';

export interface Dateline {
  /** YYYY-MM-DD */
  date: string;
  /** ISO 8601: the date alone, or date, time and offset when the line gives a time. */
  datetime: string;
  reporter?: string;
  editor?: string;
  /** The page-view counter some publishers print after the byline. */
  counter?: string;
  warnings: string[];
}

const alternatives = (table: Readonly<Record<string, unknown>>): string =>
  Object.keys(table)
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');

const WEEKDAY = `(?<weekday>${alternatives(WEEKDAYS)})\\.?(?:,\\s*|\\s+)`;
const DAY_MONTH_YEAR = `(?<day>\\d{1,2})\\s+(?<month>${alternatives(MONTHS)})\\.?,?\\s+(?<year>\\d{4})`;
const MONTH_DAY_YEAR = `(?<month2>${alternatives(MONTHS)})\\.?\\s+(?<day2>\\d{1,2}),?\\s+(?<year2>\\d{4})`;
// `(?!\d)`: "2.482" is a view counter written with a thousands dot, not 02:48 and a counter of 2.
const TIME = `(?:\\s*(?:[-–—|,]|pukul|jam|at)?\\s*(?<hour>\\d{1,2})[:.](?<minute>\\d{2})(?!\\d)(?:\\s*(?<half>[ap])\\.?m\\b\\.?)?(?:\\s*(?<zone>${alternatives(ZONES)})\\b)?)?`;
const DATELINE = new RegExp(`^\\s*(?:${WEEKDAY})?(?:${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR})\\b${TIME}(?<rest>.*)$`, 'iu');
const LABEL = new RegExp(`(?:^|\\s)(${alternatives(BYLINE_LABELS)})\\s*:\\s*`, 'giu');
const COUNTER = /\s+(\d[\d.,]*)\s*$/u;
/** The patterns built at run time, for the regex audit (tests/unit/ingest/backtracking.test.ts). */
export const BUILT_PATTERNS: readonly RegExp[] = [DATELINE, LABEL];

/** Lines longer than this are prose, not datelines; the bound also keeps matching linear. */
const MAX_DATELINE_LENGTH = 240;

/**
 * Reads a publication dateline such as "Senin, 21 November 2022 - 09:46 WIB" or
 * "Selasa, 30 Oktober 2018 Reporter: A Editor: B 3718". Returns null when the line is not one;
 * throws when it is one but names a date or time that cannot exist.
 */
export function parseDateline(line: string, lineNumber?: number): Dateline | null {
  if (line.length > MAX_DATELINE_LENGTH) return null;
  const match = DATELINE.exec(line);
  if (!match?.groups) return null;
  const g = match.groups;
  const trailer = parseTrailer(g.rest ?? '');
  if (!trailer) return null;

  const year = Number(g.year ?? g.year2);
  const month = MONTHS[(g.month ?? g.month2)!.toLowerCase()]!;
  const day = Number(g.day ?? g.day2);
  const at = lineNumber === undefined ? {} : { line: lineNumber };
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (!isCalendarDay(date)) {
    throw new SourceError({
      message: `the dateline "${line.trim()}" names a day that does not exist`,
      ...at,
      hint: 'correct the date in the text, or give the right one as front matter `date: YYYY-MM-DD`',
    });
  }
  const warnings: string[] = [];
  if (g.weekday) {
    const named = WEEKDAYS[g.weekday.toLowerCase()]!;
    if (named !== new Date(`${date}T00:00:00Z`).getUTCDay()) {
      warnings.push(`the dateline says "${g.weekday}", but ${date} is another day of the week`);
    }
  }

  let datetime = date;
  if (g.hour !== undefined) {
    const clock = Number(g.hour);
    const minute = Number(g.minute);
    // 12 AM is midnight and 12 PM noon; 13:00 PM is no time.
    const half = g.half?.toLowerCase();
    const hour = half ? (clock % 12) + (half === 'p' ? 12 : 0) : clock;
    if (clock > (half ? 12 : 23) || (half && clock === 0) || minute > 59) {
      throw new SourceError({
        message: `the dateline "${line.trim()}" names a time that does not exist`,
        ...at,
        hint: 'correct the time, or give the date as front matter `date:`',
      });
    }
    datetime = `${date}T${pad(hour)}:${pad(minute)}:00${ZONES[g.zone?.toLowerCase() ?? 'wib']}`;
    if (!g.zone) warnings.push('the dateline gives a time without a zone; WIB (+07:00) assumed');
  }
  return { date, datetime, ...trailer, warnings };
}

/** Byline and view counter after the date; null when the rest of the line is something else. */
function parseTrailer(rest: string): Pick<Dateline, 'reporter' | 'editor' | 'counter'> | null {
  // Bylines set off by bars or dots: "2018 | Reporter : A | Editor : B".
  let text = rest.trim().replace(/^[|·•]\s*/u, '');
  const out: Pick<Dateline, 'reporter' | 'editor' | 'counter'> = {};
  const counter = COUNTER.exec(` ${text}`);
  if (counter) {
    out.counter = counter[1]!;
    text = ` ${text}`.slice(0, counter.index).trim();
  }
  if (text === '') return out;
  const labels = [...text.matchAll(LABEL)];
  if (labels.length === 0 || labels[0]!.index !== 0) return null;
  labels.forEach((label, i) => {
    const start = label.index + label[0].length;
    const end = labels[i + 1]?.index ?? text.length;
    const name = text.slice(start, end).trim().replace(/\s*[|·•,]$/u, '');
    const role = BYLINE_LABELS[label[1]!.toLowerCase()]!;
    if (name) out[role] = out[role] ? `${out[role]}, ${name}` : name;
  });
  return out;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A dateline, or the problem with a line that is one but names an impossible moment (for the caller
 * to report or set aside), or null. Any other error is a bug and is thrown.
 */
export function readDateline(line: string, lineNumber?: number): Dateline | SourceError | null {
  try {
    return parseDateline(line, lineNumber);
  } catch (error) {
    if (error instanceof SourceError) return error;
    throw error;
  }
}
