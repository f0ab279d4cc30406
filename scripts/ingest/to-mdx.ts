import type { Root } from 'mdast';
import { mdxToMarkdown } from 'mdast-util-mdx';
import type { Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { type YamlMapping, yamlMapping } from './yaml-writer.ts';

/**
 * mdast-util-mdx (remark-mdx's serializer) escapes `{` and `<`, but a paragraph line that starts with `import`/`export` would
 * still be read back as an ESM statement and run at build time. Writing the first letter as a
 * character reference keeps such a line prose. remark knows no GFM, so it leaves `~` bare, which
 * GFM reads as strikethrough. Articles are rendered without GFM (src/loaders/text-only-mdx.ts), yet
 * every `~` is still escaped: `\~` is `~` to CommonMark too, so it costs nothing, and the text stays
 * as written should anything read the MDX with GFM on, as @astrojs/mdx would with the site's settings.
 */
const esmGuard: ToMarkdownOptions = {
  unsafe: [
    { character: 'i', atBreak: true, after: 'mport\\b' },
    { character: 'e', atBreak: true, after: 'xport\\b' },
    { character: '~', inConstruct: 'phrasing' },
  ],
};

// remark's serializer with remark-mdx's writing half only: the ingest never parses Markdown, and
// loading remark's parser and the MDX (acorn) one was a fifth of its start-up.
const serializer = unified()
  .use(remarkStringify)
  .use(function mdx() {
    const data = this.data();
    (data.toMarkdownExtensions ??= []).push(mdxToMarkdown(), esmGuard);
  })
  .freeze();

/** Paragraphs of untrusted text → MDX source that renders exactly that text and evaluates nothing. */
export function paragraphsToMdx(paragraphs: readonly string[]): string {
  const tree: Root = {
    type: 'root',
    children: paragraphs.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })),
  };
  return serializer.stringify(tree);
}

/**
 * The MDX file: front matter and the serialized body. The front matter is not joined by
 * gray-matter's `stringify`, which trims the YAML with JavaScript's `trim`: that takes an
 * ideographic space (U+3000) off the end of a value, so a title of one read back as null.
 */
export function toMdxFile(frontMatter: YamlMapping, paragraphs: readonly string[]): string {
  return `---\n${yamlMapping(frontMatter)}---\n${paragraphsToMdx(paragraphs)}`;
}
