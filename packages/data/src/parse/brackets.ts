/**
 * Bracket depth, so that 、 inside 各縣(市、區)政府 never splits a name. Read on the match form, where full-width
 * （［｛ are already ASCII, so they count like ASCII ones.
 */

const OPENERS = '([{【《〔〈';
const CLOSERS = ')]}】》〕〉';

/** Depth at each index of `text.slice(from, to)` (before the character there); never below 0, so a stray closer does not hide the rest. */
export function depthsOf(text: string, from: number, to: number): Uint16Array {
  const depths = new Uint16Array(Math.max(0, to - from));
  let depth = 0;
  for (let i = from; i < to; i++) {
    depths[i - from] = depth;
    const c = text[i]!;
    if (OPENERS.includes(c)) depth = Math.min(depth + 1, 0xffff);
    else if (CLOSERS.includes(c) && depth > 0) depth--;
  }
  return depths;
}

/** Whether every bracket in `name` is closed, and closed after it opens. */
export function bracketsBalance(name: string): boolean {
  let depth = 0;
  for (const c of name) {
    if (OPENERS.includes(c)) depth++;
    else if (CLOSERS.includes(c) && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * At the index of every `(` of the match form (so ASCII or full-width), the index of its matching `)`; -1 if it is never closed (and at every other index). One pass
 * with a stack, so deeply nested or unclosed parentheses cost no more than any other text.
 */
export function matchParentheses(match: string): Int32Array {
  // A typed array, not a Map: five million parentheses would otherwise cost hundreds of megabytes.
  const closeOf = new Int32Array(match.length).fill(-1);
  const open: number[] = [];
  for (let i = 0; i < match.length; i++) {
    const c = match.charCodeAt(i);
    if (c === 40) open.push(i);
    else if (c === 41 && open.length) closeOf[open.pop()!] = i;
  }
  return closeOf;
}
