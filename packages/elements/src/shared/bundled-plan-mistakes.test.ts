/**
 * The bundled Dezhou plan is never shown as another city's (review r102 H2, H3, L7, L8; r103 M2): a misspelt
 * `plan-src` is an error, not Dezhou's task in its place; an error on the bundled plan says it is the bundled plan;
 * a feed's further problems are counted in words; curly quotes are named; an object's text left as an attribute is
 * not noticed once the property holds a real value.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../all.js';
import type { DzElement } from './base-element.js';
import type { DzErrorDetail } from './events.js';
import { until } from '../../test/support/wait.js';

/** Renders `template` (or HTML text, as a CMS writes it) and collects its dz-error events. */
async function render(template: ReturnType<typeof html> | string) {
  const errors: DzErrorDetail[] = [];
  const warn = console.warn;
  console.warn = () => {};
  try {
    const wrapper = await fixture<HTMLElement>(typeof template === 'string' ? html`<div></div>` : html`<div>${template}</div>`);
    wrapper.addEventListener('dz-error', (e) => errors.push((e as CustomEvent<DzErrorDetail>).detail));
    if (typeof template === 'string') wrapper.innerHTML = template;
    const el = wrapper.firstElementChild as DzElement;
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    const text = (part: string) => Array.from(el.shadowRoot!.querySelectorAll(`[part="${part}"]`), (n) => n.textContent!.replace(/\s+/g, ' ').trim());
    return { el, errors, error: () => text('error')[0], notices: () => text('notice') };
  } finally {
    console.warn = warn;
  }
}

/** A progress report of another plan (`another-city-2023`) reporting t09.1. */
const otherPlanFeed = '/packages/elements/test-fixtures/task-card/progress-other-plan.json';

const said = {
  'zh-Hans': { misspelt: ['plan-scr', '“plan-src”', '德州'], bundled: '未设 plan-src', more: '另有 5 个问题', curly: '弯引号' },
  en: { misspelt: ['plan-scr', '"plan-src"', 'Dezhou'], bundled: 'no plan-src', more: 'and 5 more problems', curly: 'curly quotes' },
} as const;

