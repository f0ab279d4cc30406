import { readdirSync } from 'node:fs';

/**
 * The files of a data folder (content/publishers/, content/engagements/) in order, leaving out
 * hidden ones such as an editor's swap files. A folder that is not there holds no data yet: a
 * project may have no publisher's furniture or no engagement written, and the ingest runs without.
 */
export function dataFolderFiles(dir: string): string[] {
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
