/** A card dated by its report: one "progress as of" line, and an older reading's own date, on screen and on paper. */
import { formatIsoDate, statusLabels, type ProgressReport } from '@dz-tasks/data';
import { dezhouPlan } from '@dz-tasks/data/dezhou-2023';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { holdFetch, until } from '../../test/support/wait.js';
import '../task-card.js';
import type { DzTaskCard } from './task-card.js';

const $ = (el: DzTaskCard, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement | null;
const $$ = (el: DzTaskCard, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const report: ProgressReport = {
  plan: dezhouPlan.id,
  asOf: '2023-09-30',
  entries: [
    { target: 't09.1', value: 2480 },
    { target: 't09.2', value: 30, asOf: '2023-06-30' },
  ],
};

let feedNumber = 0;
async function card(lang = 'zh-Hant', feed: ProgressReport | null = report): Promise<DzTaskCard> {
  if (!feed) return fixture<DzTaskCard>(html`<dz-task-card task="9" lang=${lang}></dz-task-card>`);
  const fetches = holdFetch();
  try {
    const url = `/task-card-as-of-${++feedNumber}.json`;
    const el = await fixture<DzTaskCard>(html`<dz-task-card task="9" lang=${lang} progress-src=${url}></dz-task-card>`);
    await (await fetches.request(url)).release(feed);
    await until(() => $$(el, 'li[part="target"]').length > 0, 'the targets show the feed');
    await el.updateComplete;
    return el;
  } finally {
    fetches.restore();
  }
}

describe('dz-task-card: the date of its progress', () => {

  it('shows one "progress as of" line with the report’s date, and the value only where it is read', async () => {
    const el = await card();
    const lines = $$(el, '[part="as-of"]');
    expect(lines.map(text)).to.deep.equal([`進度截至 ${formatIsoDate('2023-09-30', 'zh-Hant')}`]);
    const [t091, t092] = $$(el, 'li[part="target"]');
    // A reading of the report's date needs no date of its own; an older one shows its date and is not reported this period.
    expect(text(t091)).not.to.contain('截至');
    expect(text(t091)).to.contain(statusLabels['zh-Hant'].onTrack);
    expect(text(t092)).to.contain(`截至 ${formatIsoDate('2023-06-30', 'zh-Hant')}`);
    expect(text(t092)).to.contain('本期未報');
    expect(text(t092)).not.to.contain(statusLabels['zh-Hant'].behind);
    await expect(el).to.be.accessible();
  });

  it('keeps the date line on paper', async function () {
    const el = await card();
    try {
      await emulateMedia({ media: 'print' });
    } catch (error) {
      // The launcher here cannot emulate media in Firefox (no CDP).
      if (/not support/i.test(String(error))) this.skip();
      throw error;
    }
    try {
      const line = $(el, '[part="as-of"]')!;
      expect(getComputedStyle(line).display).not.to.equal('none');
      expect(line.getBoundingClientRect().height).to.be.greaterThan(0);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('says it in the element’s language, and not at all without a feed', async () => {
    const en = await card('en');
    expect(text($(en, '[part="as-of"]'))).to.equal(`Progress as of ${formatIsoDate('2023-09-30', 'en')}`);
    expect(text($$(en, 'li[part="target"]')[1])).to.contain(`as of ${formatIsoDate('2023-06-30', 'en')}`);
    await expect(en).to.be.accessible();
    const bare = await card('zh-Hant', null);
    expect($(bare, '[part="as-of"]')).to.equal(null);
  });
});
