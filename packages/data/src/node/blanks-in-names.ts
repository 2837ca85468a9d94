/**
 * A stray blank in a units list, as Word and WPS exports leave them (r113): `配合單位:市財政局、市 自然資源和規劃局`.
 * The parser (within its 4 KiB) splits names at a blank as at 、 (`牽頭單位:市國資委 市財政局` names two units), so
 * `市` and `自然資源和規劃局` became units, silently. Read after the parse (`after-parse.ts`), one character for one:
 *
 * - in a document whose lists separate names by 、 , ;, a blank inside a name is no separator: the name is read whole,
 *   its blanks moved after it (where they are trimmed), with a warning naming it as written and as read. Not a blank
 *   between two names each whole on its own (`市發展改革委 國網德州供電公司`, `市甲局、市乙局 市丙局`), nor one after
 *   a role word (`市甲局牽頭 市乙局配合`): names apart, as the parser reads them (r117). A place's name is whole before a
 *   name that starts with a place (`各縣市區 市直有關部門`), not before its body (`各縣市區 人民政府`, `市住房城鄉 建設局`);
 * - in a document whose lists separate names by blanks alone (`牽頭單位:市發展改革委 市工業和信息化局`), the reading
 *   stays, but a piece that is no unit's name on its own (one character, or two that do not end a name: `市`, `縣`,
 *   `市住`) is said.
 *
 * Either way a blank before 等 ending the name (`市民政局 等`, 等單位, 等有關部門) is moved after it, unsaid: no unit 等,
 * and the name read as the same name written without the blank (`unit-names.ts` reads 等).
 *
 * A blank before a bracket (`市甲局 (牽頭)`) or inside one is left as it is: the parser splits no names there.
 */
import { INSIDE_BRACKETS, blankBrackets } from '../parse/brackets.js';
import { lineEnd, skipSpace } from '../parse/lines.js';
import { toMatchForm } from '../parse/match-form.js';
import { ROLE_WORD_LENGTH, ROLE_WORD_PATTERN, roleOfWord } from '../parse/roles.js';
import type { ParsedPlanText } from '../parse/types.js';
import { NAME_SEPARATOR } from '../parse/units-split.js';
import { ANY_LABEL_PATTERN } from './short-labels.js';
import { placeIn } from './place-stems.js';
import { isUnitName } from './unit-kind.js';
import { ETC_WORDS } from './unit-names.js';
import { BODY_START } from './units-in-text.js';

/** A name read whole with its blanks left out (`written` as in the text), or a piece said (`read` undefined). */
export interface BlankInName {
  readonly task: number;
  /** Where the name or piece starts in the text. */
  readonly at: number;
  readonly written: string;
  readonly read?: string;
}

/** A blank in the match form (the ideographic space is a space there). */
const BLANK = /[ \t]/;
/** A line or page break. */
const LINE_BREAK = /[\n\r\f\v]/;
/** The parser's separator of names (`units-split.ts`), tried where it starts. */
const SEPARATES = new RegExp(NAME_SEPARATOR.source, 'y');
/** Whether the parser's split separates names at `i` of `s`: at 、 , ; and at a blank not before a blank or a bracket. */
const separatesAt = (s: string, i: number) => ((SEPARATES.lastIndex = i), SEPARATES.test(s));
/** 等 ending a list ({@link ETC_WORDS}), as a piece alone (match form). */
const ETC_ALONE = new RegExp(`^${ETC_WORDS}$`, 'u');
/** A place's name ending a name (`各縣市區`, `市住房城鄉`): whole before a place's name, not before its body's. */
const PLACE_END = /(?:[區区縣县鄉乡鎮镇]|街道)$/u;
/** A bracket and what it holds (`各縣(市、區)`), in the match form. */
const BRACKETED = /\([^)]*\)/g;
/** A role word alone (`市甲局 牽頭`): no piece of a name. */
const ROLE_ALONE = new RegExp(`^(?:${ROLE_WORD_PATTERN.source})$`);

/** Whether `piece` (as written) is no unit's name on its own: one character, or two that do not end a name. */
const isFragment = (piece: string) => !ROLE_ALONE.test(piece) && (piece.length === 1 || (piece.length === 2 && !isUnitName(piece)));

/** A units list of the parse (inside a parenthesis's brackets, or a line from its label), cut into its parts between labels. */
interface List {
  readonly task: number;
  /** The list's match form with brackets blanked (`blankBrackets`), from `from`. */
  readonly outside: string;
  readonly from: number;
  /** Each part between labels: `[start, stop)`. */
  readonly parts: (readonly [number, number])[];
}

