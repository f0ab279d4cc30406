import { isCalendarDay } from '../../src/schemas/calendar-day.ts';
import { parseDateline } from './dateline.ts';

const pad = (n: string): string => n.padStart(2, '0');

/**
 * A date written another way, as YYYY-MM-DD: "2018-10-9", "29/10/2018" (day first, as Indonesian
 * writes it), "29 Oktober 2018", "Senin, 29 Oktober 2018" or "October 29, 2018". Undefined for
 * anything else, or for a day the calendar does not have.
 */
export function asIsoDay(written: string): string | undefined {
  const text = written.trim();
  const ymd = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/u.exec(text);
  const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/u.exec(text);
  let day: string | undefined;
  if (ymd) day = `${ymd[1]}-${pad(ymd[2]!)}-${pad(ymd[3]!)}`;
  else if (dmy) day = `${dmy[3]}-${pad(dmy[2]!)}-${pad(dmy[1]!)}`;
  else {
    try {
      day = parseDateline(text)?.date;
    } catch {
      return undefined;
    }
  }
  return day !== undefined && isCalendarDay(day) && day !== text ? day : undefined;
}

/** " (for "29 Oktober 2018", write 2018-10-29)" for a message about a date, or nothing. */
export function dateMend(written: unknown): string {
  const day = typeof written === 'string' ? asIsoDay(written) : undefined;
  return day === undefined ? '' : ` (for "${written as string}", write ${day})`;
}
