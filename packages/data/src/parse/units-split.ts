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

/** Between names: 、 , ; */
const NAME_SEPARATOR = /[、,;]/;
/** Between groups of names with a role after each: a comma, a semicolon or a blank. */
const GROUP_SEPARATOR = /[,; \t\n\r]/;
const BLANK = /[ \t\n\r]/;
/** What is trimmed from either end of a part between labels (the `,` before `參與單位:`). */
const BLANK_OR_NAME_SEPARATOR = /[ \t\n\r、,;]/;

export function splitUnits(text: string, match: string, from: number, to: number, task: number, sink: DiagnosticSink): SplitUnits {
  const result: SplitUnits = { lead: [], participating: [] };
  // The list with what is inside brackets blanked out: a separator or label found in it is outside brackets.
  const outside = blankBrackets(match, from, to);
  const slice = (name: Name, of = match) => of.slice(name.start, name.end);

  /** `name` without the characters `trims` matches (one at a time) at either end. */
  const strip = ({ start, end }: Name, trims = BLANK): Name => {
    while (start < end && trims.test(match[start]!)) start++;
    while (end > start && trims.test(match[end - 1]!)) end--;
    return { start, end };
  };
  /** `part` cut at separators (one character each) outside brackets; empty pieces are kept, so two in a row can be reported. */
  const split = (part: Name, separator: RegExp): Name[] => {
    let start = part.start;
    return outside.slice(part.start - from, part.end - from).split(separator).map((piece) => {
      const name = { start, end: start + piece.length };
      start = name.end + 1;
      return name;
    });
  };
  const add = (name: Name, role: UnitRole) => {
    const value = slice(name, text);
    const word = leftoverRoleWord(slice(name));
    if (word) sink.error('roleWordInUnitName', `task ${task}: unit "${value}" holds the role word ${word}; its role is unclear`, name.start);
    if (!bracketsBalance(slice(name))) sink.error('unbalancedBracketInUnitName', `task ${task}: unit "${value}" has an unbalanced bracket`, name.start);
    result[role].push(value);
  };
  const names = (part: Name): Name[] => {
    const found: Name[] = [];
    for (const piece of split(part, NAME_SEPARATOR)) {
      const name = strip(piece);
      if (name.end > name.start) found.push(name);
      else sink.warning('emptyUnitName', `task ${task}: an empty unit name`, piece.start);
    }
    return found;
  };
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
    partRole = roleOfWord(label[1] ?? label[2] ?? label[3]!);
  }
  readPart(strip({ start: partStart, end: to }, BLANK_OR_NAME_SEPARATOR), partRole);
  return result;

  function readPart(part: Name, role: UnitRole | undefined): void {
    if (part.end <= part.start) return;
    if (role) return addAll(part, role);
    // No role from a label: roles may follow groups of names (A牽頭,B、C配合) or single names (A(牽頭)、B).
    const groups = split(part, GROUP_SEPARATOR)
      .map((g) => strip(g))
      .filter((g) => g.end > g.start)
      .map((g) => {
        const role = roleOfWord(slice(g).slice(-ROLE_WORD_LENGTH));
        return { names: { start: g.start, end: role ? g.end - ROLE_WORD_LENGTH : g.end }, role };
      });
    if (groups.some((g) => g.role)) {
      // Groups without a role of their own wait for the next group's role: the likeliest, but a guess is not good
      // enough. Those still waiting at the end lead.
      let waiting: typeof groups = [];
      const settle = (role: UnitRole) => {
        for (const g of waiting) {
          sink.error('ambiguousUnitRole', `task ${task}: "${slice(g.names, text)}" has no role of its own among units with roles`, g.names.start);
          addAll(g.names, role);
        }
        waiting = [];
      };
      for (const g of groups) {
        if (!g.role) {
          waiting.push(g);
          continue;
        }
        settle(g.role);
        addAll(g.names, g.role);
      }
      settle('lead');
      return;
    }
    const annotated = names(part).map((name) => {
      const m = ROLE_ANNOTATION_PATTERN.exec(slice(name));
      return m ? { name: { start: name.start, end: name.end - m[0].length }, role: roleOfWord(m[1]!) } : { name, role: undefined };
    });
    // 市甲局(牽頭)、市乙局: those named after a lead without a role of their own take part; with no lead named, all lead.
    const unmarked: UnitRole = annotated.some((a) => a.role === 'lead') ? 'participating' : 'lead';
    for (const a of annotated) add(strip(a.name), a.role ?? unmarked);
  }
}
