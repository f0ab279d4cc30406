import { z } from 'zod';
import { kebabId } from './kebab-id.ts';

const ruleId = kebabId();

const pattern = z.string().refine(
  (source) => {
    try {
      new RegExp(source, 'iu');
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not a valid regular expression' },
);

/** One kind of page furniture the cleaner removes. */
export const furnitureRuleSchema = z.strictObject({
  /** Names the rule in the ingest report, next to every line it removed. */
  id: ruleId,
  /** What a reader would call the thing removed. */
  removes: z.string().min(1),
  /** Regular expression matched case-insensitively against the whole trimmed line. */
  match: pattern,
  /** Only when the next non-blank line is removed by this rule (a caption above its credit). */
  before: ruleId.optional(),
  /** The line starts a block that runs until a line another rule matches, or a line of prose (clean.ts). */
  block: z.boolean().default(false),
  /** What to keep from the block instead of dropping it. */
  keep: z.enum(['related']).optional(),
});

export const publisherSchema = z.strictObject({
  id: ruleId,
  /** As the site shows it. */
  name: z.string().min(1),
  /** Hosts of its URLs; a source whose `url` is on one of them belongs to it. */
  domains: z.array(z.string().min(3)).min(1),
  /** Lines only its pages carry (patterns), to recognise a source with no `publisher` or `url`. */
  detect: z.array(pattern).default([]),
  rules: z.array(furnitureRuleSchema).default([]),
});

export type FurnitureRule = z.infer<typeof furnitureRuleSchema>;
export type Publisher = z.infer<typeof publisherSchema>;
