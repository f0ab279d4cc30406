import { languages, type Lang } from '../../src/i18n/languages.ts';

/** Frequent function words, which carry the language whatever the topic. */
const STOPWORDS: Record<Lang, readonly string[]> = {
  id: ['yang', 'dan', 'di', 'dengan', 'untuk', 'ini', 'itu', 'dari', 'dalam', 'tidak', 'akan', 'pada', 'juga', 'ke', 'kepada', 'oleh', 'sebagai', 'bahwa', 'adalah', 'para', 'telah', 'tersebut', 'serta', 'atau'],
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'was', 'on', 'as', 'by', 'are', 'from', 'at', 'this', 'be', 'has', 'have', 'will', 'its', 'an', 'which'],
};

const lookup = new Map<string, Lang>(languages.flatMap((lang) => STOPWORDS[lang].map((w) => [w, lang] as const)));

/**
 * The language whose function words the text uses most; ties and texts with none are Indonesian.
 * `words`, lowercased, spare a second pass over a text the caller has already split.
 */
export function detectLanguage(text: string, words: Iterable<string> = text.toLowerCase().match(/\p{L}+/gu) ?? []): { lang: Lang; confident: boolean } {
  const counts: Record<Lang, number> = { id: 0, en: 0 };
  for (const word of words) {
    const lang = lookup.get(word);
    if (lang) counts[lang]++;
  }
  const lang: Lang = counts.en > counts.id ? 'en' : 'id';
  const total = counts.en + counts.id;
  return { lang, confident: total >= 3 && Math.max(counts.en, counts.id) >= 2 * Math.min(counts.en, counts.id) };
}
