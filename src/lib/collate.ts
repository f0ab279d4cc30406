import { perLang } from './per-lang.ts';

/**
 * Compares names as readers of `lang` sort them. `a.localeCompare(b, lang)` builds a collator on
 * every call, which a page listing hundreds of partners pays hundreds of times.
 */
export const collate = perLang((locale) => new Intl.Collator(locale).compare);
