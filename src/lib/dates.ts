import type { Lang } from '../i18n/index.ts';
import { getOrCreate } from './get-or-create.ts';
import { perLang } from './per-lang.ts';
import { ZONE_NAMES } from './time-zones.ts';

const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;

// Day-only dates are calendar days, not instants: format them in UTC so no zone shifts them.
const dayFormat = perLang((locale) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
// A time is shown in the zone its source gave, so it stays on the day the date names: 01:00 WIT is
// still the 30th, where Jakarta's clock would say 23:00 on the 29th.
const timeFormats = perLang((locale) => ({ locale, byOffset: new Map<string, Intl.DateTimeFormat>() }));
const timeFormat = (lang: Lang, offset: string): Intl.DateTimeFormat => {
  const { locale, byOffset } = timeFormats(lang);
  return getOrCreate(byOffset, offset, () => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: offset, hour12: false }));
};
const OFFSET = /(?:Z|[+-]\d{2}:\d{2})$/;

const instant = (iso: string): Date => new Date(DAY_ONLY.test(iso) ? `${iso}T00:00:00Z` : iso);

// Listings print the same few thousand days again and again.
const days = perLang(() => new Map<string, string>());
const formatDay = (day: string, lang: Lang): string => getOrCreate(days(lang), day, () => dayFormat(lang).format(instant(day)));

/** "21 November 2022" / "21 November 2022"; with the time and its zone when the source gives one. */
export function formatDate(iso: string, lang: Lang, { withTime = false } = {}): string {
  const day = formatDay(iso.slice(0, 10), lang);
  if (DAY_ONLY.test(iso) || !withTime) return day;
  const written = OFFSET.exec(iso)?.[0] ?? 'Z';
  const offset = written === 'Z' ? '+00:00' : written;
  return `${day}, ${timeFormat(lang, offset).format(instant(iso))} ${ZONE_NAMES[offset] ?? `UTC${offset}`}`;
}

/** "29–30 Oktober 2018", or a single day when there is no end. */
export function formatRange(start: string, end: string | undefined, lang: Lang): string {
  if (!end || end === start) return formatDate(start, lang);
  // English CLDR spaces the dash between two days ("29 – 30 October"); written as the site's texts
  // and the Indonesian pages write it, "29–30 October". Between dates with words it stays spaced, and
  // after a year too: "29 December 2018 – 2 January 2019".
  return dayFormat(lang).formatRange(instant(start), instant(end)).replace(/(?<!\d)(\d{1,2})\s–\s(\d)/u, '$1–$2');
}

export const yearOf = (iso: string): number => Number(iso.slice(0, 4));
