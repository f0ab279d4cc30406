import { localeTag, type Lang } from '../i18n/index.ts';
import { getOrCreate } from './get-or-create.ts';

/**
 * One Intl formatter per language, made once: constructing them is far dearer than using them
 * (22% of a 1,000-article build's CPU went to `new Intl.DateTimeFormat` before this).
 */
export function perLang<F>(make: (locale: string) => F): (lang: Lang) => F {
  const made = new Map<Lang, F>();
  return (lang) => getOrCreate(made, lang, () => make(localeTag[lang]));
}
