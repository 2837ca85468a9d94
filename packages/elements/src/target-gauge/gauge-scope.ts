/** The parts of the Dezhou plan a gauge shows, for the CDN build's `default-plan.lazy.ts` (see `shared/plan-scope.ts`). */
import { referenceText } from '@dz-tasks/data';
import { sectionOf } from '@dz-tasks/data/dezhou-2023/core';
import type { ReactiveElement } from 'lit';
import { oneOrAll, type ScopeOf } from '../shared/plan-scope.js';

/**
 * A lone gauge (an article's) with a target by its id needs its task's targets alone; gauges together share their
 * sections' targets (a dashboard of every target: 11 chunks, not one per task). A target by id needs no task; one
 * written by its task's number (`9.1`, `t9.1`) is found through its task, with its section's tasks.
 */
export const gaugeScope: ScopeOf = (host, base) => {
  const target = (host as { target?: unknown }).target;
  const id = typeof target === 'string' ? referenceText(target) : '';
  const byId = Object.hasOwn(base.targetTasks, id);
  if (byId && isLoneGauge(host, target)) return { sections: [], task: base.targetTasks[id], tasks: false, units: false, targets: true, bodies: false, unitNames: false };
  const section = sectionOf(base, { target });
  // Every section's targets for a ref the outline does not know (an error the plan's own lookup words).
  return { sections: oneOrAll(section), tasks: !byId && section !== undefined, units: false, targets: true, bodies: false, unitNames: false };
};

/**
 * Whether a gauge was alone among its root's gauges when it first showed `target`: decided once per gauge and target,
 * so a gauge added later, or one still to be parsed, never sends a gauge already shown back to its loading state; in a
 * root that has held gauges together, no gauge is alone.
 */
const loneGauges = new WeakMap<ReactiveElement, { readonly target: unknown; readonly lone: boolean }>();

/**
 * The roots found holding gauges together: each gauge of a dashboard is not alone, without counting its root's gauges
 * again (157 gauges counted 157 times each, about 3 ms of their first render).
 */
const together = new WeakSet<Node>();

function isLoneGauge(host: ReactiveElement, target: unknown): boolean {
  const seen = loneGauges.get(host);
  if (seen && seen.target === target) return seen.lone;
  const root = host.getRootNode();
  const lone = !together.has(root) && (root as ParentNode).querySelectorAll(host.localName).length < 2;
  if (!lone) together.add(root);
  loneGauges.set(host, { target, lone });
  return lone;
}
