import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataFileError, shownPath } from './data-file.ts';

/**
 * The YAML files of a data folder (content/publishers/, content/engagements/) in order. Hidden
 * files such as an editor's swap files and notes such as a README are not data. A `.yml` file is
 * refused rather than passed over: the ingest and the site read `*.yaml`, so it would vanish. A
 * folder that is not there holds no data yet: a project may have no publisher's furniture or no
 * engagement written, and the ingest runs without.
 */
export function dataFolderFiles(dir: string, kind: string): string[] {
  const names = folderNames(dir);
  const yml = names.find((name) => name.endsWith('.yml'));
  if (yml) throw new DataFileError(`${shownPath(join(dir, yml))}: ${kind} file ends in .yaml, not .yml; rename it to ${yml.slice(0, -'.yml'.length)}.yaml`);
  return names.filter((name) => name.endsWith('.yaml'));
}

/**
 * Refuses a YAML file beside the fixed ones a folder holds (content/gazetteer/, content/rules/): the
 * ingest and the site read those by name, so its entries would be passed over unseen. `mend` says
 * where they belong instead.
 */
export function requireOnly(dir: string, names: readonly string[], mend: string): void {
  const other = folderNames(dir).find((name) => /\.ya?ml$/.test(name) && !names.includes(name));
  if (other) throw new DataFileError(`${shownPath(join(dir, other))}: not read, as only ${names.join(' and ')} are read in ${shownPath(dir)}; ${mend}`);
}

function folderNames(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
