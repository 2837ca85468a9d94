import type { PlanIndex } from '../plan-index.js';
import type { Task } from '../schema.js';
import { referenceNumber, referenceText } from './reference-number.js';

/**
 * A task by number (`9`), id (`'t09'`), or a string as people write the number: `'9'`, `'t9'`, `'9.'`, `'第9項'`,
 * `'任務 9'`, as `queries/reference-number.ts` reads them.
 */
export type TaskRef = number | string | Task;

/** Looks up a task in a plan's index ({@link PlanApi.getTask}, standalone); `undefined` when there is none. */
export function getTask(index: PlanIndex, ref: TaskRef): Task | undefined {
  if (typeof ref === 'object' && ref !== null) return index.taskById.get(ref.id);
  if (typeof ref === 'number') return index.taskByNumber.get(ref);
  const text = referenceText(ref);
  const byId = index.taskById.get(text);
  if (byId) return byId;
  const number = referenceNumber(text);
  return number === undefined ? undefined : index.taskByNumber.get(number);
}
