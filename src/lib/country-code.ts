const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/**
 * What is wrong with a gazetteer's country code, as one clause with what to write instead;
 * undefined for an ISO 3166-1 alpha-2 code, whose name the site takes from Intl.DisplayNames.
 * A code that Intl does not know, or echoes back unchanged, names no country; one that Intl
 * canonicalises to another (UK → GB) is an old or informal code for it.
 */
export function countryCodeProblem(code: string): string | undefined {
  // Intl throws on a code of another shape: the schema's format check reports that one.
  if (!/^[A-Z]{2}$/.test(code)) return undefined;
  const name = regionNames.of(code);
  if (name === undefined || name === code) return `"${code}" is not an ISO 3166-1 alpha-2 country code; write the country’s two-letter code, e.g. "AR" for Argentina`;
  const canonical = Intl.getCanonicalLocales(`und-${code}`)[0]!.slice('und-'.length);
  return canonical === code ? undefined : `"${code}" is not the ISO 3166-1 code of ${name}; write "${canonical}"`;
}
