import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { remark } from 'remark';
import remarkMdx from 'remark-mdx';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { GAZETTEER_FILES } from '../../scripts/ingest/gazetteer.ts';
import { parseYaml } from '../../scripts/ingest/yaml.ts';
import { nameInSentence } from '../../src/lib/entities.ts';
import { engagementSchema, type Engagement } from '../../src/schemas/engagement.ts';
import { gazetteerEntrySchema } from '../../src/schemas/gazetteer.ts';

/** What the built site must show, read from the content it was built from. */

const contentDir = join(import.meta.dirname, '..', '..', 'content');

const gazetteer = new Map(
  GAZETTEER_FILES.flatMap((file) => gazetteerEntrySchema.array().parse(parseYaml(readFileSync(join(contentDir, 'gazetteer', file), 'utf8')))).map((e) => [e.id, e]),
);

function gazetteerEntry(id: string) {
  const entry = gazetteer.get(id);
  if (!entry) throw new Error(`"${id}" is not in content/gazetteer/`);
  return entry;
}

/** A city's or organisation's name, as the gazetteer gives it in a language. */
export const gazetteerName = (id: string, lang: 'id' | 'en'): string => gazetteerEntry(id).name[lang];

/** The name as a sentence gives it: "the World Bank". */
export const gazetteerNameInSentence = (id: string, lang: 'id' | 'en'): string => nameInSentence(gazetteerEntry(id), lang);

export interface EngagementFacts {
  id: string;
  data: Engagement;
}

export const engagements: EngagementFacts[] = readdirSync(join(contentDir, 'engagements'))
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => ({ id: f.replace(/\.yaml$/, ''), data: engagementSchema.parse(parseYaml(readFileSync(join(contentDir, 'engagements', f), 'utf8'))) }));

export interface ArticleFacts {
  id: string;
  title: string;
  lang: string;
  date: string;
  publisher?: string;
  url?: string;
  engagement?: string;
  /** The article's paragraphs as plain text, exactly as a reader should see them. */
  paragraphs: string[];
  /** Titles of the headlines its original page listed beside it. */
  related: string[];
}

const paragraphsOf = (tree: Root): string[] => tree.children.filter((n) => n.type === 'paragraph').map((n) => toString(n));

/** The generated articles of the last ingest (content/articles/). */
export function articles(): ArticleFacts[] {
  const dir = join(contentDir, 'articles');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const { data, content } = matter(readFileSync(join(dir, f), 'utf8'));
      const paragraphs = paragraphsOf(remark().use(remarkMdx).parse(content));
      const url = typeof data['url'] === 'string' ? { url: data['url'] } : {};
      const engagement = typeof data['engagement'] === 'string' ? { engagement: data['engagement'] } : {};
      const publisher = typeof data['publisher'] === 'string' ? { publisher: data['publisher'] } : {};
      const related = Array.isArray(data['related']) ? data['related'].map((r: { title: string }) => r.title) : [];
      return { id: String(data['id']), title: String(data['title']), lang: String(data['lang']), date: String(data['date']), ...publisher, ...url, ...engagement, paragraphs, related };
    });
}

/** A project translation's title and paragraphs. */
export function translation(lang: string, id: string): { title: string; paragraphs: string[] } {
  const { data, content } = matter(readFileSync(join(contentDir, 'translations', lang, `${id}.md`), 'utf8'));
  return { title: String(data['title']), paragraphs: paragraphsOf(remark().parse(content)) };
}

/** Whitespace as a browser's innerText collapses it. */
export const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();
