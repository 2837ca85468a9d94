/**
 * What other cities write among the units that is no unit, read after the parse (`after-parse.ts`).
 *
 * - A field of the bracket (`完成時限:2024年底`, `時間節點:12月底前`, `牽頭領導:張三`) is left out, with a warning:
 *   before, it became a unit, silently. Among units with roles (`(市甲局牽頭,市乙局配合;完成時限:10月底前)`) it has
 *   no role of its own and needs none: the parser, which knows no fields, says `ambiguousUnitRole` of it; that error
 *   is answered here, where a field written alone has no role word before its colon (`配合單位:…` in brackets is none).
 * - A full stop left at a name's end (`市發展改革委。配合單位:…`) is left out, with a warning; so is 等 (`市市場監管局等配合`:
 *   and others; `市民政局等單位`, the parser's role-word error of its 單位 answered), without one: the name is the same.
 *   A count after it (`市民政局等12個部門`) is left out too; when it counts more units than the list names, a warning
 *   (`unitsCounted`) says that only those named are in the plan (review r126 F8).
 * - Two units joined by a word (`市商務局和市文旅局`) are an error: one unit or two is for a person to say.
 * - `責任單位` beside `牽頭單位` is an error: its units were read as leads, but beside a lead it may name the others.
 *   So is 負責 beside 牽頭 (`市甲局牽頭,各縣市區政府負責`): 負責 reads as lead, but beside a lead it may mean taking part.
 *   The user's word for the whole document (`--responsible-beside-lead participating|lead`) answers it
 *   ({@link readResponsibleBesideLead}); the parser does not guess, as a city may mean co-leads.
 *   Words of duties shared before 負責 (`市甲局牽頭,市乙局、市丙局按職責分工負責`, `分別負責`) are the word of duty's, not
 *   the last name's: that one error says them, and the parser's `roleWordInUnitName` of the name is answered. After
 *   units that each have their role word (`A牽頭,B配合,按職責分工負責`) the words name no unit: no error (F232). So is
 *   按職責分工 with a word of doing it (`A牽頭,B、C按職責分工落實`, 推進, 實施), which holds no role word the parser reads:
 *   beside a lead it says what 按職責分工負責 says, and the parser's `ambiguousUnitRole` of its group is answered too.
 * - A full stop between two names (`市醫保局。市財政局`) separates them, with a warning: before, they were one unit.
 * - `A、B分別牽頭`: both lead, each its part, with a warning that the document does not say which (`respectiveLeads`);
 *   before, `B分別` was a unit with a role word in it. One unit alone before 分別牽頭 keeps the parser's error. So with
 *   按職責 before it (`B按職責分別牽頭`, `B根據職責分別牽頭`), and after a comma after a label (`牽頭單位:A、B,分別牽頭`):
 *   no unit `分別牽頭`. `A牽頭,B、C分別配合`: B and C take part. A name is cut only if what is left is a clean one.
 */
import { chineseValue } from '../extract/chinese-numerals.js';
import { toMatchForm } from '../parse/match-form.js';
import { leftoverRoleWord, roleOfWord, ROLE_WORD_LENGTH, ROLE_WORD_PATTERN, type UnitRole } from '../parse/roles.js';
import type { Diagnostic, ParsedPlanText, ParsedTask } from '../parse/types.js';
import { documentScript } from './document-script.js';
import { respectiveLeadsWords, roleAdvice, responsibleBesideLeadWords } from './role-words.js';
import { fieldAmongUnitsWords, isFieldToSay, stopInUnitNameWords, unitsCountedWords } from './unit-words.js';
import { ANY_LABEL_PATTERN } from './short-labels.js';
import type { TaskPass } from './task-pass.js';
import { dropDutyRemarks } from './unit-remarks.js';

/** A field of the bracket: a label and a colon in the name. */
const FIELD = /[:：]/;
/** Sentence punctuation at a name's end. */
const STOP = /[。．.]+$/;
/** The count in {@link ETC_WORDS}: digits, or a numeral in words (12, 十二). */
const UNITS_COUNT = /\d+|[〇一二兩两三四五六七八九十]+/u;
/**
 * 等 (and others) ending a list, with the words that may follow it (等單位, 等部門, 等有關單位, 等相關部門, and a count:
 * 等12個部門, 等十二個單位): the source of a pattern.
 */
