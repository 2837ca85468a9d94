/**
 * The npm build's bundled plan (`default-plan.ts`): imported the first time an element without `plan` or `plan-src`
 * needs it, never by a page whose elements show their own plan (a review, r48: 46 KB gzip of Dezhou data in every
 * other city's app). Watched in a page of its own, an iframe: the test page's other files import the Dezhou plan
 * themselves, and a module is fetched once per page.
 */
import { expect } from '@open-wc/testing';
import type { DzTargetGauge } from '../target-gauge/target-gauge.js';
import { until } from '../../test/support/wait.js';

/** A fresh page that imports the gauge's define file as an app does (`@dz-tasks/elements/target-gauge.js`). */
async function freshPage(): Promise<Window & typeof globalThis> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html><body><script type="module">import '/packages/elements/src/target-gauge.ts';</script></body></html>`;
  // The load event comes after the module script has run (it delays the document's end).
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const page = frame.contentWindow as Window & typeof globalThis;
  await page.customElements.whenDefined('dz-target-gauge');
  return page;
}

/** Whether `page` has requested the Dezhou plan's module (`@dz-tasks/data/dezhou-2023`, not its `/core` nor `/en`). */
const requestedDezhou = (page: Window) =>
  page.performance.getEntriesByType('resource').some((entry) => /dezhou-2023\.js$/.test(new URL(entry.name).pathname));

describe('the bundled plan in the npm build', () => {
  let page: Window & typeof globalThis;
  let planText: string;

  before(async () => {
    planText = await (await fetch('/packages/elements/test-fixtures/built-plan.json')).text();
    page = await freshPage();
  });

  after(() => page.frameElement?.remove());

  it('is not imported by a page whose gauges show their own plan (`plan`, `plan-src`)', async () => {
    expect(requestedDezhou(page), 'the gauge alone imports it').to.equal(false);
    const byProperty = page.document.createElement('dz-target-gauge') as DzTargetGauge;
    Object.assign(byProperty, { target: 't01.1', value: 30, asOf: '2024-06-30', plan: page.JSON.parse(planText) });
    const bySrc = page.document.createElement('dz-target-gauge') as DzTargetGauge;
    Object.assign(bySrc, { target: 't01.1', value: 30, asOf: '2024-06-30', planSrc: '/packages/elements/test-fixtures/built-plan.json' });
    page.document.body.append(byProperty, bySrc);
    await byProperty.updateComplete;
    expect(byProperty.status, 'the gauge shows its plan').to.equal('onTrack');
    // The page says no language: the plan's own, Simplified (built from a Simplified document).
    expect(byProperty.shadowRoot!.textContent).to.contain('30项');
    await until(() => bySrc.status === 'onTrack', 'the gauge with plan-src shows its plan');
    expect(requestedDezhou(page)).to.equal(false);
  });

  it('is imported by the first element given no plan, whose `updateComplete` waits for it', async () => {
    const gauge = page.document.createElement('dz-target-gauge') as DzTargetGauge;
    gauge.target = 't01.1';
    page.document.body.append(gauge);
    await gauge.updateComplete;
    // Booleans and strings only: the test runner cannot report an element of another page.
    expect(!!gauge.shadowRoot!.querySelector('[part="loading"]'), 'still loading').to.equal(false);
    expect(gauge.shadowRoot!.textContent).to.contain('引進科技成果').and.contain('50項');
    expect(requestedDezhou(page), 'and the page imported it').to.equal(true);
  });
});
