/**
 * Orders ids, ISO dates, file names and addresses by their UTF-16 code units. `localeCompare`
 * without a locale follows the machine's, which can order even ASCII ids differently (Danish
 * collation puts "aa" after "z"): the build must give the same output everywhere.
 */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
