/**
 * A deadline written as a field of a task's units (`完成時限:2024年6月底前` in the brackets, or on a line of its own
 * after them): the deadline of the task's targets that name none of their own. The field is left out of the units
 * (`unit-names.ts`, `unit-lines.ts`), silently where its deadline is read (there is nothing to do: review r88), and
 * said where it is not (`unit-words.ts`).
 */
import { deadlineAt, type Deadline } from '../extract/deadline.js';
import { foldForReading, normalizeForExtraction } from '../extract/normalize.js';
import { OTHER_YEAR_BEFORE, planYearSource } from '../extract/plan-year-words.js';
import { startWordsAt } from '../extract/start.js';
import type { ParsedTask } from '../parse/types.js';

/** A deadline field's label and colon: 完成時限, 完成時間, 時間節點. */
const DEADLINE_FIELD = /(?:完成[時时](?:限|[間间])|[時时][間间][節节][點点])[ \t\u3000]*[:：][ \t\u3000]*/gu;

/** Whether `field` (a label, a colon and a value) is a deadline field. */
export const isDeadlineField = (field: string): boolean => new RegExp(DEADLINE_FIELD.source, 'u').test(field);

/**
 * The deadline a field's value names at its start (2024年6月底前, 6月底, 三季度末, 年底前; 2024 年 6 月底前 with a
 * PDF's spaces), or `undefined`.
 */
export function deadlineOfField(field: string): Deadline | undefined {
  const label = new RegExp(DEADLINE_FIELD.source, 'u').exec(field);
  if (!label) return undefined;
  const value = foldForReading(field.slice(label.index + label[0].length)).folded.replace(/^[到至]/u, '');
  return deadlineAt(value, 0);
}

/**
 * The deadlines of `task`'s targets that name none of their own, whose quotes start at `offsets` in the text: that of
 * the task's units fields, if one is written there and read, for every target; else that of the clause that closes the
 * task, if it is only a date and 完成, for the targets it closes ({@link closingDeadline}).
 */
/**
 * A task's deadline for one of its targets; `overPeriod` when it is a closing date inside a later period the target's
 * clause names (三季度新建500個,年底前完成: the year's end, not the quarter's), which wins over the period's own end.
 */
export interface TaskDeadline extends Deadline {
  readonly overPeriod?: true;
}

export function taskDeadlines(text: string, task: ParsedTask, offsets: readonly number[]): (TaskDeadline | undefined)[] {
  const span = task.unitsSpan;
  const units = span ? text.slice(span.offset, span.offset + span.length) : '';
  for (const label of units.matchAll(DEADLINE_FIELD)) {
    const deadline = deadlineOfField(units.slice(label.index));
    if (deadline) return offsets.map(() => deadline);
  }
  return closingDeadline(text, task, offsets);
}

