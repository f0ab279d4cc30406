/** A run of the engagement menu's options, under a heading of its kind when it has one. */
export interface EventGroup<T> {
  type?: 'engagement' | 'article';
  events: T[];
}

/**
 * The engagement menu's options: engagements first, then the stand-alone articles, each under a
 * heading of its own. At scale the drawn events were 4 engagements lost among 94 article titles; a
 * single kind keeps a flat list, where one heading over everything would say nothing the label does not.
 */
export function eventGroups<T extends { type: string }>(events: readonly T[]): EventGroup<T>[] {
  const groups = (['engagement', 'article'] as const).map((type) => ({ type, events: events.filter((e) => e.type === type) })).filter((g) => g.events.length > 0);
  return groups.length > 1 ? groups : [{ events: [...events] }];
}
