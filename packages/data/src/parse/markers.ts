/**
 * Where tasks and sections may start, found by their look alone (`1.`, `1、`, `(1)`; `一、`, `(一)`, `第一部分`),
 * before any decision about which of them really start one. A document uses one numbering style for each, so the
 * style that numbers the longest run is chosen and the others are left as text.
 */
import { isLineStart } from './lines.js';
import { NUMERAL_CHARACTERS, readChineseNumeral } from './numerals.js';

/** A task number (`12.`, `（3）`) or a section heading's numbering (`三、`, `（三）`, `第三部分`) as written. */
export interface Marker<K extends 'task' | 'section' = 'task' | 'section'> {
  readonly kind: K;
  readonly number: number;
  /** The number as written: `12`, `三`. */
  readonly numeral: string;
  readonly start: number;
  /** Just past the numbering. */
  readonly end: number;
  /**
   * The digit right after a task number first on its line (`3.2023年底前…`, `2.500個…`): the task if that number is
   * the next one, else a decimal (`1.5萬`) in the text. Such a number moves its style's run on but adds nothing to it.
   */
  readonly digit?: string;
}
export type TaskMarker = Marker<'task'>;
export type SectionMarker = Marker<'section'>;

const NUMERAL = `([${NUMERAL_CHARACTERS}]{1,3})`;
/** A heading starts only at the text's start or after the end of a task, a sentence or a line: not after any other character. */
const AFTER_BOUNDARY = '(?<![^\\s。);!?”」』:])';
/** The numbering styles of each kind. Bounded quantifiers ({1,3}) and lookbehinds of one character: each pattern does constant work per index. */
const STYLES: Record<Marker['kind'], readonly RegExp[]> = {
  task: [
    /(?<![\d.A-Za-z])(\d{1,3})[ \t]?\.(?=(\d)?)/g, // 1.  1 .  １．  (1.5 and 3.2023年 first on a line only; not v2.)
    /(?<![\d.A-Za-z])(\d{1,3})\u3001/g, // 1、
    /\((\d{1,3})\)/g, // (1)  （1）
  ],
  section: [`${NUMERAL}、`, `\\(${NUMERAL}\\)`, `第${NUMERAL}部分`].map((style) => new RegExp(AFTER_BOUNDARY + style, 'g')),
};

/**
 * Every task number (`kind` `task`) or section heading numbering (`section`) of the document's style for it, in document
 * order; headings only after {@link AFTER_BOUNDARY} and with a numeral read by {@link readChineseNumeral}. The
 * style is the one that numbers the longest run (1, 2, 3…, or restarting at 1), read greedily; on a tie, the style
 * whose run starts first (its first 1).
 */
export function findMarkers<K extends Marker['kind']>(match: string, kind: K): Marker<K>[] {
  let best: Marker<K>[] = [];
  let bestScore = 0;
  for (const pattern of STYLES[kind]) {
    const found: Marker<K>[] = [];
    let expected = 1;
    let run = 0;
    /** Where the run starts: its first number is always 1. */
    let first: number | undefined;
    for (const m of match.matchAll(pattern)) {
      const numeral = m[1]!;
      const number = kind === 'task' ? +numeral : readChineseNumeral(numeral);
      const digit = m[2];
      if (number === undefined || (digit && !isLineStart(match, m.index))) continue;
      found.push({ kind, number, numeral, start: m.index, end: m.index + m[0].length, digit });
      // The next number moves the run on, one followed by digits too (`1.1-9月…`: task 1); it counts for it only
      // without them, so numbers all followed by digits (1.1, 1.2, 2.1) make no run, and a decimal taken for the next
      // number (`2.5%` wrapped in task 1, before `2.`) costs the run at most that one.
      if (number === expected || (!digit && number === 1)) {
        first ??= m.index;
        expected = number + 1;
        if (!digit) run++;
      }
    }
    // The run's length less a fraction below 1 that grows with where it starts: the longer run wins, and of two as
    // long the one that starts first. No run scores below 0 (NaN, with no start: no greater than 0 either).
    const score = run - first! / (match.length + 1);
    if (score > bestScore) {
      best = found;
      bestScore = score;
    }
  }
  return best;
}
