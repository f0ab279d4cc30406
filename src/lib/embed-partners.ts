/**
 * How many partners a widget entry names. An entry may have dozens, which in a frame a few
 * entries tall push the next entry out of view, and at 100 entries made the widget's links mostly
 * chips: the entry's page lists them all.
 */
export const EMBED_PARTNERS = 3;

/**
 * The partners a widget entry shows, at most `max`, and how many it leaves to the entry's page.
 * The partner a widget is filtered by comes first: it is why the entry is there. A single partner
 * over is shown rather than counted, since a "+1" takes the room of the chip it stands for.
 */
export function embedPartners<T extends { id: string }>(partners: readonly T[], max: number, first?: string): { shown: T[]; more: number } {
  const ordered = [...partners.filter((p) => p.id === first), ...partners.filter((p) => p.id !== first)];
  const shown = ordered.length <= max + 1 ? ordered : ordered.slice(0, max);
  return { shown, more: ordered.length - shown.length };
}
