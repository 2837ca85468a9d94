/**
 * Where a task's responsible units may be written: a parenthesis that starts with a label (`(牽頭單位:…)`, anywhere,
 * on its own line too), a parenthesis at the end of a task that gives roles in words (`(市甲局牽頭,市乙局配合)`), or a
 * line that starts with a label (`責任單位:…`, `【責任單位】…`, `牽頭單位:… 配合單位:…`). A line labelled without 單位
 * (`牽頭:…;配合:…`) is text here: `dz-plan` reads it after the parse (`node/short-labels.ts`).
 */
import { isBreak, isLineStart, lineEnd, skipBlanks } from './lines.js';
import { LABEL_PATTERN, ROLE_WORD_PATTERN } from './roles.js';

export interface UnitsClause {
  readonly kind: 'units';
  /**
   * The `(` of a parenthesis, or the label's first character on a line; the list (with its labels) starts after the
   * `(`, or here.
   */
  readonly start: number;
  /**
   * Just past the `)` (the list ends before it) or the end of the line (the list's end too); 0 for a parenthesis that
   * is never closed (it hides nothing after it).
   */
  readonly end: number;
}

/** Parentheses and role words, in one scan: no role word holds a parenthesis or starts inside another role word. */
const PARENTHESIS_OR_ROLE_WORD = new RegExp(`[()]|${ROLE_WORD_PATTERN.source}`, 'g');

/**
 * Every place that may hold a task's units: parentheses in the order they close (never closed last), then lines.
 * `boundaries` are the starts of task and heading markers: a parenthesis that gives roles in words counts only when
 * a task, a heading, a line break or the end follows it, so 由市甲局牽頭 in the middle of a sentence stays text.
 */
export function findUnitsClauses(match: string, boundaries: ReadonlySet<number>): UnitsClause[] {
  const clauses: UnitsClause[] = [];
  const labelAt = new RegExp(LABEL_PATTERN.source, 'y');
  /** Whether a task, a heading, a line break or the end follows `from`, past blanks. */
  const endsTask = (from: number, after = skipBlanks(match, from)) => isBreak(match[after]) || boundaries.has(after);
  /** The parenthesis `open`…`close` (-1: never closed) holds units if a label opens it, or if it gives roles in words and ends a task. */
  const parenthesis = (open: number, close: number, hasRoleWord?: boolean) => {
    labelAt.lastIndex = skipBlanks(match, open + 1);
    if (labelAt.test(match) || (hasRoleWord && endsTask(close + 1))) {
      clauses.push({ kind: 'units', start: open, end: close + 1 });
    }
  };
  // One pass with a stack of open parentheses: a parenthesis has a role word in it if the last one seen before it
  // closes starts after it opens.
  const opens: number[] = [];
  let lastRoleWord = -1;
  for (const { 0: token, index } of match.matchAll(PARENTHESIS_OR_ROLE_WORD)) {
    if (token === '(') opens.push(index);
    else if (token !== ')') lastRoleWord = index;
    else if (opens.length) {
      const open = opens.pop()!;
      parenthesis(open, index, lastRoleWord > open);
    }
  }
  for (const open of opens) parenthesis(open, -1);
  for (const { index } of match.matchAll(LABEL_PATTERN)) {
    if (isLineStart(match, index)) clauses.push({ kind: 'units', start: index, end: lineEnd(match, index, match.length) });
  }
  return clauses;
}
