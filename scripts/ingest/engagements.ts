import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { engagementId, engagementSchema } from '../../src/schemas/engagement.ts';
import { dataFolderFiles } from './data-folder.ts';
import { DataFileError, parseDataFile, placeIn, shownPath } from './data-file.ts';
import type { EngagementFile } from './engagement-sources.ts';
import { GAZETTEER_FILES } from './gazetteer.ts';
import { didYouMean } from './nearest-name.ts';
import { slugify } from './slug.ts';

/**
 * The engagements the project has written (content/engagements/<id>.yaml), each read as the site
 * will read it, with its text for warnings to point into. The network draws engagements and `entities` (the gazetteer's ids) as nodes
 * by id: an engagement must name only entities, and not share an id with one.
 */
export function loadEngagements(contentDir: string, entities: ReadonlySet<string>): EngagementFile[] {
  const dir = join(contentDir, 'engagements');
  const gazetteer = shownPath(join(contentDir, 'gazetteer'));
  const engagements: EngagementFile[] = [];
  for (const name of dataFolderFiles(dir, 'an engagement')) {
    const file = join(dir, name);
    const id = name.slice(0, -'.yaml'.length);
    if (!engagementId.safeParse(id).success) {
      throw new DataFileError(
        `${shownPath(file)}: an engagement's file name is its id, in lowercase ASCII kebab-case; rename ${name} to ${slugify(id, Infinity) || 'its-title-and-year'}.yaml`,
      );
    }
    if (entities.has(id)) {
      throw new DataFileError(`${shownPath(file)}: the engagement's id "${id}" (its file name) is also a gazetteer id; the network draws both, so give the file another name`);
    }
    const text = readFileSync(file, 'utf8');
    const data = parseDataFile(file, text, engagementSchema);
    const { place, partners } = data;
    for (const [role, entity, path] of [['place', place, ['place']], ...partners.map((p, i) => ['partner', p, ['partners', i]] as const)] as const) {
      if (!entities.has(entity)) {
        throw new DataFileError(
          `${placeIn(file, text, path)}: ${role} "${entity}" is not in the gazetteer${didYouMean(entity, entities)}; write the id of an entry in ${gazetteer}/${GAZETTEER_FILES.join(' or ')}, or add that entry`,
        );
      }
    }
    engagements.push({ id, file: shownPath(file), text, data });
  }
  return engagements;
}
