import { z } from 'zod';

/** Whether the YYYY-MM-DD that `iso` starts with is a day the calendar has: not 30 February, not month 13. */
export function isCalendarDay(iso: string): boolean {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Refuses a date the calendar lacks, in the one message every date field gives. */
export const calendarDay = z.refine<string>(isCalendarDay, 'no such day in the calendar; correct the date');
