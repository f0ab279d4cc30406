import { localeTag, type Lang } from '../i18n/index.ts';

const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;

// Day-only dates are calendar days, not instants: format them in UTC so no zone shifts them.
const dayFormat = (lang: Lang, options: Intl.DateTimeFormatOptions = {}) =>
  new Intl.DateTimeFormat(localeTag[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC', ...options });

const instant = (iso: string): Date => new Date(DAY_ONLY.test(iso) ? `${iso}T00:00:00Z` : iso);

/** "21 November 2022" / "21 November 2022"; with the time in Jakarta when the source gives one. */
export function formatDate(iso: string, lang: Lang, { withTime = false } = {}): string {
  if (DAY_ONLY.test(iso) || !withTime) return dayFormat(lang).format(instant(iso.slice(0, 10)));
  const time = new Intl.DateTimeFormat(localeTag[lang], { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Jakarta', hour12: false }).format(instant(iso));
  return `${dayFormat(lang).format(instant(iso.slice(0, 10)))}, ${time} WIB`;
}

/** "29–30 Oktober 2018", or a single day when there is no end. */
export function formatRange(start: string, end: string | undefined, lang: Lang): string {
  if (!end || end === start) return formatDate(start, lang);
  return dayFormat(lang).formatRange(instant(start), instant(end));
}

/** "Okt 2018": short month and year, for compact lists. */
export const formatMonth = (iso: string, lang: Lang): string =>
  dayFormat(lang, { day: undefined, month: 'short' }).format(instant(iso.slice(0, 10)));

export const yearOf = (iso: string): number => Number(iso.slice(0, 4));

/** "A, B dan C" / "A, B and C". */
export const formatList = (items: readonly string[], lang: Lang): string =>
  new Intl.ListFormat(localeTag[lang], { style: 'long', type: 'conjunction' }).format(items);

export const formatNumber = (n: number, lang: Lang): string => new Intl.NumberFormat(localeTag[lang]).format(n);
