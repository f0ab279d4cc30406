import type { Furniture } from './furniture.ts';
import { nearestName } from './nearest-name.ts';

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
  const named = hints.publisher ? publishers.find((p) => names(hints.publisher!, p)) : undefined;
  if (named) return named;
  if (hints.url) {
    const host = new URL(hints.url).hostname;
    const byHost = publishers.find((p) => p.domains.some((d) => host === d || host.endsWith(`.${d}`)));
    if (byHost) return byHost;
  }
  const trimmed = lines.map((l) => l.trim()).filter((l) => l.length > 0 && l.length < 200);
  return publishers.find((p) => p.detectors.some((re) => trimmed.some((l) => re.test(l))));
}

/** Whether front matter's `publisher:` is this publisher's id or its name, in any case. */
function names(written: string, publisher: KnownPublisher): boolean {
  const wanted = written.toLowerCase();
  return publisher.id === wanted || publisher.name.toLowerCase() === wanted;
}

/**
 * The name the site shows: the curated one when it names a publisher the project does not know
 * (whatever rules the URL or the text then chose), else the known publisher's own name, so that
 * `publisher: beritajakarta` shows as "Berita Jakarta".
 */
export function publisherName(written: string | undefined, identified: KnownPublisher | undefined): string | undefined {
  if (written !== undefined && !(identified && names(written, identified))) return written;
  return identified?.name;
}

/**
 * A warning for front matter's `publisher:` when it names no known publisher but nearly names one
 * ("beritajakrta"): the site would show the slip as the publisher's name, and the source would be
 * cleaned by that publisher's rules only if its URL or text gave it away. A publisher the project
 * does not know at all ("Kompas") is allowed and goes unremarked.
 */
export function publisherSlip(furniture: Furniture, written: string | undefined): string | undefined {
  if (written === undefined || furniture.publishers.some((p) => names(written, p))) return undefined;
  const near = nearestName(written, furniture.publishers.flatMap((p) => [p.id, p.name]));
  return near && `front matter \`publisher: ${written}\` names no known publisher (did you mean "${near}"?); the site shows it as written, so correct it, or keep it if it is another publisher`;
}
