/**
 * Where the `occurrence`-th appearance of `quote` starts in `body` (appearances may overlap), or, when there are fewer,
 * how many there are: searching stops at the last one, so a count past it is reported, never wrapped round to the
 * first, and costs no more than the appearances there are.
 */
export function findOccurrence(body: string, quote: string, occurrence: number): { at: number } | { times: number } {
  let at = -1;
  for (let n = 0; n < occurrence; n++) {
    const next = body.indexOf(quote, at + 1);
    if (next === -1) return { times: n };
    at = next;
  }
  return { at };
}
