/**
 * An element follows a change of `lang` wherever it is made: on the page, or on a container inside another
 * component's shadow root (its language is read across shadow roots, so a change there must reach it too).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../task-card.js';
import type { DzTaskCard } from '../../task-card/task-card.js';
import { until } from '../../../test/support/wait.js';

const title = (card: DzTaskCard) => card.shadowRoot!.querySelector('[part="title"]')?.textContent ?? '';

describe('the language an element follows', () => {
  it('follows a lang changed on a container inside a shadow root, in nested shadow roots too', async () => {
    const outer = await fixture<HTMLElement>(html`<div></div>`);
    const middle = outer.attachShadow({ mode: 'open' });
    middle.innerHTML = '<div lang="zh-Hant"><section></section></div>';
    const inner = middle.querySelector('section')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<div lang="zh-Hant"><dz-task-card task="9"></dz-task-card></div>';
    const card = inner.querySelector<DzTaskCard>('dz-task-card')!;
    await until(() => title(card), 'the card shows its task');
    const chinese = title(card);
    // The container in the card's own shadow root.
    inner.querySelector('div')!.lang = 'en';
    await until(() => title(card) !== chinese, 'the card switches to English');
    expect(title(card)).to.match(/[a-z]/i);
    // A container in the shadow root around that one: the card follows it once its own container says nothing.
    inner.querySelector('div')!.removeAttribute('lang');
    await until(() => title(card) === chinese, 'back to the Chinese of the outer container');
    middle.querySelector('div')!.lang = 'en';
    await until(() => title(card) !== chinese, 'the card follows the outer shadow root');
  });
});
