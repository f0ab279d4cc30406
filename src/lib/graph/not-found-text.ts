import { useTranslations, type Lang } from '../../i18n/index.ts';
import { fillTemplate } from '../../i18n/template.ts';
import { formatNumber } from '../lists-and-numbers.ts';

/**
 * What the network's find says of a name no drawn node has, `{q}` left for the name typed. Where
 * the graph draws only the best-connected nodes, "nothing is called" was untrue of a city or an
 * article left out: it says instead that none of those drawn is, and how many are left out. The
 * page does not carry the others' names (at 5,000 articles, 3,132 titles), so it cannot tell which.
 */
export function notFoundText(lang: Lang, { drawn, total }: { drawn: number; total: number }): string {
  const t = useTranslations(lang);
  if (drawn >= total) return t('network.notFound');
  // The name is filled in the browser: a slot's value is never read for slots again.
  return fillTemplate(t('network.notDrawn'), { n: formatNumber(drawn, lang), rest: formatNumber(total - drawn, lang), q: '{q}' });
}
