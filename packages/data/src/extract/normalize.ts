/**
 * The text the extractor reads: the same length as the input, one UTF-16 unit for one, so an index into it is an
 * index into the original. Full-width ASCII (`３０００`, `％`, `，`) becomes ASCII, the ideographic space a space,
 * every dash `—`, a wave dash `~`, and Traditional characters their Simplified form, so one word list serves both
 * scripts.
 */
import { foldToSimplified } from '../fold.js';

/** The width fold of one UTF-16 unit: full-width ASCII to ASCII, dashes to `—`, wave dashes to `~`. */
function foldWidth(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  if (code === 0x3000) return 0x20;
  if (code === 0x2d || (code >= 0x2010 && code <= 0x2015) || code === 0x2212) return 0x2014;
  if (code === 0x301c || code === 0x223c) return 0x7e;
  if (code === 0xff64) return 0x3001; // half-width 、
  return code;
}

/**
 * `text` folded for reading, index for index. The script fold works on code points; if it ever changed the length
 * (a table entry across the BMP boundary), the text is folded one UTF-16 unit at a time instead.
 */
export function normalizeForExtraction(text: string): string {
  let folded = foldToSimplified(text);
  if (folded.length !== text.length) {
    const units: string[] = [];
    for (let i = 0; i < text.length; i++) {
      const one = foldToSimplified(text[i]!);
      units.push(one.length === 1 ? one : text[i]!);
    }
    folded = units.join('');
  }
  const codes = new Uint16Array(folded.length);
  for (let i = 0; i < folded.length; i++) codes[i] = foldWidth(folded.charCodeAt(i));
  const chunks: string[] = [];
  for (let i = 0; i < codes.length; i += 8192) chunks.push(String.fromCharCode(...codes.subarray(i, i + 8192)));
  return chunks.join('');
}
