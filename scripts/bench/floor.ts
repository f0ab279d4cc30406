import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RENDER_CONCURRENCY } from '../../src/lib/render-concurrency.ts';

const CONFIG = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({ integrations: [mdx()], build: { format: 'directory', concurrency: ${RENDER_CONCURRENCY} } });
`;

const LAYOUT = `---
const { title } = Astro.props;
---
<html lang="id"><head><meta charset="utf-8"><title>{title}</title></head><body><main><slot /></main></body></html>
`;

/**
 * The floor: a bare Astro project (this repo's astro and @astrojs/mdx) with one plain MDX page per
 * ingested article, its body as the ingest wrote it — no content collections, i18n or graph.
 */
export function writeFloorProject(projectDir: string, articlesDir: string, nodeModules: string): void {
  const pages = join(projectDir, 'src', 'pages', 'a');
  mkdirSync(pages, { recursive: true });
  mkdirSync(join(projectDir, 'src', 'layouts'), { recursive: true });
  symlinkSync(nodeModules, join(projectDir, 'node_modules'), 'dir');
  writeFileSync(join(projectDir, 'package.json'), '{ "name": "floor", "private": true, "type": "module" }\n');
  writeFileSync(join(projectDir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(projectDir, 'src', 'layouts', 'Page.astro'), LAYOUT);
  for (const name of readdirSync(articlesDir).filter((f) => f.endsWith('.mdx'))) {
    const source = readFileSync(join(articlesDir, name), 'utf8');
    const body = source.slice(source.indexOf('\n---\n', 4) + 5);
    const title = /^title: (.*)$/m.exec(source)?.[1] ?? name;
    writeFileSync(join(pages, name), `---\nlayout: ../../layouts/Page.astro\ntitle: ${JSON.stringify(title)}\n---\n${body}`);
  }
}
