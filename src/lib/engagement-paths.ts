import { languages } from '../i18n/index.ts';
import { keyedBySite } from './cache-keys.ts';
import { loadSiteData } from './data.ts';

/**
 * Static paths for an engagement's page and its share card, in both languages: the engagement, its
 * timeline entry (which holds the coverage the corpus has for it), and the engagements before and
 * after it in the timeline's order, so a reader can walk them from page to page.
 */
export async function engagementPaths() {
  const site = await loadSiteData();
  return keyedBySite(
    languages.flatMap((lang) => {
      const entries = new Map(site.timeline[lang].filter((e) => e.type === 'engagement').map((e) => [e.id, e]));
      return site.engagements.map((engagement, at) => ({
        params: { lang, id: engagement.id },
        props: {
          lang,
          engagement,
          // buildTimeline gives every engagement an entry of its own.
          entry: entries.get(engagement.id)!,
          earlier: site.engagements[at - 1],
          later: site.engagements[at + 1],
        },
      }));
    }),
  );
}
