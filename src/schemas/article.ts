import { z } from 'zod';
import { calendarDay } from './calendar-day.ts';
import { engagementId } from './engagement.ts';
import { entityId } from './gazetteer.ts';
import { kebabId } from './kebab-id.ts';
import { langSchema } from './lang.ts';
import { textHash } from './text-hash.ts';
import { webUrl } from './web-url.ts';

/**
 * A publication date: a day the calendar has, YYYY-MM-DD, or ISO 8601 with time and offset. The
 * ingest checks a source's curated date with it too, so a date the site would refuse stops the
 * ingest at its line.
 */
export const publicationDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z))?$/, 'use YYYY-MM-DD, or the time with its offset: YYYY-MM-DDTHH:MM+07:00')
  .check(calendarDay);

/** Front matter the ingest writes for every article (scripts/ingest/pipeline.ts, `Article`). */
export const articleSchema = z.strictObject({
  /** Names the article's page and file, so it must be safe in both. */
  id: kebabId(),
  title: z.string().min(1),
  date: publicationDate,
  lang: langSchema,
  publisher: z.string().optional(),
  url: webUrl.optional(),
  byline: z.strictObject({ reporter: z.string().optional(), editor: z.string().optional() }).optional(),
  engagement: engagementId.optional(),
  cities: z.array(entityId),
  organisations: z.array(entityId),
  /** The source page's related-stories block: each headline with the day (YYYY-MM-DD) printed under it. */
  related: z.array(z.strictObject({ title: z.string(), date: z.string().optional() })),
  /** The source file it came from, under content/sources/. */
  source: z.string(),
  /** Hash of the cleaned text (title and paragraphs): translations record which version they translate. */
  hash: textHash,
});

export type ArticleData = z.infer<typeof articleSchema>;
