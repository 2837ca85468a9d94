import type { PlanIndex } from '../plan-index.js';
import type { Task } from '../schema.js';

/** A task by number (`9`), numeric string (`'9'`) or id (`'t09'`). */
export type TaskRef = number | string | Task;

/** Looks up a task in a plan's index ({@link PlanApi.getTask}, standalone); `undefined` when there is none. */
export function getTask(index: PlanIndex, ref: TaskRef): Task | undefined {
  if (typeof ref === 'object' && ref !== null) return index.taskById.get(ref.id) === ref ? ref : index.taskById.get(ref.id);
  if (typeof ref === 'number') return index.taskByNumber.get(ref);
  const text = String(ref).trim();
  if (/^\d+$/.test(text)) return index.taskByNumber.get(Number(text));
  return index.taskById.get(text) ?? index.taskById.get(text.toLowerCase());
}
