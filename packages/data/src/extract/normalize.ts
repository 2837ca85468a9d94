/**
 * The text the extractor reads: the same length as the input, one UTF-16 unit for one, so an index into it is an
 * index into the original. Full-width ASCII (`３０００`, `％`, `，`) becomes ASCII, the ideographic space a space,
 * every dash `—`, a wave dash `~`, and Traditional characters their Simplified form (the generated fold table of
 * `../fold.ts`), so one word list serves both scripts. The scan reads it less a PDF's spaces inside Chinese text
 * ({@link foldForReading}), with a map back to the original.
 */
import { FOLD_FROM, FOLD_TO } from '../generated/fold.js';
import { isAsciiLetter, isDigit, isIdeograph } from './chars.js';
import { FLOW_NOUNS, boundWords, changeWords, flowWords } from './words.js';

let table: Uint16Array | undefined;

/** Every UTF-16 unit to its folded unit: the script fold (entries of one unit each), then the width fold. */
function foldTable(): Uint16Array {
  if (table) return table;
  table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) table[code] = foldWidth(code);
  // The fold is applied unit for unit, so only entries of one UTF-16 unit on both sides are used.
  const from = [...FOLD_FROM];
  const to = [...FOLD_TO];
  for (let i = 0; i < from.length; i++) if (from[i]!.length === 1 && to[i]?.length === 1) table[from[i]!.charCodeAt(0)] = to[i]!.charCodeAt(0);
  return table;
}

/**
 * The width fold of one UTF-16 unit: full-width ASCII to ASCII, dashes to `—` (with the small em dash and hyphen-minus
 * of Big5 and GBK text, ﹘ and ﹣), wave dashes to `~`, the ratio sign `∶` (U+2236) to `:`.
 */
