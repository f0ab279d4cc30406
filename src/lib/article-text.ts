import type { CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/index.ts';
import { translationKey } from './data.ts';

export interface ArticleText {
  /** The entry whose body to render: the translation when there is one, else the original. */
  entry: CollectionEntry<'articles'> | CollectionEntry<'translations'>;
  title: string;
  /** Language the shown text is written in (not always the page's). */
  lang: Lang;
  translation?: CollectionEntry<'translations'>;
  /** The page's language differs from the text's: no translation exists yet. */
  untranslated: boolean;
  /** The source text changed after the translation was written. */
  outdated: boolean;
}

/**
 * What a reader of `lang` is shown of an article: the project's translation when one exists,
 * otherwise the original, marked as such so the page can say so.
 */
export function articleText(
  article: CollectionEntry<'articles'>,
  translations: ReadonlyMap<string, CollectionEntry<'translations'>>,
  lang: Lang,
): ArticleText {
  const translation = lang !== article.data.lang ? translations.get(translationKey(lang, article.id)) : undefined;
  if (!translation) {
    return { entry: article, title: article.data.title, lang: article.data.lang, untranslated: article.data.lang !== lang, outdated: false };
  }
  return {
    entry: translation,
    title: translation.data.title,
    lang,
    translation,
    untranslated: false,
    outdated: translation.data.sourceHash !== article.data.hash,
  };
}
