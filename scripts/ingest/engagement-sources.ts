import { getOrCreate } from '../../src/lib/get-or-create.ts';
import { titleKey } from '../../src/lib/title-key.ts';
import type { Engagement } from '../../src/schemas/engagement.ts';
import { didYouMean } from './nearest-name.ts';
import { formatProblem } from './problem.ts';
import { lineOfPath } from './yaml.ts';

export interface EngagementFile {
  id: string;
  /** As messages name it. */
  file: string;
  text: string;
  data: Engagement;
}

export interface IngestedArticle {
  id: string;
  title: string;
  engagement?: string | undefined;
}

/**
 * Sources an engagement cites as this site's articles that the corpus does not have: the site
 * then shows an `article` source as a report and a headline's `listedIn` as no link, so the
 * engagement still builds, but a fact it rests on lost its page. Warnings, not errors: a corpus
 * read from elsewhere (`--sources`) may lack articles on purpose.
 */
export function engagementSourceWarnings(engagements: readonly EngagementFile[], articles: readonly IngestedArticle[]): string[] {
  const ids = new Set(articles.map((article) => article.id));
  const byTitle = new Map<string, IngestedArticle[]>();
  for (const article of articles) getOrCreate(byTitle, titleKey(article.title), () => []).push(article);
  const warnings: string[] = [];
  for (const { id, file, text, data } of engagements) {
    const at = (index: number, field: string) => ({ line: lineOfPath(text, ['sources', index, field]) });
    data.sources.forEach((source, index) => {
      if (source.type === 'article') {
        // The timeline joins an article source to an article of the engagement by title (src/lib/timeline.ts).
        const titled = byTitle.get(titleKey(source.title)) ?? [];
        if (titled.some((article) => article.engagement === id)) return;
        const article = titled[0];
        warnings.push(
          formatProblem(file, {
            ...at(index, 'title'),
            ...(article
              ? {
                  message: `article "${article.id}" has the title of this \`type: article\` source but not \`engagement: ${id}\`, so the site lists the source as a report`,
                  hint: `add \`engagement: ${id}\` to the front matter of its source`,
                }
              : {
                  message: 'no ingested article has the title of this `type: article` source, so the site lists it as a report',
                  hint: `add its text to content/sources/ with \`engagement: ${id}\` in its front matter, correct the title, or make it \`type: report\``,
                }),
          }),
        );
      }
      if (source.type === 'headline' && source.listedIn !== undefined && !ids.has(source.listedIn)) {
        warnings.push(
          formatProblem(file, {
            ...at(index, 'listedIn'),
            message: `\`listedIn: ${source.listedIn}\` names no ingested article${didYouMean(source.listedIn, ids)}, so the headline links to none`,
            hint: 'write the id of the article whose related headlines list it, or remove `listedIn`',
          }),
        );
      }
    });
  }
  return warnings;
}
