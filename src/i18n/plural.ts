import { formatNumber } from '../lib/dates.ts';
import { perLang } from '../lib/per-lang.ts';
import { useTranslations, type Lang, type UiKey } from './index.ts';

/** Texts that come with a `.one` form beside them, for counts the language calls singular. */
export type CountedKey = { [K in UiKey]: `${K}.one` extends UiKey ? K : never }[UiKey];

const pluralRules = perLang((locale) => new Intl.PluralRules(locale));

/**
 * The text for a count of `n`: its `.one` form where the language's plural rules call `n`
 * singular (English 1 link, 2 links), else the plain key. Indonesian nouns do not change.
 */
export function useCounted(lang: Lang): (key: CountedKey, n: number) => string {
  const t = useTranslations(lang);
  return (key, n) => t(pluralRules(lang).select(n) === 'one' ? `${key}.one` : key);
}

/** A count and its noun, "1 partner city", "26 partner cities", the number in the language's format. */
export function useCount(lang: Lang): (key: CountedKey, n: number) => string {
  const counted = useCounted(lang);
  return (key, n) => `${formatNumber(n, lang)} ${counted(key, n)}`;
}
