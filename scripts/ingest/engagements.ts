import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Ids of the engagements the project has written (content/engagements/<id>.yaml). */
export function loadEngagementIds(contentDir: string): Set<string> {
  return new Set(
    readdirSync(join(contentDir, 'engagements'))
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => name.slice(0, -'.yaml'.length)),
  );
}
