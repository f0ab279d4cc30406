import { useTranslations, type Lang } from '../i18n/index.ts';
import { fillTemplate } from '../i18n/template.ts';
import type { TimelineEntry } from './timeline.ts';

/** The part of the timeline a page lists: one year, one kind of entry, or one partner's entries by the partner's name. */
export type TimelineFocus = { year: number } | { kind: TimelineEntry['kind'] } | { partner: string };

/**
 * A timeline page's heading: the site's own on the whole timeline, else what the page narrows it
 * to, so a reader who lands on a filter or a year knows where they are, as the title tells a tab.
 */
export function timelineHeading(lang: Lang, focus?: TimelineFocus): string {
  const t = useTranslations(lang);
  if (!focus) return t('timeline.heading');
  if ('year' in focus) return fillTemplate(t('timeline.headingYear'), { year: focus.year });
  if ('kind' in focus) return `${t('timeline.heading')}: ${t(`kindPlural.${focus.kind}`)}`;
  return fillTemplate(t('timeline.headingPartner'), { name: focus.partner });
}

/** A narrowed timeline's description for search engines and link previews: its heading, and what each entry gives. */
export const timelineDescription = (lang: Lang, heading: string): string => fillTemplate(useTranslations(lang)('timeline.description'), { heading });
