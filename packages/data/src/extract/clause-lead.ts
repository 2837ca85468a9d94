/**
 * What the text of a clause before its numeral holds, read once as the scan goes: the last 各 or 每个 and whether a
 * floor came (`each.ts`), the last 分别 with the 、-list before it and the joiners after it (`respectively.ts`), and
 * whether a held word came (稳定在, 保持). Each numeral once read its clause again from the start, so a long clause of
 * numerals (`达到1万1万1万…`) cost the square of its length; the lead reads on from where it stopped, and starts over
 * only when the clause does.
 *
 * Reading in pieces finds what reading the whole finds: each piece ends at a numeral's first digit, and no word read
 * here holds a digit or looks ahead for one.
 */
import { CLOSING, OPENING } from './chars.js';
import { joinsPeers, joinsRegions } from './peer.js';
import { subjectsBefore, type Subjects } from './subjects-before.js';

const EACH = /各个?(?![类项级种地方界])|每一?个/g;
/** A floor, which makes 各 a threshold for each member. */
const FLOOR = /至少|不少于|不低于/;
/**
 * A level the plan holds all year: 面积稳定在35万亩以上, 耕地保有量保持在500万亩以上; not 不低于, which of a count is
 * a floor to reach (企业数量不低于1500家: reached early, 提前完成).
 */
const KEPT = /稳定在|保持(?!率)/;
/** A rate the plan holds all year: {@link KEPT} (稳定在90%以上, 保持), and 不低于33.3%. */
const HELD = new RegExp(`${KEPT.source}|不低于`);


/** Whether `ch` joins the numerals of a 分别 list (12%、5%; 50%和60%). */
export const joinsNumerals = (ch: string): boolean => ch === '、' || ch === '和' || ch === '与';

/** The last 分别 of the lead: where it is, the 、-list before it, and the joiners after it. */
export interface Respectively {
  readonly at: number;
  /** Where its list may start among the lead's items: after the items of the 分别 before it in the clause, if any. */
  readonly firstItem: number;
  /** The items of the list before it are the lead's first `itemCount` {@link ClauseLead.items}, then [lastStart, at). */
  readonly itemCount: number;
  readonly lastStart: number;
  /** The joiners (、和与) between it and the numeral: the numeral's place in the list after it. */
  joiners: number;
  /**
   * When 分别 opens its clause (甲、乙,分别增长15%、20%): the list of the clause before, its items but the last and the
   * last; absent when that clause is too long to be a list of subjects.
   */
  readonly subjects?: Subjects;
  /** 分别 opens its clause (a space at most before it): with no subjects, it may pair with the targets before (`respectively.ts`). */
  readonly opens?: true;
}

/** The lead of the current clause, read up to {@link ClauseLead.readTo}. */
export interface ClauseLead {
  clauseStart: number;
  readTo: number;
  /** The last 各 or 每个: where it ends and whether it is 各. */
  lastEach: { readonly end: number; readonly ge: boolean } | undefined;
  floor: boolean;
  held: boolean;
  /** A word that holds a level ({@link KEPT}). */
  kept: boolean;
  /** The items of the clause's 、-list so far (a 、 inside brackets separates none), and where the current one starts. */
  items: [number, number][];
  itemStart: number;
  depth: number;
  respectively: Respectively | undefined;
  /** Characters read, over every clause: each is read once, so this is at most the length of the text. */
  charsRead: number;
  /** Characters read ahead of a numeral for the unit of its 分别 list (`respectively.ts`): a bounded look per numeral. */
  charsAhead: number;
  /** Items of 分别 lists looked at to pair their values (`respectively.ts`): each list's once, not once per value. */
  itemsPaired: number;
}

/** A lead that has read nothing yet. */
export const newClauseLead = (): ClauseLead => ({
  clauseStart: 0,
  readTo: 0,
  lastEach: undefined,
  floor: false,
  held: false,
  kept: false,
  items: [],
  itemStart: 0,
  depth: 0,
  respectively: undefined,
  charsRead: 0,
  charsAhead: 0,
  itemsPaired: 0,
});

/** Forgets what the lead read, to read the clause starting at `clauseStart`. */
function startClause(lead: ClauseLead, clauseStart: number): void {
  Object.assign(lead, { ...newClauseLead(), charsRead: lead.charsRead, charsAhead: lead.charsAhead, itemsPaired: lead.itemsPaired, clauseStart, readTo: clauseStart, itemStart: clauseStart });
}

/** Reads the words of [from, to) of the folded text: 各 or 每个, floors, held words. */
function readWords(lead: ClauseLead, piece: string, from: number): void {
  for (const match of piece.matchAll(EACH)) lead.lastEach = { end: from + match.index + match[0].length, ge: match[0][0] === '各' };
  lead.floor ||= FLOOR.test(piece);
  lead.held ||= HELD.test(piece);
  lead.kept ||= KEPT.test(piece);
}

/** Reads the list of [from, to) of the folded text, character by character: its items, 分别 and the joiners after it. */
function readList(lead: ClauseLead, folded: string, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const ch = folded[i]!;
    if (ch === '分' && folded[i + 1] === '别') {
      // 分别 first in its clause (a space at most before it): its subjects are the clause before.
      const opens = lead.items.length === 0 && i - lead.clauseStart <= 1 && !folded.slice(lead.clauseStart, i).trim();
      const subjects = opens ? subjectsBefore(folded, lead.clauseStart) : undefined;
      lead.respectively = { at: i, firstItem: lead.respectively?.itemCount ?? 0, itemCount: lead.items.length, lastStart: lead.itemStart, joiners: 0, ...(opens ? { opens } : {}), ...(subjects ? { subjects } : {}) };
    }
    // 分别高于全省和全国2个、3个百分点: the 和 of a pair of peers joins no values.
    else if (lead.respectively && joinsNumerals(ch) && !joinsRegions(folded, i)) lead.respectively.joiners++;
    if (OPENING.includes(ch)) lead.depth++;
    else if (CLOSING.includes(ch)) lead.depth = Math.max(0, lead.depth - 1);
    // 高于全省、全国平均水平2个百分点: one value against a pair of peers (peer.ts), not a list of metrics.
    else if (ch === '、' && lead.depth === 0 && !joinsPeers(folded, i)) {
      lead.items.push([lead.itemStart, i]);
      lead.itemStart = i + 1;
    }
  }
}

/**
 * `lead`, read from `clauseStart` up to `to` (a numeral's start): on from where it stopped in the same clause, from
 * the clause's start in a new one (or if asked about an earlier place, which the scan never does).
 */
export function leadUpTo(lead: ClauseLead, folded: string, clauseStart: number, to: number): ClauseLead {
  if (lead.clauseStart !== clauseStart || to < lead.readTo) startClause(lead, clauseStart);
  if (to > lead.readTo) {
    readWords(lead, folded.slice(lead.readTo, to), lead.readTo);
    readList(lead, folded, lead.readTo, to);
    lead.charsRead += to - lead.readTo;
    lead.readTo = to;
  }
  return lead;
}
