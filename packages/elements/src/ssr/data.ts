/// <reference types="node" />
/**
 * The plans and progress feeds a page's elements name (`plan-src`, `progress-src`, `src`), read from files or URLs
 * and validated before the server render, the way the elements would in a browser; any failure is a
 * {@link RenderError} naming the element and the attribute.
 */
import { readFile } from 'node:fs/promises';
import type { PlanLookups } from '@dz-tasks/data';
import { dezhou } from '@dz-tasks/data/dezhou-2023';
import { feedLoad, planLoad } from '../shared/base-element.js';
import { strings } from '../shared/i18n/strings.js';
import { validated } from '../shared/fetch-json.js';
import { preloadPlan, preloadReport } from '../shared/preloaded.js';
import { planValidation, reportValidation } from '../shared/validators.js';
import { RenderError } from './render-error.js';

/** The attributes of each element that name a progress feed. */
const feedAttributes: Record<string, string> = {
  'dz-task-card': 'progress-src',
  'dz-target-gauge': 'src',
  'dz-unit-summary': 'progress-src',
  'dz-plan-overview': 'progress-src',
};

/** An element of the page, as far as loading its data goes. */
export interface ElementData {
  readonly tag: string;
  readonly attributes: ReadonlyMap<string, string>;
  /** `<dz-task-card task="9">` at line 30, for messages. */
  readonly where: string;
}

/** The JSON at `url` resolved against `base`: a file, or an http(s) URL. */
async function readJson(url: string, base: URL): Promise<unknown> {
  const resolved = new URL(url, base);
  let text: string;
  if (resolved.protocol === 'file:') {
    text = await readFile(resolved, 'utf8');
  } else if (resolved.protocol === 'http:' || resolved.protocol === 'https:') {
    const response = await fetch(resolved);
    if (!response.ok) throw new Error(`HTTP ${response.status} from ${resolved.href}`);
    text = await response.text();
  } else {
    throw new Error(`${resolved.protocol} URLs cannot be read`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SyntaxError(`not JSON: ${(error as Error).message}`);
  }
}

/** `ENOENT: no such file…` without Node's own path (the message names the URL and where it resolved). */
const why = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Reads and validates every plan and feed the elements name, and leaves them for the render (see
 * `shared/preloaded.ts`). Each URL is read once.
 */
export async function preloadData(elements: readonly ElementData[], base: URL): Promise<void> {
  const t = strings.en;
  const json = new Map<string, Promise<unknown>>();
  const read = (url: string) => {
    let pending = json.get(url);
    if (!pending) json.set(url, (pending = readJson(url, base)));
    return pending;
  };
  const load = async (element: ElementData, attribute: string, url: string): Promise<unknown> => {
    try {
      return await read(url);
    } catch (error) {
      throw new RenderError(`${element.where}, ${attribute}: ${t.fetchFailed(url, `${why(error)} (${new URL(url, base).href})`)}`);
    }
  };
  const plans = new Map<string, PlanLookups>();
  for (const element of elements) {
    // Keys as the elements read them: `plan-src` as written; a card's feed as written, a gauge's trimmed.
    const planSrc = element.attributes.get('plan-src') || undefined;
    let api = planSrc ? plans.get(planSrc) : dezhou();
    if (planSrc && !api) {
      const url = planSrc.trim();
      const loaded = await load(element, 'plan-src', url);
      api = check(element, 'plan-src', () => validated(loaded, planValidation, url, planLoad(t, 'en')));
      plans.set(planSrc, api);
      preloadPlan(planSrc, api);
      preloadPlan(url, api); // the elements look a plan up by its trimmed URL
    }
    const attribute = feedAttributes[element.tag];
    const written = attribute ? element.attributes.get(attribute) : undefined;
    const url = written?.trim();
    if (!attribute || !written || !url || !api) continue;
    const plan = api.plan;
    const loaded = await load(element, attribute, url);
    const report = check(element, attribute, () => validated(loaded, (json) => reportValidation(json, plan), url, feedLoad(t, 'en')));
    preloadReport(planSrc, written, report);
    preloadReport(planSrc, url, report);
  }
}

/** The value of `validate`, or a {@link RenderError} naming the element and attribute. */
function check<T>(element: ElementData, attribute: string, validate: () => T): T {
  try {
    return validate();
  } catch (error) {
    throw new RenderError(`${element.where}, ${attribute}: ${why(error)}`);
  }
}
