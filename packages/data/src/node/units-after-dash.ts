/**
 * A task's units after a dash (破折號), as another city writes them: at the end of the task's last line, after its
 * last sentence (`…其中上半年完成投資260億元。——市發展改革委、市重點項目事務中心`), or alone on the line under it
 * (`——市生態環境局、市水利局`). Read in `units-in-text.ts` as a list that says no role (`責任單位:A、B`, `list-roles.ts`),
 * when each name is a unit's; before, the names stayed in the body and the task had no units. A dash inside a sentence
 * (`推進重點項目建設——以…為重點`, `「一核——兩翼」`) has no sentence's end before it and text after it: it stays text.
 */
import { TAB_LABEL_LINE } from './tab-labels.js';

/** A dash: —— (or one —, ── typed for it, -- or －－ ). */
const DASH = '(?:[—―─]{1,2}|-{2})';
/** A line that starts with a dash: a bullet of a task's sub-items, or units after a dash on a line of their own. */
export const DASH_START = new RegExp(`^${DASH}`, 'u');

/**
 * The dash and the names after it at a line's end (the line's match form, trimmed): at the line's start or after a
 * full stop; —— (or one —, ── typed for it, -- or －－); group 1 the names, a full stop after them left out.
 */
const DASH_WORDS = new RegExp(`(?:^|(?<=。))[ \\t]*${DASH}[ \\t]*([^—―─\\n]+?)[。.]?$`, 'u');

/**
 * Where the dash of units after a dash in `line` (the task's last line, its match form, trimmed) stands, and where its
 * names start and end; `alone` if the line is under the task's first (a dash that starts the first is no such one).
 * `undefined` if it has none; whether its names are units is for the caller (`namesUnits`).
 */
export function dashWordsAt(line: string, alone: boolean): { readonly dash: number; readonly names: number; readonly end: number } | undefined {
  const found = DASH_WORDS.exec(line);
  if (!found) return undefined;
  const dash = found.index + found[0].length - found[0].trimStart().length;
  if (dash === 0 && !alone) return undefined;
  const names = found.index + found[0].indexOf(found[1]!);
  return { dash, names, end: names + found[1]!.length };
}

/**
 * The words at the end of a task without units that look like units not read (`taskWithoutUnits` names them): units
 * after a dash, or a label row without colons (`tab-labels.ts`), on its last line (`line`, its match form, trimmed;
 * `alone` as in {@link dashWordsAt}); their index in `line`.
 */
export function unreadUnitsAt(line: string, alone: boolean): number | undefined {
  if (alone && TAB_LABEL_LINE.test(line)) return 0;
  return dashWordsAt(line, alone)?.dash;
}
