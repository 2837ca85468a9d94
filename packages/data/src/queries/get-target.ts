import type { PlanIndex } from '../plan-index.js';
import type { Target } from '../schema.js';
import { getTask } from './get-task.js';

/** A task reference and a target's place in it: `t9.1`, `9.1`, `09．1`. */
export const taskAndPlace = /^(.+?)[.．]([0-9]+)$/u;

/**
 * Looks up a target by id (`t09.1`), or by its task's number and its place as people write them (`t9.1`, `9.1`), in a
 * plan's index ({@link PlanApi.getTarget}, standalone); `undefined` when there is none.
 */
export function getTarget(index: PlanIndex, id: string): Target | undefined {
  const text = String(id).trim().toLowerCase();
  const byId = index.targetById.get(text);
  if (byId) return byId;
  const [, taskRef, place] = taskAndPlace.exec(text) ?? [];
  const task = taskRef && /^t?[0-9]+$/.test(taskRef) ? getTask(index, taskRef) : undefined;
  return task && place ? index.targetById.get(`${task.id}.${Number(place)}`) : undefined;
}