/** The units list `[from, to)` of task `task`, cut into its parts between labels outside brackets. */
function listAt(match: string, task: number, from: number, to: number): List {
  const outside = blankBrackets(match, from, to);
  const cuts = [from];
  for (const label of match.slice(from, to).matchAll(new RegExp(ANY_LABEL_PATTERN.source, 'g'))) {
    if (outside[label.index] !== INSIDE_BRACKETS) cuts.push(from + label.index, from + label.index + label[0].length);
  }
  cuts.push(to);
  const parts: (readonly [number, number])[] = [];
  for (let c = 0; c < cuts.length; c += 2) parts.push([cuts[c]!, cuts[c + 1]!]);
  return { task, outside, from, parts };
}

/**
 * The tasks' units lists: each as the parse read it (inside a parenthesis's brackets), and each line after it in the
 * task that starts with a label (`配合單位:…` under `牽頭單位:…`, read after the parse: `unit-lines.ts`).
 */
function listsOf(match: string, parsed: ParsedPlanText): List[] {
  const labelAt = new RegExp(ANY_LABEL_PATTERN.source, 'y');
  return parsed.tasks.flatMap((task) => {
    const span = task.unitsSpan;
    if (!span) return [];
    const end = span.offset + span.length;
    const bracket = +(match[span.offset] === '(' && match[end - 1] === ')');
    const lists = [listAt(match, task.number, span.offset + bracket, end - bracket)];
    const taskEnd = task.span.offset + task.span.length;
    for (let at = skipSpace(match, end, taskEnd); at < taskEnd; at = skipSpace(match, lineEnd(match, at, taskEnd), taskEnd)) {
      labelAt.lastIndex = at;
      if (labelAt.test(match)) lists.push(listAt(match, task.number, at, lineEnd(match, at, taskEnd)));
    }
    return lists;
  });
}

/** The names of a part `[start, stop)` of `list`, between separators, trimmed of blanks: `[start, end)` each. */
function namesOf({ outside, from }: List, [start, stop]: readonly [number, number]): [number, number][] {
  const at = (i: number) => outside[i - from]!;
  const names: [number, number][] = [];
  let nameStart = start;
  for (let i = start; i <= stop; i++) {
    if (i < stop && (BLANK.test(at(i)) || !separatesAt(outside, i - from))) continue;
    let s = nameStart;
    let e = i;
    nameStart = i + 1;
    while (s < e && BLANK.test(at(s))) s++;
    while (s < e && BLANK.test(at(e - 1))) e--;
    if (s < e) names.push([s, e]);
  }
  return names;
}

/** The runs of blanks in `[s, e)` of `list` outside brackets where the parser splits (not before a bracket, `市甲局 (牽頭)`): `[start, end)` each. */
function blanksIn({ outside, from }: List, s: number, e: number): [number, number][] {
  const at = (i: number) => outside[i - from] ?? '';
  const runs: [number, number][] = [];
  for (let j = s; j < e; j++) {
    if (!BLANK.test(at(j))) continue;
    let k = j;
    while (BLANK.test(at(k))) k++;
    if (separatesAt(outside, k - 1 - from)) runs.push([j, k]);
    j = k;
  }
  return runs;
}

/**
 * How the name of a body of its own starts, both scripts: a level of government (市, 縣, 區, 省, 各, not 區域, 縣域,
 * 市場), the party's (中共, 團市委, 共青團), or a national or provincial organisation (國網, 國家, 中國, 中央, 人民銀行, 武警).
 */
const OWN_START = /^(?:[市縣县區区省](?![域場场])|各|中共|共青[團团]|[團团][市縣县區区]委|[國国][網网家]|中[國国央]|人民[銀银]行|武警)/u;
/** How the name of a body of its own ends, both scripts: a development zone's committee (管委會), a company or a group. */
const OWN_END = /(?:管委[會会]|公司|集[團团])$/u;
/** A branch's word after a county's or a district's name (`德城分局`): a branch of the body before it. */
const BRANCH = /^(?:分局|分中心|大[隊队]|中[隊队]|派出所)/u;

