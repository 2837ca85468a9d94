/**
 * A card of another city's plan, built by `dz-plan build` from a Simplified document (review r102 M4, M5): on a page
 * in English its body in the plan's own script, and a task with no text in the script it would be shown in has no
 * button, no note and no empty paragraph.
 */
import type { Plan } from '@dz-tasks/data';
import { dezhouPlan } from '@dz-tasks/data/dezhou-2023';
import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../../test/support/wait.js';
import '../task-card.js';
import type { DzTaskCard } from './task-card.js';

const $ = (el: DzTaskCard, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement | null;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** How many of `selector` the card draws (a count: a failed assertion on an element itself would serialize it). */
const count = (el: DzTaskCard, selector: string) => el.shadowRoot!.querySelectorAll(selector).length;

/** Task 7 has no text at all (a one-sentence task); task 11 none in Simplified, the plan's own script. */
const county: Plan = {
  ...dezhouPlan,
  sourceLanguage: 'zh-Hans',
  tasks: dezhouPlan.tasks.map((task) => {
    if (task.number === 7) return { ...task, body: { 'zh-Hant': '', 'zh-Hans': '' } };
    if (task.number === 11) return { ...task, body: { ...task.body, 'zh-Hans': '' } };
    return task;
  }),
};
const bodyOf = (number: number) => county.tasks.find((task) => task.number === number)!.body;

/** The card of `task` in a page in `lang`, with every event it sends. */
async function card(task: number, lang: string): Promise<{ el: DzTaskCard; events: string[] }> {
  const events: string[] = [];
  const el = await fixture<DzTaskCard>(
    html`<dz-task-card
      task=${task}
      lang=${lang}
      .plan=${county}
      @dz-toggle=${() => events.push('dz-toggle')}
      @dz-error=${(e: CustomEvent<{ code: string }>) => events.push(`dz-error ${e.detail.code}`)}
    ></dz-task-card>`,
  );
  await until(() => $(el, '[part="title"]'), 'the card shows its task');
  await el.updateComplete;
  return { el, events };
}

describe('dz-task-card: a plan built from a Simplified document', () => {
  for (const [lang, script] of [
    ['zh-Hant', 'zh-Hant'],
    ['zh-Hans', 'zh-Hans'],
    ['en', 'zh-Hans'],
  ] as const) {
    it(`shows the body in ${script} on a page in ${lang}, marked so`, async () => {
      const { el } = await card(9, lang);
      const body = $(el, '[part="body"]')!;
      expect(body.getAttribute('lang')).to.equal(script);
      expect(body.textContent).to.equal(bodyOf(9)[script]);
      expect(count(el, '[part="toggle"]')).to.equal(1);
      // The English page still says the text is in Chinese.
      expect(text($(el, '.note'))).to.equal(lang === 'en' ? 'The full text of this task is available in Chinese.' : '');
      el.expanded = true;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }

  for (const lang of ['zh-Hant', 'zh-Hans', 'en']) {
    it(`has no button, note or body for a task with no text (${lang}), and nothing for expanded to do`, async () => {
      const { el, events } = await card(7, lang);
      expect(count(el, '[part="toggle"]'), 'no button').to.equal(0);
      expect(count(el, '.note'), 'no note').to.equal(0);
      expect(count(el, '[part="body"]'), 'no body').to.equal(0);
      expect(count(el, '.body-area'), 'no body area').to.equal(0);
      el.expanded = true;
      await el.updateComplete;
      el.setAttribute('expanded', '');
      await el.updateComplete;
      expect(count(el, '[part="toggle"]')).to.equal(0);
      expect(count(el, '[part="body"]')).to.equal(0);
      expect(events).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }

  it('has no button where the task has no text in the script it would be shown in (task 11: Traditional only)', async () => {
    for (const lang of ['zh-Hans', 'en']) {
      const { el } = await card(11, lang);
      expect(count(el, '[part="toggle"]'), lang).to.equal(0);
      expect(count(el, '[part="body"]'), lang).to.equal(0);
      expect(count(el, '.note'), lang).to.equal(0);
    }
    const { el } = await card(11, 'zh-Hant');
    expect(count(el, '[part="toggle"]')).to.equal(1);
    expect($(el, '[part="body"]')!.textContent).to.equal(bodyOf(11)['zh-Hant']);
  });
});
