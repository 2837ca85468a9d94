/**
 * Units labelled in forms the parser does not know (within its 4 KiB), read after the parse (`after-parse.ts`) as the
 * forms it knows, one character for one (every index stays the text's; each quote is cut again from the text as
 * written, {@link quotedFrom}):
 *
 * - a province department's divisions (`牽頭處室:投資處`, `配合科室:規劃處`, in brackets or on lines of their own), read
 *   as a city's `牽頭部門:`: such lines stayed in the task's text (its units lost, the heading after them merged into it);
 * - units in hexagonal brackets (`〔牽頭單位:市自然資源和規劃局〕`), read as in round ones: they stayed in the body;
 * - a label spaced out by Word's distributed alignment (`牽 頭 單 位:`, `【責　任　單　位】`, r113), read with its blanks
 *   before it: its lines stayed in the task's text.
 */
import { ROLE_WORD_PATTERN } from '../parse/roles.js';
import type { Diagnostic } from '../parse/types.js';

/** A label's words: a role word or 責任 (group 1 holds a lead word). */
const LABEL_WORDS = `(?:${ROLE_WORD_PATTERN.source}|[責责]任)`;
/** A division label: a label's words, then 處室 or 科室, before a colon or a closing 】 or ]. */
const DIVISION_LABEL = new RegExp(`${LABEL_WORDS}[處处科]室(?=[ \\t\\u3000]*[:：】\\]])`, 'gu');
/** Hexagonal brackets around a label and its units, on one line (not 〔2024〕 of a document's number). */
const HEXAGONAL = new RegExp(`〔(?=[ \\t\\u3000]*${LABEL_WORDS}(?:[單单]位|部[門门]|[處处科]室)?[ \\t\\u3000]*[:：])([^〔〕\\n\\r]*)〕`, 'gu');

/** Blanks as a Word or WPS export writes them between a label's characters: spaces, tabs, the ideographic space. */
const B = '[ \\t\\u3000]*';
/**
 * A label's words with blanks between its characters (`牽 頭 單 位`), before a colon or in its 【】 or []: the words
 * of the parser's `LABEL`, each character apart.
 */
const SPACED_LABEL = new RegExp(
  `(?:[【[]${B})?(?:[牽牵]${B}[頭头]|[負负主]${B}[責责]|主${B}[辦办]|配${B}合|[參参]${B}[與与]|[協协]${B}[同辦办]|[責责]${B}任)${B}(?:[單单]${B}位|部${B}[門门])(?:${B}[】\\]]|(?=${B}[:：]))`,
  'gu',
);

/** `text` with each label form above read as one the parser knows; `undefined` if it has none. */
export function labelsAsParsed(text: string): string | undefined {
  const read = text
    .replace(DIVISION_LABEL, (label: string) => label.slice(0, -2) + (label.at(-2) === '處' ? '部門' : '部门'))
    .replace(HEXAGONAL, (bracket: string) => `（${bracket.slice(1, -1)}）`)
    // Its blanks before it, one character for one, where a line's or a bracket's blanks are read (blanks after it
    // would make a row of labels split by blanks, `tab-labels.ts`).
    .replace(SPACED_LABEL, (label: string) => label.replace(/[ \t\u3000]/gu, '').padStart(label.length, ' '));
  return read === text ? undefined : read;
}

/** The diagnostics with their quotes cut again from `text`, the document as written (its 處室 and 〔〕). */
export const quotedFrom = (text: string, diagnostics: readonly Diagnostic[]): Diagnostic[] =>
  diagnostics.map((d) => ({ ...d, quote: text.slice(d.offset, d.offset + d.quote.length) }));
