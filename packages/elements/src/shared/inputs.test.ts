/**
 * Every element × property × kind of value, set as a property (React 19 and Vue set properties, not attributes):
 * the update never rejects, nothing goes uncaught, the element is never blank, what it shows as an error it also
 * dispatches as `dz-error`, and values with no obvious meaning are rejected with `invalid-attribute` (or, for the
 * `plan` property, `plan-invalid`).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { dezhouPlan } from '@dz-tasks/data/dezhou-2023';
import '../all.js';
import type { DzElement } from './base-element.js';
import type { DzErrorDetail } from './events.js';
import { watchUncaught } from '../../test/support/uncaught.js';
import { nextTask, until } from '../../test/support/wait.js';

const FEED = '/packages/elements/test-fixtures/target-gauge/progress-2023q3.json';

/**
 * What a value should do to a property: be used (`use`: no `invalid-attribute`; the element may still find it wrong,
 * as a gauge does NaN with `invalid-value`) or be rejected with `invalid-attribute` (`reject`).
 */
type Outcome = 'use' | 'reject';

/** How a property takes values; decides the expected outcome of each kind of value. */
type Kind = 'text' | 'list' | 'date' | 'url' | 'number' | 'flag' | 'choice';

const revoked = Proxy.revocable({}, {});
revoked.revoke();

/** Values of every kind a framework or a script might set, with the outcome per kind of property. */
const values: { name: string; make: () => unknown; outcome: Partial<Record<Kind, Outcome>> }[] = [
  { name: 'the number 4', make: () => 4, outcome: { text: 'use', list: 'use', number: 'use', flag: 'use', date: 'reject', url: 'reject', choice: 'use' } },
  { name: 'NaN', make: () => NaN, outcome: { text: 'reject', list: 'reject', number: 'use', flag: 'use', date: 'reject', url: 'reject', choice: 'use' } },
  { name: 'Infinity', make: () => Infinity, outcome: { text: 'reject', list: 'reject', number: 'use', flag: 'use', date: 'reject', url: 'reject', choice: 'use' } },
  { name: 'true', make: () => true, outcome: { text: 'reject', list: 'reject', number: 'reject', flag: 'use', date: 'reject', url: 'reject', choice: 'use' } },
  { name: "an array ['4']", make: () => ['4'], outcome: { text: 'reject', list: 'use', number: 'reject', flag: 'reject', date: 'reject', url: 'reject', choice: 'use' } },
  { name: 'an array [4, 2]', make: () => [4, 2], outcome: { text: 'reject', list: 'use', number: 'reject', flag: 'reject', date: 'reject', url: 'reject', choice: 'use' } },
  { name: 'an empty array', make: () => [], outcome: { text: 'reject', list: 'use', number: 'reject', flag: 'reject', date: 'reject', url: 'reject', choice: 'use' } },
  { name: 'a nested array', make: () => [['4']], outcome: { text: 'reject', list: 'reject', number: 'reject', flag: 'reject', date: 'reject', url: 'reject', choice: 'use' } },
  { name: 'an object', make: () => ({ section: 4 }), outcome: { text: 'reject', list: 'reject', number: 'reject', flag: 'reject', date: 'reject', url: 'reject', choice: 'use' } },
  { name: 'a Date', make: () => new Date(2023, 5, 30), outcome: { text: 'reject', list: 'reject', number: 'reject', flag: 'reject', date: 'use', url: 'reject', choice: 'use' } },
  { name: 'an invalid Date', make: () => new Date(NaN), outcome: { text: 'reject', list: 'reject', number: 'reject', flag: 'reject', date: 'reject', url: 'reject', choice: 'use' } },
  { name: 'a URL', make: () => new URL(FEED, location.href), outcome: { text: 'reject', list: 'reject', number: 'reject', flag: 'reject', date: 'reject', url: 'use', choice: 'use' } },
  { name: 'a symbol', make: () => Symbol('4'), outcome: { text: 'reject', list: 'reject', number: 'reject', flag: 'reject', date: 'reject', url: 'reject', choice: 'use' } },
  { name: 'a bigint', make: () => 4n, outcome: { text: 'reject', list: 'reject', number: 'reject', flag: 'reject', date: 'reject', url: 'reject', choice: 'use' } },
  { name: 'a function', make: () => () => '4', outcome: { text: 'reject', list: 'reject', number: 'reject', flag: 'reject', date: 'reject', url: 'reject', choice: 'use' } },
  { name: 'a revoked Proxy', make: () => revoked.proxy, outcome: { text: 'reject', list: 'reject', number: 'reject', flag: 'reject', date: 'reject', url: 'reject', choice: 'use' } },
  { name: 'an object whose toString throws', make: () => ({ toString: () => { throw new Error('no'); } }), outcome: { text: 'reject', list: 'reject', number: 'reject', flag: 'reject', date: 'reject', url: 'reject', choice: 'use' } },
  { name: 'null', make: () => null, outcome: { text: 'use', list: 'use', number: 'use', flag: 'use', date: 'use', url: 'use', choice: 'use' } },
  { name: 'undefined', make: () => undefined, outcome: { text: 'use', list: 'use', number: 'use', flag: 'use', date: 'use', url: 'use', choice: 'use' } },
];

