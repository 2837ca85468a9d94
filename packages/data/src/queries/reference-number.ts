/**
 * The number in a section or task reference as people write it: `4`, `04`, `s4`, `t09`, `四`, `四、`, `第四部分`,
 * `（四）`, `9.`, `第9項`, `任務 9`. The document numbers sections 一、二、… and tasks 1. 2. …; one reader serves every
 * look-up ({@link getSection}, {@link getTask}, {@link getTarget}), and so every element attribute.
 */
import { readChineseNumeral } from '../parse/numerals.js';

/** Words and marks around a number: an id's letter, 第, 任務 / Task, 部分 / Section before it; 、 . 項 部分 after it. */
const around = /^(?:[(（]\s*)?(?:第|任務|任务|task|部分|section|[st](?=[\d０-９]))?\s*(.+?)\s*(?:部分|項|项|條|条|[、.．:：])?\s*(?:[)）])?$/iu;

/**
 * The number `text` refers to, or `undefined` when it is not a number written one of those ways. Arabic digits
 * (ASCII or full-width) and heading numerals 一 to 九十九, as {@link chineseNumeral} writes them.
 *
 * @example
 * ```ts
 * referenceNumber('第四部分'); // 4
 * referenceNumber('t9');       // 9
 * referenceNumber('一十');     // undefined (not how headings write 10)
 * ```
 */
export function referenceNumber(text: string): number | undefined {
  const inner = around.exec(text.trim())?.[1];
  if (!inner) return undefined;
  const digits = inner.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  if (/^\d+$/.test(digits)) return Number(digits);
  return readChineseNumeral(inner);
}