function foldWidth(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  if (code === 0x3000) return 0x20;
  if (code === 0x2d || (code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe58 || code === 0xfe63) return 0x2014;
  if (code === 0x301c || code === 0x223c) return 0x7e;
  if (code === 0xff64) return 0x3001; // half-width 、
  if (code === 0x2236) return 0x3a; // the ratio sign ∶ of 2.1∶1, a colon
  return code;
}

const decoder = new TextDecoder('utf-16le');

/**
 * `text` folded for reading, index for index. (The decoder turns a lone surrogate into U+FFFD, one unit for one;
 * quotes are cut from the original text, so that changes nothing a caller sees.)
 */
export function normalizeForExtraction(text: string): string {
  const fold = foldTable();
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = fold[text.charCodeAt(i)]!;
  return decoder.decode(codes);
}

/**
 * The text the scan reads: the folded text ({@link normalizeForExtraction}) less the spaces a PDF puts inside Chinese
 * text (`较 2020 年下降 13.5%`, `6 月底`, `5 天 以内`, `7% 左右`, `年底 前`), so each reads as without them; `shown` is the text
 * as given less the same spaces, index for index with `folded` (what metrics, units and values are cut from), and
 * `start` and `end` take an index of `folded` back to the text as given (what quotes and offsets are cut from).
 */
export interface ReadingText {
  readonly folded: string;
  readonly shown: string;
  /** Where the unit at index `i` of `folded` stands in the text as given (past its end for `folded.length`). */
  readonly start: (i: number) => number;
  /** Where a span of `folded` that ends at `i` ends in the text as given: after its last unit, not after a space dropped. */
  readonly end: (i: number) => number;
}

const isDigitAt = (text: string, i: number): boolean => isDigit(text.charCodeAt(i));

/**
 * Whether the digit at `at` is in a number of its own (2025, 13.5), not in a word of Latin letters (5G, PM2.5, G20):
 * no letter at either end of its run of digits and points.
 */
function standsAlone(folded: string, at: number): boolean {
  let from = at;
  let to = at;
  while (from > 0 && (isDigitAt(folded, from - 1) || folded[from - 1] === '.')) from--;
  while (to < folded.length && (isDigitAt(folded, to) || folded[to] === '.')) to++;
  return !isAsciiLetter(folded.charCodeAt(from - 1)) && !isAsciiLetter(folded.charCodeAt(to));
}

/** Chinese punctuation as written (the width fold makes ASCII of `，` and `：`). */
const CHINESE_PUNCTUATION = '、。〈〉《》「」『』【】〔〕，：；！？（）“”‘’…·';

/**
 * What the character at `at` is to a space beside it: 2 for an ideograph or %, 1 for other Chinese text (a digit of a
 * number of its own, ‰, Chinese punctuation), 0 for anything else (a Latin letter, a digit of 5G or PM2.5, the ends).
 */
function chineseTextAt(folded: string, text: string, at: number): number {
  const ch = folded[at];
  if (isIdeograph(ch) || ch === '%') return 2;
  if (ch === undefined) return 0;
  if (ch === '‰' || CHINESE_PUNCTUATION.includes(text[at]!)) return 1;
  return isDigitAt(folded, at) && standsAlone(folded, at) ? 1 : 0;
}

/** A mark that joins a range's ends (after folding): a dash (one of `——` too) or a wave dash. */
const isRangeMark = (ch: string | undefined): boolean => ch === '—' || ch === '~';

/**
 * Whether the run of spaces [start, end) of the folded text is beside a dash (or two, or a wave dash) that has Chinese
 * text before it and a number of its own after it, spaces on its other side or not: `6% — 8%`, `500 - 600个`, `5 ~ 6%`.
 */
function besideRangeMark(folded: string, text: string, start: number, end: number): boolean {
  const step = isRangeMark(folded[end]) ? 1 : isRangeMark(folded[start - 1]) ? -1 : 0;
  if (step === 0) return false;
  // Across the mark and the spaces beyond it.
  let other = step > 0 ? end : start - 1;
  for (let marks = 0; marks < 2 && isRangeMark(folded[other]); marks++) other += step;
  while (folded[other] === ' ') other += step;
  const [before, after] = step > 0 ? [start - 1, other] : [other, end];
  return chineseTextAt(folded, text, before) > 0 && isDigitAt(folded, after) && standsAlone(folded, after);
}

/** Where the next run of spaces or line breaks starts at `from` or after, else -1. */
function nextGap(folded: string, from: number): number {
  for (let i = from; i < folded.length; i++) if (folded[i] === ' ' || folded[i] === '\n' || folded[i] === '\r') return i;
  return -1;
}

/**
 * Whether the line break (with spaces) [start, end) of the folded text wraps a sentence before its value: a clause cut
 * mid-way before it, and a number of its own after it with its unit, not an item's number (`占比提高↵2个百分点`: read
 * as `占比提高2个百分点`, review r113 F11; not `升级↵4.推动`, a date, `个↵2025年`, nor after a sentence's end,
 * `。↵2个`). The clause is cut at its comparison verb (提高, 增长, 达到, 控制在), or after a flow verb and its noun
 * (`新建5G基站↵3000个。`, review r117: {@link cutAfterFlow}). Never across a blank line, nor after a heading's line
 * (`工作目标↵30个村`: review r115).
 */
function wrapsValue(folded: string, start: number, end: number): boolean {
  if (folded.slice(start, end).replaceAll('\r\n', '\n').replace(/[^\n\r]/g, '').length > 1) return false;
  if (!isIdeograph(folded[start - 1]) || !isDigitAt(folded, end) || !standsAlone(folded, end)) return false;
  let to = end;
  while (isDigitAt(folded, to) || (folded[to] === '.' && isDigitAt(folded, to + 1))) to++;
  // 2025年达到500个, 6月底前: a date leads a statement of its own.
  if (!((isIdeograph(folded[to]) && !'年月日'.includes(folded[to]!)) || folded[to] === '%')) return false;
  return !!(boundWords.matchEndingAt(folded, start) ?? changeWords.matchEndingAt(folded, start)) || cutAfterFlow(folded, start, to);
}

/** A line that leads with a numbering (一、, (一), 1.) or ends in a heading's word (工作目标, 重点任务): a heading. */
const HEADING = /^\s*(?:[一二三四五六七八九十\d]{1,3}[、.]|\([一二三四五六七八九十\d]{1,3}\))|(?:目标|任务|指标|重点|措施|举措|要求)$/;
/** Punctuation that ends a clause, as folded. */
const PUNCTUATION = /[,、;:。!?()]/;
/** The most ideographs of a unit after a wrapped value (个, 万人, 个百分点, 万平方米以上) before its clause ends. */
const UNIT_LENGTH = 6;

/**
 * Whether the line before `start` of the folded text ends in a clause cut after a flow verb and its noun (`全年新建5G
 * 基站`, `城镇新增就业`: no punctuation after the verb), the line no heading (a numbering, 工作目标), and the value whose
 * number ends at `to` ends its clause within a unit's length (`3000个。`; not `推进城乡融合发展↵30个村完成…`, a
 * heading's line before a sentence of its own).
 */
function cutAfterFlow(folded: string, start: number, to: number): boolean {
  const line = folded.slice(Math.max(folded.lastIndexOf('\n', start - 1), folded.lastIndexOf('\r', start - 1)) + 1, start);
  if (HEADING.test(line)) return false;
  let after = to;
  while (after < folded.length && after - to <= UNIT_LENGTH && !PUNCTUATION.test(folded[after]!) && folded[after] !== '\n' && folded[after] !== '\r') after++;
  if (after - to > UNIT_LENGTH) return false;
  let clause = line.length;
  while (clause > 0 && !PUNCTUATION.test(line[clause - 1]!)) clause--;
  for (let i = clause; i < line.length - 1; i++) {
    const verb = flowWords.match(line, i);
    if (verb && !FLOW_NOUNS.has(verb.word) && i + verb.word.length < line.length) return true;
  }
  return false;
}

/**
 * The folded text and the text as given less each run of spaces inside Chinese text: Chinese text on both sides (an
 * ideograph, a number of its own, %, ‰ or Chinese punctuation) and an ideograph or % on one (`较 2020 年`, `5 天 以内`,
 * `7% 左右`, `年底 前`, `“十四五” 末`); and each beside a dash or a wave dash between a number, or its unit, and a
 * number (`6% — 8%`, `500 - 600个`, `2023 — 2025年`: a range as without them). Never one between two numbers
 * (`2024 2025`, `7% 8%`), nor one beside Latin text (`PM2.5 浓度`, `5G 基站`, `300 km`, `5 G`, `PM2.5 - 10`). Linear in
 * the text's length.
 */
export function foldForReading(text: string): ReadingText {
  const folded = normalizeForExtraction(text);
  const same = { folded, shown: text, start: (i: number) => i, end: (i: number) => i };
  // The text read and as given, less each run of spaces dropped; where each piece after a run starts in the text read
  // (`starts`) and how many units were dropped before it (`shifts`). Most sentences have no space, or none dropped.
  // Pieces joined at the end (a string built by += is a rope, slow to index character by character).
  const read: string[] = [];
  const shown: string[] = [];
  let length = 0;
  let from = 0;
  const starts: number[] = [];
  const shifts: number[] = [];
  for (let i = nextGap(folded, 0); i !== -1; i = nextGap(folded, i)) {
    let end = i;
    while (folded[end] === ' ' || folded[end] === '\n' || folded[end] === '\r') end++;
    const before = chineseTextAt(folded, text, i - 1);
    const after = chineseTextAt(folded, text, end);
    const broken = /[\r\n]/.test(folded.slice(i, end));
    if (broken ? wrapsValue(folded, i, end) : (before > 0 && after > 0 && before + after > 2 && !(folded[i - 1] === '%' && isDigitAt(folded, end))) || besideRangeMark(folded, text, i, end)) {
      read.push(folded.slice(from, i));
      shown.push(text.slice(from, i));
      length += i - from;
      starts.push(length);
      shifts.push(end - length);
      from = end;
    }
    i = end;
  }
  if (!starts.length) return same;
  read.push(folded.slice(from));
  shown.push(text.slice(from));
  /** Where the unit at index `i` of the text read stands in the text as given (the last piece that starts at or before it). */
  const start = (i: number): number => {
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! <= i) low = mid + 1;
      else high = mid;
    }
    return i + (low ? shifts[low - 1]! : 0);
  };
  return { folded: read.join(''), shown: shown.join(''), start, end: (i) => (i > 0 ? start(i - 1) + 1 : 0) };
}
