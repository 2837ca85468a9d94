/**
 * The CDN build's `default-plan.ts`: the Dezhou plan comes in parts (chunks cut by `vite.config.ts`), imported the
 * first time an element without `plan`/`plan-src` needs them, once per page: the base (titles, sections, and where
 * each task and target is), then what the element shows: a card its task's section (tasks, targets, bodies in the
 * card's script) and the units; a gauge alone on its page its target's task's targets alone, gauges together their
 * targets' sections' targets (with the section's tasks for a target written by its task's number, `9.1`); a matrix
 * its sections' tasks (every section's without `section`) and the units, in the whole plan's order, without targets
 * or bodies; a unit summary and a plan overview every task, every target and the units, without bodies; an element
 * whose class gives no `planScope` (see `plan-scope.ts`) the whole plan. English texts load for an element in
 * English, or one that finds a unit by its English name; the table folding Traditional to Simplified for an element
 * in Simplified Chinese or one that finds units by name. Until they are there the element shows its loading state;
 * then every element that asked updates (`default-plan.once.ts`, as in the npm build). A page whose elements all
 * have `plan-src` downloads none of it. Unlike the npm build, an element's `updateComplete` does not wait for the
 * parts: a CDN page is HTML, whose scripts do not await it, and the parts come in steps (the base, then what each
 * element shows), each a wait of its own.
 */
import { planLookupsAsIs, type Language, type PlanLookups, type ReportPlan } from '@dz-tasks/data';
import { foldBodies, joinParts, withBodies, type PartsBase, type PlacedItems, type TaskBodies } from '@dz-tasks/data/dezhou-2023/core';
import type { ReactiveElement } from 'lit';
import * as parts from 'virtual:dz-plan-parts';
import type { Loadable } from './base-element.js';
import { once } from './default-plan.once.js';
import { expandOutline } from './plan-outline.js';
import type { UiStrings } from './i18n/ui-strings.js';
import type { Scope, ScopeOf } from './plan-scope.js';

const wholePlan: Scope = { sections: 'all', tasks: true, units: true, targets: true, bodies: true, unitNames: true };

/** What an element needs: its scope, English texts or not, bodies in the script it shows. */
interface Need extends Scope {
  readonly english: boolean;
  readonly script: 'zh-Hant' | 'zh-Hans';
  /**
   * Whether the Simplified texts and the unit names' index need the fold table (`virtual:dz-fold-table`): in
   * Simplified Chinese, or finding units by name. Without it the plan's Simplified texts are left unfolded, and
   * only elements that do not show them share those lookups.
   */
  readonly fold: boolean;
}

const english = () => import('@dz-tasks/data/dezhou-2023/en').then((m) => m.dezhouEnglish);

/**
 * What a feed is checked against, for lookups built from parts: the plan's id and every target's id (the base knows
 * them all), not only the targets loaded. A gauge shown with section 2's targets still accepts a feed that also
 * reports section 4's.
 */
const reportPlans = new WeakMap<PlanLookups | ReportPlan, ReportPlan>();

/**
 * Whether `plan` is the bundled Dezhou plan's lookups (built from its parts, for an element given no plan) or what a
 * feed shown with them is checked against (`reportPlanOf`; kept in `reportPlans` as its own key): its errors say so.
 */
export const isBundled = (plan: PlanLookups | ReportPlan): boolean => reportPlans.has(plan);

/** What a feed shown with `lookups` is checked against: every target of the plan, loaded or not. */
export function reportPlanOf(lookups: PlanLookups): ReportPlan {
  return reportPlans.get(lookups) ?? lookups.plan;
}

async function build(base: PartsBase, need: Need): Promise<PlanLookups> {
  const lookups = await buildLookups(base, need);
  const checked: ReportPlan = { id: lookups.plan.id, targets: Object.keys(base.targetTasks).map((id) => ({ id })) };
  reportPlans.set(lookups, checked).set(checked, checked);
  return lookups;
}