export const ETC_WORDS = `等(?:(?:(?:${UNITS_COUNT.source})[個个家])?(?:[有相][關关])?(?:[單单]位|部[門门]))?`;
/** {@link ETC_WORDS} after the last name of a list. */
const ETC = new RegExp(`(?<=.)${ETC_WORDS}$`, 'u');
/**
 * Whether the parser's role word in `name` (`roleWordInUnitName`) is only that of 等單位 ending it (`市民政局等單位`):
 * the name without {@link ETC_WORDS} is clean, and read so (F288). Its error is answered; nothing is guessed.
 */
export const etcHoldsRoleWord = (name: string): boolean => ETC.test(name) && leftoverRoleWord(name) !== undefined && leftoverRoleWord(name.replace(ETC, '')) === undefined;
/** A full stop between two names. */
const INNER_STOP = /[。．]+/;
/** 負責 or 主責 ending a group of names, not a label's first word (負責單位); and 牽頭 (or 主辦) anywhere. */
const DUTY_WORD = /[負负主][責责](?![單单]位|部[門门])/;
const LEAD_WORD = /[牽牵][頭头]|主[辦办]/;
/** Words of duties by the units' own remits: 按職責分工, 按照職責, 根據職責, 依據職責, 職責. */
const BY_DUTY = '(?:按照?|根[據据]|依[據据])?[職职][責责](?:分工)?';
/** Words of duties shared, ending the text before a word of duty: 按職責分工 (負責), 根據職責 (負責), (按職責)分別 (負責). */
export const SHARED_DUTY = new RegExp(`(?:${BY_DUTY})?分[別别]$|${BY_DUTY}$`, 'u');
/** 分別, with the words of remits before it, ending the text before a role word (`A、B按職責分別牽頭`, `分別配合`). */
export const RESPECTIVE = new RegExp(`(?:${BY_DUTY})?分[別别]$`, 'u');
/**
 * 按職責分工 and a word of doing it (落實, 推進, 實施), ending a group of names: no role word the parser reads; beside a
 * lead, what 按職責分工負責 says. (A pattern's source, for the patterns that hold it.)
 */
export const SHARED_WORK = '按照?[職职][責责]分工(?:落[實实]|推[進进]|[實实]施)';
/** {@link SHARED_WORK} ending a name, or a group of names. */
export const SHARED_WORK_END = new RegExp(`${SHARED_WORK}$`, 'u');
/** Blanks, then 、 (ending the text before a name): the name is the last of a list. */
const AFTER_LIST = /、\s*$/u;
/** A unit's last word, a joining word, and the next unit's first (市, 縣, 各…). */
const JOINED = /(?:局|委|辦|办|廳|厅|院|會|会|中心|政府|公司|隊|队|站)(?:以及|和|及|與|与)(?=[市縣县區区省各國国])/;
/** Only marks and blanks between a role word and the words of duty after it: no unit's name. */
const NO_NAME = /^[\s,;、。.()]*$/u;
/** A label's brackets and colon, around its words. */
const LABEL_MARKS = /[【】[\]:\s]/g;

/**
 * Whether the field `name`, at `offset` of `text`, is a group of the list alone with no role word before its colon:
 * then the parser's `ambiguousUnitRole` at the same offset is of the field, and no unit is without a role. A field
 * joined by 、 to a name (`完成時限:10月底前、市丙局`) leaves that name without one: its error stays.
 */
const isLoneField = (text: string, offset: number, name: string) =>
  text[offset + name.length] !== '、' && leftoverRoleWord(name.slice(0, name.search(FIELD))) === undefined;

/** Every role word (牽頭, 負責, 配合…); and every word of duty: 負責 or 主責 ending a group of names, or {@link SHARED_WORK}. */
const ROLE_WORDS = new RegExp(ROLE_WORD_PATTERN.source, 'g');
const DUTY_WORDS = new RegExp(`${DUTY_WORD.source}|${SHARED_WORK}(?![^,;。.)\\]】\\s])`, 'gu');

/** A group of units whose role is unclear beside a lead: those of 責任單位 beside a lead label, or of 負責 beside 牽頭. */
interface UnclearGroup {
  /**
   * The label (責任單位, without its marks) or the word of duty (負責, or 按職責分工負責 with the words before it, or
   * 按職責分工落實), as written.
   */
  readonly word: string;
  /** Where the label or the word stands in the units' match form. */
  readonly index: number;
  /** The lead word beside the word of duty (牽頭 as written); none beside a label. */
  readonly lead?: string;
  /** Where the group's names stand in the units' match form: from `from` up to `to`. */
  readonly from: number;
  readonly to: number;
}

