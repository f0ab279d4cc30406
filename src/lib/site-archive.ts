import type { Lang } from '../i18n/index.ts';
import { archiveSections, archiveVolumes, entryVolumes, type ArchiveSection, type ArchiveVolume } from './archive.ts';
import type { SiteData } from './data.ts';
import { getOrCreate } from './get-or-create.ts';

/** A language's archive as the build prints it: its sections, its volumes (none on one page) and the volumes of each entry. */
export interface SiteArchive {
  sections: ArchiveSection[];
  volumes: ArchiveVolume[];
  ofEntry: ReadonlyMap<string, readonly ArchiveVolume[]>;
}

// The cover, every volume and every engagement page ask: a language's archive is cut once per build.
const built = new WeakMap<SiteData, Map<Lang, SiteArchive>>();

export function siteArchive(site: SiteData, lang: Lang): SiteArchive {
  const byLang = getOrCreate(built, site, () => new Map());
  return getOrCreate(byLang, lang, () => cut(site, lang));
}

function cut(site: SiteData, lang: Lang): SiteArchive {
  const sections = archiveSections(site.timeline[lang]);
  const volumes = archiveVolumes(sections);
  return { sections, volumes, ofEntry: entryVolumes(volumes) };
}
