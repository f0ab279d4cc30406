import type { Furniture } from './furniture.ts';

type KnownPublisher = Furniture['publishers'][number];

/**
 * Which publisher's furniture rules apply: the one front matter names (by id or name), else the
 * one whose domain the URL is on, else the one whose telltale lines the text carries.
 */
export function identifyPublisher(
  furniture: Furniture,
  hints: { publisher?: string | undefined; url?: string | undefined },
  lines: readonly string[],
): KnownPublisher | undefined {
  const { publishers } = furniture;
  if (hints.publisher) {
    const wanted = hints.publisher.toLowerCase();
    const named = publishers.find((p) => p.id === wanted || p.name.toLowerCase() === wanted);
    if (named) return named;
  }
  if (hints.url) {
    const host = new URL(hints.url).hostname;
    const byHost = publishers.find((p) => p.domains.some((d) => host === d || host.endsWith(`.${d}`)));
    if (byHost) return byHost;
  }
  const trimmed = lines.map((l) => l.trim()).filter((l) => l.length > 0 && l.length < 200);
  return publishers.find((p) => p.detectors.some((re) => trimmed.some((l) => re.test(l))));
}
