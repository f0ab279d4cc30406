import type { CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/index.ts';
import { firstParagraphText } from './meta-description.ts';

/** A translation's id in its collection: `<lang>/<article id>`, as its file is named. */
export const translationKey = (lang: Lang, article: string): string => `${lang}/${article}`;

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
 * An entry the content layer could not render has no HTML, and its page would show nothing. A build
 * stops before that (src/loaders/text-only-mdx.ts); under `astro dev`, a file broken while the
 * server runs only gets a line in the log, so the page says it instead of going blank.
 */
function withText<E extends ArticleText['entry']>(entry: E): E {
  if (entry.rendered) return entry;
  throw new Error(`${entry.filePath ?? entry.id}: this text could not be rendered, so there is nothing to show; the log of the dev server says why.`);
}

/** The project's translation of an article for readers of `lang`; none for readers of its own language. */
export const translationOf = (
  article: CollectionEntry<'articles'>,
  translations: ReadonlyMap<string, CollectionEntry<'translations'>>,
  lang: Lang,
): CollectionEntry<'translations'> | undefined => (lang !== article.data.lang ? translations.get(translationKey(lang, article.id)) : undefined);

/**
 * What a reader of `lang` is shown of an article: the project's translation when one exists,
 * otherwise the original, marked as such so the page can say so.
 */
export function articleText(
  article: CollectionEntry<'articles'>,
  translations: ReadonlyMap<string, CollectionEntry<'translations'>>,
  lang: Lang,
): ArticleText {
  const translation = translationOf(article, translations, lang);
  if (!translation) {
    return { entry: withText(article), title: article.data.title, lang: article.data.lang, untranslated: article.data.lang !== lang, outdated: false };
  }
  return {
    entry: withText(translation),
    title: translation.data.title,
    lang,
    translation,
    untranslated: false,
    outdated: translation.data.sourceHash !== article.data.hash,
  };
}

/** The shown text's first paragraph, as a reader sees it: the page's description, a feed item's. */
export const openingParagraph = (text: ArticleText): string | undefined => firstParagraphText(text.entry.rendered?.html ?? '');
