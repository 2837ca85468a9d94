/**
 * The CDN build's `default-plan.ts`: the Dezhou plan comes in chunks, imported the first time an element without
 * `plan`/`plan-src` needs them, once per page: the core (sections, titles, units, targets) for every element, its
 * English texts for an element in English, and the task bodies in one script for a card (Simplified for `zh-Hans`,
 * Traditional otherwise, as the card shows them).
 * Until they are there the element shows its loading state; then every element that asked updates. A page whose
 * elements all have `plan-src` downloads none of it.
 */
import { createPlanApi, type PlanApi } from '@dz-tasks/data';
import type { ReactiveElement } from 'lit';
import type { Loadable } from './base-element.js';
import { ErrorCode } from './events.js';
import { languageOf } from './i18n/language.js';
import { strings } from './i18n/strings.js';

/** What an element needs: the core, its English texts or not, the bodies in one script or none. */
interface Need {
  readonly english: boolean;
  readonly bodies?: 'zh-Hant' | 'zh-Hans';
}

/** The elements that show task bodies. */
const showsBodies = new Set(['dz-task-card']);

// Literal import() calls, so each part is a chunk of its own; a module's promise is shared by every later call.
const core = () => import('@dz-tasks/data/dezhou-2023/core');
const english = () => import('@dz-tasks/data/dezhou-2023/en').then((m) => m.dezhouEnglish);
const bodies = {
  'zh-Hant': () => import('@dz-tasks/data/dezhou-2023/bodies.zh-Hant').then((m) => m.dezhouBodiesHant),
  'zh-Hans': () => import('@dz-tasks/data/dezhou-2023/bodies.zh-Hans').then((m) => m.dezhouBodiesHans),
};

/** Keyed by `keyOf(need)`. */
const apis = new Map<string, Loadable<PlanApi>>();
const waiting = new Map<string, Set<ReactiveElement>>();

function needOf(host: ReactiveElement): Need {
  const lang = languageOf(host);
  if (!showsBodies.has(host.localName)) return { english: lang === 'en' };
  return { english: lang === 'en', bodies: lang === 'zh-Hans' ? 'zh-Hans' : 'zh-Hant' };
}

const keyOf = (need: Need) => `${need.english ? 'en' : ''}+${need.bodies ?? ''}`;

async function build(need: Need): Promise<PlanApi> {
  const [{ dezhouCoreCompact, expandCore, withBodies }, englishTexts, texts] = await Promise.all([
    core(),
    need.english ? english() : undefined,
    need.bodies ? bodies[need.bodies]() : undefined,
  ]);
  // Without English texts the plan API shows the Chinese in their place; without bodies they read as empty strings
  // (the matrix and the gauge never show them).
  return createPlanApi(withBodies(expandCore(dezhouCoreCompact, englishTexts), need.bodies && texts ? { [need.bodies]: texts } : {}));
}

/** The Dezhou plan's {@link PlanApi} with what `host` shows once its chunks have loaded; `loading` until then. */
export function defaultPlan(host: ReactiveElement): Loadable<PlanApi> {
  const need = needOf(host);
  const key = keyOf(need);
  const known = apis.get(key);
  if (known) return known;
  let hosts = waiting.get(key);
  if (!hosts) {
    waiting.set(key, (hosts = new Set()));
    build(need).then(
      (value) => settle(key, { state: 'ready', value }),
      (error: unknown) => {
        const message = strings[languageOf(host)].fetchFailed('@dz-tasks/data/dezhou-2023', String(error));
        settle(key, { state: 'error', error: { code: ErrorCode.planFetchFailed, message } });
      },
    );
  }
  hosts.add(host);
  return { state: 'loading' };
}

function settle(key: string, result: Loadable<PlanApi>): void {
  apis.set(key, result);
  for (const host of waiting.get(key) ?? []) host.requestUpdate();
  waiting.delete(key);
}
