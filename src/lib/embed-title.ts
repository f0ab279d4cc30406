import { useTranslations, type Lang } from '../i18n/index.ts';

/** A widget's name, as its page and its iframe give it: the filter first, where it has one. */
export function widgetTitle(lang: Lang, filterLabel?: string): string {
  const title = useTranslations(lang)('embed.frameTitle');
  return filterLabel ? `${filterLabel} · ${title}` : title;
}
