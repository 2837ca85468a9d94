import { targetByNumber } from './get-target.js';
import { referenceText } from './reference-number.js';

/**
 * A reader of target ids as `getTarget` reads them (`t09.1`, `t9.1`, `T09.1`, `9.1`, `ｔ０９．１`), over a plan's
 * target ids alone (a report's `ReportPlan` has no tasks): it returns the plan's id, or `undefined` when there is none.
 */
export function targetIdIn(ids: Iterable<string>): (text: string) => string | undefined {
  const known = new Set(ids);
  // `t09.1` by its task's number and its place: 9.1 (a plan's task ids carry its number: the schema checks it).
  const byNumber = new Map<string, string>();
  for (const id of known) {
    const ref = targetByNumber(id);
    if (ref) byNumber.set(`${Number(ref.task.replace(/^t/, ''))}.${ref.place}`, id);
  }
  return (text) => {
    if (known.has(text)) return text;
    const plain = referenceText(text);
    if (known.has(plain)) return plain;
    const ref = targetByNumber(plain);
    return ref && byNumber.get(`${Number(ref.task.replace(/^t/, ''))}.${ref.place}`);
  };
}
