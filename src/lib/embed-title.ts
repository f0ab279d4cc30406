import { useTranslations, type Lang } from '../i18n/index.ts';

/** A widget's name, as its page and its iframe give it: the timeline's heading, the filter first where it has one. */
export function widgetTitle(lang: Lang, filterLabel?: string): string {
  const title = useTranslations(lang)('timeline.heading');
  return filterLabel ? `${filterLabel} · ${title}` : title;
}
