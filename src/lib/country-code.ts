import { iso31661Alpha2ToNumeric } from 'iso-3166/1-a2-to-1-n.js';

// Made only for a code that is wrong: the first Intl object loads ICU's data, 14 ms of the ingest's start-up.
let regionNames: Intl.DisplayNames | undefined;

/**
 * The codes a gazetteer's `country` may take: ISO 3166-1's assigned ones, and XK, which ISO has
 * not assigned but which the EU, the UN's agencies and Intl give Kosovo. Intl alone also names
 * regions and pseudo-codes that are no country ("EU", "UN", "ZZ" for an unknown region).
 */
const COUNTRY_CODES = new Set([...Object.keys(iso31661Alpha2ToNumeric), 'XK']);

/**
 * What is wrong with a gazetteer's country code, as one clause with what to write instead;
 * undefined for a country's code, whose name the site takes from Intl.DisplayNames. A code that
 * Intl canonicalises to a country's (UK → GB, DD → DE) is an old or informal code for it.
 */
export function countryCodeProblem(code: string): string | undefined {
  // Intl throws on a code of another shape: the schema's format check reports that one.
  if (!/^[A-Z]{2}$/.test(code) || COUNTRY_CODES.has(code)) return undefined;
  const canonical = Intl.getCanonicalLocales(`und-${code}`)[0]!.slice('und-'.length);
  const name = (regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' })).of(canonical);
  return COUNTRY_CODES.has(canonical) && name !== undefined
    ? `"${code}" is not the ISO 3166-1 code of ${name}; write "${canonical}"`
    : `"${code}" is not an ISO 3166-1 alpha-2 country code; write the country’s two-letter code, e.g. "AR" for Argentina`;
}