/**
 * The groups of units in `match` (a units list in its match form) whose role is unclear beside a lead. Each label that
 * says no role (責任單位, 責任部門, 責任:) beside one that says lead: its names, up to the next label. Else, beside 牽頭
 * (or 主辦), each 負責 or 主責 that ends a group of names, or {@link SHARED_WORK}, under a label that says no role too
 * (`責任單位:A牽頭,B、C負責`) or in a line of its own: its names, back to the role word or label before it (or, as a label's word, `負責:`, its
 * names after it).
 */
function unclearGroups(match: string): UnclearGroup[] {
  const labels = [...match.matchAll(ANY_LABEL_PATTERN)];
  const after = (label: RegExpExecArray) => {
    const from = label.index + label[0].length;
    return { from, to: labels.find((next) => next.index >= from)?.index ?? match.length };
  };
  const roleless = labels.filter((label) => roleOfWord(label[0]) === undefined);
  if (roleless.length && labels.some((label) => roleOfWord(label[0]) === 'lead')) {
    return roleless.map((label) => ({ word: label[0].replace(LABEL_MARKS, ''), index: label.index, ...after(label) }));
  }
  const lead = LEAD_WORD.exec(match)?.[0];
  if (lead === undefined) return [];
  const ends = [...[...match.matchAll(ROLE_WORDS)], ...labels].map((m) => m.index + m[0].length);
  return [...match.matchAll(DUTY_WORDS)].flatMap((duty) => {
    const label = labels.find((l) => l.index === duty.index);
    if (label) return [{ word: duty[0], index: duty.index, lead, ...after(label) }];
    // Words of duties shared before it (按職責分工負責) are its own: its names end before them.
    const index = duty.index - (SHARED_DUTY.exec(match.slice(0, duty.index))?.[0].length ?? 0);
    const from = Math.max(0, ...ends.filter((end) => end <= index));
    // No name between the role word before it and the words (`A牽頭,B配合,按職責分工負責`): each unit has its role,
    // and the words say only that each does its part (F232).
    return NO_NAME.test(match.slice(from, index)) ? [] : [{ word: match.slice(index, duty.index + duty[0].length), index, lead, from, to: index }];
  });
}

/** The role `value` of `--responsible-beside-lead` gives (none without it), or an error that names the values. */
export function responsibleRoleOf(value: string | undefined): UnitRole | undefined {
  if (value === undefined || value === 'participating' || value === 'lead') return value;
  throw new Error(`--responsible-beside-lead must be participating or lead, not "${value}"`);
}

/** A name as it is found in a units list's compact match form: no blanks, no line breaks (a list wrapped in a PDF copy). */
const compactForm = (text: string) => toMatchForm(text).replace(/\s+/gu, '');

/** Where each of `names` (in document order) stands in `compact`, searched in turn; -1 for a name not found. */
function placesOf(compact: string, names: readonly string[]): number[] {
  let cursor = 0;
  return names.map((name) => {
    const form = compactForm(name);
    const at = compact.indexOf(form, cursor);
    if (at >= 0) cursor = at + form.length;
    return at;
  });
}

/**
 * Task `task`'s lead and participating units with those of its unclear groups (`units`: its units as written) given
 * `role`; none when its groups or a lead unit's place cannot be found again (the error stays, as nothing is guessed).
 */
function rolesGiven(units: string, task: ParsedTask, role: UnitRole): Pick<ParsedTask, 'lead' | 'participating'> | undefined {
  const compact = compactForm(units);
  const groups = unclearGroups(compact);
  const places = placesOf(compact, task.lead);
  if (!groups.length || places.includes(-1)) return undefined;
  if (role === 'lead') {
    // Read as leads already, they lead; so do those a group ending in 按職責分工落實 (no role word) took from the
    // group after it (`…落實,市丁局配合`).
    const taken = placesOf(compact, task.participating).map((at) => groups.some((group) => at >= group.from && at < group.to));
    return { lead: [...task.lead, ...task.participating.filter((_, i) => taken[i])], participating: task.participating.filter((_, i) => !taken[i]) };
  }
  const inGroup = places.map((at) => groups.some((group) => at >= group.from && at < group.to));
  const taking = placesOf(compact, task.participating).map((at, i) => ({ name: task.participating[i]!, at }));
  for (const [i, name] of task.lead.entries()) if (inGroup[i] && !task.participating.includes(name)) taking.push({ name, at: places[i]! });
  // Among the units that take part already, in document order (after them, where one's place is not found).
  if (taking.every(({ at }) => at >= 0)) taking.sort((a, b) => a.at - b.at);
  return { lead: task.lead.filter((_, i) => !inGroup[i]), participating: taking.map(({ name }) => name) };
}

