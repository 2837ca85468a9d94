/** Text as a PDF gives it, and the check that it reads as the text without the PDF's spaces (F48, F51). */
import assert from 'node:assert/strict';
import { extractTargets } from '../src/extract-targets.js';
import { foldForReading } from '../src/extract/normalize.js';
import { traceable } from './helpers.js';

/** Each proposal of `text` (in a plan of `year`, if given) as what a citizen is shown of it: its reading, not its quote. */
export const readingOf = (text: string, year?: number) =>
  extractTargets(text, year === undefined ? {} : { year }).map((p) => ({
    metric: p.metric,
    value: p.value,
    upperValue: p.upperValue,
    unit: p.unit,
    comparator: p.comparator,
    measure: p.measure,
    floor: p.floor,
    approx: p.approx,
    baselineYear: p.baselineYear,
    baseline: p.baseline,
    deadline: p.deadline ?? p.deadlineMonth,
  }));

/**
 * `text` as a PDF gives it: a space on each side of a number (digits not part of a Latin word such as 5G or PM2.5)
 * where it touches a Chinese character, after its unit (%, 个, 元, 天, 亿立方米) where Chinese text goes on, and before a
 * bound word (以上, 以内, 左右).
 */
export const pdf = (text: string): string =>
  text
    .replace(/(?<![A-Za-z\d.])\d+(?:\.\d+)?(?![A-Za-z\d.])/g, (number, at: number) => {
      const ideograph = (ch: string | undefined) => ch !== undefined && /[\u4e00-\u9fff]/.test(ch);
      return `${ideograph(text[at - 1]) ? ' ' : ''}${number}${ideograph(text[at + number.length]) ? ' ' : ''}`;
    })
    .replace(/(%|(?<=\d )(?:个|個|家|元|倍|天|亿立方米|億立方米))(?=[\u4e00-\u9fff])/g, '$1 ')
    .replace(/(?<=[%\u4e00-\u9fff]) ?(以内|以內|以上|以下|左右)/g, ' $1');

/** `spaced` reads as `plain` does (in a plan of `year`), and each of its quotes is verbatim at its offset. */
export function readsAsWithout(spaced: string, plain: string, year?: number): void {
  assert.notEqual(spaced, plain, 'the test adds spaces');
  assert.ok(readingOf(plain, year).length > 0, plain);
  assert.deepEqual(readingOf(spaced, year), readingOf(plain, year), spaced);
  traceable(spaced);
  // The same words quoted, with the spaces as written.
  const words = (text: string) => extractTargets(text, year === undefined ? {} : { year }).map((p) => p.quote.replace(/[ \u3000]/g, ''));
  assert.deepEqual(words(spaced), words(plain), spaced);
}

/** `text` is read as `folded`, and every character read maps back to the same character of `text`. */
export function foldsTo(text: string, folded: string): void {
  const read = foldForReading(text);
  assert.equal(read.folded, folded, text);
  assert.equal(read.shown.length, read.folded.length, text);
  for (let i = 0; i < read.folded.length; i++) assert.equal(read.shown[i], text[read.start(i)], `${text} at ${i}`);
  assert.equal(read.start(read.folded.length), text.length, text);
}
