import type { PlanIndex } from '../plan-index.js';
import type { Target } from '../schema.js';
import { getTask } from './get-task.js';
import { referenceText } from './reference-number.js';

/**
 * A task reference and a target's place in it, as {@link referenceText} gives it: `t9.1`, `9.1`, and with the
 * separators an input method or a habit types (`9。1`, `9・1`, `9·1`, `9-1`, `9—1`, `9(1)`).
 */
const taskAndPlace = /^(.+?)(?:[.。・·\-—](\d+)|\((\d+)\))$/;

/**
 * A target written by its task's number and its place (`t9.1`, `9.1`, `09.1`, as {@link referenceText} gives it) as the task
 * reference (`t9`, `9`, `09`) and the place (1); `undefined` for any other text. `getTarget` and the CDN's
 * `sectionOf` read refs this one way.
 */
export function targetByNumber(text: string): { readonly task: string; readonly place: number } | undefined {
  const [, task, dotted, bracketed] = taskAndPlace.exec(text) ?? [];
  const place = dotted ?? bracketed;
  return task && place && /^t?\d+$/.test(task) ? { task, place: Number(place) } : undefined;
}

/**
 * Looks up a target by id (`t09.1`), or by its task's number and its place as people write them (`t9.1`, `9.1`, `ｔ９．１`), in a
 * plan's index ({@link PlanApi.getTarget}, standalone); `undefined` when there is none.
 */
export function getTarget(index: PlanIndex, id: string): Target | undefined {
  const text = referenceText(id);
  const byId = index.targetById.get(text);
  if (byId) return byId;
  const ref = targetByNumber(text);
  const task = ref && getTask(index, ref.task);
  return task ? index.targetById.get(`${task.id}.${ref.place}`) : undefined;
}
