import { readdirSync, readlinkSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { shownPath } from './data-file.ts';

export interface SourceFiles {
  /** The sources' file names, in code-unit order. */
  names: string[];
  /** What else is in the folder and is not read: each says where, why, and what to do. */
  notRead: string[];
}

/** Not sources, by design: hidden files (.gitkeep, an editor's swap file) and the folder's README. */
const isIgnored = (name: string): boolean => name.startsWith('.') || /^readme(\.md)?$/i.test(name);

/**
 * The source files directly in `folder`. A symbolic link counts as what it points at, so a source
 * kept elsewhere can be linked in. Anything else is named as not read rather than skipped unseen: a
 * folder (the ingest does not look inside it), a link to nothing, a device or pipe.
 */
export function listSourceFiles(folder: string): SourceFiles {
  const names: string[] = [];
  const notRead: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (isIgnored(entry.name)) continue;
    const path = join(folder, entry.name);
    const target = entry.isSymbolicLink() ? followed(path) : entry;
    if (target?.isFile()) names.push(entry.name);
    else if (target?.isDirectory()) {
      notRead.push(`${shownPath(path)}/: a folder; not read, as the ingest reads only the files directly in ${shownPath(folder)} — move the sources in it up into that folder`);
    } else if (!target) {
      notRead.push(`${shownPath(path)}: a link to ${readlinkSync(path)}, which does not exist; not read — point the link at the source, or delete it`);
    } else {
      notRead.push(`${shownPath(path)}: not a file but a device, socket or pipe; not read — save the article as a file instead`);
    }
  }
  return { names: names.sort(), notRead };
}

/** What a link points at, or undefined when that is nothing: missing, or a loop of links. */
function followed(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (error) {
    if (error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'ELOOP' || error.code === 'ENOTDIR')) return undefined;
    throw error;
  }
}