async function buildLookups(base: PartsBase, need: Need): Promise<PlanLookups> {
  const ids = need.sections === 'all' ? (base.sections as readonly { readonly id: string }[]).map((section) => section.id) : need.sections;
  const all = need.sections === 'all';
  const [units, everyTask, everyTarget, taskTargets, sections, englishTexts] = await Promise.all([
    need.units ? parts.units() : undefined,
    // Every section's tasks (or targets) come in one chunk; a section's own chunk when one or a few are needed.
    need.tasks && all ? parts.tasks() : undefined,
    need.targets && all ? parts.targets() : undefined,
    need.task ? parts.named(`targets-${need.task}`) : undefined,
    Promise.all(
      ids.map(async (id) => {
        const [tasks, targets, bodies] = await Promise.all([
          need.tasks && !all ? parts.named(`tasks-${id}`) : ([] as PlacedItems),
          need.targets && !all ? parts.named(`targets-${id}`) : ([] as PlacedItems),
          need.bodies ? parts.named(`bodies-${id}`) : ({} as TaskBodies),
        ]);
        return { tasks, targets, bodies };
      }),
    ),
    need.english ? english() : undefined,
    need.fold ? import('virtual:dz-fold-table') : undefined,
  ]);
  if (everyTask || everyTarget || taskTargets) sections.push({ tasks: everyTask ?? [], targets: everyTarget ?? taskTargets ?? [], bodies: {} });
  const core = joinParts(base, { ...(units ? { units } : {}), sections }, englishTexts);
  // English texts are loaded for an element that reads them (in English, or finding a unit by its English name) and
  // are complete: no fallback to the Chinese. Bodies not loaded read as empty strings.
  const bodies: TaskBodies = Object.assign({}, ...sections.map((s) => s.bodies));
  const lookups = planLookupsAsIs(withBodies(core, need.bodies ? { [need.script]: need.script === 'zh-Hans' ? foldBodies(bodies) : bodies } : {}));
  return units ? inPlanOrder(lookups, units) : lookups;
}

/**
 * The lookups with the whole plan's order of units, whichever sections' tasks are loaded: the units part lists them
 * in that order (`vite.config.ts`), where the index alone would order them by their first task among those loaded.
 */
function inPlanOrder(lookups: PlanLookups, units: PlacedItems): PlanLookups {
  const unitOrder = new Map(units.map(([, unit], i) => [(unit as { readonly id: string }).id, i]));
  return { ...lookups, index: { ...lookups.index, unitOrder } };
}

/**
 * The Dezhou plan's lookups ({@link PlanLookups}) with what `host` shows in `lang` (the language it read for the update
 * under way, whose UI strings `t` say a failure) once its parts have loaded; `loading` until then. Called on every update of every element: the key of
 * what it needs is a short string of the scope's fields, and the need itself is made only for a load.
 */
export function defaultPlan(host: ReactiveElement, lang: Language, t: UiStrings): Loadable<PlanLookups> {
  const base = once('base', host, t, () => parts.base().then(expandOutline));
  if (base.state !== 'ready') return base;
  // Each element's class says what it shows (its static `planScope`); an element that does not, the whole plan.
  const scope = (host.constructor as { planScope?: ScopeOf }).planScope?.(host, base.value) ?? wholePlan;
  const script = lang === 'zh-Hans' ? 'zh-Hans' : 'zh-Hant';
  const english = lang === 'en' || scope.englishNames === true;
  const fold = scope.unitNames || script === 'zh-Hans';
  // Section and task ids have no spaces or commas; each flag is a digit (bodies their script, or none).
  const key = `${scope.sections} ${scope.task} ${+scope.tasks}${+scope.units}${+scope.targets}${+english}${+fold} ${scope.bodies ? script : ''}`;
  return once(key, host, t, () => build(base.value, { ...scope, english, script, fold }));
}
