import type { Lang } from '../i18n/index.ts';
import { perLang } from './per-lang.ts';

const listFormat = perLang((locale) => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }));
const numberFormat = perLang((locale) => new Intl.NumberFormat(locale));

/** "A, B dan C" / "A, B and C". */
export const formatList = (items: readonly string[], lang: Lang): string => listFormat(lang).format(items);

/** A list of things that are not text (links, say) as formatList joins them: the things, with the words between them. */
export const listParts = <T>(items: readonly T[], lang: Lang): (T | string)[] =>
  listFormat(lang)
    .formatToParts(items.map((_, i) => String(i)))
    .map((part) => (part.type === 'element' ? items[Number(part.value)]! : part.value));

/** "5.000" / "5,000". */
export const formatNumber = (n: number, lang: Lang): string => numberFormat(lang).format(n);
