/**
 * Page furniture copied out of a PDF or a printed page, read after the parse (`after-parse.ts`): a page number
 * (`— 3 —`, `- 5 -`, `·6·`, `3/8`), a footer (`第 6 頁 共 8 頁`) or a running header (`濟南市人民政府辦公廳文件`) on a line of its own, with the form feed that starts
 * a page before it or not (`\f— 3 —`). Between tasks it was a hard `textAfterUnits` error that blocked the build; it is
 * skipped (and left out of a task's body by `wrapped-lines.ts`, with the line break of a sentence it cuts).
 * A note after a task's units (`注:①…`, a footnote) is said as one (`footnoteAfterTask`, a warning).
 * The text after the last task's units (a closing paragraph, a signature, a closing block laid out as a table) is no
 * task's: said as a warning (`textAfterLastTask`) that does not block the build, unless it names units or roles, or a
 * row of a table in it starts with a task number (then the error stays: it may be a task's).
 */
import { toMatchForm } from '../parse/match-form.js';
import { LABEL, ROLE_WORD_PATTERN } from '../parse/roles.js';
import type { Diagnostic } from '../parse/types.js';
import { ANY_LABEL_PATTERN } from './short-labels.js';
import { footnoteAfterTaskWords, textAfterLastTaskWords } from './task-text-words.js';
import type { TaskPass } from './task-pass.js';

/** A row of a table (tabs, │, a row in pipes), in the match form: its cells may hold a task's text or its units. */
const TABLE_ROW = /\t|[│┃]|^[ \t]*\|/u;
/**
 * A row of a table that may be a task's: a task number at its start (`3.`, `3、`, `(3)`, or `3` alone in its first
 * cell, a 序號 column), a units label or a role word.
 */
const TASK_IN_ROW = new RegExp(`^[ \\t|│┃]*(?:\\d{1,3}(?:[ \\t]?[.、]|[ \\t]*[\\t|│┃])|\\(\\d{1,3}\\))|${LABEL}|${ROLE_WORD_PATTERN.source}`, 'u');

/** Units in a parenthesis with roles in words (`(市甲局牽頭,市乙局配合)`): text that may be a task's, not a closing. */
const UNITS_IN_WORDS = new RegExp(`\\([^()]*(?:${ROLE_WORD_PATTERN.source})[^()]*\\)`, 'u');

/**
 * Whether the lines after the last task's units (in the match form) read as the document's closing: its text names no
 * units or roles, and no row of a table in it holds a task (`抄送:市委各部門⇥共印50份` is a closing's row).
 */
function isClosing(lines: readonly string[]): boolean {
  const rows = lines.filter((line) => TABLE_ROW.test(line));
  const text = lines.filter((line) => !TABLE_ROW.test(line)).join('\n');
  return !new RegExp(ANY_LABEL_PATTERN.source, 'u').test(text) && !UNITS_IN_WORDS.test(text) && !rows.some((row) => TASK_IN_ROW.test(row));
}

/** Blanks, and the form feed pdftotext starts a page with (before its number, or after the page's footer). */
const BLANK = '[ \\t\\f\\u3000]*';
const DIGITS = '[0-9０-９]{1,4}';
const DASHES = '[-—–－─]+';
/** The dots a page number may stand between instead (`·6·`, `• 6 •`, `・6・`, `‧6‧`). */
const DOT = '[·•・･‧∙⋅]';
/**
 * A line that is a page number or a footer, and nothing else. A number alone (`6`) is not one: it may be a value a
 * line break cut off its sentence (`新建基站⏎6⏎個`), and stays.
 */
const FURNITURE = new RegExp(
  `^${BLANK}(?:${DASHES}${BLANK}${DIGITS}${BLANK}${DASHES}|${DOT}${BLANK}${DIGITS}${BLANK}${DOT}|第${BLANK}${DIGITS}${BLANK}[頁页](?:${BLANK}[,，]?${BLANK}共${BLANK}${DIGITS}${BLANK}[頁页])?|${DIGITS}${BLANK}/${BLANK}${DIGITS})${BLANK}$`,
  'u',
);

/** A running header a PDF repeats on each page: the issuer's name and 文件 (`濟南市人民政府辦公廳文件`), and nothing else. */
const RUNNING_HEADER = new RegExp(`^${BLANK}[\\u4e00-\\u9fff]{2,24}(?:人民政府|[辦办]公[廳厅室]|委[員员][會会])文件${BLANK}$`, 'u');

/** Whether `line` is a page number, a footer or a running header. */
export const isPageFurniture = (line: string): boolean => FURNITURE.test(line) || RUNNING_HEADER.test(line);

/** A note after a task's units (`注:①智能工廠指…`, `註：`): the document's footnote, in no task. */
const NOTE = /^[ \t\u3000]*[注註][:：]/u;

/**
 * The `textAfterUnits` errors answered: by furniture alone, or by the closing text after the last task (said again as
 * a warning). The tasks are left as they are: furniture in a body is left out where its wrapped lines are joined
 * (`wrapped-lines.ts`).
 */
export const skipPageFurniture: TaskPass = (text, tasks, diagnostics, sink) => {
  const answered = new Set<Diagnostic>();
  for (const [i, task] of tasks.entries()) {
    const end = task.span.offset + task.span.length;
    const after = diagnostics.find((d) => d.code === 'textAfterUnits' && d.offset > task.span.offset && d.offset < end);
    if (!after) continue;
    const rest = text.slice(after.offset, end);
    const lines = rest.split(/\r\n|\r|\n/u).filter((line) => line.trim() && !isPageFurniture(line));
    if (!lines.length) answered.add(after);
    else if (NOTE.test(lines[0]!)) {
      answered.add(after);
      sink.warning('footnoteAfterTask', footnoteAfterTaskWords.en(task.number, lines[0]!.trim().slice(0, 30)), after.offset);
    } else if (i === tasks.length - 1 && isClosing(lines.map(toMatchForm))) {
      answered.add(after);
      sink.warning('textAfterLastTask', textAfterLastTaskWords.en(task.number), after.offset);
    }
  }
  return { tasks: [...tasks], answered };
};