/** Each element in a state that shows content, and how each of its properties takes values. */
const elements: { tag: string; start: ReturnType<typeof html>; properties: Record<string, Kind> }[] = [
  {
    tag: 'dz-task-card',
    start: html`<dz-task-card task="9"></dz-task-card>`,
    properties: { task: 'text', expanded: 'flag', unitHref: 'text', progressSrc: 'url', headingLevel: 'number', planSrc: 'url' },
  },
  {
    tag: 'dz-task-matrix',
    start: html`<dz-task-matrix section="2"></dz-task-matrix>`,
    properties: { section: 'list', unit: 'list', rows: 'choice', sort: 'choice', caption: 'text', export: 'flag', planSrc: 'url' },
  },
  {
    tag: 'dz-target-gauge',
    start: html`<dz-target-gauge target="t09.1" value="2100" as-of="2023-06-30"></dz-target-gauge>`,
    properties: { target: 'text', value: 'number', asOf: 'date', src: 'url', variant: 'choice', scheme: 'choice', planSrc: 'url' },
  },
  {
    tag: 'dz-unit-summary',
    start: html`<dz-unit-summary unit="市發改委" show="tasks"></dz-unit-summary>`,
    properties: { unit: 'text', show: 'list', taskHref: 'text', progressSrc: 'url', headingLevel: 'number', planSrc: 'url' },
  },
  {
    tag: 'dz-plan-overview',
    start: html`<dz-plan-overview section="2"></dz-plan-overview>`,
    properties: { section: 'list', rows: 'choice', sort: 'choice', progressSrc: 'url', caption: 'text', planSrc: 'url' },
  },
];

/**
 * Hostile or wrong `plan` objects: each must end in `plan-invalid`, never in the bundled plan kept silently. Every
 * element validates a `plan` with the same shared code, so the huge plan (the engine's stack under zod's issue
 * collection, 1–2 s a run) is set on one element per engine (`only`); the others are set on every element.
 */
const hostilePlans: { name: string; make: () => unknown; only?: string }[] = [
  { name: 'the number 4', make: () => 4 },
  { name: 'a string', make: () => 'dezhou' },
  { name: 'an empty object', make: () => ({}) },
  { name: 'an array', make: () => [] },
  { name: '15,000 empty tasks', make: () => ({ ...dezhouPlan, tasks: Array.from({ length: 15_000 }, () => ({})) }), only: 'dz-task-matrix' },
  {
    name: 'an object with a throwing getter',
    make: () =>
      Object.defineProperty({ ...dezhouPlan }, 'tasks', {
        enumerable: true,
        get() {
          throw new Error('getter says no');
        },
      }),
  },
  { name: 'a revoked Proxy', make: () => Proxy.revocable({}, {}).proxy },
];


/** Sets `property` to `value` on a fresh element and reports what happened, once the element has settled. */
async function setProperty(start: ReturnType<typeof html>, property: string, value: unknown) {
  const errors: DzErrorDetail[] = [];
  const wrapper = await fixture<HTMLElement>(html`<div @dz-error=${(e: CustomEvent<DzErrorDetail>) => errors.push(e.detail)}>${start}</div>`);
  const el = wrapper.firstElementChild as DzElement;
  await el.updateComplete;
  const watch = watchUncaught();
  let rejected: string | undefined;
  try {
    (el as unknown as Record<string, unknown>)[property] = value;
    await el.updateComplete;
    // A URL or plan that is used loads: wait until the element leaves its skeleton.
    await until(() => !el.shadowRoot!.querySelector('[part="loading"]'), 'the element stayed loading');
    await el.updateComplete;
  } catch (error) {
    rejected = String((error as Error)?.message ?? error);
  }
  // Unhandled rejections are reported after the task that made them.
  await nextTask();
  await nextTask();
  watch.stop();
  const alert = el.shadowRoot!.querySelector('[role="alert"]');
  return { el, errors, rejected, problems: watch.problems, alert: alert?.textContent?.replace(/\s+/g, ' ').trim(), text: el.shadowRoot!.textContent!.trim() };
}

describe('properties of every kind of value', () => {
  for (const { tag, start, properties } of elements) {
    describe(tag, () => {
      for (const [property, kind] of Object.entries(properties)) {
        for (const { name, make, outcome } of values) {
          const expected = outcome[kind]!;
          it(`${property} = ${name}: ${expected === 'use' ? 'used' : 'rejected with invalid-attribute'}`, async () => {
            const result = await setProperty(start, property, make());
            expect(result.rejected, 'updateComplete rejected').to.equal(undefined);
            expect(result.problems, 'uncaught errors').to.deep.equal([]);
            expect(result.text, 'the element is blank').to.not.equal('');
            if (result.alert) expect(result.errors.some((e) => result.alert!.includes(e.message)), `"${result.alert}" is not dispatched`).to.equal(true);
            const codes = result.errors.map((e) => e.code);
            if (expected === 'reject') {
              expect(codes, 'dz-error codes').to.include('invalid-attribute');
              expect(result.alert, 'a visible message').to.be.a('string').and.not.equal('');
            } else {
              expect(codes, 'dz-error codes').to.not.include('invalid-attribute');
            }
          });
        }
      }
      for (const { name, make } of hostilePlans.filter(({ only }) => !only || only === tag)) {
        it(`plan = ${name}: plan-invalid`, async () => {
          const result = await setProperty(start, 'plan', make());
          expect(result.rejected, 'updateComplete rejected').to.equal(undefined);
          expect(result.problems, 'uncaught errors').to.deep.equal([]);
          expect(result.errors.map((e) => e.code)).to.include('plan-invalid');
          expect(result.alert).to.be.a('string').and.not.equal('');
        });
      }
    });
  }
});

