/**
 * The text the extractor reads: the same length as the input, one UTF-16 unit for one, so an index into it is an
 * index into the original. Full-width ASCII (`３０００`, `％`, `，`) becomes ASCII, the ideographic space a space,
 * every dash `—`, a wave dash `~`, and Traditional characters their Simplified form (the generated fold table of
 * `../fold.ts`), so one word list serves both scripts.
 */
import { FOLD_FROM, FOLD_TO } from '../generated/fold.js';

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

/** The width fold of one UTF-16 unit: full-width ASCII to ASCII, dashes to `—`, wave dashes to `~`. */
function foldWidth(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  if (code === 0x3000) return 0x20;
  if (code === 0x2d || (code >= 0x2010 && code <= 0x2015) || code === 0x2212) return 0x2014;
  if (code === 0x301c || code === 0x223c) return 0x7e;
  if (code === 0xff64) return 0x3001; // half-width 、
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