for (const [lang, words] of Object.entries(said)) {
  describe(`mistakes on the bundled plan (${lang})`, () => {
    for (const name of ['plan-scr', 'data-plan-src']) {
      it(`${name}= shows no plan: an error naming plan-src, never Dezhou's task 9`, async () => {
        const { el, errors, error } = await render(`<dz-task-card task="9" ${name}="/data/plan.json" lang="${lang}"></dz-task-card>`);
        expect(error(), 'an error in its place').to.be.a('string');
        for (const word of words.misspelt.map((w) => (w === 'plan-scr' ? name : w))) expect(error()).to.contain(word);
        expect(el.shadowRoot!.textContent).not.to.contain('数字经济').and.not.to.contain('數字經濟').and.not.to.contain('digital economy');
        expect(errors.map((e) => e.code)).to.include('invalid-attribute');
      });
    }

    it('plan-src given beside the misspelling: the plan-src is read, the misspelling a notice', async () => {
      const { error, notices } = await render(`<dz-task-card task="9" plan-src="/packages/elements/test-fixtures/built-plan.json" plan-scr="x" lang="${lang}"></dz-task-card>`);
      expect(error()).to.equal(undefined);
      expect(notices().join(' ')).to.contain('plan-scr');
    });

    it('an unknown target on the bundled plan says it is the bundled plan', async () => {
      const { error } = await render(`<dz-target-gauge target="t11.2" value="48" as-of="2024-06-30" lang="${lang}"></dz-target-gauge>`);
      expect(error()).to.contain(words.bundled);
    });

    it('an unknown task on the bundled plan says it is the bundled plan', async () => {
      const { error } = await render(`<dz-task-card task="99" lang="${lang}"></dz-task-card>`);
      expect(error()).to.contain(words.bundled);
    });

    it('an unknown target on a plan of its own does not', async () => {
      const { error } = await render(`<dz-target-gauge target="t99.2" value="48" as-of="2024-06-30" plan-src="/packages/elements/test-fixtures/built-plan.json" lang="${lang}"></dz-target-gauge>`);
      await until(() => error() !== undefined, 'the plan is fetched');
      expect(error()).to.be.a('string').and.not.to.contain(words.bundled);
    });

    it('a report of another plan, on the bundled plan, says it is the bundled plan', async () => {
      const { error } = await render(`<dz-task-card task="9" progress-src="${otherPlanFeed}" lang="${lang}"></dz-task-card>`);
      await until(() => error() !== undefined, 'the feed is fetched');
      expect(error()).to.contain('another-city-2023').and.to.contain(words.bundled);
    });

    it('a report of another plan set as the property, on the bundled plan, says it too', async () => {
      const el = document.createElement('dz-task-card') as DzElement & { task: string; progress: unknown };
      el.setAttribute('lang', lang);
      el.task = '9';
      el.progress = { plan: 'another-city-2023', asOf: '2023-06-30', entries: [{ target: 't09.1', value: 2100 }] };
      const { error } = await render(html`${el}`);
      await until(() => error() !== undefined, 'the report is checked');
      expect(error()).to.contain('another-city-2023').and.to.contain(words.bundled);
    });

    it('a report of another plan, on a plan of its own, does not', async () => {
      const { error } = await render(`<dz-task-card task="1" plan-src="/packages/elements/test-fixtures/built-plan.json" progress-src="${otherPlanFeed}" lang="${lang}"></dz-task-card>`);
      await until(() => error() !== undefined, 'the plan and the feed are fetched');
      expect(error()).to.contain('another-city-2023').and.not.to.contain(words.bundled);
    });

    it('a feed with six problems says the other five in words', async () => {
      const el = document.createElement('dz-target-gauge') as DzElement & { target: string; progress: unknown };
      el.setAttribute('lang', lang);
      el.target = 't09.1';
      el.progress = { plan: 'dezhou-2023-green-low-carbon', asOf: '2023-06-30', entries: Array.from({ length: 6 }, () => ({ target: 't09.1', value: 'x' })) };
      const { error } = await render(html`${el}`);
      expect(error()).to.contain(words.more).and.not.to.contain('(+5)');
    });

    it('an attribute cut at a space in curly quotes is said as such', async () => {
      const { notices } = await render(`<dz-task-matrix section="4" unit=“县科技局 县财政局” lang="${lang}"></dz-task-matrix>`);
      expect(notices().join(' ')).to.contain(words.curly).and.to.contain('"');
    });

    it('no "[object Object]" notice once the property holds a real report', async () => {
      const el = document.createElement('dz-target-gauge') as DzElement & { target: string; progress: unknown };
      el.setAttribute('lang', lang);
      el.setAttribute('progress', '[object Object]');
      el.target = 't09.1';
      const { notices } = await render(html`${el}`);
      expect(notices().join(' '), 'said while the property holds nothing').to.contain('[object Object]');
      el.progress = { plan: 'dezhou-2023-green-low-carbon', asOf: '2023-06-30', entries: [{ target: 't09.1', value: 2100 }] };
      await el.updateComplete;
      const after = Array.from(el.shadowRoot!.querySelectorAll('[part="notice"]'), (n) => n.textContent!);
      expect(after.join(' ')).not.to.contain('[object Object]');
    });
  });
}

describe('the words about inputs, on a page that says no language', () => {
  it("are in the element's language: its plan's own, Simplified for a plan built from a Simplified document", async () => {
    const { el, notices } = await render(
      `<dz-target-gauge plan-src="/packages/elements/test-fixtures/built-plan.json" target="t01.1" value="30" as-of="2024-06-30" variant=“ring bar”></dz-target-gauge>`,
    );
    // Once its plan is there and judged, the element speaks the plan's language.
    await until(() => el.hasAttribute('status'), 'the gauge shows its plan');
    await el.updateComplete;
    const said = Array.from(el.shadowRoot!.querySelectorAll('[part="notice"]'), (n) => n.textContent!).join(' ');
    expect(said || notices().join(' ')).to.contain('弯引号').and.not.to.contain('彎引號');
  });
});
