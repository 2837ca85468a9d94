/** The items of a list in the folded text: what 分别 pairs with its values, and the subjects of a clause before it. */
import { CLOSING, OPENING } from './chars.js';

/**
 * [start, end) of the folded text split at each of `joiners` (、, or 和与及 too) outside brackets (各县(市、区) is one
 * item), an item never empty: the items' spans, the last one ending at `end`.
 */
export function itemsOf(folded: string, start: number, end: number, joiners: string): [number, number][] {
  const items: [number, number][] = [];
  let itemStart = start;
  let depth = 0;
  for (let i = start; i < end; i++) {
    const ch = folded[i]!;
    if (OPENING.includes(ch)) depth++;
    else if (CLOSING.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && joiners.includes(ch) && i > itemStart) {
      items.push([itemStart, i]);
      itemStart = i + 1;
    }
  }
  items.push([itemStart, end]);
  return items;
}
