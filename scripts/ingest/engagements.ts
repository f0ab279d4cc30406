import { join } from 'node:path';
import { engagementId, engagementSchema } from '../../src/schemas/engagement.ts';
import { dataFolderFiles } from './data-folder.ts';
import { DataFileError, placeAt, readDataFile, shownPath } from './data-file.ts';
import { GAZETTEER_FILES } from './gazetteer.ts';
import { slugify } from './slug.ts';

/**
 * Ids of the engagements the project has written (content/engagements/<id>.yaml), each read as the
 * site will read it. The network draws engagements and `entities` (the gazetteer's ids) as nodes
 * by id: an engagement must name only entities, and not share an id with one.
 */
export function loadEngagementIds(contentDir: string, entities: ReadonlySet<string>): Set<string> {
  const dir = join(contentDir, 'engagements');
  const gazetteer = shownPath(join(contentDir, 'gazetteer'));
  const ids = new Set<string>();
  for (const name of dataFolderFiles(dir)) {
    const file = join(dir, name);
    // The site reads *.yaml only (src/content.config.ts): a .yml engagement would vanish from it.
    if (name.endsWith('.yml')) throw new DataFileError(`${shownPath(file)}: an engagement file ends in .yaml, not .yml; rename it to ${name.slice(0, -'.yml'.length)}.yaml`);
    if (!name.endsWith('.yaml')) continue;
    const id = name.slice(0, -'.yaml'.length);
    if (!engagementId.safeParse(id).success) {
      throw new DataFileError(
        `${shownPath(file)}: an engagement's file name is its id, in lowercase ASCII kebab-case; rename ${name} to ${slugify(id, Infinity) || 'its-title-and-year'}.yaml`,
      );
    }
    if (entities.has(id)) {
      throw new DataFileError(`${shownPath(file)}: the engagement's id "${id}" (its file name) is also a gazetteer id; the network draws both, so give the file another name`);
    }
    const { place, partners } = readDataFile(file, engagementSchema);
    for (const [role, entity, path] of [['place', place, ['place']], ...partners.map((p, i) => ['partner', p, ['partners', i]] as const)] as const) {
      if (!entities.has(entity)) {
        throw new DataFileError(
          `${placeAt(file, path)}: ${role} "${entity}" is not in the gazetteer; write the id of an entry in ${gazetteer}/${GAZETTEER_FILES.join(' or ')}, or add that entry`,
        );
      }
    }
    ids.add(id);
  }
  return ids;
}
