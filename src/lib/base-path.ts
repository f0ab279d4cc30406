/**
 * The site's base path in the one form the pages, the build steps and the server compare and join
 * it in: a slash at each end and one between segments, or "/" alone. BASE_PATH and --base may be
 * written either way ("repo", "/repo", "/repo/"), and a doubled slash would name another host.
 */
export function normaliseBase(base: string): string {
  const segments = base.split('/').filter(Boolean);
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}
