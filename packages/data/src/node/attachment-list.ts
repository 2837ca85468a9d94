/**
 * A notice's own list of its attachments, above the plan it carries (`附件：1.濰坊市2024年重點工作任務` ⏎
 * `2.濰坊市2024年重點項目清單`, then the notice's signature, `附件1` and the plan), read after the parse
 * (`after-parse.ts`). The parser, within its 4 KiB, read the list's items as tasks 1 and 2, the plan's tasks after them
 * as a restart or an in-task list, and a build made a plan of the list. The items are read as the preamble's text, as
 * the rest of the notice is: their numbering's mark is hidden from the parser (one character for one: every index
 * stays the text's) and put back in the preamble. So is a list on the notice's line (`…印發給你們。附件:1.… 2.…`), and
 * so are the notice's own points above its 附件 line (`一、加強組織領導。` ⏎ `二、…`), which the parser read as the plan's
 * sections, then said the plan's `一、` repeated them.
 */
import { lineEnd } from '../parse/lines.js';
import { toMatchForm } from '../parse/match-form.js';
import { parsePlanText } from '../parse/parse-plan-text.js';
import { ROLE_WORD_PATTERN } from '../parse/roles.js';
import type { ParsedPlanText } from '../parse/types.js';
import { unitsEnd } from './attachments.js';

/**
 * A 附件 that starts the notice's list: at a line's start, as after the tasks (`attachments.ts`), or after the notice's
 * sentence on its line (`…印發給你們。附件:1.… 2.…`); a number or not, then a colon or the line's end.
 */
const NOTICE_ATTACHMENT = /(?:^|(?<=[。;]))[ \t]*附件(?:[ \t]*\d{1,2})?[ \t]*(?::|$)/gmu;
/** What stands for an item's mark while the parser reads the text: a private-use character, no numbering's. */
const HIDDEN = '\uE000';
/** An item's numbering in the match form, up to its mark (the last character): `1.`, `1、`, `(1)`. */
const NUMBERING = /^(?:\d{1,3}[ \t]?[.、]|\(\d{1,3}\))/u;
/** Only blanks, with at most one line break among them: the next item stands on the same line or the next. */
const NEXT_LINE = /^[ \t]*(?:(?:\r\n?|\n)[ \t]*)?$/u;

/**
 * Where the marks (the 、 of `一、`) of the notice's own points stand, above its 附件 line at `at` in `match`: the sections
 * before that line, numbered 1, 2… and holding no task, when the plan's sections after it are numbered from 1 again
 * (else the parser read them as the plan's, and said its numbering repeated); none if there are no such points.
 */
function noticePoints(match: string, parsed: ParsedPlanText, at: number): number[] {
  const before = parsed.sections.filter((s) => s.headingSpan.offset < at);
  const again = parsed.sections.some((s) => s.headingSpan.offset > at && s.number === 1);
  if (!again || before.some((s, i) => s.number !== i + 1 || s.taskIndices.length)) return [];
  const marks = before.map((s) => s.headingSpan.offset + s.numeral.length);
  return marks.every((mark) => match[mark] === '、') ? marks : [];
}

/** The text with the notice's attachment list as text, its parse, and the preamble as written. */
export interface AttachmentList {
  readonly text: string;
  readonly parsed: ParsedPlanText;
  /** The preamble (of `parsed`, or of a parse of the text with its wrapped lines joined) with the items' marks put back. */
  readonly asWritten: (preamble: string) => string;
}

/**
 * The attachment list of the notice above the plan in `text` (parsed as `parsed`): a 附件 line before every task that
 * names units, and the tasks numbered 1, 2… on it and on the lines right after it, none of them naming units; read as
 * text if the plan's tasks are then read from 1 and name units. `undefined` if there is no such list.
 */
export function noticeAttachmentList(text: string, parsed: ParsedPlanText): AttachmentList | undefined {
  if (text.includes(HIDDEN)) return undefined;
  const match = toMatchForm(text);
  const named = parsed.tasks.find((t) => unitsEnd(text, t) !== undefined)?.span.offset ?? text.length;
  for (const m of match.matchAll(NOTICE_ATTACHMENT)) {
    if (m.index >= named) return undefined;
    const marks: number[] = [];
    let from = m.index + m[0].length;
    for (const task of parsed.tasks.filter((t) => t.span.offset >= from && t.span.offset < named)) {
      const numbering = NUMBERING.exec(match.slice(task.span.offset));
      const line = text.slice(task.span.offset, lineEnd(text, task.span.offset, text.length));
      if (task.number !== marks.length + 1 || !numbering || !NEXT_LINE.test(match.slice(from, task.span.offset)) || ROLE_WORD_PATTERN.test(line)) break;
      marks.push(task.span.offset + numbering[0].length - 1);
      from = task.span.offset + line.length;
    }
    marks.unshift(...noticePoints(match, parsed, m.index));
    if (!marks.length) continue;
    let read = text;
    for (const at of marks) read = read.slice(0, at) + HIDDEN + read.slice(at + 1);
    const again = parsePlanText(read);
    const { preambleSpan } = again;
    const plan = again.tasks[0]?.number === 1 && again.tasks.some((t) => unitsEnd(read, t) !== undefined);
    if (!plan || preambleSpan.offset + preambleSpan.length <= marks.at(-1)!) return undefined;
    const originals = marks.map((at) => text[at]!);
    const asWritten = (preamble: string) => {
      let i = 0;
      return preamble.replace(/\uE000/gu, () => originals[i++] ?? HIDDEN);
    };
    return { text: read, parsed: again, asWritten };
  }
  return undefined;
}
