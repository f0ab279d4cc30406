import { formatNumber } from '../lib/lists-and-numbers.ts';
import { localeTag, useTranslations, type Lang, type UiKey } from './index.ts';
import { countedForm, fillTemplate } from './template.ts';

/** Texts that come with a `.one` form beside them, for counts the language calls singular. */
export type CountedKey = { [K in UiKey]: `${K}.one` extends UiKey ? K : never }[UiKey];

/**
 * The text for a count of `n`: its `.one` form where the language's plural rules call `n`
 * singular (English 1 link, 2 links), else the plain key. Indonesian nouns do not change.
 */
export function useCounted(lang: Lang): (key: CountedKey, n: number) => string {
  const t = useTranslations(lang);
  return (key, n) => t(countedForm<UiKey>(localeTag[lang], n, { one: `${key}.one`, other: key }));
}

/** A count and its noun, "1 partner city", "26 partner cities", the number in the language's format. */
export function useCount(lang: Lang): (key: CountedKey, n: number) => string {
  const counted = useCounted(lang);
  return (key, n) => `${formatNumber(n, lang)} ${counted(key, n)}`;
}

/** A text with the count in its `{n}` slot, in the form the count asks for: "and 286 more articles". */
export function useCountedText(lang: Lang): (key: CountedKey, n: number) => string {
  const counted = useCounted(lang);
  return (key, n) => fillTemplate(counted(key, n), { n: formatNumber(n, lang) });
}
