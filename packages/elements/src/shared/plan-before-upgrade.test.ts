/**
 * A `plan` set on a tag before its element is defined (the developers' guide's React recipe: the tag rendered, `plan`
 * set in an effect, then the define module imported), on a page that says no language: the element reads that plan's
 * language, and never imports the npm build's bundled plan to find one (review r109). Lit applies such a property only
 * as the first update begins; the language is read before it. Watched in a page of its own, an iframe whose `<html>`
 * has no `lang`: the test page's other files define the elements and import the bundled plan themselves.
 */
import type { Plan } from '@dz-tasks/data';
import { expect } from '@open-wc/testing';
import type { DzTargetGauge } from '../target-gauge/target-gauge.js';
import type { DzTaskMatrix } from '../task-matrix/task-matrix.js';
import { until } from '../../test/support/wait.js';
import { en } from './i18n/en.js';

type Page = Window & typeof globalThis & { importHere(url: string): Promise<unknown> };

/** A fresh page that says no language, nothing defined in it, which imports modules in its own realm. */
async function freshPage(): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html><body><script type="module">window.importHere = (url) => import(url);</script></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as Page;
}

/** Whether `page` has requested the bundled plan's module (`@dz-tasks/data/dezhou-2023`, not its `/core` nor `/en`). */
const requestedDezhou = (page: Window) =>
  page.performance.getEntriesByType('resource').some((entry) => /dezhou-2023\.js$/.test(new URL(entry.name).pathname));

/** Every language the element's shadow root says its parts are in, sorted and joined. */
const langsOf = (el: Element) => [...new Set([...el.shadowRoot!.querySelectorAll('[lang]')].map((part) => part.getAttribute('lang')))].sort().join();

/** A plan written in Simplified Chinese (`sourceLanguage: 'zh-Hans'`): a county's, built by `dz-plan build`. */
const simplifiedPlan = async (page: Page): Promise<Plan> => page.JSON.parse(await (await fetch('/packages/elements/test-fixtures/built-plan.json')).text());

/** A plan written in English: the data package's build of the Dezhou plan under another id, its source English. */
async function englishPlan(page: Page): Promise<Plan> {
  const plan = page.JSON.parse(await (await fetch('/packages/data/dist/plan.json')).text()) as Plan;
  return { ...plan, id: 'an-english-city-2023', sourceLanguage: 'en' };
}

/** A matrix of the Simplified plan's first section and a gauge of the English plan's t09.1, not yet defined. */
async function undefinedElements(page: Page, suffix = '') {
  const matrix = page.document.createElement(`dz-task-matrix${suffix}`) as DzTaskMatrix;
  matrix.setAttribute('section', '1');
  matrix.plan = await simplifiedPlan(page);
  const gauge = page.document.createElement(`dz-target-gauge${suffix}`) as DzTargetGauge;
  Object.assign(gauge, { target: 't09.1', value: 2100, asOf: '2023-06-30', plan: await englishPlan(page) });
  page.document.body.append(matrix, gauge);
  return { matrix, gauge };
}

/** Each shows its own plan, in its plan's language throughout. */
async function expectOwnPlans(matrix: DzTaskMatrix, gauge: DzTargetGauge, english: Plan): Promise<void> {
  await until(() => gauge.status !== undefined && matrix.shadowRoot?.querySelector('[part="caption"], caption'), 'both show their plans');
  await matrix.updateComplete;
  await gauge.updateComplete;
  // Booleans and strings only: the test runner cannot report an element of another page.
  expect(langsOf(matrix), 'the matrix in Simplified').to.equal('zh-Hans');
  expect(matrix.shadowRoot!.textContent).to.contain('市财政局').and.not.contain('市財政局');
  expect(langsOf(gauge), 'the gauge in English').to.equal('en');
  const metric = english.targets.find((target) => target.id === 't09.1')!.metric.en;
  expect(gauge.shadowRoot!.querySelector('[part="label"]')?.textContent).to.equal(metric);
  expect(gauge.shadowRoot!.textContent).to.contain(en.gaugeTarget);
}

describe('a `plan` set before the element is defined, on a page that says no language', () => {
  let page: Page;

  before(async () => {
    page = await freshPage();
    page.performance.setResourceTimingBufferSize(10_000);
  });

  after(() => page.frameElement?.remove());

  it('is the plan the element reads its language from: the bundled plan is never imported', async () => {
    expect(page.document.documentElement.hasAttribute('lang'), 'the page says no language').to.equal(false);
    const { matrix, gauge } = await undefinedElements(page);
    await page.importHere('/packages/elements/src/task-matrix.ts');
    await page.importHere('/packages/elements/src/target-gauge.ts');
    await expectOwnPlans(matrix, gauge, await englishPlan(page));
    expect(requestedDezhou(page), 'no request for the bundled plan').to.equal(false);
  });

  it('the first render is in the plan’s language once the page has checked a plan before', async () => {
    // The validators are loaded by now (the test above): the first update shows the plan, in its language.
    const { matrix, gauge } = await undefinedElements(page, '-late');
    const renders: string[] = [];
    // The elements' classes under other names, each render's languages noted: defined after their `plan` was set.
    for (const name of ['dz-task-matrix', 'dz-target-gauge']) {
      const Base = page.customElements.get(name) as unknown as typeof DzTaskMatrix;
      page.customElements.define(
        `${name}-late`,
        class extends Base {
          protected override updated(changed: Map<PropertyKey, unknown>): void {
            super.updated(changed);
            renders.push(`${this.localName}: ${langsOf(this)}`);
          }
        },
      );
    }
    await expectOwnPlans(matrix, gauge, await englishPlan(page));
    for (const [name, lang] of [['dz-task-matrix-late', 'zh-Hans'], ['dz-target-gauge-late', 'en']]) {
      const own = renders.filter((render) => render.startsWith(`${name}:`));
      expect(own.length > 0 && own.every((render) => render === `${name}: ${lang}`), renders.join('\n')).to.equal(true);
    }
    expect(requestedDezhou(page), 'no request for the bundled plan').to.equal(false);
  });
});
