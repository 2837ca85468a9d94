/**
 * Where a task or a target is in a plan's outline ({@link PartsBase}), in a module of its own: the elements' plan
 * scopes call it to choose the parts a page loads, so an app's first load carries it without the code that assembles
 * the parts (`plan-parts.ts`) or the fold table that code needs.
 */
import { targetByNumber } from './queries/get-target.js';
import { referenceText } from './queries/reference-number.js';
import type { CompactPlanCore, PartsBase } from './plan-parts.js';

interface CompactSection {
  readonly id: string;
  readonly number: number;
  readonly taskIds: readonly string[];
}

/** A compact core's sections, with the ids of their tasks. */
export const sectionsOf = (base: CompactPlanCore) => base.sections as readonly CompactSection[];

/**
 * The section (id) that holds a task given by number, numeric string or id (`9`, `'t09'`, `'t9'`), or a target as
 * `getTarget` reads it (`t09.1`, `T09.1`, `t9.1`, `9.1`, `09．1`); `undefined` when the outline knows none (then a
 * page loads every section and the plan's own lookup decides, reading `第9項` too).
 */
export function sectionOf(base: PartsBase, ref: { readonly task: unknown } | { readonly target: unknown }): string | undefined {
  const taskId = 'target' in ref ? base.targetTasks[targetIdIn(base, ref.target) ?? ''] : taskIdIn(base, ref.task);
  return taskId === undefined ? undefined : sectionsOf(base).find((section) => section.taskIds.includes(taskId))?.id;
}

/** The id of a task given by number, numeric string or id (`t9` too), in the outline; `undefined` when it names none. */
function taskIdIn(base: PartsBase, ref: unknown): string | undefined {
  const text = typeof ref === 'number' || typeof ref === 'string' ? referenceText(ref) : '';
  if (Object.hasOwn(base.taskNumbers, text)) return text;
  const digits = /^t?(\d+)$/.exec(text)?.[1];
  return digits === undefined ? undefined : Object.keys(base.taskNumbers).find((id) => base.taskNumbers[id] === Number(digits));
}

/**
 * The id of a target given as `getTarget` reads it (its id in any case, or its task's number and its place), in the
 * outline; `undefined` when it names none.
 */
function targetIdIn(base: PartsBase, ref: unknown): string | undefined {
  if (typeof ref !== 'string') return undefined;
  const text = referenceText(ref);
  if (Object.hasOwn(base.targetTasks, text)) return text;
  const byNumber = targetByNumber(text);
  const taskId = byNumber && taskIdIn(base, byNumber.task);
  const id = byNumber && taskId !== undefined ? `${taskId}.${byNumber.place}` : undefined;
  return id !== undefined && Object.hasOwn(base.targetTasks, id) ? id : undefined;
}
