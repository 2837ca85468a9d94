/**
 * A diagnostic a check in Node makes from its words in each language the CLI speaks (`--lang`), keyed by its parts (a
 * task's number, a quoted name): the check says the English words, and `diagnosticIn` says the same parts in another
 * language. The parts are found again by the English words themselves, so no pattern repeats them: said with a marker
 * for each part, the words between the markers cut the message into its parts, which are taken only if they make the
 * message again. (The parser, shared with the browser, keeps its English in its own modules: `error-words.ts` and
 * `parser-warning-words.ts` read it back with patterns.)
 */
import type { Language } from '../schema.js';

/** A message's words in each language, given its parts: the English is what the check says. */
export type WordsByParts<Parts extends readonly (string | number)[]> = Readonly<Record<Language, (...parts: Parts) => string>>;

/** Words of any parts (each form has its own). */
type AnyWords = Readonly<Record<Language, (...parts: never[]) => string>>;
/** Words as {@link sayAgain} reads them: every part found again is a string, said in a template as its number was. */
type WordsOfText = Readonly<Record<Language, (...parts: string[]) => string>>;

/** The marker of part `i`: private-use characters, found in no document's words. */
const marker = (i: number) => `\uE000${i}\uE001`;
const MARKER = /\uE000(\d+)\uE001/u;

/**
 * The parts `en` made `message` of, or `undefined` if it did not make it. The words between two parts are looked for
 * from the end of the part before (a part cannot hold them, or the message is not made again); the last words from
 * the message's end, as a part may hold what they start with (a name's bracket before a closing one), and words `en`
 * adds from its parts (a deadline said after a field) may follow them.
 */
export function partsOf(en: (...parts: string[]) => string, message: string): string[] | undefined {
  const [first = '', ...rest] = en(...Array.from({ length: en.length }, (_, i) => marker(i))).split(MARKER);
  if (!message.startsWith(first)) return undefined;
  const parts: string[] = [];
  let at = first.length;
  // `rest` is a part's index and the words after it, in turn.
  for (let i = 0; i < rest.length; i += 2) {
    const words = rest[i + 1]!;
    const last = i + 2 >= rest.length;
    const end = !words ? (last ? message.length : -1) : last ? message.lastIndexOf(words) : message.indexOf(words, at);
    if (end < at) return undefined;
    parts[Number(rest[i])] ??= message.slice(at, end);
    at = end + words.length;
  }
  return en(...parts) === message ? parts : undefined;
}

/** `message`, made by the English of one of `forms`, said in `lang`; `undefined` if none of them made it. */
export function sayAgain(forms: readonly AnyWords[], message: string, lang: Language): string | undefined {
  for (const words of forms as readonly WordsOfText[]) {
    const parts = partsOf(words.en, message);
    if (parts) return words[lang](...parts);
  }
  return undefined;
}
