/**
 * A page that does not say its language (no `lang`, an empty one, or only `zh`) shows an element's plan in the plan's
 * own language (`plan.sourceLanguage`): a county whose plan `dz-plan build` made from a Simplified document, on a CMS
 * template whose `<html>` has no `lang` (review r102 H1), sees Simplified, its words, UI strings and notices alike. A
 * `lang` that names a script or a region still wins.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../task-card.js';
import type { Plan } from '@dz-tasks/data';
import type { DzTaskCard } from '../../task-card/task-card.js';
import { until } from '../../../test/support/wait.js';

/** A plan built from a Simplified document (`sourceLanguage: 'zh-Hans'`). */
const PLAN = '/packages/elements/test-fixtures/built-plan.json';
const HANS_TITLE = '推动成果转化';
const HANT_TITLE = '推動成果轉化';

const title = (card: DzTaskCard) => card.shadowRoot!.querySelector('[part="title"]')?.textContent?.trim() ?? '';
/** Every language the card's shadow root says its parts are in. */
const langs = (card: DzTaskCard) => new Set([...card.shadowRoot!.querySelectorAll('[lang]')].map((el) => el.getAttribute('lang')));
const text = (card: DzTaskCard) => card.shadowRoot!.textContent!.replace(/\s+/g, ' ');

/** Waits until `card` shows its task, then until it is done updating. */
async function shown(card: DzTaskCard, expected?: string): Promise<void> {
  await until(() => (expected ? title(card) === expected : title(card)), `the card shows ${expected ?? 'its task'} (shows "${title(card)}")`);
  await card.updateComplete;
}

/** Simplified throughout: the plan's words, the UI strings, every part's `lang`. */
function expectSimplified(card: DzTaskCard): void {
  expect(title(card)).to.equal(HANS_TITLE);
  expect(text(card)).to.contain('牵头单位').and.not.contain('牽頭單位');
  expect([...langs(card)]).to.deep.equal(['zh-Hans']);
}

describe('the language of a page that does not say it: the plan’s own', () => {
  let pageLang: string | null;
  beforeEach(() => {
    pageLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
  });
  afterEach(() => {
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', pageLang);
  });

  for (const [name, attribute] of [
    ['no lang anywhere', undefined],
    ['an empty lang', ''],
    ['lang="zh" (no script, no region)', 'zh'],
    ['lang="ZH " (as a template may write it)', 'ZH '],
  ] as const) {
    it(`${name}: a plan built from a Simplified document shows in Simplified, with no Traditional`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang=${attribute ?? (null as unknown as string)}>
        <dz-task-card task="1" plan-src=${PLAN}></dz-task-card>
      </div>`);
      if (attribute === undefined) wrapper.removeAttribute('lang');
      const card = wrapper.querySelector<DzTaskCard>('dz-task-card')!;
      await shown(card);
      expectSimplified(card);
    });
  }

  it('its notices and its errors too, with no lang: Simplified', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <dz-task-card task="1" plan-src=${PLAN} expandd></dz-task-card>
      <dz-task-card task="999" plan-src=${PLAN}></dz-task-card>
    </div>`);
    const [noticed, missing] = wrapper.querySelectorAll<DzTaskCard>('dz-task-card');
    await shown(noticed!);
    await until(() => noticed!.shadowRoot!.querySelector('[part="notice"]'), 'the card notices the misspelt attribute');
    expectSimplified(noticed!);
    expect(noticed!.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.contain('expandd');
    await until(() => missing!.shadowRoot!.querySelector('[part="error"]'), 'the card says there is no task 999');
    await missing!.updateComplete;
    expect(missing!.shadowRoot!.querySelector('[part="error"]')!.getAttribute('lang')).to.equal('zh-Hans');
    expect(missing!.shadowRoot!.querySelector('[part="error"]')!.textContent).to.match(/任务/).and.not.match(/任務/);
  });

  it('a plan object set as `plan` whose sourceLanguage is zh-Hans, with no lang: Simplified', async () => {
    const plan = (await (await fetch(PLAN)).json()) as Plan;
    expect(plan.sourceLanguage).to.equal('zh-Hans');
    const card = await fixture<DzTaskCard>(html`<dz-task-card task="1" .plan=${plan}></dz-task-card>`);
    await shown(card);
    expectSimplified(card);
  });

  it('inside a shadow root, with no lang on the way up: Simplified', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.attachShadow({ mode: 'open' }).innerHTML = `<section><dz-task-card task="1" plan-src="${PLAN}"></dz-task-card></section>`;
    const card = host.shadowRoot!.querySelector<DzTaskCard>('dz-task-card')!;
    await shown(card);
    expectSimplified(card);
  });

  for (const [attribute, expected] of [
    ['zh-Hant', HANT_TITLE],
    ['zh-TW', HANT_TITLE],
    ['zh-HK', HANT_TITLE],
    ['zh-CN', HANS_TITLE],
  ] as const) {
    it(`lang="${attribute}" still wins over the plan's language`, async () => {
      const card = await fixture<DzTaskCard>(html`<dz-task-card lang=${attribute} task="1" plan-src=${PLAN}></dz-task-card>`);
      await shown(card, expected);
      expect([...langs(card)]).to.deep.equal([expected === HANT_TITLE ? 'zh-Hant' : 'zh-Hans']);
    });
  }

  it('a lang set later still switches the card, and taking it away brings back the plan’s language', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><dz-task-card task="1" plan-src=${PLAN}></dz-task-card></div>`);
    const card = wrapper.querySelector<DzTaskCard>('dz-task-card')!;
    await shown(card, HANS_TITLE);
    wrapper.lang = 'zh-Hant';
    await shown(card, HANT_TITLE);
    expect(text(card)).to.contain('牽頭單位');
    wrapper.lang = 'en';
    await until(() => langs(card).has('en'), 'the card switches to English');
    wrapper.removeAttribute('lang');
    await shown(card, HANS_TITLE);
    expectSimplified(card);
  });

  it('the bundled Dezhou plan (sourceLanguage zh-Hant) still shows in Traditional on such a page', async () => {
    const card = await fixture<DzTaskCard>(html`<dz-task-card task="9"></dz-task-card>`);
    await shown(card);
    expect([...langs(card)]).to.deep.equal(['zh-Hant']);
    expect(text(card)).to.contain('牽頭單位');
  });
});
