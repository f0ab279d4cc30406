/**
 * The site's languages. Free of the UI dictionaries (and of any library), so the Astro config, the
 * ingest and the embed loader's small browser bundle can import it.
 */
export const languages = ['id', 'en'] as const;
export type Lang = (typeof languages)[number];

/** BCP 47 tags for Intl and the PDFs' language: Indonesian as used in Indonesia, British English (the site's spelling). */
export const localeTag: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

/** `make(lang)` for every language, by language. */
export const inEachLanguage = <T>(make: (lang: Lang) => T): Record<Lang, T> =>
  // fromEntries types its keys as any string; they are exactly the languages.
  Object.fromEntries(languages.map((lang) => [lang, make(lang)])) as Record<Lang, T>;

/** {@link inEachLanguage} for values that take a while, made for every language at once. */
export const inEachLanguageAsync = async <T>(make: (lang: Lang) => Promise<T>): Promise<Record<Lang, T>> => {
  const made = await Promise.all(languages.map(make));
  return inEachLanguage((lang) => made[languages.indexOf(lang)]!);
};

export const isLang = (value: string | undefined): value is Lang => (languages as readonly string[]).includes(value ?? '');

export const otherLang = (lang: Lang): Lang => (lang === 'id' ? 'en' : 'id');
