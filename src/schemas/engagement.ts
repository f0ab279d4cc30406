import { z } from 'zod';
import { entityId } from './gazetteer.ts';

export const engagementKinds = ['keynote', 'cultural-exchange', 'summit', 'partner-meeting', 'bilateral-meeting', 'agreement'] as const;

const bilingual = z.strictObject({ id: z.string().min(1), en: z.string().min(1) });
// A YAML reader may hand unquoted dates over as Date objects: bring them back to the day written.
const isoDay = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD'),
);

/** Where a fact about an engagement comes from. */
export const engagementSourceSchema = z.strictObject({
  /** `article`: ingested here; `headline`: known only as a related headline; `report`: elsewhere on the web. */
  type: z.enum(['article', 'headline', 'report']),
  title: z.string().min(1),
  publisher: z.string().min(1),
  /** Publication date. */
  date: isoDay,
  url: z.url().optional(),
  /** Language of the source. */
  lang: z.enum(['id', 'en']),
  /** For `headline`: the ingested article whose related block lists it. */
  listedIn: z.string().optional(),
});

/** One of Jakarta's international engagements, written by the project in both languages. */
export const engagementSchema = z.strictObject({
  /** First (or only) day of the event itself, not of its coverage. */
  start: isoDay,
  /** Last day, for events over several days. */
  end: isoDay.optional(),
  /** A caveat about the dates, when sources disagree or are vague. */
  dateNote: bilingual.optional(),
  kind: z.enum(engagementKinds),
  /** Gazetteer city where it took place. */
  place: entityId,
  /** Building or venue, as the sources name it. */
  venue: z.string().optional(),
  /** Gazetteer ids of the cities and organisations Jakarta engaged with. */
  partners: z.array(entityId).min(1),
  title: bilingual,
  /** Two to four sentences per language, from the sources' facts only. */
  summary: bilingual,
  sources: z.array(engagementSourceSchema).min(1),
});

export type Engagement = z.infer<typeof engagementSchema>;
export type EngagementKind = (typeof engagementKinds)[number];
