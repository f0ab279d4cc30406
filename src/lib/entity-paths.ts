import { languages } from '../i18n/index.ts';
import { loadSiteData } from './data.ts';
import { entityType } from './entities.ts';
import { keyedBySite } from './cache-keys.ts';

/** Static paths for the city or organisation pages, in both languages. */
export async function entityPaths(type: 'city' | 'organisation') {
  const { entities } = await loadSiteData();
  const wanted = entities.all.filter((e) => entityType(e) === type);
  return keyedBySite(languages.flatMap((lang) => wanted.map((entity) => ({ params: { lang, id: entity.id }, props: { lang, entity } }))));
}
