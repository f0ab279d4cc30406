import { inEachLanguage, languages, type Lang } from '../../src/i18n/languages.ts';
import { fillTemplate } from '../../src/i18n/template.ts';

/** Where each article stands in each language: its own, translated, missing, or outdated. */
export type TranslationState = 'original' | 'translated' | 'missing' | 'outdated';

export interface ArticleFacts {
  id: string;
  lang: string;
  /** Hash of the article's text, written by the ingest. */
  hash: string;
}

export interface StatusRow {
  article: string;
  /** The article's hash now, which a current translation records as its `sourceHash`. */
  hash: string;
  states: Record<Lang, TranslationState>;
}

/**
 * A translation is current when the hash it recorded is the article's hash now: any change to the
 * source text since it was written makes it outdated.
 */
export function translationStatus(articles: readonly ArticleFacts[], recordedHash: (lang: Lang, article: string) => string | undefined): StatusRow[] {
  return articles.map((article) => {
    const state = (lang: Lang): TranslationState => {
      if (article.lang === lang) return 'original';
      const recorded = recordedHash(lang, article.id);
      if (recorded === undefined) return 'missing';
      return recorded === article.hash ? 'translated' : 'outdated';
    };
    return { article: article.id, hash: article.hash, states: inEachLanguage(state) };
  });
}

/**
 * Translations of no article: the article's id changed (its headline did) or its source is gone.
 * The site shows such a file nowhere, so a translator should rename or remove it.
 */
export function orphans(articles: readonly ArticleFacts[], translations: readonly { lang: Lang; article: string }[], dir = 'content/translations'): string[] {
  const ids = new Set(articles.map((a) => a.id));
  return translations
    .filter((t) => !ids.has(t.article))
    .map((t) => `${dir}/${t.lang}/${t.article}.md: no article has this id; if its headline changed, rename the file to the new id (see the "missing" rows), else remove it`);
}

const TODO: Partial<Record<TranslationState, string>> = {
  missing: 'write {file} with article, title, translator and sourceHash: {hash} in its front matter',
  outdated: 'the article changed since; bring {file} up to date and set its sourceHash: {hash}',
};

/** The rows that need a translator's attention, as `article [lang]: state — what to do`. */
export const problems = (rows: readonly StatusRow[], dir = 'content/translations'): string[] =>
  rows.flatMap((row) =>
    languages.flatMap((lang) => {
      const todo = TODO[row.states[lang]];
      return todo ? [`${row.article} [${lang}]: ${row.states[lang]} — ${fillTemplate(todo, { file: `${dir}/${lang}/${row.article}.md`, hash: row.hash })}`] : [];
    }),
  );
