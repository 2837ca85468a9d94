/**
 * A plan in parts, so a page loads only what it shows: the core (sections, titles, units, targets), which every
 * element needs, compact: Traditional text only, the Simplified folded from it on load ({@link foldToSimplified}),
 * and the English texts apart (`…/en`, only for pages in English); and the task bodies, which only a task card shows.
 * The Dezhou plan's parts are the entries `@dz-tasks/data/dezhou-2023/core`, `…/en`, `…/bodies.zh-Hant` and
 * `…/bodies.zh-Hans`.
 *
 * @example
 * ```ts
 * import { dezhouCoreCompact, expandCore, withBodies } from '@dz-tasks/data/dezhou-2023/core';
 * import { dezhouBodiesHant } from '@dz-tasks/data/dezhou-2023/bodies.zh-Hant';
 * const plan = withBodies(expandCore(dezhouCoreCompact), { 'zh-Hant': dezhouBodiesHant }); // English texts empty
 * ```
 */
import { foldToSimplified } from './fold.js';
import type { ChineseText, Plan, Task } from './schema.js';

/** A plan whose tasks carry no body. */
export type PlanCore = Omit<Plan, 'tasks'> & { readonly tasks: readonly Omit<Task, 'body'>[] };

/**
 * A {@link PlanCore} as generated: every text `{ 'zh-Hant', en: '' }` (its Simplified form kept only where folding
 * would not give it), the English texts in {@link EnglishTexts}. Read it with {@link expandCore}.
 */
export type CompactPlanCore = { readonly id: string } & Readonly<Record<string, unknown>>;

/** English texts by their path in the plan (`tasks.8.title`). */
export type EnglishTexts = Readonly<Record<string, string>>;

/** Task bodies in one script, by task id. */
export type TaskBodies = Readonly<Record<string, string>>;

/**
 * The core as a plan: each text's Simplified form folded from its Traditional one, its English from `english`
 * (without it, English texts are empty and the plan API shows the Chinese in their place).
 */
export function expandCore(compact: CompactPlanCore, english: EnglishTexts = {}): PlanCore {
  const expand = (value: unknown, path: string): unknown => {
    if (Array.isArray(value)) return value.map((item, i) => expand(item, path ? `${path}.${i}` : String(i)));
    if (value === null || typeof value !== 'object') return value;
    const object = value as Record<string, unknown>;
    if (typeof object['zh-Hant'] === 'string') {
      const text: Record<string, string> = { 'zh-Hant': object['zh-Hant'], 'zh-Hans': (object['zh-Hans'] as string | undefined) ?? foldToSimplified(object['zh-Hant']) };
      if ('en' in object) text.en = english[path] ?? (object.en as string);
      return text;
    }
    return Object.fromEntries(Object.entries(object).map(([key, item]) => [key, expand(item, path ? `${path}.${key}` : key)]));
  };
  return expand(compact, '') as PlanCore;
}

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
