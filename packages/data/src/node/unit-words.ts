/**
 * What the checks of unit names after the parse say, in each language the CLI speaks (`--lang`): a field among the
 * units, or its deadline not read (`fieldAmongUnits`), a full stop in a name (`stopInUnitName`, `unit-names.ts`), more units
 * counted than named (`unitsCounted`, `unit-names.ts`) and a units
 * line read as going on in the next (`unitsLineJoined`, `unit-lines.ts`), and a body's second name merged into it
 * (`unitNamesMerged`, `one-body-names.ts`). Each check says the English.
 */
import type { Language } from '../schema.js';
import { deadlineOfField, isDeadlineField } from './task-deadline.js';
import type { WordsByParts } from './words-by-parts.js';

/**
 * Whether a field left out of the units is said (`fieldAmongUnits`): a field that is no deadline (牽頭領導:…), or a
 * deadline field whose deadline is not read; one that is read is the deadline of the task's targets, and there is
 * nothing to do (review r88).
 */
export const isFieldToSay = (field: string): boolean => deadlineOfField(field) === undefined;

/** What is said of a deadline field whose value is not read: the task's targets are due at the end of the plan's year. */
const deadlineNotRead: Readonly<Record<Language, string>> = {
  'zh-Hant': '期限未能讀取(任務中的目標以計劃年度年底為期限;請在正文寫明期限:6月底前…)',
  'zh-Hans': '期限未能读取(任务中的目标以计划年度年底为期限;请在正文写明期限:6月底前…)',
  en: "its deadline is not read (the task's targets are due at the end of the plan's year; write the deadline in the text: 6月底前…)",
};

/** After a field left out, in `lang`: that its deadline is not read, if it is a deadline field (else nothing: 牽頭領導:…). */
const deadlineOf = (field: string, lang: Language): string => (isDeadlineField(field) ? `${lang === 'en' ? '; ' : ';'}${deadlineNotRead[lang]}` : '');

/**
 * What `fieldAmongUnits` says of the field `field` of task `task` left out of its units: a field in the units' bracket
 * (`bracket`), or on a line of its own after the units (`line`); a deadline field is said only when its deadline is not
 * read (`isFieldToSay`), and says so.
 */
export const fieldAmongUnitsWords: { readonly bracket: WordsByParts<[task: number, field: string]>; readonly line: WordsByParts<[task: number, field: string]> } = {
  bracket: {
    'zh-Hant': (task, field) => `任務 ${task}:「${field}」是括號裡的欄位(期限、責任領導),不是單位:已略去${deadlineOf(field, 'zh-Hant')}`,
    'zh-Hans': (task, field) => `任务 ${task}:“${field}”是括号里的栏目(期限、责任领导),不是单位:已略去${deadlineOf(field, 'zh-Hans')}`,
    en: (task, field) => `task ${task}: "${field}" is a field of the bracket (a deadline, a leader), not a unit: left out${deadlineOf(field, 'en')}`,
  },
  line: {
    'zh-Hant': (task, field) => `任務 ${task}:「${field}」是責任單位之後的欄位(期限、責任領導),不是單位:已略去${deadlineOf(field, 'zh-Hant')}`,
    'zh-Hans': (task, field) => `任务 ${task}:“${field}”是责任单位之后的栏目(期限、责任领导),不是单位:已略去${deadlineOf(field, 'zh-Hans')}`,
    en: (task, field) => `task ${task}: "${field}" is a field of the units (a deadline, a leader), not a unit: left out${deadlineOf(field, 'en')}`,
  },
};

/**
 * What `stopInUnitName` says in task `task`: of a full stop `stop` (。 .) at the end of the name `name`, left out of it
 * (`end`); or of the name `name` holding a full stop between names, read as `count` units (`units`, joined by 、).
 */
export const stopInUnitNameWords: { readonly end: WordsByParts<[task: number, name: string, stop: string]>; readonly between: WordsByParts<[task: number, name: string, count: number, units: string]> } = {
  end: {
    'zh-Hant': (task, name, stop) => `任務 ${task}:「${name}」以「${stop}」結尾:已從單位名稱中略去`,
    'zh-Hans': (task, name, stop) => `任务 ${task}:“${name}”以“${stop}”结尾:已从单位名称中略去`,
    en: (task, name, stop) => `task ${task}: "${name}" ends with ${stop}: left out of the name`,
  },
  between: {
    'zh-Hant': (task, name, count, units) => `任務 ${task}:「${name}」的名稱之間有句號:讀作 ${count} 個單位(${units})`,
    'zh-Hans': (task, name, count, units) => `任务 ${task}:“${name}”的名称之间有句号:读作 ${count} 个单位(${units})`,
    en: (task, name, count, units) => `task ${task}: "${name}" has a full stop between names: read as ${count} units (${units})`,
  },
};

/**
 * What `unitsCounted` says in task `task` (review r126 F8): of the name `name` closing its list with a count
 * (`市民政局等12個部門`) of `count` units, more than the `named` the list names: only those named are in the plan.
 */