/**
 * The parse (`checkParsed`'s) with the units of each `responsibleBesideLead` read as `role` says, for the whole
 * document: `participating`, the units of 責任單位 beside a lead label (or before 負責 beside 牽頭) take part; `lead`,
 * they lead, as they were read. Its errors are answered. Without `role`, the parse as it is.
 */
export function readResponsibleBesideLead(text: string, parsed: ParsedPlanText, role: UnitRole | undefined): ParsedPlanText {
  const errors = role ? parsed.diagnostics.filter((d) => d.code === 'responsibleBesideLead') : [];
  if (!role || !errors.length) return parsed;
  const answered = new Set<Diagnostic>();
  const tasks = parsed.tasks.map((task): ParsedTask => {
    const span = task.unitsSpan;
    const own = span ? errors.filter((d) => d.offset >= span.offset && d.offset < span.offset + span.length) : [];
    const roles = span && own.length ? rolesGiven(text.slice(span.offset, span.offset + span.length), task, role) : undefined;
    if (!roles) return task;
    for (const d of own) answered.add(d);
    return { ...task, ...roles };
  });
  if (!answered.size) return parsed;
  return {
    ...parsed,
    tasks,
    units: [...new Set(tasks.flatMap((t) => [...t.lead, ...t.participating]))],
    diagnostics: parsed.diagnostics.filter((d) => !answered.has(d)),
  };
}

/**
 * The tasks with fields, full stops and the words of shared roles left out of their unit names; what was found is said
 * to `sink`. Answered: the parser's `ambiguousUnitRole` and `roleWordInUnitName` errors of the fields left out, and its
 * `roleWordInUnitName` of a name ending in those words.
 */
