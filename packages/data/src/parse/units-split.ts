/**
 * A units list split into lead and participating units. Roles come from labels (`牽頭單位:…;配合單位:…`), from a
 * role after a group of names (`A牽頭,B、C配合`) or from a role in brackets after a name (`A(牽頭)、B`). Names are
 * split on 、 , ; only outside brackets, so 各縣(市、區)政府 stays one unit. What cannot be read for certain is an error.
 */
import { INSIDE_BRACKETS, blankBrackets, bracketsBalance } from './brackets.js';
import type { DiagnosticSink } from './diagnostics.js';
import { LABEL_PATTERN, ROLE_ANNOTATION_PATTERN, ROLE_WORD_LENGTH, leftoverRoleWord, roleOfWord, type UnitRole } from './roles.js';

export interface SplitUnits {
  readonly lead: string[];
  readonly participating: string[];
}

interface Name {
  readonly start: number;
  readonly end: number;
}

/**
 * Between names: 、 , ; or a blank (牽頭單位:市國資委 市財政局 names two units), but not a blank before a bracket (市甲局
 * (牽頭)) or another blank (the last of a run separates: one character looked at, linear time), and not a line break
 * (a name wrapped in a copied PDF stays one, and visibly wrong). Written `\u3001` in a regex literal, as the bundler
 * writes it in strings: it gzips smaller.
 */
export const NAME_SEPARATOR = /[\u3001,;]|[ \t](?![ \t(\[\u3010])/;
/**
 * A group of names with a role after each: what lies between commas, semicolons and blanks. A group found in a trimmed
 * part has no blank at either end (a blank inside brackets ends a group only at the end of the part, which is trimmed).
 */
const GROUP = /[^,; \t\n\r]+/g;
const BLANK = /[ \t\n\r]/;
/** What is trimmed from either end of a part between labels (the `,` before `參與單位:`): blanks and 、 , ; */
const BLANK_OR_NAME_SEPARATOR = /[ \t\n\r\u3001,;]/;

export function splitUnits(text: string, match: string, from: number, to: number, task: number, sink: DiagnosticSink): SplitUnits {
  const result: SplitUnits = { lead: [], participating: [] };
  // The list with what is inside brackets blanked out: a separator or label found in it is outside brackets.
  const outside = blankBrackets(match, from, to);
  const slice = (name: Name, of = match) => of.slice(name.start, name.end);

  /** `name` without the characters `trims` matches (one at a time) at either end. */
  const strip = ({ start, end }: Name, trims = BLANK): Name => {
    while (start < end && trims.test(match[start]!)) start++;
    while (start < end && trims.test(match[end - 1]!)) end--;
    return { start, end };
  };
  const add = (name: Name, role: UnitRole) => {
    const value = slice(name, text);
    const word = leftoverRoleWord(slice(name));
    if (word) sink.error('roleWordInUnitName', `task ${task}: unit "${value}" holds the role word ${word}; its role is unclear`, name.start);
    if (!bracketsBalance(outside, name.start - from, name.end - from)) sink.error('unbalancedBracketInUnitName', `task ${task}: unit "${value}" has an unbalanced bracket`, name.start);
    result[role].push(value);
  };
  /**
   * The names in `part`, cut at 、 , ; outside brackets and trimmed; an empty one (two separators in a row) is reported
   * as it is met, so every diagnostic of a code still comes in document order.
   */
  function* names(part: Name): Generator<Name> {
    let start = part.start;
    for (const piece of outside.slice(part.start - from, part.end - from).split(NAME_SEPARATOR)) {
      const name = strip({ start, end: start + piece.length });
      if (name.end > name.start) yield name;
      // Two separators in a row, not a blank beside 、 (A、 B): one of them a blank is no empty name.
      else if (!BLANK.test(match[start - 1]! + match[start])) sink.warning('emptyUnitName', `task ${task}: an empty unit name`, start);
      start += piece.length + 1;
    }
  }
  const addAll = (part: Name, role: UnitRole) => {
    for (const name of names(part)) add(name, role);
  };

  // Labels split the list into parts, each with the label's role; 責任單位 and text before any label say no role.
  let partStart = from;
  let partRole: UnitRole | undefined;
  for (const label of match.slice(from, to).matchAll(LABEL_PATTERN)) {
    if (outside[label.index] === INSIDE_BRACKETS) continue;
    readPart(strip({ start: partStart, end: from + label.index }, BLANK_OR_NAME_SEPARATOR), partRole);
    partStart = from + label.index + label[0].length;
    partRole = roleOfWord(label[0]);
  }
  readPart(strip({ start: partStart, end: to }, BLANK_OR_NAME_SEPARATOR), partRole);
  return result;

  function readPart(part: Name, role: UnitRole | undefined): void {
    if (part.end <= part.start) return;
    if (role) return addAll(part, role);
    // No role from a label: roles may follow groups of names (A牽頭,B、C配合) or single names (A(牽頭)、B).
    // A group without a role of its own waits for the next group's role: the likeliest, but a guess is not good
    // enough. Those still waiting at the end lead. With no role after any group, they are read name by name below.
    let waiting: Name[] = [];
    /** The last role read after a group, if any. */
    let lastRole: UnitRole | undefined;
    const settle = (role: UnitRole) => {
      for (const g of waiting) {
        sink.error('ambiguousUnitRole', `task ${task}: "${slice(g, text)}" has no role of its own among units with roles`, g.start);
        addAll(g, role);
      }
      waiting = [];
    };
    for (const group of outside.slice(part.start - from, part.end - from).matchAll(GROUP)) {
      const start = part.start + group.index;
      const end = start + group[0].length;
      // Its last two characters (one alone comes with the blank, separator, label end or `(` before it: no role word).
      const role = roleOfWord(match.slice(end - ROLE_WORD_LENGTH, end));
      if (role) {
        lastRole = role;
        settle(role);
        addAll({ start, end: end - ROLE_WORD_LENGTH }, role);
      } else waiting.push({ start, end });
    }
    if (lastRole) return settle('lead');
    const annotated = Array.from(names(part), ({ start, end }) => {
      const m = ROLE_ANNOTATION_PATTERN.exec(match.slice(start, end));
      return { start, end: m ? start + m.index : end, role: m && roleOfWord(m[1]!) };
    });
    // 市甲局(牽頭)、市乙局: those named after a lead without a role of their own take part; with no lead named, all lead.
    const unmarked: UnitRole = annotated.some((a) => a.role === 'lead') ? 'participating' : 'lead';
    for (const a of annotated) add(strip(a), a.role ?? unmarked);
  }
}