/** 完成 after a closing date, maybe with 前 or 全部 before it: 前完成, 全部完成. */
const DONE = /^前?(?:全部|全面)?完成$/u;
/** A clause's mark (folded: , and ; for ，and ；) and a sentence's. */
const CLAUSE_MARK = /[。;,]/gu;
const SENTENCE_MARK = /[。;]/gu;
/** 其中 opening a clause (not a bracket: 新建城市书房20处(其中:市级5处), whose parts end with it): a part of the total before it. */
const PART = /(?<![(（])其中/gu;
/**
 * The plan's year in a target's clause, setting its period (全年新建, 年度, 今年, 年内, 2023年全年; not 全年任务的: the
 * year's work, nor 上年度, 去年, 明年全年: another year's). Beyond the shared words: a 年 before them not a number's
 * (明年全年) makes them another year's, a number's (2023年全年) is the plan's; 目标 or 任务 after any of them is the
 * year's work, not a period.
 */
const OWN_PERIOD = new RegExp(`(?<![${OTHER_YEAR_BEFORE}]|(?<!\\d)年)(?:${planYearSource()})(?!目标|任务)`, 'u');
/** A later period of the year in a part's clause, setting its own (下半年新建700个, 三季度, 第四季度, 年底前). */
const LATER_PERIOD = /下半年|[三四]季度|年底|年末/u;
/** 全部 in a closing clause: all the work it closes is done by its date (6月底前全部完成). */
const ALL = /全部完成$/u;

/** Where the last match of `pattern` (global) in `text` before `end` starts, or -1. */
function lastIndexBefore(text: string, pattern: RegExp, end: number): number {
  let last = -1;
  for (const m of text.slice(0, Math.max(end, 0)).matchAll(pattern)) last = m.index;
  return last;
}

/**
 * The deadlines of `task`'s targets at `offsets` set by the clause or sentence that closes the task (its title and
 * body) when it is only a date and 完成 (…糧食總產量穩定在八億斤以上。2023年10月底前完成。; 改造農村危房二百戶,2023年11月底前完成。):
 * it says when the work it closes is done. That work is its own sentence's, if it is a clause; the task's, if it is a
 * sentence of its own and the task's targets stand in one sentence (else none: it may close the last sentence only);
 * and of either, only from the last 其中 on (全年新建基站1000個,其中上半年新建300個,6月底前完成: the part's, not the
 * total's). A target whose clause names a later period that starts (下半年新建500個, 三季度) is due at a date from its
 * start on (下半年…,10月底前完成: 10月底; 三季度…,年底前完成: the year's end), and keeps its own reading before it
 * (下半年…,6月底前全部完成: a contradiction) or with a year written (no plan's year to compare it with here); one that
 * names a period's end (年底前, 三季度末前) keeps its own reading too; one whose
 * clause names the plan's year (全年, 年度, 今年, 年內, 2023年全年) keeps its year's end, unless the clause says all of it is
 * done by its date (全年新建基站1000個,6月底前全部完成: 全部 is the whole year's work, due 6月底). Not a clause that
 * names what it completes (2023年8月底前完成主體工程: a milestone), nor one before more of the task, which may be the
 * part before it only.
 */
function closingDeadline(text: string, task: ParsedTask, offsets: readonly number[]): (TaskDeadline | undefined)[] {
  const start = task.titleSpan.offset;
  const end = Math.max(start + task.titleSpan.length, task.bodySpan.offset + task.bodySpan.length);
  // Index for index with the text, the units (between the title and the body in some plans) blanked; a PDF's line
  // breaks and spaces dropped from the closing clause only.
  const units = task.unitsSpan;
  let folded = normalizeForExtraction(text.slice(start, end));
  if (units && units.offset < end && units.offset + units.length > start) {
    const [from, to] = [Math.max(units.offset - start, 0), Math.min(units.offset + units.length - start, folded.length)];
    folded = folded.slice(0, from) + ' '.repeat(to - from) + folded.slice(to);
  }
  const work = folded.replace(/[。;,\s]+$/u, '');
  const mark = lastIndexBefore(work, CLAUSE_MARK, work.length);
  const clause = work.slice(mark + 1).replace(/\s+/gu, '').replace(/^[到至于在]/u, '');
  const deadline = deadlineAt(clause, 0);
  const none = offsets.map(() => undefined);
  if (mark < 0 || !deadline || !DONE.test(clause.slice(deadline.length))) return none;
  const sentenceOf = (at: number) => lastIndexBefore(work, SENTENCE_MARK, at) + 1;
  const closed = offsets.map((offset) => offset - start).filter((at) => at >= 0 && at < mark);
  const sentences = new Set(closed.map(sentenceOf));
  // A clause closes its own sentence; a sentence of its own, the task's one sentence of targets.
  const sentence = work[mark] === ',' ? sentenceOf(mark) : sentences.size === 1 ? [...sentences][0]! : undefined;
  if (sentence === undefined) return none;
  const from = Math.max(sentence, lastIndexBefore(work, PART, mark));
  return offsets.map((offset) => {
    const at = offset - start;
    if (at < from || at >= mark) return undefined;
    const own = work.slice(lastIndexBefore(work, CLAUSE_MARK, at) + 1).split(CLAUSE_MARK)[0]!;
    const later = LATER_PERIOD.exec(own);
    if (later) return deadline.year === undefined && deadline.month >= (startWordsAt(own, later.index)?.month ?? 13) ? { ...deadline, overPeriod: true } : undefined;
    return OWN_PERIOD.test(own) && !ALL.test(clause) ? undefined : deadline;
  });
}
