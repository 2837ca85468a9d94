/**
 * Values as a CMS editor leaves them (a CMS editor's review): curled quotes and invisible characters read through in
 * every value, attributes that cannot both be used said so, "did you mean" for another element's attribute, and
 * messages that say what is wrong.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../all.js';
import type { DzTargetGauge } from '../target-gauge/target-gauge.js';
import type { DzElement } from './base-element.js';
import type { DzErrorDetail } from './events.js';
import { holdFetch, until } from '../../test/support/wait.js';

const FEED = '/packages/elements/test-fixtures/target-gauge/progress-2023q3.json';
const PLAN = '/packages/elements/test-fixtures/built-plan.json';

/** Renders `template` and collects its dz-error events; console warnings kept quiet. */
async function render<T extends DzElement = DzElement>(template: ReturnType<typeof html>) {
  const errors: DzErrorDetail[] = [];
  const warn = console.warn;
  console.warn = () => {};
  const wrapper = await fixture<HTMLElement>(html`<div @dz-error=${(e: CustomEvent<DzErrorDetail>) => errors.push(e.detail)}>${template}</div>`);
  const el = wrapper.firstElementChild as T;
  await el.updateComplete;
  const restore = () => (console.warn = warn);
  return { el, errors, restore, notices: () => Array.from(el.shadowRoot!.querySelectorAll('[part="notice"]'), (n) => n.textContent!.replace(/\s+/g, ' ').trim()) };
}

const meter = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[role="meter"]');
const alert = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]');