describe('values with an obvious meaning are used as meant', () => {
  it('matrix.section = 4 shows section 4, as section="4" does', async () => {
    const { el } = await setProperty(html`<dz-task-matrix section="2"></dz-task-matrix>`, 'section', 4);
    expect(el.shadowRoot!.querySelector('caption')!.textContent).to.contain('四、');
  });

  it("matrix.unit = ['市發改委'] on a new matrix shows that unit's tasks", async () => {
    const el = document.createElement('dz-task-matrix');
    (el as unknown as { unit: unknown }).unit = ['市發改委', '市財政局'];
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    wrapper.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('caption')!.textContent).to.contain('市發展改革委').and.to.contain('市財政局');
  });

  it('plan = null is a plan still to come: every element shows its loading state, not the bundled plan, until a plan is set', async () => {
    const other = { ...dezhouPlan, title: { ...dezhouPlan.title, 'zh-Hant': '另一個計劃' }, tasks: dezhouPlan.tasks.map((t) => (t.number === 9 ? { ...t, title: { ...t.title, 'zh-Hant': '別市的第九項任務' } } : t)) };
    for (const { tag, start } of elements) {
      const wrapper = await fixture<HTMLElement>(html`<div>${start}</div>`);
      const el = wrapper.firstElementChild as DzElement & { plan?: unknown };
      el.plan = null;
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(root.querySelector('[part="loading"]'), `${tag}: loading`).to.not.equal(null);
      expect(root.textContent, `${tag}: nothing of the bundled plan`).to.not.contain('大力發展數字經濟');
      expect(root.querySelector('[role="alert"]'), `${tag}: no error`).to.equal(null);
      el.plan = other;
      await el.updateComplete;
      await until(() => !root.querySelector('[part="loading"]'), `${tag} shows the plan set`);
      await el.updateComplete;
      expect(root.querySelector('[role="alert"]'), `${tag}: no error with the plan`).to.equal(null);
    }
    const card = await fixture<DzElement & { plan?: unknown }>(html`<dz-task-card task="9" .plan=${null}></dz-task-card>`);
    card.plan = other;
    await card.updateComplete;
    await until(() => card.shadowRoot!.textContent!.includes('別市的第九項任務'), 'the card shows the plan set');
  });

  it('gauge.asOf = a Date reads the value at that date', async () => {
    const { el } = await setProperty(html`<dz-target-gauge target="t09.1" value="2100" as-of="2023-03-31"></dz-target-gauge>`, 'asOf', new Date(2023, 5, 30));
    expect(el.shadowRoot!.textContent).to.contain('2023年6月30日');
  });

  it('as-of={date} from React 19 or Vue, which write String(date) to the attribute, reads that day; other text is still an error', async () => {
    // Neither framework sets a kebab-case name as a property: the attribute gets the Date's text, in the page's zone.
    const el = await fixture<DzElement>(html`<dz-target-gauge target="t09.1" value="2100" as-of=${String(new Date(2023, 5, 30))}></dz-target-gauge>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]'), 'no error').to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('2023年6月30日');
    el.setAttribute('as-of', 'Fri Jun 30 2023');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent, 'a date without its time and zone is not a Date\'s text').to.contain('Fri Jun 30 2023');
  });

  it('card.headingLevel = "4" and 4 both give an h4', async () => {
    for (const level of ['4', 4]) {
      const { el } = await setProperty(html`<dz-task-card task="9"></dz-task-card>`, 'headingLevel', level);
      expect(el.shadowRoot!.querySelector('h4[part~="heading"]')).to.not.equal(null);
    }
  });

  it('section="四", "第四部分" and "四、", task="t9" and target="9.1": numbers as the document writes them', async () => {
    for (const section of ['四', '第四部分', '四、', 's4']) {
      const el = await fixture<DzElement>(html`<dz-task-matrix section=${section}></dz-task-matrix>`);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('caption')?.textContent, section).to.contain('四、協同推進降碳減污擴綠增長');
    }
    const card = await fixture<DzElement>(html`<dz-task-card task="t9"></dz-task-card>`);
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part~="number"]')!.textContent).to.contain('9');
    const gauge = await fixture<DzElement>(html`<dz-target-gauge target="9.1"></dz-target-gauge>`);
    await gauge.updateComplete;
    expect(gauge.shadowRoot!.querySelector('[part~="label"]')!.textContent).to.equal('新開通5G基站');
  });
});
