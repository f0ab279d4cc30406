import { mkdir, readdir, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * With incremental builds, an unchanged page is only skipped for real when its last output is still
 * in the output folder: Astro otherwise empties the folder and copies each page back from its cache,
 * 10,000 files at 5,000 articles. So the folder is kept (`vite.build.emptyOutDir: false`) and this
 * removes, once the build is done, what a build from scratch would not have made: every file that
 * no route produced and nothing wrote during this build. That is a renamed article's old page, the
 * last build's bundles, and the search index and PDFs, which `npm run build` makes again after.
 */
export function pruneStaleOutput(): AstroIntegration {
  let marker = '';
  let started = 0;
  return {
    name: 'prune-stale-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        marker = join(fileURLToPath(config.cacheDir), 'build-started');
        // Pruning deletes what the build did not write: never where the project's own files are.
        const [project, out] = [fileURLToPath(config.root), fileURLToPath(config.outDir)];
        if (!relative(out, project).startsWith('..')) {
          throw new Error(`OUT_DIR ${out} holds the project itself, whose files a build would delete as stale; give OUT_DIR a folder of its own, such as dist`);
        }
      },
      // A file the file system stamps now tells its clock, which can lag the system's by a tick.
      'astro:build:start': async () => {
        await mkdir(dirname(marker), { recursive: true });
        await writeFile(marker, '');
        started = (await stat(marker)).mtimeMs;
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const root = fileURLToPath(dir);
        const produced = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const stale: string[] = [];
        for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
          const path = join(entry.parentPath, entry.name);
          if (!entry.isFile() || produced.has(path) || relative(root, path).split(sep)[0] === '.git') continue;
          if ((await stat(path)).mtimeMs < started) stale.push(path);
        }
        await Promise.all(stale.map((path) => rm(path)));
        await removeEmptyFolders(stale.map(dirname), root);
        if (stale.length > 0) logger.info(`removed ${stale.length} file(s) that this build did not write`);
      },
    },
  };
}

/** Removes each folder, and its parents below `root`, while they are empty. */
async function removeEmptyFolders(folders: readonly string[], root: string): Promise<void> {
  for (const folder of [...new Set(folders)].sort((a, b) => b.length - a.length)) {
    for (let dir = folder; dir !== root && dir.startsWith(root); dir = dirname(dir)) {
      try {
        await rmdir(dir);
      } catch {
        break;
      }
    }
  }
}
