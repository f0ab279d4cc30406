/** Month names written out by hand, so the tests do not check Intl against itself. */
const MONTHS = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

const parts = (iso: string) => {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return { year, month, day };
};

/** "29 October 2018" / "29 Oktober 2018" — both locales put the day first. */
export function longDate(iso: string, lang: 'id' | 'en'): string {
  const { year, month, day } = parts(iso);
  return `${day} ${MONTHS[lang][month - 1]} ${year}`;
}

/** A pattern for a day or a same-month range ("29–30 Oktober 2018"), with or without spaces round the dash. */
export function datePattern(start: string, end: string | undefined, lang: 'id' | 'en'): RegExp {
  if (!end || end === start) return new RegExp(longDate(start, lang));
  const a = parts(start);
  const b = parts(end);
  const same = a.month === b.month && a.year === b.year;
  const from = same ? String(a.day) : a.year === b.year ? `${a.day} ${MONTHS[lang][a.month - 1]}` : longDate(start, lang);
  return new RegExp(`${from}\\s?–\\s?${longDate(end, lang)}`);
}
