import type { Lang } from '../i18n/index.ts';
import { perLang } from './per-lang.ts';

const languageNames = perLang((locale) => new Intl.DisplayNames([locale], { type: 'language' }));

/** A language's name in the reader's language, from its code: "ar" is "Arabic", or "Arab". */
export const languageName = (code: string, lang: Lang): string => languageNames(lang).of(code) ?? code;
