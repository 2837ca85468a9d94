/**
 * Where a task's responsible units may be written: a parenthesis that starts with a label (`(牽頭單位:…)`, anywhere,
 * on its own line too), a parenthesis at the end of a task that gives roles in words (`(市甲局牽頭,市乙局配合)`), or a
 * line that starts with a label (`責任單位:…`, `【責任單位】…`, `牽頭單位:… 配合單位:…`).
 */
import { matchParentheses } from './brackets.js';
import { isBreak, isLineStart, lineEnd } from './lines.js';
import { LABEL_PATTERN, ROLE_WORD_PATTERN } from './roles.js';

export interface UnitsClause {
  readonly kind: 'units';
  /** The `(` of a parenthesis, or the label's first character on a line. */
  readonly start: number;
  /** Just past the `)` or the end of the line; -1 for a parenthesis that is never closed. */
  readonly end: number;
  /** Where the list (with its labels) starts and ends: inside the brackets, or the line from its label. */
  readonly listStart: number;
  readonly listEnd: number;
}

/** The first index at or after `from` that is not a space or tab. */
function skipBlanks(match: string, from: number): number {
  let i = from;
  while (match[i] === ' ' || match[i] === '\t') i++;
  return i;
}

/**
 * Every place that may hold a task's units: parentheses in document order, then lines. `boundaries` are the starts of task and heading
 * markers: a parenthesis that gives roles in words counts only when a task, a heading, a line break or the end
 * follows it, so 由市甲局牽頭 in the middle of a sentence stays text.
 */
export function findUnitsClauses(match: string, boundaries: ReadonlySet<number>): UnitsClause[] {
  const clauses: UnitsClause[] = [];
  const closeOf = matchParentheses(match);
  /** The first role word at or after the last `(` asked about: the parentheses come in order, so one pass finds them all. */
  let nextRoleWord = -1;
  const labelAt = new RegExp(LABEL_PATTERN.source, 'y');
  /** Whether a task, a heading, a line break or the end follows `from`, past blanks. */
  const endsTask = (from: number) => {
    const after = skipBlanks(match, from);
    return after >= match.length || isBreak(match[after]) || boundaries.has(after);
  };
  for (let open = match.indexOf('('); open !== -1; open = match.indexOf('(', open + 1)) {
    const close = closeOf[open]!;
    labelAt.lastIndex = skipBlanks(match, open + 1);
    if (nextRoleWord <= open) {
      ROLE_WORD_PATTERN.lastIndex = open + 1;
      nextRoleWord = ROLE_WORD_PATTERN.exec(match)?.index ?? Infinity;
    }
    if (labelAt.test(match) || (close !== -1 && nextRoleWord < close - 1 && endsTask(close + 1))) {
      clauses.push({ kind: 'units', start: open, end: close === -1 ? -1 : close + 1, listStart: open + 1, listEnd: close });
    }
  }
  for (const m of match.matchAll(LABEL_PATTERN)) {
    if (!isLineStart(match, m.index)) continue;
    const end = lineEnd(match, m.index, match.length);
    clauses.push({ kind: 'units', start: m.index, end, listStart: m.index, listEnd: end });
  }
  return clauses;
}
