import { languages } from '../i18n/index.ts';

/**
 * The sections whose pages search finds: the things themselves and the about page. Their pages
 * pass `searchable` to Base; the timelines, archive, network and widget, which list the same
 * things again, do not, and Pagefind does not read them: at scale they are most of the HTML, the
 * archive's volumes of up to ~660 KB among it.
 */
export const SEARCHABLE_SECTIONS = ['articles', 'engagements', 'cities', 'organisations', 'about'] as const;

/** The pages Pagefind indexes, below the built site's root. */
export const searchableGlob = `{${languages.join(',')}}/{${SEARCHABLE_SECTIONS.join(',')}}/**/*.html`;