export const checkUnitNames: TaskPass = (text, listed, diagnostics, sink) => {
  // First the remark 按職責分工負責 after a list (`unit-remarks.ts`): no name, and no role word beside a lead.
  const remarked = dropDutyRemarks(text, listed, diagnostics, sink);
  const answered = new Set<Diagnostic>(remarked.answered);
  const checked = remarked.tasks.map((task): ParsedTask => {
    const span = task.unitsSpan;
    if (!span) return task;
    const units = text.slice(span.offset, span.offset + span.length);
    const at = (name: string) => span.offset + Math.max(0, units.indexOf(name));
    /** Answers the parser's error that `name` holds a role word: the words were left out of it. */
    const answerRoleWord = (name: string) => {
      const roleWord = diagnostics.find((d) => d.code === 'roleWordInUnitName' && d.offset === at(name) && d.message.includes(`"${name}"`));
      if (roleWord) answered.add(roleWord);
    };
    /** Says the field `name` left out, and answers the parser's error that it has no role, if it is of the field. */
    const leaveOut = (name: string) => {
      if (isFieldToSay(name)) sink.warning('fieldAmongUnits', fieldAmongUnitsWords.bracket.en(task.number, name), at(name));
      const error = isLoneField(text, at(name), name) && diagnostics.find((d) => d.code === 'ambiguousUnitRole' && d.offset === at(name));
      if (error) answered.add(error);
      // A leader's label holds a role word (牽頭市領導:王某某): no unit's name holds it once the field is left out.
      answerRoleWord(name);
    };
    // The labels (with 單位 or without): 責任單位, which says no role, beside one that says lead; else 負責 beside 牽頭.
    const groups = unclearGroups(toMatchForm(units));
    const unclear = groups[0];
    // A group ending in 按職責分工落實 has no role word the parser reads: its `ambiguousUnitRole` is the error below's.
    for (const group of groups.filter((g) => SHARED_WORK_END.test(g.word))) {
      for (const d of diagnostics) if (d.code === 'ambiguousUnitRole' && d.offset >= span.offset + group.from && d.offset < span.offset + group.to) answered.add(d);
    }
    if (unclear) {
      const { label, duty } = responsibleBesideLeadWords;
      // What to write instead, as the document would write it.
      const advice = roleAdvice[documentScript(text)];
      const words = unclear.lead === undefined ? label.en(task.number, unclear.word, advice.participatingLabel, advice.cooperatingLabel) : duty.en(task.number, unclear.word, unclear.lead, advice.participating);
      sink.error('responsibleBesideLead', words, span.offset + unclear.index);
    }
    /**
     * `name` (one of `names`) without the words of a role shared that end it, before a role word (`next`, or the
     * name's own last two characters, as after a label): (按職責)分別 of the last of a list before 牽頭 (said here) or
     * before 配合 (they take part, as written); or 按職責分工 or 分別 before 負責, or {@link SHARED_WORK}, beside a lead
     * (said by `responsibleBesideLead`). A name that is only those words (`牽頭單位:A、B,分別牽頭`) is none: '' then, if it
     * follows two names or more, or before 負責 beside a lead (`A牽頭,B配合,按職責分工負責`, no error). As it is when what is left would not be a clean name: the parser's error stays.
     */
    const withoutSharedRole = (name: string, names: readonly string[], lead: boolean): string => {
      const from = units.indexOf(name);
      const tail = name.slice(-ROLE_WORD_LENGTH);
      const inName = name.length > ROLE_WORD_LENGTH && ROLE_WORD_PATTERN.test(tail);
      const word = inName ? tail : units.slice(from + name.length, from + name.length + ROLE_WORD_LENGTH);
      const body = inName ? name.slice(0, -ROLE_WORD_LENGTH) : name;
      const work = SHARED_WORK_END.exec(body);
      const duty = work !== null || DUTY_WORD.test(word);
      const shared = work ?? (duty ? SHARED_DUTY : RESPECTIVE).exec(body);
      if (!shared) return name;
      const rest = body.slice(0, shared.index);
      const listed = rest ? AFTER_LIST.test(units.slice(0, from)) : names.length > 2;
      // Only the words of duty, beside a lead with no error: after units that each have their role, a remark (F232).
      const said = duty ? unclear !== undefined || (!rest && LEAD_WORD.test(units)) : LEAD_WORD.test(word) ? lead && listed : roleOfWord(word) === 'participating' && !lead && listed;
      if (!said || leftoverRoleWord(rest) !== undefined) return name;
      if (LEAD_WORD.test(word)) sink.warning('respectiveLeads', respectiveLeadsWords.en(task.number, name.slice(shared.index) + (inName ? '' : word)), at(name) + shared.index);
      answerRoleWord(name);
      return rest;
    };
    const kept = (names: readonly string[], lead: boolean) =>
      names.flatMap((written) => {
        if (FIELD.test(written)) {
          leaveOut(written);
          return [];
        }
        const name = withoutSharedRole(written, names, lead);
        if (!name) return [];
        const stop = STOP.exec(name);
        if (stop) sink.warning('stopInUnitName', stopInUnitNameWords.end.en(task.number, name, stop[0]), at(name) + stop.index);
        // 市市場監管局等配合, 市直有關部門等, 市貿促會等有關單位: 等 (and others) closes the list; it is no part of the last name.
        const trimmed = (stop ? name.slice(0, stop.index) : name).replace(ETC, '');
        if (etcHoldsRoleWord(written)) answerRoleWord(written);
        // 市民政局等12個部門: more units counted than named; the others are in no plan (review r126 F8).
        const count = ETC.exec(name)?.[0].match(UNITS_COUNT)?.[0];
        const counted = count === undefined ? 0 : /^\d/.test(count) ? Number(count) : (chineseValue(count) ?? 0);
        if (counted > names.length) sink.warning('unitsCounted', unitsCountedWords.en(task.number, name, counted, names.length), at(name));
        if (JOINED.test(trimmed)) sink.error('unitsJoinedByWord', `task ${task.number}: "${trimmed}" may be two units joined by a word: separate them with 、`, at(name));
        const parts = trimmed.split(INNER_STOP).filter(Boolean);
        if (parts.length > 1) sink.warning('stopInUnitName', stopInUnitNameWords.between.en(task.number, trimmed, parts.length, parts.join('、')), at(name));
        return parts;
      });
    return { ...task, lead: kept(task.lead, true), participating: kept(task.participating, false) };
  });
  return { tasks: checked, answered };
};
