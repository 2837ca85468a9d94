/** A card on paper: everything the task says, collapsed or not, and no button (a supervision clerk's review). */
import { dezhouPlan } from '@dz-tasks/data/dezhou-2023';
import { expect, fixture, html } from '@open-wc/testing';
import { onPaper } from '../../test/support/paper.js';
import { until } from '../../test/support/wait.js';
import '../task-card.js';
import type { DzTaskCard } from './task-card.js';

const $ = (el: DzTaskCard, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement | null;
const shown = (node: HTMLElement) => getComputedStyle(node).display !== 'none' && node.getBoundingClientRect().height > 0;

async function card(lang: string): Promise<DzTaskCard> {
  const el = await fixture<DzTaskCard>(html`<dz-task-card task="9" lang=${lang}></dz-task-card>`);
  await until(() => $(el, '[part="body"]'), 'the card renders');
  await el.updateComplete;
  return el;
}

describe('dz-task-card: on paper', () => {
  for (const lang of ['zh-Hant', 'zh-Hans', 'en']) {
    it(`prints the body of a collapsed card, without the button (${lang})`, async () => {
      const el = await card(lang);
      const body = $(el, '[part="body"]')!;
      const toggle = $(el, '[part="toggle"]')!;
      expect(el.expanded).to.equal(false);
      expect(shown(body), 'collapsed on screen').to.equal(false);
      await onPaper(el, () => {
        expect(shown(body), 'the body on paper').to.equal(true);
        expect(body.textContent).to.equal(dezhouPlan.tasks.find((task) => task.number === 9)!.body[lang === 'zh-Hans' ? 'zh-Hans' : 'zh-Hant']);
        expect(getComputedStyle(toggle).display, 'the button on paper').to.equal('none');
      });
      expect(shown(body), 'collapsed on screen again').to.equal(false);
    });
  }
});