export const unitsCountedWords: WordsByParts<[task: number, name: string, count: number, named: number]> = {
  'zh-Hant': (task, name, count, named) => `任務 ${task}:「${name}」共 ${count} 個單位,只列出 ${named} 個的名稱:計劃中只有列出名稱的單位`,
  'zh-Hans': (task, name, count, named) => `任务 ${task}:“${name}”共 ${count} 个单位,只列出 ${named} 个的名称:计划中只有列出名称的单位`,
  en: (task, name, count, named) => `task ${task}: "${name}" counts ${count} units and names ${named}: only the units named are in the plan`,
};

/**
 * What `blankInUnitName` says in task `task` (`blanks-in-names.ts`, r113): of the name `name` with a blank inside it
 * (`written`), read whole as `name` (`inside`); or of `piece`, before or after a blank that separates names, no unit's
 * name on its own (`piece`).
 */
export const blankInUnitNameWords: { readonly inside: WordsByParts<[task: number, written: string, name: string]>; readonly piece: WordsByParts<[task: number, piece: string]> } = {
  inside: {
    'zh-Hant': (task, written, name) => `任務 ${task}:單位名稱「${written}」中間有空格:讀作一個單位「${name}」`,
    'zh-Hans': (task, written, name) => `任务 ${task}:单位名称“${written}”中间有空格:读作一个单位“${name}”`,
    en: (task, written, name) => `task ${task}: the unit name "${written}" has a blank inside: read as one unit, "${name}"`,
  },
  piece: {
    'zh-Hant': (task, piece) => `任務 ${task}:空格旁的「${piece}」本身不是單位名稱,卻讀作一個單位:若它是相鄰名稱的一部分,請刪去空格;若是兩個單位,請用「、」分隔`,
    'zh-Hans': (task, piece) => `任务 ${task}:空格旁的“${piece}”本身不是单位名称,却读作一个单位:若它是相邻名称的一部分,请删去空格;若是两个单位,请用“、”分隔`,
    en: (task, piece) => `task ${task}: "${piece}", beside a blank in the units, is no unit's name on its own but is read as a unit: if it is part of the name beside it, remove the blank; if they are two units, separate them with 、`,
  },
};

/** What `unitsLineJoined` says of the line `line` of task `task`, read as the rest of the units line above it. */
export const unitsLineJoinedWords: WordsByParts<[task: number, line: string]> = {
  'zh-Hant': (task, line) => `任務 ${task}:「${line}」讀作上一行責任單位的後半(名稱或名單在換行處斷開):請把兩行接成一行`,
  'zh-Hans': (task, line) => `任务 ${task}:“${line}”读作上一行责任单位的后半(名称或名单在换行处断开):请把两行接成一行`,
  en: (task, line) => `task ${task}: "${line}" is read as the rest of the units line above it (a name or list broken across lines): join the two lines`,
};

/**
 * What `taskWithoutUnits` says of task `task` whose text ends in `words` (as written) that look like units and were
 * not read, a name in them no unit's: units after a dash (`——市甲局、全年推進`), a label row without colons
 * (`units-after-dash.ts`). The parser's words (`task 1 names no responsible units`) are said of any other.
 */
export const unitsNotReadWords: WordsByParts<[task: number, words: string]> = {
  'zh-Hant': (task, words) => `任務 ${task} 沒有寫明責任單位:結尾的「${words}」未讀作責任單位(其中每個名稱都須是單位的名稱)`,
  'zh-Hans': (task, words) => `任务 ${task} 没有写明责任单位:结尾的“${words}”未读作责任单位(其中每个名称都须是单位的名称)`,
  en: (task, words) => `task ${task} names no responsible units: «${words}» at its end was not read as units (each name must be a unit's)`,
};

/** What `taskWithoutUnits` says of task `task` whose text holds the line `line`, which starts like a units label and was not read (`label-lines-not-read.ts`). */
export const labelNotReadWords: WordsByParts<[task: number, line: string]> = {
  'zh-Hant': (task, line) => `任務 ${task} 沒有寫明責任單位:「${line}」像責任單位的標籤,但未能讀取(請寫成「牽頭單位:…」,標籤後加冒號)`,
  'zh-Hans': (task, line) => `任务 ${task} 没有写明责任单位:“${line}”像责任单位的标签,但未能读取(请写成“牵头单位:…”,标签后加冒号)`,
  en: (task, line) => `task ${task} names no responsible units: «${line}» looks like a units label but was not read (write the label with a colon: 牽頭單位:…)`,
};

/**
 * What `unitNamesMerged` says of `name` as written, read as one unit `body` with `second`, the name in its brackets,
 * another name of it (a second nameplate, 掛牌); a sub-unit read so wrongly is written apart.
 */
export const unitNamesMergedWords: WordsByParts<[name: string, body: string, second: string]> = {
  'zh-Hant': (name, body, second) => `「${name}」讀作一個單位「${body}」,「${second}」是它的另一個名稱(掛牌):若「${second}」是另一個單位,請分開寫`,
  'zh-Hans': (name, body, second) => `“${name}”读作一个单位“${body}”,“${second}”是它的另一个名称(挂牌):若“${second}”是另一个单位,请分开写`,
  en: (name, body, second) => `"${name}" is read as one unit, "${body}", with "${second}" another name of the same body (a second nameplate): if "${second}" is a unit of its own, write the two apart`,
};