/**
 * Whether `next` (as written) after a blank names a body of its own (review r119 F1): it starts as one does
 * ({@link OWN_START}: 市工業和信息化局, 國網德州供電公司, 人民銀行濟寧分行, 團市委) or ends as one does ({@link OWN_END}:
 * 天衢新區管委會, 德達投資集團: review r126 F5), or holds a place of China (`place-stems.ts`: 濟南海關, 齊河縣應急局,
 * 中石化德州分公司, 農業銀行德州分行), not as a county's or a district's branch (德城分局, 交警德城大隊). One that does
 * not (組織部, 辦公室, 交警支隊, 國安辦, 區域協調發展辦公室, 高新區分局: r118 F2, r119 F5) is part of the name before
 * it, said.
 */
function ownBody(next: string): boolean {
  const name = next.trim();
  if (OWN_START.test(name) || OWN_END.test(name)) return true;
  const place = placeIn(name);
  return place !== undefined && !(place.county && BRANCH.test(name.slice(place.at + place.stem.length)));
}

/**
 * Whether `name` (match form, blanks left out) is a whole unit's name on its own before `next`: a place's name
 * (`各縣市區`, and `市住房城鄉`, which ends like one) only before a name that starts with a place, and any name only
 * before a body of its own ({@link ownBody}).
 */
const isWhole = (name: string, next: string) => isUnitName(name) && (!PLACE_END.test(name.replace(BRACKETED, '')) || BODY_START.test(next)) && ownBody(next);

/**
 * `text` with each blank inside a name moved after it (in a document whose lists separate names by 、 , ;) and each
 * before 等, and what was found; `undefined` if nothing was.
 */
export function blanksInNames(text: string, parsed: ParsedPlanText): { readonly text: string; readonly found: BlankInName[] } | undefined {
  const match = toMatchForm(text);
  const lists = listsOf(match, parsed);
  // The document's lists separate names by 、 , ; if one of its parts has two names.
  const separated = lists.some((list) => list.parts.some((part) => namesOf(list, part).length > 1));
  const chars = text.split('');
  const found: BlankInName[] = [];
  for (const list of lists) {
    for (const part of list.parts) {
      for (const [s, end] of namesOf(list, part)) {
        let e = end;
        // A name across lines is a wrapped document's, page furniture and all (`wrapped-lines.ts`, `page-furniture.ts`).
        const runs = LINE_BREAK.test(text.slice(s, e)) ? [] : blanksIn(list, s, e);
        // A blank before 等 ending the name: moved after it, unsaid.
        const etc = runs.at(-1);
        if (etc && ETC_ALONE.test(match.slice(etc[1], e))) {
          chars.splice(etc[0], e - etc[0], ...text.slice(etc[1], e), ...text.slice(etc[0], etc[1]));
          e = etc[0];
          runs.pop();
        }
        if (!runs.length) continue;
        // The pieces between the blanks, as the parser reads them.
        const pieces = [s, ...runs.flat(), e];
        const piece = (p: number) => text.slice(pieces[2 * p]!, pieces[2 * p + 1]!);
        if (!separated) {
          for (let p = 0; p <= runs.length; p++) if (isFragment(piece(p))) found.push({ task: list.task, at: pieces[2 * p]!, written: piece(p) });
          continue;
        }
        // Each blank joins the pieces beside it, but one between two names each whole on its own (the one after it
        // read to the end, `市甲局 國網德州 供電公司`), or after a role word (`市甲局牽頭 市乙局配合`); a name read
        // whole is each run of joined pieces.
        const joined = (from: number, to: number) => match.slice(pieces[2 * from]!, pieces[2 * to + 1]!).replace(/[ \t]/g, '');
        let first = 0;
        for (let p = 0; p <= runs.length; p++) {
          const left = joined(first, p);
          const apart = p === runs.length || roleOfWord(left.slice(-ROLE_WORD_LENGTH)) !== undefined || (isWhole(left, piece(p + 1)) && isUnitName(joined(p + 1, runs.length)));
          if (!apart) continue;
          const [ns, ne] = [pieces[2 * first]!, pieces[2 * p + 1]!];
          const moved = runs.filter(([a, b]) => a >= ns && b <= ne).flatMap(([a, b]) => Array.from({ length: b - a }, (_, k) => a + k));
          if (moved.length) {
            const written = text.slice(ns, ne);
            const kept = chars.slice(ns, ne).filter((_, k) => !moved.includes(ns + k));
            chars.splice(ns, ne - ns, ...kept, ...moved.map((j) => text[j]!));
            found.push({ task: list.task, at: ns, written, read: kept.join('') });
          }
          first = p + 1;
        }
      }
    }
  }
  const read = chars.join('');
  return found.length || read !== text ? { text: read, found } : undefined;
}
