import type { ArticleData } from '../schemas/article.ts';
import type { Engagement } from '../schemas/engagement.ts';
import { getOrCreate } from './get-or-create.ts';
import { titleKey } from './title-key.ts';
import type { ArticleInput, EngagementInput } from './timeline.ts';

/** A related headline from an article's original page, with where this site has it. */
export interface RelatedOnSite {
  title: string;
  date?: string;
  /** The site's own article of that title (and day, when the headline gives one). */
  article?: string;
  /** Else, the engagement that cites the headline as a source, with its short title where it has one. */
  engagement?: { id: string; name: Engagement['title'] };
}

/** A headline gives its day; an article read from a dateline has its time too, in its own offset. */
const sameDay = (date: string, day: string): boolean => date.slice(0, 10) === day.slice(0, 10);

interface Index {
  engagements: readonly EngagementInput[];
  articles: Map<string, ArticleInput[]>;
  /** Headline sources by title: the engagement, the headline's day, and the article whose related block lists it when known. */
  headlines: Map<string, { engagement: EngagementInput; date: string; listedIn?: string }[]>;
}

const indexes = new WeakMap<readonly ArticleInput[], Index>();

/** Built once per build, as every article page asks: a scan of thousands of articles each time would not scale. */
function indexOf(articles: readonly ArticleInput[], engagements: readonly EngagementInput[]): Index {
  const cached = indexes.get(articles);
  if (cached?.engagements === engagements) return cached;
  const index: Index = { engagements, articles: new Map(), headlines: new Map() };
  for (const a of articles) getOrCreate(index.articles, titleKey(a.data.title), () => []).push(a);
  for (const e of engagements) {
    for (const s of e.data.sources) {
      if (s.type === 'headline') getOrCreate(index.headlines, titleKey(s.title), () => []).push({ engagement: e, date: s.date, ...(s.listedIn ? { listedIn: s.listedIn } : {}) });
    }
  }
  indexes.set(articles, index);
  return index;
}

/**
 * An article's related headlines, each with this site's copy when it has one: the article itself,
 * else the engagement citing the headline (the one that names this article as where it was listed
 * first). Titles must match, and days where both give one. A headline the site has nowhere stays text.
 */
export function relatedOnSite(
  article: { id: string; data: Pick<ArticleData, 'related'> },
  articles: readonly ArticleInput[],
  engagements: readonly EngagementInput[],
): RelatedOnSite[] {
  const index = indexOf(articles, engagements);
  return article.data.related.map(({ title, date }) => {
    const key = titleKey(title);
    const own = index.articles.get(key)?.find((a) => a.id !== article.id && (!date || sameDay(a.data.date, date)));
    const citing = (index.headlines.get(key) ?? []).filter((h) => !date || sameDay(h.date, date));
    const cited = (citing.find((h) => h.listedIn === article.id) ?? citing[0])?.engagement;
    const where = own ? { article: own.id } : cited ? { engagement: { id: cited.id, name: cited.data.short ?? cited.data.title } } : {};
    return { title, ...(date ? { date } : {}), ...where };
  });
}
