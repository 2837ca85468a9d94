/**
 * The outline of the Dezhou plan's base part in the CDN build (where each task and target is: `taskNumbers`,
 * `targetTasks` of {@link PartsBase}), written compactly: when the tasks are numbered 1, 2, 3… in the sections' order
 * and each task's targets are `<task id>.1`, `.2`… in the plan's order, the base carries only how many targets each
 * task has (`targetCounts`), 0.6 KB gzip less on every page. `vite.config.ts` compacts the base, `default-plan.lazy.ts`
 * expands it; a plan that does not follow the pattern keeps its outline as it is.
 */
import type { PartsBase } from '@dz-tasks/data/dezhou-2023/core';

/** A base whose outline is compacted: its targets per task, in the sections' order of tasks. */
export type CompactedBase = Omit<PartsBase, 'taskNumbers' | 'targetTasks'> & { readonly targetCounts: readonly number[] };

/** The task ids in the sections' order. */
const taskIdsOf = (base: Readonly<Record<string, unknown>>): string[] =>
  (base.sections as readonly { readonly taskIds: readonly string[] }[]).flatMap((section) => section.taskIds);

/** The base with its outline written out again. */
export function expandOutline(base: CompactedBase | PartsBase): PartsBase {
  if (!Array.isArray(base.targetCounts)) return base as PartsBase;
  const { targetCounts, ...rest } = base as CompactedBase;
  const ids = taskIdsOf(rest);
  return {
    ...rest,
    taskNumbers: Object.fromEntries(ids.map((id, i) => [id, i + 1])),
    targetTasks: Object.fromEntries(ids.flatMap((id, i) => Array.from({ length: targetCounts[i] ?? 0 }, (_, k) => [`${id}.${k + 1}`, id]))),
  } as PartsBase;
}

/** The base compacted, if expanding it gives back the same outline in the same order; else the base as it is. */
export function compactOutline(base: PartsBase): CompactedBase | PartsBase {
  const { taskNumbers, targetTasks, ...rest } = base;
  const counts = new Map<string, number>();
  for (const taskId of Object.values(targetTasks)) counts.set(taskId, (counts.get(taskId) ?? 0) + 1);
  const compacted: CompactedBase = { ...rest, targetCounts: taskIdsOf(rest).map((id) => counts.get(id) ?? 0) };
  const same = (a: object, b: object) => JSON.stringify(Object.entries(a)) === JSON.stringify(Object.entries(b));
  const expanded = expandOutline(compacted);
  return same(expanded.taskNumbers, taskNumbers) && same(expanded.targetTasks, targetTasks) ? compacted : base;
}
