/**
 * A task numbered in the other common form by a clerk's slip (`2、推進乙。…` among `1.` and `3.`, or `2.` among `1、`),
 * read after the parse (`after-parse.ts`). The parser reads one numbering form per document (within its 4 KiB), so
 * such a task was text after the units of the task before (`textAfterUnits`), the next was said to skip it
 * (`taskNumberSkipped`), and with `--lenient` it was lost, its units and targets with it. Where it stands first on its
 * line right after the units of the task before it and is the number missing, its mark is read in the document's form
 * (one character for one: every index stays the text's) and the task is said (`taskNumberForm`, a warning).
 */
import { toMatchForm } from '../parse/match-form.js';
import type { ParsedPlanText } from '../parse/types.js';

/** The other form of each: a task number `1.` among `1、`, and `1、` among `1.`. */
const OTHER: Readonly<Record<string, RegExp>> = { '.': /^(\d{1,3})、/u, '、': /^(\d{1,3})\.(?!\d)/u };

/** A task number read in the document's form: where its mark stands, and what it says. */
export interface NumberSlip {
  readonly task: number;
  /** Where its number starts. */
  readonly at: number;
  /** The index of the mark (、 or .) to read in the document's form. */
  readonly mark: number;
  /** The numbering as written (`2、`) and the document's form (`1.`). */
  readonly numbering: string;
  readonly others: string;
}

/** The slips of `parsed` (of `text`), and the text with their marks in the document's form; none if there are none. */
export function numberSlips(text: string, parsed: ParsedPlanText): { readonly slips: NumberSlip[]; readonly text: string } | undefined {
  const match = toMatchForm(text);
  const first = parsed.tasks[0];
  const form = first && /^\d{1,3}([.、])/u.exec(match.slice(first.span.offset))?.[1];
  if (!form) return undefined;
  const numbers = new Set(parsed.tasks.map((t) => t.number));
  const slips: NumberSlip[] = [];
  // Text after a task's units that is a task numbered the other way, the number missing after it.
  for (const d of parsed.diagnostics) {
    if (d.code !== 'textAfterUnits') continue;
    const found = OTHER[form]!.exec(match.slice(d.offset));
    const task = Number(found?.[1]);
    if (!found || numbers.has(task) || !numbers.has(task - 1)) continue;
    slips.push({ task, at: d.offset, mark: d.offset + found[1]!.length, numbering: text.slice(d.offset, d.offset + found[0].length), others: `1${form === '.' ? '.' : '、'}` });
  }
  if (!slips.length) return undefined;
  let read = text;
  for (const { mark } of slips) read = read.slice(0, mark) + (form === '.' ? '.' : '、') + read.slice(mark + 1);
  return { slips, text: read };
}
