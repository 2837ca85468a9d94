/**
 * The subjects of a 分别 that opens its clause: the 、-list of the clause before it (一般公共预算收入、税收收入,分别增长
 * 15%、20%). Read without them, the 15% was named after nothing, and a plan's target was called `15%`.
 */
import { itemsOf } from './list-items.js';
import { CLAUSE_ENDS, SENTENCE_ENDS } from './clause-state.js';

/** How far back the clause before may start: a list of subjects, not a paragraph. Bounds the look back. */
const LIST_BACK = 60;

/** A list of subjects: its items but the last, and the last (which a short item shares its noun with). */
export interface Subjects {
  readonly items: readonly (readonly [number, number])[];
  readonly last: readonly [number, number];
}

/**
 * The list of the clause that ends just before `clauseStart` (after its comma) in the folded text, split at each 、
 * outside brackets; `undefined` when there is no such clause (a sentence's start, an empty clause), it runs back
 * further than {@link LIST_BACK}, or it holds a digit (years, amounts: no subjects).
 */
export function subjectsBefore(folded: string, clauseStart: number): Subjects | undefined {
  const end = clauseStart - 1;
  if (end < 1 || !CLAUSE_ENDS.has(folded[end]!)) return undefined;
  let start = end;
  while (start > 0 && !SENTENCE_ENDS.has(folded[start - 1]!) && !CLAUSE_ENDS.has(folded[start - 1]!)) {
    if (end - start >= LIST_BACK) return undefined;
    start--;
  }
  const clause = folded.slice(start, end);
  // Years or amounts (2024年、2025年, 完成投资10亿元、新增就业1000人) are no subjects: a list of them pairs with nothing.
  if (!clause.trim() || /\d/.test(clause)) return undefined;
  const items = itemsOf(folded, start, end, '、');
  return { items: items.slice(0, -1), last: items[items.length - 1]! };
}
