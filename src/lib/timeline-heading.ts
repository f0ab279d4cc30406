import { useTranslations, type Lang } from '../i18n/index.ts';
import { fillTemplate } from '../i18n/template.ts';
import type { TimelineEntry } from './timeline.ts';

/**
 * The part of the timeline a page lists: one year, one kind of entry, or one partner's entries by
 * the partner's name as a sentence gives it (`nameInSentence`); a kind's or a partner's in one year.
 */
export type TimelineFocus = { year: number } | { kind: TimelineEntry['kind']; year?: number } | { partner: string; year?: number };

/**
 * A timeline page's heading: the site's own on the whole timeline, else what the page narrows it
 * to, so a reader who lands on a filter or a year knows where they are, as the title tells a tab.
 */
export function timelineHeading(lang: Lang, focus?: TimelineFocus): string {
  const t = useTranslations(lang);
  if (!focus) return t('timeline.heading');
  const { year } = focus;
  if ('kind' in focus) return `${t('timeline.heading')}: ${t(`kindPlural.${focus.kind}`)}${year === undefined ? '' : `, ${year}`}`;
  if ('partner' in focus) {
    return year === undefined ? fillTemplate(t('timeline.headingPartner'), { name: focus.partner }) : fillTemplate(t('timeline.headingPartnerYear'), { name: focus.partner, year });
  }
  return fillTemplate(t('timeline.headingYear'), { year: focus.year });
}

/** A narrowed timeline's description for search engines and link previews: its heading, and what each entry gives. */
export const timelineDescription = (lang: Lang, heading: string): string => fillTemplate(useTranslations(lang)('timeline.description'), { heading });
