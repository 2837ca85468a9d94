/**
 * The CDN build's `default-plan.ts`: the Dezhou plan comes in chunks, imported the first time an element without
 * `plan`/`plan-src` needs them, once per page: the core (sections, titles, units, targets) for every element, and the
 * task bodies in one script for a card (Simplified for `zh-Hans`, Traditional otherwise, as the card shows them).
 * Until they are there the element shows its loading state; then every element that asked updates. A page whose
 * elements all have `plan-src` downloads none of it.
 */
import { createPlanApi, type PlanApi } from '@dz-tasks/data';
import type { ReactiveElement } from 'lit';
import type { Loadable } from './base-element.js';
import { ErrorCode } from './events.js';
import { languageOf } from './i18n/language.js';
import { strings } from './i18n/strings.js';

/** What an element needs: the core alone, or the core with the bodies in one script. */
type Need = 'core' | 'zh-Hant' | 'zh-Hans';

/** The elements that show task bodies. */
const showsBodies = new Set(['dz-task-card']);

// Literal import() calls, so each part is a chunk of its own; a module's promise is shared by every later call.
const core = () => import('@dz-tasks/data/dezhou-2023/core');
const bodies = {
  'zh-Hant': () => import('@dz-tasks/data/dezhou-2023/bodies.zh-Hant').then((m) => m.dezhouBodiesHant),
  'zh-Hans': () => import('@dz-tasks/data/dezhou-2023/bodies.zh-Hans').then((m) => m.dezhouBodiesHans),
};

const apis = new Map<Need, Loadable<PlanApi>>();
const waiting = new Map<Need, Set<ReactiveElement>>();

function needOf(host: ReactiveElement): Need {
  if (!showsBodies.has(host.localName)) return 'core';
  return languageOf(host) === 'zh-Hans' ? 'zh-Hans' : 'zh-Hant';
}

async function build(need: Need): Promise<PlanApi> {
  const [{ dezhouCore, withBodies }, texts] = await Promise.all([core(), need === 'core' ? undefined : bodies[need]()]);
  // Without bodies, the bodies read as empty strings: the matrix and the gauge never show them.
  return createPlanApi(withBodies(dezhouCore, texts ? { [need]: texts } : {}));
}

/** The Dezhou plan's {@link PlanApi} with what `host` shows once its chunks have loaded; `loading` until then. */
export function defaultPlan(host: ReactiveElement): Loadable<PlanApi> {
  const need = needOf(host);
  const known = apis.get(need);
  if (known) return known;
  let hosts = waiting.get(need);
  if (!hosts) {
    waiting.set(need, (hosts = new Set()));
    build(need).then(
      (value) => settle(need, { state: 'ready', value }),
      (error: unknown) => {
        const message = strings[languageOf(host)].fetchFailed('@dz-tasks/data/dezhou-2023', String(error));
        settle(need, { state: 'error', error: { code: ErrorCode.planFetchFailed, message } });
      },
    );
  }
  hosts.add(host);
  return { state: 'loading' };
}

function settle(need: Need, result: Loadable<PlanApi>): void {
  apis.set(need, result);
  for (const host of waiting.get(need) ?? []) host.requestUpdate();
  waiting.delete(need);
}
