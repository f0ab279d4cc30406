import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isSatteriProcessor } from '@astrojs/markdown-satteri';
import type { AstroConfig, ContentEntryType } from 'astro';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import type { Features } from 'satteri';
import { articleFeatures } from '../lib/markdown-features.ts';
import { moduleTreeDigest } from '../lib/module-tree.ts';
import { NotTextError, renderTextOnlyMdx } from './render-text-only-mdx.ts';

type GlobOptions = Parameters<typeof glob>[0];
/** Astro hands every loader the entry types by extension, though its public type leaves them out. */
type GlobContext = LoaderContext & { entryTypes: Map<string, ContentEntryType> };
type RenderFunction = NonNullable<Awaited<ReturnType<NonNullable<ContentEntryType['getRenderFunction']>>>>;

/** The features articles are rendered with, from those of the site's Markdown processor. */
function featuresFor(config: AstroConfig): Features {
  const { processor, smartypants } = config.markdown;
  if (!isSatteriProcessor(processor)) {
    throw new Error(`astro.config.mjs: markdown.processor is "${processor.name}", but the articles are rendered with satteri; set markdown.processor to satteri(…)`);
  }
  return articleFeatures(processor.options.features, smartypants);
}

/** An article that failed: its message, and where Astro should point, with a frame of the article's text. */
interface Failure {
  message: string;
  loc?: { file: string; line: number; column: number };
}

/** `file:line:column: problem. Fix.`, counted in the whole file: the body Astro passes is trimmed and starts after the front matter. */
function describe(error: unknown, filePath: string, body: string): Failure {
  const file = relative(process.cwd(), filePath);
  if (!(error instanceof NotTextError)) return { message: `${file}: ${error instanceof Error ? error.message : String(error)}` };
  const contents = readFileSync(filePath, 'utf8');
  const before = contents.slice(0, Math.max(contents.lastIndexOf(body), 0));
  const lines = before.split('\n');
  const loc = error.point && {
    file: filePath,
    line: error.point.line + lines.length - 1,
    column: error.point.column + (error.point.line === 1 ? lines.at(-1)!.length : 0),
  };
  const fix = 'The ingest writes articles as text; fix the source in content/sources/ and run `npm run ingest` rather than editing the article.';
  return { message: `${file}${loc ? `:${loc.line}:${loc.column}` : ''}: this article is not text-only MDX: ${error.message}. ${fix}`, ...(loc && { loc }) };
}

/**
 * The renderer's code and settings: HTML stored by another version of either is stale. The code is
 * this loader's module tree and the locked packages, satteri and hast-util-to-html among them.
 */
const rendererSource = (features: Features): string => JSON.stringify([moduleTreeDigest([fileURLToPath(import.meta.url)]), features]);

/**
 * The glob() loader, for MDX files that hold text only (as the ingest writes them): each is turned
 * into HTML as it is loaded, so the content layer stores the HTML and keeps it while the file is
 * unchanged. Without this, Vite compiles every article into a JavaScript module on every build, even
 * when one source changed: at 5,000 articles, 9 s of the build.
 */
export function textOnlyMdx(options: GlobOptions): Loader {
  const files = glob(options);
  return {
    name: 'text-only-mdx',
    async load(context) {
      const { entryTypes, config } = context as GlobContext;
      const mdx = entryTypes?.get('.mdx');
      if (!mdx) throw new Error('text-only-mdx: Astro passed no MDX entry type to the loader; is mdx() in astro.config.mjs integrations?');
      const features = featuresFor(config);
      // Astro keeps the store while content.config.ts and Astro's own version are unchanged, whatever
      // the code and the other packages it imports do.
      const renderer = context.generateDigest(rendererSource(features));
      if (context.meta.get('renderer') !== renderer) {
        context.store.clear();
        context.meta.set('renderer', renderer);
      }
      // glob() stores an entry that fails to render without its HTML (it only logs the error), and
      // then keeps it while the file is unchanged: so such an entry, from a build or `astro dev`, goes.
      for (const [id, entry] of context.store.entries()) if (!entry.rendered) context.store.delete(id);
      const failures = new Map<string, Failure>();
      const render: RenderFunction = async ({ id, body = '', filePath = '' }) => {
        try {
          return { html: renderTextOnlyMdx(body, features) };
        } catch (error) {
          // glob() logs what is thrown here: under `astro dev`, that log line is all a reader gets.
          const failure = describe(error, filePath, body);
          failures.set(id, failure);
          throw new Error(failure.message, { cause: error });
        }
      };
      // glob() parses every file's front matter before it compares digests, just for an id from a
      // `slug:` field, which the articles' strict schema rules out: so a file's id comes from its
      // path, and when its entry in the store (as it is now: `astro dev` calls this again for each
      // edit) has the file's digest, glob() goes no further with it. Skipping that parse was half a
      // second of a 5,000-article rebuild.
      const idByPath = new Map(context.store.entries().map(([id, entry]) => [entry.filePath, id]));
      const root = fileURLToPath(config.root);
      const getEntryInfo: ContentEntryType['getEntryInfo'] = async (params) => {
        const id = idByPath.get(relative(root, fileURLToPath(params.fileUrl)).split(sep).join('/'));
        const stored = id === undefined ? undefined : context.store.get(id)?.digest;
        const unchanged = stored !== undefined && stored === context.generateDigest(params.contents);
        return unchanged ? { data: {}, body: '', slug: '', rawData: '' } : mdx.getEntryInfo(params);
      };
      const textOnly: ContentEntryType = { ...mdx, getEntryInfo, getRenderFunction: async () => render };
      await files.load({ ...context, entryTypes: new Map(entryTypes).set('.mdx', textOnly) } as GlobContext);
      // A page without its text must not be built.
      const [first] = failures.values();
      if (first) throw Object.assign(new Error([...failures.values()].map((f) => f.message).join('\n')), { loc: first.loc });
    },
  };
}
