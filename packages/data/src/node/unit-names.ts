/**
 * What other cities write among the units that is no unit, read after the parse (`after-parse.ts`).
 *
 * - A field of the bracket (`完成時限:2024年底`, `時間節點:12月底前`, `牽頭領導:張三`) is left out, with a warning:
 *   before, it became a unit, silently. Among units with roles (`(市甲局牽頭,市乙局配合;完成時限:10月底前)`) it has
 *   no role of its own and needs none: the parser, which knows no fields, says `ambiguousUnitRole` of it; that error
 *   is answered here, where a field written alone has no role word before its colon (`配合單位:…` in brackets is none).
 * - A full stop left at a name's end (`市發展改革委。配合單位:…`) is left out, with a warning; so is 等 (`市市場監管局等配合`:
 *   and others), without one: the name is the same.
 * - Two units joined by a word (`市商務局和市文旅局`) are an error: one unit or two is for a person to say.
 * - `責任單位` beside `牽頭單位` is an error: its units were read as leads, but beside a lead it may name the others.
 *   So is 負責 beside 牽頭 (`市甲局牽頭,各縣市區政府負責`): 負責 reads as lead, but beside a lead it may mean taking part.
 * - A full stop between two names (`市醫保局。市財政局`) separates them, with a warning: before, they were one unit.
 */
import { toMatchForm } from '../parse/match-form.js';
import { leftoverRoleWord, roleOfWord } from '../parse/roles.js';
import type { Diagnostic, ParsedTask } from '../parse/types.js';
import { deadlineFieldWords, isDeadlineField } from './task-deadline.js';
import { ANY_LABEL_PATTERN } from './short-labels.js';
import type { TaskPass } from './task-pass.js';

/** A field of the bracket: a label and a colon in the name. */
const FIELD = /[:：]/;
/** Sentence punctuation at a name's end. */
const STOP = /[。．.]+$/;
/** 等 (and others) after the last name of a list. */
const ETC = /(?<=.)等$/u;
/** A full stop between two names. */
const INNER_STOP = /[。．]+/;
/** 負責 or 主責 ending a group of names, not a label's first word (負責單位); and 牽頭 anywhere. */
const DUTY_WORD = /[負负主][責责](?![單单]位|部[門门])/;
const LEAD_WORD = /[牽牵][頭头]/;
/** A unit's last word, a joining word, and the next unit's first (市, 縣, 各…). */
const JOINED = /(?:局|委|辦|办|廳|厅|院|會|会|中心|政府|公司|隊|队|站)(?:以及|和|及|與|与)(?=[市縣县區区省各國国])/;
/** A label's brackets and colon, around its words. */
const LABEL_MARKS = /[【】[\]:\s]/g;

/**
 * Whether the field `name`, at `offset` of `text`, is a group of the list alone with no role word before its colon:
 * then the parser's `ambiguousUnitRole` at the same offset is of the field, and no unit is without a role. A field
 * joined by 、 to a name (`完成時限:10月底前、市丙局`) leaves that name without one: its error stays.
 */
const isLoneField = (text: string, offset: number, name: string) =>
  text[offset + name.length] !== '、' && leftoverRoleWord(name.slice(0, name.search(FIELD))) === undefined;

/**
 * The tasks with fields and full stops left out of their unit names; what was found is said to `sink`. Answered: the
 * parser's `ambiguousUnitRole` errors of the fields left out.
 */
export const checkUnitNames: TaskPass = (text, tasks, diagnostics, sink) => {
  const answered = new Set<Diagnostic>();
  const checked = tasks.map((task): ParsedTask => {
    const span = task.unitsSpan;
    if (!span) return task;
    const units = text.slice(span.offset, span.offset + span.length);
    const at = (name: string) => span.offset + Math.max(0, units.indexOf(name));
    /** Says the field `name` left out, and answers the parser's error that it has no role, if it is of the field. */
    const leaveOut = (name: string) => {
      const deadline = isDeadlineField(name) ? `; ${deadlineFieldWords(name)}` : '';
      sink.warning('fieldAmongUnits', `task ${task.number}: "${name}" is a field of the bracket (a deadline, a leader), not a unit: left out${deadline}`, at(name));
      const error = isLoneField(text, at(name), name) && diagnostics.find((d) => d.code === 'ambiguousUnitRole' && d.offset === at(name));
      if (error) answered.add(error);
    };
    // The labels (with 單位 or without): 責任單位, which says no role, beside one that says lead.
    const match = toMatchForm(units);
    const labels = [...match.matchAll(ANY_LABEL_PATTERN)];
    const responsible = labels.find((label) => roleOfWord(label[0]) === undefined);
    if (responsible && labels.some((label) => roleOfWord(label[0]) === 'lead')) {
      sink.error('responsibleBesideLead', `task ${task.number}: ${responsible[0].replace(LABEL_MARKS, '')} beside a lead label: whether its units lead or take part is unclear (write 參與單位 or 配合單位)`, span.offset + responsible.index);
    }
    const duty = DUTY_WORD.exec(match);
    if (!responsible && duty && LEAD_WORD.test(match)) {
      sink.error('responsibleBesideLead', `task ${task.number}: ${duty[0]} beside 牽頭: whether the units before ${duty[0]} lead or take part is unclear (write 配合 or 參與 for units that take part)`, span.offset + duty.index);
    }
    const kept = (names: readonly string[]) =>
      names.flatMap((name) => {
        if (FIELD.test(name)) {
          leaveOut(name);
          return [];
        }
        const stop = STOP.exec(name);
        if (stop) sink.warning('stopInUnitName', `task ${task.number}: "${name}" ends with ${stop[0]}: left out of the name`, at(name) + stop.index);
        // 市市場監管局等配合, 市直有關部門等: 等 (and others) closes the list; it is no part of the last name.
        const trimmed = (stop ? name.slice(0, stop.index) : name).replace(ETC, '');
        if (JOINED.test(trimmed)) sink.error('unitsJoinedByWord', `task ${task.number}: "${trimmed}" may be two units joined by a word: separate them with 、`, at(name));
        const parts = trimmed.split(INNER_STOP).filter(Boolean);
        if (parts.length > 1) sink.warning('stopInUnitName', `task ${task.number}: "${trimmed}" has a full stop between names: read as ${parts.length} units (${parts.join('、')})`, at(name));
        return parts;
      });
    return { ...task, lead: kept(task.lead), participating: kept(task.participating) };
  });
  return { tasks: checked, answered };
};
