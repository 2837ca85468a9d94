/**
 * Roles in words with 、 between their groups, as counties write them (`縣發改局牽頭、縣財政局配合`,
 * `縣發改局牽頭、縣財政局、縣民政局配合`, `…配合、按職責分工負責`), and 。 after a role word before the remark
 * 按職責分工負責 (`縣財政局配合。按職責分工負責`). The parser splits groups only at a comma, a semicolon or a blank, so
 * each 、 was read inside a group: `縣發改局牽頭` a unit with a role word in it, or `按職責分工` one (`roleWordInUnitName`),
 * and the plan could not be built (F240). `units-in-text.ts` reads such a list as the comma's form: each 、 or 。 right
 * after a role word that ends a name (its last two characters, `ROLE_WORD_LENGTH`, as the parser reads a group's role)
 * read as a comma, one character for one, so every index and every name stays the text's. A 、 after a plain name
 * (`縣財政局、縣民政局配合`, `牽頭單位:縣發改局、縣財政局`) stays a name separator; so does one after a role word with
 * no name before it (`牽頭、配合單位:`), or inside brackets.
 */
import { blankBrackets } from '../parse/brackets.js';
import { ROLE_WORD_PATTERN } from '../parse/roles.js';
import { REMARK_WORDS } from './unit-remarks.js';

/**
 * 、 after a role word that ends a name (a character before it that is no separator, blank or colon), or 。 after one
 * before the remark, in a list's match form with its brackets blanked (`blankBrackets`): a role word inside brackets is
 * blanked, and is none. Linear: a fixed-length look-behind.
 */
const GROUP_END = new RegExp(`(?<=[^,;\\u3001\\s:](?:${ROLE_WORD_PATTERN.source}))(?:\\u3001|[。.](?=\\s*${REMARK_WORDS}))`, 'gu');

/**
 * `match` (a text's match form) with each 、 or 。 in `[from, to)` that ends a group of roles in words read as a comma;
 * `match` itself if there is none.
 */
export function rolesAsCommas(match: string, from = 0, to = match.length): string {
  const ends = [...blankBrackets(match, from, to).slice(0, to - from).matchAll(GROUP_END)].map((end) => from + end.index);
  if (!ends.length) return match;
  let read = '';
  let at = 0;
  for (const end of ends) {
    read += `${match.slice(at, end)},`;
    at = end + 1;
  }
  return read + match.slice(at);
}
