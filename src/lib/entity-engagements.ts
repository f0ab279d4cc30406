import { HOME_CITY } from './home-city.ts';
import { involves, type TimelineEntry } from './timeline.ts';

export interface ThroughBranches<B> {
  entry: TimelineEntry;
  branches: B[];
}

/**
 * The engagements an entity took part in or hosted, and those only its branches did, with the
 * branches that did (ICLEI Indonesia's on ICLEI's page), in the timeline's order. Every
 * engagement is the home city's own, wherever it was held, though none names it as a partner.
 */
export function entityEngagements<B extends { id: string }>(
  timeline: readonly TimelineEntry[],
  id: string,
  branches: readonly B[],
): { own: TimelineEntry[]; throughBranches: ThroughBranches<B>[] } {
  const own: TimelineEntry[] = [];
  const throughBranches: ThroughBranches<B>[] = [];
  for (const entry of timeline) {
    if (entry.type !== 'engagement') continue;
    if (id === HOME_CITY || involves(entry, id)) {
      own.push(entry);
      continue;
    }
    const taking = branches.filter((branch) => involves(entry, branch.id));
    if (taking.length > 0) throughBranches.push({ entry, branches: taking });
  }
  return { own, throughBranches };
}
