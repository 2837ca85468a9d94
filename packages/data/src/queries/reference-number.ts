/**
 * The number in a section or task reference as people write it: `4`, `04`, `s4`, `t09`, `四`, `四、`, `第四部分`,
 * `（四）`, `9.`, `第9項`, `任務 9`, also full-width (`ｔ９`) or in quotes. The document numbers sections 一、二、… and tasks 1. 2. …; one reader serves every
 * look-up ({@link getSection}, {@link getTask}, {@link getTarget}), and so every element attribute.
 */
import { readChineseNumeral } from '../parse/numerals.js';

/**
 * What a rich-text editor leaves around or inside a value, which a reference never holds: quotes, curled or in corner
 * and double-prime forms (`“9”`, `『4』`, `〝4〞`), and invisible format characters (UEditor's zero-width filler
 * U+200B, a soft hyphen, a word joiner, a BOM: Unicode's `Cf`). A global pattern, for `replace` (or its `source`).
 *
 * @example
 * ```ts
 * '“9.1”\u200b'.replace(EDITOR_LEFTOVERS, ''); // '9.1'
 * ```
 */
export const EDITOR_LEFTOVERS = /["'“”‘’「」『』〝〞\p{Cf}]/gu;

/**
 * `text` as an editor meant it: without {@link EDITOR_LEFTOVERS} and the white space around it. The one rule for what
 * a rich-text editor leaves in a value, a reference's ({@link referenceText}) or an element attribute's.
 *
 * @example
 * ```ts
 * editorText('\u200b“2023-06-30” '); // '2023-06-30'
 * ```
 */
export const editorText = (text: string): string => text.replace(EDITOR_LEFTOVERS, '').trim();

/**
 * A URL or a link template as an editor meant it: white space dropped at its ends, invisible format characters
 * anywhere, quotes at its start and as many closing them at its end; any other quote kept, as part of the address
 * (`/data/o'brien.json`, `/search?q=「德州」`).
 *
 * @example
 * ```ts
 * editorUrl('“/data/o\'brien.json”\u200b'); // "/data/o'brien.json"
 * editorUrl('“/search?q=「德州」”'); // '/search?q=「德州」'
 * ```
 */
export const editorUrl = (text: string): string =>
  text
    .replace(/\p{Cf}/gu, '')
    .trim()
    // {@link EDITOR_LEFTOVERS}' quotes, written out again (a literal costs a page fewer bytes than a pattern built from
    // it); a test holds them to it.
    .replace(/^(["'“”‘’「」『』〝〞]*)(.*?)(["'“”‘’「」『』〝〞]*)$/su, (_, opening: string, url: string, closing: string) => url + closing.slice(0, -opening.length || undefined))
    .trim();

/**
 * A reference as look-ups read it: compatibility forms folded (full-width `ｔ０９．１` → `t09.1`, circled `④` → `4`),
 * what a rich-text editor leaves (quotes in any form, invisible format characters) dropped, trimmed, in lower case
 * (ids are lower case).
 */
export const referenceText = (ref: unknown): string => editorText(String(ref).normalize('NFKC')).toLowerCase();

/** Words and marks around a number: an id's letter, 第, 任務 / Task, 部分 (部份) / Section before it; 、 . 項 部分 after it. */
const around = /^(?:\(\s*)?(?:第|任務|任务|task|部[分份]|section|[st](?=\d))?\s*(.+?)\s*(?:部[分份]|項|项|條|条|[、.:])?\s*\)?$/u;

/**
 * The number `text` refers to, or `undefined` when it is not a number written one of those ways. Arabic digits
 * (ASCII, full-width or circled) and heading numerals 一 to 九十九, as {@link chineseNumeral} writes them.
 *
 * @example
 * ```ts
 * referenceNumber('第四部分'); // 4
 * referenceNumber('t9');       // 9
 * referenceNumber('一十');     // undefined (not how headings write 10)
 * ```
 */
export function referenceNumber(text: string): number | undefined {
  const inner = around.exec(referenceText(text))?.[1];
  return !inner ? undefined : /^\d+$/.test(inner) ? Number(inner) : readChineseNumeral(inner);
}
