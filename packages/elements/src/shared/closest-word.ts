/** The word a misspelling most likely meant, by edit distance: `sections` → `section`, `bars` → `bar`. */

/** Edits (insert, delete, replace, swap two neighbours) between `a` and `b` (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** Letters only, lower case: `as_of`, `asOf` and `as-of` all read `asof`. */
const bare = (word: string) => word.toLowerCase().replace(/[-_\s]/g, '');

/**
 * The candidate `word` most likely meant, or `undefined` if none is close: at most one edit per three letters
 * (at least one), hyphens, underscores and letter case aside, or one word beginning the other (`plan` → `plan-src`).
 */
export function closestWord(word: string, candidates: Iterable<string>): string | undefined {
  const typed = bare(word);
  if (!typed) return undefined;
  const allowed = Math.max(1, Math.floor(typed.length / 3));
  let best: { word: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const known = bare(candidate);
    // An empty candidate (a name not yet written in a language) begins every word: it is never meant.
    if (!known) continue;
    let distance = editDistance(typed, known);
    if (distance > allowed && typed.length >= 3 && (known.startsWith(typed) || typed.startsWith(known))) distance = allowed;
    if (distance <= allowed && (!best || distance < best.distance)) best = { word: candidate, distance };
  }
  return best?.word;
}