describe('values as a CMS editor leaves them', () => {
  it('curled quotes and invisible characters are read through in a value, a date, a choice and a URL', async () => {
    const { el, errors, restore } = await render<DzTargetGauge>(
      html`<dz-target-gauge target="t09.1" value="“2,100”" as-of="&#8203;“2023-06-30”" variant="“bar”"></dz-target-gauge>`,
    );
    restore();
    expect(errors).to.deep.equal([]);
    expect(meter(el)!.getAttribute('aria-valuenow')).to.equal('2100');
    expect(el.shadowRoot!.querySelector('[part~="bar"]'), 'the bar drawn').to.not.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('2023年6月30日');
    const fed = await render<DzTargetGauge>(html`<dz-target-gauge target="t09.1" src=${`“${FEED}”\u200b`}></dz-target-gauge>`);
    fed.restore();
    await until(() => meter(fed.el) ?? alert(fed.el), 'the feed did not load');
    expect(alert(fed.el)?.textContent ?? null).to.equal(null);
    expect(meter(fed.el)!.getAttribute('aria-valuenow')).to.equal('2400');
  });

  it("a quote inside a URL is part of the address: only what is around it is dropped", async () => {
    const fetches = holdFetch();
    try {
      const url = "/data/o'brien-2023q3.json";
      const { el, restore } = await render<DzTargetGauge>(html`<dz-target-gauge target="t09.1" src=${`“${url}”\u200b`}></dz-target-gauge>`);
      restore();
      // The request asked for is the address as written inside the quotes, its apostrophe kept.
      await (await fetches.request(url)).release({ plan: 'dezhou-2023-green-low-carbon', asOf: '2023-09-30', entries: [{ target: 't09.1', value: 2400 }] });
      await until(() => meter(el), 'the feed did not load');
      expect(meter(el)!.getAttribute('aria-valuenow')).to.equal('2400');
    } finally {
      fetches.restore();
    }
  });

  it('a list in curled quotes is read through: every word of show, every section and unit of the matrix', async () => {
    const summary = await render(html`<dz-unit-summary unit="市發改委" show="“targets tasks”"></dz-unit-summary>`);
    summary.restore();
    expect(summary.errors).to.deep.equal([]);
    expect(summary.notices()).to.deep.equal([]);
    const areas = Array.from(summary.el.shadowRoot!.querySelectorAll('.tasks-area, .targets-area'), (node) => node.className);
    expect(areas).to.deep.equal(['targets-area', 'tasks-area']);
    const matrix = await render(html`<dz-task-matrix section="「4 5」" unit="“市發改委、市財政局”"></dz-task-matrix>`);
    matrix.restore();
    expect(matrix.errors).to.deep.equal([]);
    const rows = Array.from(matrix.el.shadowRoot!.querySelectorAll('tbody th[scope="row"]'), (th) => th.textContent!.trim());
    expect(rows).to.have.length(2);
  });

  it('value and src together: the value is shown and src said to be ignored; as-of with src and no value: quiet', async () => {
    const both = await render<DzTargetGauge>(html`<dz-target-gauge target="t09.1" value="2100" as-of="2023-06-30" src=${FEED} lang="en"></dz-target-gauge>`);
    both.restore();
    expect(meter(both.el)!.getAttribute('aria-valuenow')).to.equal('2100');
    const ignored = 'Both "value" and "src" are given: "value" is shown, "src" is ignored.';
    expect(both.notices()).to.deep.equal([`ⓘ ${ignored}`]);
    expect(both.errors).to.deep.equal([{ code: 'invalid-value', message: ignored }]);
    const dated = await render<DzTargetGauge>(html`<dz-target-gauge target="t09.1" src=${FEED} as-of="2023-06-30"></dz-target-gauge>`);
    dated.restore();
    await until(() => meter(dated.el), 'the feed did not load');
    // Quiet (r123 F1): a framework's page gives as-of before its value arrives.
    expect(dated.notices()).to.deep.equal([]);
    const alone = await render<DzTargetGauge>(html`<dz-target-gauge target="t09.1" as-of="2023-06-30" lang="zh-Hans"></dz-target-gauge>`);
    alone.restore();
    expect(alone.notices()).to.deep.equal([]);
  });

  it('progress-src on a gauge and src on a card are answered with the attribute meant', async () => {
    const gauge = await render(html`<dz-target-gauge target="t09.1" progress-src=${FEED} lang="en"></dz-target-gauge>`);
    gauge.restore();
    expect(gauge.notices()).to.deep.equal(['ⓘ Unknown attribute "progress-src" ignored. Did you mean "src"?']);
    const card = await render(html`<dz-task-card task="9" src=${FEED} lang="en"></dz-task-card>`);
    card.restore();
    expect(card.notices()).to.deep.equal(['ⓘ Unknown attribute "src" ignored. Did you mean "progress-src"?']);
  });

  it('a range and a number with 千 are said to be what they are, not a wrong unit', async () => {
    const range = await render(html`<dz-target-gauge target="t09.1" value="2.1-2.2" lang="en"></dz-target-gauge>`);
    range.restore();
    expect(alert(range.el)!.textContent).to.contain('a range');
    expect(alert(range.el)!.textContent).to.not.contain('unit');
    const thousands = await render(html`<dz-target-gauge target="t09.1" value="2.1千"></dz-target-gauge>`);
    thousands.restore();
    expect(alert(thousands.el)!.textContent).to.contain('千');
    expect(alert(thousands.el)!.textContent).to.not.contain('單位');
  });

  it('a plan file given as a feed is said to be a plan, not a progress report', async () => {
    const { el, errors, restore } = await render(html`<dz-target-gauge target="t09.1" src=${PLAN} lang="en"></dz-target-gauge>`);
    restore();
    await until(() => alert(el), 'no error shown');
    expect(alert(el)!.textContent).to.contain(`(${PLAN}): this is a plan file, not a progress report`);
    expect(errors.map((e) => e.code)).to.deep.equal(['feed-invalid']);
  });

  it("a feed's reading dated after today names the file, as the other feed errors do", async () => {
    const fetches = holdFetch();
    try {
      const { el, restore } = await render(html`<dz-target-gauge target="t09.1" src="/future.json"></dz-target-gauge>`);
      restore();
      const entries = [{ target: 't09.1', value: 2100 }];
      await (await fetches.request('/future.json')).release({ plan: 'dezhou-2023-green-low-carbon', asOf: '2999-09-30', entries });
      await until(() => alert(el), 'no problem shown');
      expect(alert(el)!.textContent).to.contain('/future.json');
      expect(alert(el)!.textContent).to.contain('日期 2999-09-30 晚於今天');
    } finally {
      fetches.restore();
    }
  });
});
