import { en } from './en.ts';
import { id, type UiKey } from './id.ts';

export const languages = ['id', 'en'] as const;
export type Lang = (typeof languages)[number];

/** BCP 47 tags for Intl and the PDFs' language: Indonesian as used in Indonesia, British English (the site's spelling). */
export const localeTag: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

const dictionaries: Record<Lang, Record<UiKey, string>> = { id, en };

export const isLang = (value: string | undefined): value is Lang => (languages as readonly string[]).includes(value ?? '');

export const otherLang = (lang: Lang): Lang => (lang === 'id' ? 'en' : 'id');

/** The UI string for a key in one language. */
export const useTranslations =
  (lang: Lang) =>
  (key: UiKey): string =>
    dictionaries[lang][key];

export type { UiKey };
