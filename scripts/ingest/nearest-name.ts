/**
 * The one known id or name a mistyped one most likely meant ("ucgl" → "uclg", "c-40" → "c40",
 * "beritajakrta" → "beritajakarta"), or undefined when none is near enough or two are equally near.
 * Near means one edit, and for a name of eight characters or more one per four characters up to
 * two, an edit being a letter added, dropped, changed or swapped with the next: close enough to be
 * a slip of the hand, not another word. Names the same but for case ("sindonews", "SINDOnews") are
 * one candidate, the first given.
 */
export function nearestName(written: string, known: Iterable<string>): string | undefined {
  const wanted = written.toLowerCase();
  const limit = Math.min(2, Math.max(1, Math.floor(wanted.length / 4)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  let tied = false;
  const candidates = new Map<string, string>();
  for (const name of known) if (!candidates.has(name.toLowerCase())) candidates.set(name.toLowerCase(), name);
  for (const [folded, name] of candidates) {
    const distance = editDistance(wanted, folded, limit + 1);
    if (distance < bestDistance) [best, bestDistance, tied] = [name, distance, false];
    else if (distance === bestDistance && distance <= limit) tied = true;
  }
  return tied ? undefined : best;
}

/** " (did you mean "uclg"?)" for a message, or nothing. */
export const didYouMean = (written: string, known: Iterable<string>): string => {
  const near = nearestName(written, known);
  return near === undefined ? '' : ` (did you mean "${near}"?)`;
};

/**
 * Optimal string alignment distance between a and b, or `cap` once every alignment costs that
 * much: a mistyped id is checked against every known one (a thousand article ids for a `listedIn`),
 * and most are far. Only the band of cells within `cap` of the diagonal is worked out: a cell
 * further off costs at least its distance from the diagonal, and so counts as `cap`.
 */
export function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let before = new Int32Array(b.length + 1).fill(cap);
  let previous = new Int32Array(b.length + 1).fill(cap);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j < Math.min(b.length + 1, cap); j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current.fill(cap);
    current[0] = Math.min(i, cap);
    let rowMin = current[0]!;
    for (let j = Math.max(1, i - cap + 1); j <= Math.min(b.length, i + cap - 1); j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = Math.min(d, cap);
      rowMin = Math.min(rowMin, current[j]!);
    }
    if (rowMin >= cap) return cap;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length]!, cap);
}
