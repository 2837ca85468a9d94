/**
 * The table of the Dezhou plan's parts that the CDN build generates (`dezhouPlanParts` in `vite.config.ts`): one
 * `import()` per part, each a chunk of its own. Only `default-plan.lazy.ts` imports it.
 */
declare module 'virtual:dz-plan-parts' {
  import type { PartsBase, PlacedItems, TaskBodies } from '@dz-tasks/data/dezhou-2023/core';

  /**
   * Id, titles, period, sections, and where each task and target is: compacted to the targets per task when the plan
   * follows the pattern `plan-outline.ts` describes (`CompactedBase` there), read with its `expandOutline`.
   */
  export const base: () => Promise<PartsBase | (Omit<PartsBase, 'taskNumbers' | 'targetTasks'> & { readonly targetCounts: readonly number[] })>;
  /** Every unit, in the whole plan's order (each with its place in the plan's list). */
  export const units: () => Promise<PlacedItems>;
  /** Every section's tasks, in one chunk. */
  export const tasks: () => Promise<PlacedItems>;
  /** Every section's targets, in one chunk. */
  export const targets: () => Promise<PlacedItems>;
  /**
   * A part by its name: a section's tasks, targets or Traditional bodies (`tasks-s04`, `targets-s04`, `bodies-s04`),
   * or one task's targets (`targets-t09`, for a task that has targets).
   */
  export function named(name: `${'tasks' | 'targets'}-${string}`): Promise<PlacedItems>;
  export function named(name: `bodies-${string}`): Promise<TaskBodies>;
}
