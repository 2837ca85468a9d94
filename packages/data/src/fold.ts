/**
 * Folding of Chinese script for look-ups: standard Traditional (示範, 製造), Taiwan and Hong Kong forms, variants
 * (爲, 裏) and Simplified all fold to one Simplified form, so a query in any of them finds text written in any other.
 * The table is generated at build time from OpenCC (`scripts/build-plan.ts`, `src/generated/fold.ts`) for the
 * characters whose Simplified form occurs in the Dezhou plan; opencc-js itself is too big for a page.
 */
import { FOLD_FROM, FOLD_TO } from './generated/fold.js';

let table: Map<string, string> | undefined;

/**
 * The table as a map, built on first use. None while the table is empty: the elements' CDN build loads it only for
 * pages that fold (see `vite.config.ts`), and until then folding keeps the text as it is.
 */
function foldTable(): Map<string, string> | undefined {
  if (!table && FOLD_FROM) {
    table = new Map();
    const from = [...FOLD_FROM];
    const to = [...FOLD_TO];
    for (let i = 0; i < from.length; i++) table.set(from[i]!, to[i]!);
  }
  return table;
}

/**
 * Folds Traditional and variant characters to Simplified, one character at a time; everything else is kept.
 *
 * @example
 * ```ts
 * foldToSimplified('示範 製造'); // '示范 制造'
 * ```
 */
export function foldToSimplified(text: string): string {
  const map = foldTable();
  if (!map) return text;
  let out = '';
  for (const ch of text) out += map.get(ch) ?? ch;
  return out;
}

/**
 * A light English stemmer for search: plurals (`cities` → `city`, `boxes` → `box`, `vehicles` → `vehicl`), `-ing`
 * and `-ed`, and a final `e`, so `smart city` finds `smart cities` and `build` finds `building`. Words of three
 * letters or fewer are kept. Both the query and the text searched are stemmed, so the stems need not be words.
 */
export function stemEnglish(word: string): string {
  if (word.length <= 3) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (/(?:ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (/[^siu]s$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** Every run of ASCII letters of a lower-cased text, stemmed with {@link stemEnglish}. */
export function stemEnglishWords(text: string): string {
  return text.replace(/[a-z]+/g, stemEnglish);
}
