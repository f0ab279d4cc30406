import type { Lang } from '../i18n/index.ts';
import { getOrCreate } from './get-or-create.ts';
import { perLang } from './per-lang.ts';

/** Decimal units, as a download manager or a file browser names them: 1 MB = 1,000,000 bytes. */
const UNITS = [
  { unit: 'kilobyte', bytes: 1e3 },
  { unit: 'megabyte', bytes: 1e6 },
  { unit: 'gigabyte', bytes: 1e9 },
] as const;

type Unit = (typeof UNITS)[number]['unit'];

// Three significant digits say enough to choose whether to download: "14.9 MB", "829 kB".
const formats = perLang((locale) => {
  const made = new Map<Unit, Intl.NumberFormat>();
  return (unit: Unit) => getOrCreate(made, unit, () => new Intl.NumberFormat(locale, { style: 'unit', unit, maximumSignificantDigits: 3 }));
});

/** A file's size in the language's number format, in the largest unit it reaches (kilobytes at least): "14,9 MB" / "14.9 MB". */
export function formatFileSize(bytes: number, lang: Lang): string {
  const { unit, bytes: size } = UNITS.findLast((u) => bytes >= u.bytes) ?? UNITS[0];
  return formats(lang)(unit).format(bytes / size);
}
