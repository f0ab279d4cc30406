import { z } from 'zod';
import { bilingual } from './bilingual.ts';
import { calendarDay } from './calendar-day.ts';
import { entityId } from './gazetteer.ts';
import { kebabId } from './kebab-id.ts';
import { webUrl } from './web-url.ts';

/** An engagement's id: its file's name in content/engagements/. */
export const engagementId = kebabId('use the engagement id, e.g. "u20-mayors-summit-2018"');

export const engagementKinds = ['keynote', 'cultural-exchange', 'summit', 'partner-meeting', 'bilateral-meeting', 'agreement'] as const;

// A YAML reader may hand unquoted dates over as Date objects: bring them back to the day written.
const isoDay = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD').check(calendarDay),
);
/** BCP 47 primary language of a source: "id", "en", "ar"… */
const sourceLang = z.string().regex(/^[a-z]{2,3}$/, 'use a two-letter language code, e.g. "id"');

const known = {
  title: z.string().min(1),
  publisher: z.string().min(1),
  /** Publication date. */
  date: isoDay,
  lang: sourceLang,
};

/** Where a fact about an engagement comes from. */
const engagementSourceSchema = z.discriminatedUnion('type', [
  /** An article ingested on this site (matched to it by title). */
  z.strictObject({ type: z.literal('article'), ...known, url: webUrl.optional() }),
  /** Known only as a related headline printed on another article's page. */
  z.strictObject({
    type: z.literal('headline'),
    ...known,
    /** The ingested article whose related block lists it. */
    listedIn: z.string().optional(),
    /** Where its text was read, when the site found the story itself. */
    url: webUrl.optional(),
    /** What the site takes from it, when its text was read elsewhere, in both languages. */
    citedFor: bilingual.optional(),
  }),
  /**
   * Reporting elsewhere on the web. Only what is known is given: a report cited by its address
   * alone has no title or date here rather than a guessed one.
   */
  z.strictObject({
    type: z.literal('report'),
    publisher: z.string().min(1),
    url: webUrl.optional(),
    title: z.string().min(1).optional(),
    date: isoDay.optional(),
    lang: sourceLang.optional(),
    /** What the site takes from it, in both languages. */
    citedFor: bilingual.optional(),
  }),
]);

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
  /**
   * Building or venue: a proper name as the sources write it, or in both languages where part of it
   * translates ("Balai Kota", City Hall).
   */
  venue: z.union([z.string().min(1), bilingual]).optional(),
  /** Gazetteer ids of the cities and organisations Jakarta engaged with. */
  partners: z.array(entityId).min(1),
  title: bilingual,
  /** A few words per language, for graph labels and other tight spots; the title when absent. */
  short: bilingual.optional(),
  /** Two to four sentences per language, from the sources' facts only. */
  summary: bilingual,
  sources: z.array(engagementSourceSchema).min(1),
}).refine((e) => e.end === undefined || e.end >= e.start, { path: ['end'], message: 'the end is before the start; correct one of them, or leave the end out for a one-day event' });

export type Engagement = z.infer<typeof engagementSchema>;
export type EngagementKind = (typeof engagementKinds)[number];
export type EngagementSource = z.infer<typeof engagementSourceSchema>;
