/**
 * What a timeline is narrowed to: the entries of one kind, or those with one partner; null for
 * all. Free of the UI dictionaries, as the embed loader bundles what reads it.
 */
export type TimelineFilter = { kind: string } | { partner: string } | null;

/** A filter as path segments, the same below the timeline and the widget: ["partner", "c40"]; none for all. */
export const filterSegments = (filter: TimelineFilter): string[] => (!filter ? [] : 'partner' in filter ? ['partner', filter.partner] : ['kind', filter.kind]);
