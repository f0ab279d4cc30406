/** The two sites the browser tests read; scripts/test.ts builds them with these settings. */
export interface BuiltSite {
  outDir: string;
  /** Astro's `base`, as BASE_PATH. */
  base: string;
  port: number;
  url: string;
}

const site = (outDir: string, base: string, port: number): BuiltSite => ({
  outDir,
  base,
  port,
  url: `http://localhost:${port}${base}`,
});

/** Ports in use elsewhere on the machine can be avoided with E2E_PORT (the corpus site takes the next one). */
const port = Number(process.env['E2E_PORT'] ?? 4610);

/** The repo's own sources, deployed under a project-page style sub-path. */
export const MAIN_SITE = site(process.env['E2E_DIST'] ?? '.e2e/site-dist', process.env['E2E_BASE'] ?? '/jakarta-diplomacy/preview/', port);

/** Seeds plus sources the ingest tests never saw (tests/fixtures/corpus/), built at the root. */
export const CORPUS_SITE = site('.e2e/corpus-dist', '/', port + 1);
