/**
 * A list of units that says no role (`責任單位:市發展改革委、市財政局、各縣(市、區)人民政府`), read after the parse,
 * which takes every unit of it as a lead without a word. Where the document says that the first of a list leads
 * (`註:責任單位中排在首位的為牽頭單位`, in its preamble or a closing note), the first leads and the others take part;
 * where it does not, a list of two or more is said (`rolesNotGiven`) and its units stay leads.
 */
import { toMatchForm } from '../parse/match-form.js';
import { ROLE_WORD_PATTERN } from '../parse/roles.js';
import type { ParsedTask } from '../parse/types.js';
import { documentScript } from './document-script.js';
import { roleAdvice, rolesNotGivenWords } from './role-words.js';
import type { TaskPass } from './task-pass.js';

/**
 * A document's word that the first unit of a list leads: `責任單位中排在首位的為牽頭單位`, `第一個單位為牽頭單位`,
 * `排名第一的為牽頭單位`. A place (首位, 第一位/個/名/家, 首個, 排/列第一) and 牽頭 or 主責 within one clause after it;
 * 第一 alone is no place (`第一批項目由市發改委牽頭`). Matched in the match form (`；` is `;`).
 */
export const FIRST_LEADS_PATTERN = /(?:首位|第一[位個个名家]|首[個个家]|[排列][在于於名]?第一)[^。;\n\r]{0,12}(?:[牽牵][頭头]|主[責责])/u;

/** The tasks with the lists that say no role read as the document says; each list of two or more said where it says nothing. */
export const readListRoles: TaskPass = (text, tasks, _diagnostics, sink) => {
  const match = toMatchForm(text);
  const firstLeads = FIRST_LEADS_PATTERN.test(match);
  // The note to write, as the document would write it (read once, at the first list said).
  let note: string | undefined;
  const read = tasks.map((task): ParsedTask => {
    const span = task.unitsSpan;
    // A role word anywhere in the list (a label, A牽頭, A(牽頭), a role word left in a name) gives roles, or an error.
    if (!span || task.lead.length < 2 || task.participating.length || ROLE_WORD_PATTERN.test(match.slice(span.offset, span.offset + span.length))) return task;
    if (firstLeads) return { ...task, lead: task.lead.slice(0, 1), participating: task.lead.slice(1) };
    sink.warning('rolesNotGiven', rolesNotGivenWords.en(task.number, (note ??= roleAdvice[documentScript(text)].firstLeads)), span.offset);
    return task;
  });
  return { tasks: read, answered: new Set() };
};
