/**
 * A plan in parts, so a page loads only what it shows: the core (sections, titles, units, targets), which every
 * element needs, and the task bodies, one record per script, which only a task card shows. The Dezhou plan's parts
 * are the entries `@dz-tasks/data/dezhou-2023/core`, `…/bodies.zh-Hant` and `…/bodies.zh-Hans`.
 *
 * @example
 * ```ts
 * import { dezhouCore } from '@dz-tasks/data/dezhou-2023/core';
 * import { dezhouBodiesHant } from '@dz-tasks/data/dezhou-2023/bodies.zh-Hant';
 * const plan = withBodies(dezhouCore, { 'zh-Hant': dezhouBodiesHant }); // Simplified bodies are empty strings
 * ```
 */
import type { ChineseText, Plan, Task } from './schema.js';

/** A plan whose tasks carry no body. */
export type PlanCore = Omit<Plan, 'tasks'> & { readonly tasks: readonly Omit<Task, 'body'>[] };

/** Task bodies in one script, by task id. */
export type TaskBodies = Readonly<Record<string, string>>;

/**
 * The plan with the bodies given, a script left out reads as empty strings (so is a body of a task the record lacks).
 * Queries work on it as on the whole plan, except that a search matches no body text it lacks.
 */
export function withBodies(core: PlanCore, bodies: { readonly [S in keyof ChineseText]?: TaskBodies }): Plan {
  return {
    ...core,
    tasks: core.tasks.map((task) => ({
      ...task,
      body: { 'zh-Hant': bodies['zh-Hant']?.[task.id] ?? '', 'zh-Hans': bodies['zh-Hans']?.[task.id] ?? '' },
    })),
  };
}
