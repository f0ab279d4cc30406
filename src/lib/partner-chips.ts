/**
 * How many partners a widget entry names. An entry may have dozens, which in a frame a few
 * entries tall push the next entry out of view, and at 100 entries made the widget's links mostly
 * chips: the entry's page lists them all.
 */
export const EMBED_PARTNERS = 3;

/**
 * How many of the cities and organisations a stand-alone article names its timeline entry shows.
 * At 5,000 articles an entry named ~22, three rows of chips under every news item; an engagement's
 * partners, which the project chose, are all shown.
 */
export const ARTICLE_PARTNERS = 6;

/**
 * The partners an entry shows, at most `max`, and how many it leaves to the entry's page. Those in
 * `lead` come first, in its order: the partner a page is filtered by, which is why the entry is
 * there, then those its title names. A single partner over is shown rather than counted, since a
 * "+1" takes the room of the chip it stands for.
 */
export function shownPartners<T extends { id: string }>(partners: readonly T[], max: number, lead: readonly (string | undefined)[] = []): { shown: T[]; more: number } {
  const rank = (p: T) => {
    const at = lead.indexOf(p.id);
    return at < 0 ? lead.length : at;
  };
  const ordered = [...partners].sort((a, b) => rank(a) - rank(b));
  const shown = ordered.length <= max + 1 ? ordered : ordered.slice(0, max);
  return { shown, more: ordered.length - shown.length };
}
