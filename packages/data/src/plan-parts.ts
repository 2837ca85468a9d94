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
import { sectionsOf } from './section-of.js';

export { sectionOf } from './section-of.js';

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
 * (without it, English texts are empty: `createPlanLookups` shows the Chinese in their place, `planLookupsAsIs` leaves
 * them empty).
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

/** Items of one of a compact core's lists, each with its place in the whole list (English texts go by that place). */
export type PlacedItems = readonly (readonly [number, unknown])[];

/**
 * A compact core and its bodies cut for pages that show a few tasks ({@link splitBySection}): `base` (id, titles,
 * period, sections, and an outline saying where each task and target is), the units, and per section its tasks,
 * targets and Traditional bodies. {@link joinParts} assembles what a page loaded back into a plan.
 */
export interface SectionParts {
  readonly base: PartsBase;
  readonly units: PlacedItems;
  readonly sections: Readonly<Record<string, { readonly tasks: PlacedItems; readonly targets: PlacedItems; readonly bodies: TaskBodies }>>;
}

/** The core without its lists, plus where each task and target is, to choose the section parts a page needs. */
export type PartsBase = CompactPlanCore & {
  /** Each task's number, by task id. */
  readonly taskNumbers: Readonly<Record<string, number>>;
  /** Each target's task id, by target id. */
  readonly targetTasks: Readonly<Record<string, string>>;
};

/** Cuts a compact core (and its Traditional bodies) by section: see {@link SectionParts}. */
export function splitBySection(compact: CompactPlanCore, bodies: TaskBodies): SectionParts {
  const { tasks, targets, units, ...rest } = compact as CompactPlanCore & Record<'tasks' | 'targets' | 'units', readonly Record<string, unknown>[]>;
  const placed = (list: readonly Record<string, unknown>[], keep: (item: Record<string, unknown>) => boolean) =>
    list.flatMap((item, i) => (keep(item) ? [[i, item] as const] : []));
  const taskIdsOf = (sectionId: string) => new Set(tasks.filter((task) => task.sectionId === sectionId).map((task) => task.id as string));
  return {
    base: {
      ...rest,
      taskNumbers: Object.fromEntries(tasks.map((task) => [task.id, task.number])),
      targetTasks: Object.fromEntries(targets.map((target) => [target.id, target.taskId])),
    } as PartsBase,
    units: placed(units, () => true),
    sections: Object.fromEntries(
      sectionsOf(compact).map((section) => {
        const ids = taskIdsOf(section.id);
        return [
          section.id,
          {
            tasks: placed(tasks, (task) => ids.has(task.id as string)),
            targets: placed(targets, (target) => ids.has(target.taskId as string)),
            bodies: Object.fromEntries([...ids].map((id) => [id, bodies[id] ?? ''])),
          },
        ];
      }),
    ),
  };
}

/**
 * The plan of the parts a page loaded: the tasks and targets of the sections given, the units if given (else none),
 * every section's title, in the whole plan's order; English texts from `english`. Queries answer as on the whole plan
 * for what it holds (a matrix's unit order needs every section's tasks: it is the order of first appearance; a target
 * loaded without its task is found by id, as a gauge needs, but not listed by `targetsOfTask`).
 */
export function joinParts(
  base: PartsBase,
  loaded: { readonly units?: PlacedItems; readonly sections: readonly { readonly tasks?: PlacedItems; readonly targets?: PlacedItems }[] },
  english?: EnglishTexts,
): PlanCore {
  const place = (lists: readonly (PlacedItems | undefined)[]) => {
    const whole: unknown[] = [];
    for (const list of lists) for (const [i, item] of list ?? []) whole[i] = item;
    return whole;
  };
  const { taskNumbers: _numbers, targetTasks: _targets, ...core } = base;
  const expanded = expandCore(
    { ...core, units: place([loaded.units]), tasks: place(loaded.sections.map((s) => s.tasks)), targets: place(loaded.sections.map((s) => s.targets)) },
    english,
  );
  // The lists have holes where parts were not loaded; map kept them, filter drops them.
  const dense = <T>(list: readonly T[]) => list.filter(() => true);
  return { ...expanded, units: dense(expanded.units), tasks: dense(expanded.tasks), targets: dense(expanded.targets) };
}

/** Task bodies in Simplified Chinese, folded from the Traditional ones ({@link foldToSimplified}). */
export function foldBodies(bodies: TaskBodies): TaskBodies {
  return Object.fromEntries(Object.entries(bodies).map(([id, text]) => [id, foldToSimplified(text)]));
}
