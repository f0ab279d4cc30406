import { z } from 'zod';
import { countryCodeProblem } from '../lib/country-code.ts';
import { bilingual } from './bilingual.ts';
import { kebabId } from './kebab-id.ts';
import { webUrl } from './web-url.ts';

/** The id every page, graph node and article field uses. */
export const entityId = kebabId('use lowercase ASCII kebab-case, e.g. "buenos-aires"');

const organisationKinds = [
  'city-network',
  'un-agency',
  'development-agency',
  'bank',
  'ngo',
  'research',
  'government',
  'forum',
  'programme',
  /** The sources do not say what kind of body it is. */
  'unstated',
] as const;

const common = {
  id: entityId,
  /** Display names per language. */
  name: bilingual,
  /** A few words the graphs and chips label it with where the name is long ("UCLG"); links still give the name. */
  short: bilingual.optional(),
  /**
   * The word a language puts before the name inside a sentence, where it has one: English says "with
   * the World Bank" but "with C40 Cities"; Indonesian has no articles.
   */
  article: bilingual.partial().optional(),
  /** Every other spelling seen in sources; matched case-insensitively on word boundaries. */
  aliases: z.array(z.string().min(2)).default([]),
  /** Acronyms; matched case-sensitively on word boundaries ("WRI", not "wri"). */
  acronyms: z.array(z.string().min(2)).default([]),
  /** One sentence per language saying what it is; facts only. */
  description: bilingual.optional(),
  /** Official website, for readers who want more. */
  website: webUrl.optional(),
  /** A caveat about the entry itself (e.g. the sources give only an acronym). */
  note: z.string().optional(),
};

/** ISO 3166-1 alpha-2; names come from Intl.DisplayNames in each language. */
const country = z
  .string()
  .regex(/^[A-Z]{2}$/, 'use an ISO 3166-1 alpha-2 code, e.g. "AR"')
  .superRefine((code, context) => {
    const problem = countryCodeProblem(code);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

export const citySchema = z.strictObject({
  ...common,
  kind: z.literal('city'),
  country,
  /** [longitude, latitude] in degrees (GeoJSON order). */
  coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
  /**
   * The coordinates are right though world-atlas draws them outside `country` (Melilla, Gibraltar,
   * Sevastopol): the ingest then no longer warns of it, though it still refuses a swapped pair.
   */
  outsideAtlasBorders: z.literal(true).optional(),
  parent: entityId.optional(),
});

export const organisationSchema = z.strictObject({
  ...common,
  kind: z.enum(organisationKinds),
  /** Headquarters or country of operation; absent for bodies without one. */
  country: country.optional(),
  /** The body this one belongs to (uclg-aspac → uclg). */
  parent: entityId.optional(),
});

export const gazetteerEntrySchema = z.discriminatedUnion('kind', [citySchema, organisationSchema]);

export type City = z.infer<typeof citySchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type GazetteerEntry = z.infer<typeof gazetteerEntrySchema>;
