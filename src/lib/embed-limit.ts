/** Why the generator's limit field was rewritten: over the most a widget shows, or no limit it can use. */
export type LimitNote = 'capped' | 'cleared';

/**
 * What the embed generator's limit field says once the reader leaves it: the limit the code uses
 * (`used`, as parseOptions reads the field), so field and code never disagree, and why that differs
 * from what was typed. `typed` is the field's value, or null for text it cannot read as a number.
 * A number only written otherwise ("07", "1e1") is rewritten without a note.
 */
export function settleLimit(typed: string | null, used: number | undefined): { value: string; note?: LimitNote } {
  const value = used === undefined ? '' : String(used);
  if (typed === null) return { value, note: 'cleared' };
  if (typed.trim() === '' || typed === value) return { value };
  if (used === undefined) return { value, note: 'cleared' };
  return Number(typed) > used ? { value, note: 'capped' } : { value };
}
