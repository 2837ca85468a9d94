/** What the guide's React 18 declaration must reject: each line's error vanishing fails the compile. */
import type { Plan } from '@dz-tasks/data';

export const mistakes = (plan: Plan) => (
  <>
    {/* @ts-expect-error React 18 would write "[object Object]": a plan goes through the ref */}
    <dz-task-matrix plan={plan} />
    {/* @ts-expect-error no such attribute: `sections` */}
    <dz-task-matrix sections="4" />
    {/* @ts-expect-error attributes are text in React 18 */}
    <dz-task-matrix section={4} />
    {/* @ts-expect-error no such element */}
    <dz-task-list />
  </>
);
