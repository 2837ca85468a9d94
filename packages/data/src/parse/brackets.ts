/**
 * Bracket depth, so that 、 inside 各縣(市、區)政府 never splits a name. Read on the match form, where full-width
 * （［｛ are already ASCII, so they count like ASCII ones.
 */

/** ( [ { 【 《 〔 〈 */
const OPENER = /[([{\u3010\u300a\u3014\u3008]/;
/** ) ] } 】 》 〕 〉 */
const CLOSER = /[)\]}\u3011\u300b\u3015\u3009]/;

/** What stands in for each character inside brackets: never the first character of a label, a separator or a blank. */
export const INSIDE_BRACKETS = '\0';

/**
 * `text.slice(from, to)` with every character inside brackets (at depth 1 or more) replaced by {@link INSIDE_BRACKETS},
 * and one more character, {@link INSIDE_BRACKETS} if a bracket is still open at the end: every index into the slice
 * is the same index into it. Depth never goes below 0, so a stray closer does not hide the rest; it is kept as written.
 */
export function blankBrackets(text: string, from: number, to: number): string {
  let depth = 0;
  return (text.slice(from, to) + ' ').replace(/[^]/g, (c) => {
    const inside = depth > 0;
    if (OPENER.test(c)) depth++;
    else if (CLOSER.test(c) && inside) depth--;
    return inside ? INSIDE_BRACKETS : c;
  });
}

/**
 * Whether every bracket in the name at `[start, end)` of `outside` (from {@link blankBrackets}) is closed, and closed
 * after it opens. The name must start outside brackets, as every unit name does: then a closer left as written in it
 * is one that closes before it opens, and one still open at the end leaves the next character inside.
 */
export const bracketsBalance = (outside: string, start: number, end: number): boolean =>
  outside[end] !== INSIDE_BRACKETS && !CLOSER.test(outside.slice(start, end));
