import { en } from './en.ts';
import { id, type UiKey } from './id.ts';
import type { Lang } from './languages.ts';

export { languages, localeTag, otherLang, type Lang } from './languages.ts';

const dictionaries: Record<Lang, Record<UiKey, string>> = { id, en };

/** The UI string for a key in one language. */
export const useTranslations =
  (lang: Lang) =>
  (key: UiKey): string =>
    dictionaries[lang][key];

export type { UiKey };
