import { z } from 'zod';
import { kebabId } from './kebab-id.ts';
import { textHash } from './text-hash.ts';

/** Front matter of a project-written translation; the body holds the paragraphs, one per source paragraph. */
export const translationSchema = z.strictObject({
  /** Id of the article translated. */
  article: kebabId(),
  /** The article's `hash` when it was translated: a different hash now means the translation is outdated. */
  sourceHash: textHash,
  title: z.string().min(1),
  /** Who translated it, as it ends the sentence “Translated by …”: “the Jakarta City Diplomacy project”, a person’s name. */
  translator: z.string().min(1),
});
