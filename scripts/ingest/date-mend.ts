import { isCalendarDay } from '../../src/schemas/calendar-day.ts';
import { readDateline } from './dateline.ts';
import { SourceError } from './problem.ts';

const pad = (n: string): string => n.padStart(2, '0');

/** A day read from how it was written, and whether it was read day first from figures that could also be month first (04/05/2018). */
export interface ReadDay {
  day: string;
  dayFirst: boolean;
}

/** Longer than any date written as a date: the bound keeps the patterns below linear on any line. */
const MAX_DATE_LENGTH = 40;

/** A time after a date in figures: "10:30", "| 10.30 WIB". */
const TRAILING_TIME = /[\s,|-]{1,4}\d{1,2}[:.]\d{2}(?:\s?[a-z]{2,4})?$/iu;

/**
 * A date written another way, as YYYY-MM-DD: "2018-10-9", "29/10/2018" (day first, as Indonesian
 * writes it), "29 Oktober 2018", "Senin, 29 Oktober 2018" or "October 29, 2018", with a time after
 * it or not. Undefined for anything else, or for a day the calendar does not have.
 */
export function readDay(written: string): ReadDay | undefined {
  const text = written.trim();
  if (text.length > MAX_DATE_LENGTH) return undefined;
  const date = text.replace(TRAILING_TIME, '').replace(/^[\p{L}]+,\s*/u, '');
  const ymd = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/u.exec(date);
  const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/u.exec(date);
  let read: ReadDay | undefined;
  if (ymd) read = { day: `${ymd[1]}-${pad(ymd[2]!)}-${pad(ymd[3]!)}`, dayFirst: false };
  else if (dmy) read = { day: `${dmy[3]}-${pad(dmy[2]!)}-${pad(dmy[1]!)}`, dayFirst: Number(dmy[1]) <= 12 && Number(dmy[2]) <= 12 };
  else {
    const dateline = readDateline(text);
    if (dateline && !(dateline instanceof SourceError)) read = { day: dateline.date, dayFirst: false };
  }
  return read && isCalendarDay(read.day) ? read : undefined;
}

/** " (for "29 Oktober 2018", write 2018-10-29)" for a message about a date written another way, or nothing. */
export function dateMend(written: unknown): string {
  if (typeof written !== 'string') return '';
  const read = readDay(written);
  if (!read || read.day === written) return '';
  return ` (for "${written}", write ${read.day}${read.dayFirst ? ', if the day comes first' : ''})`;
}
