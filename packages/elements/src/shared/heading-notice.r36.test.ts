/**
 * The notice of a `heading-level` that is not a level quotes what the editor wrote (an accessibility review): a tag of
 * no level (`h7`) was read as its number first, and the notice said `heading-level=7`, a value not on the page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../task-card.js';
import type { DzTaskCard } from '../task-card/task-card.js';
import type { DzErrorDetail } from './events.js';

/** The heading a card draws with `heading-level` written `value` (or set as the property), and what it notices. */
async function headingOf(value: string, asProperty = false) {
  const errors: string[] = [];
  const wrapper = await fixture<HTMLElement>(
    asProperty
      ? html`<div @dz-error=${(e: CustomEvent<DzErrorDetail>) => errors.push(e.detail.message)}><dz-task-card task="9" lang="en" .headingLevel=${value}></dz-task-card></div>`
      : html`<div @dz-error=${(e: CustomEvent<DzErrorDetail>) => errors.push(e.detail.message)}><dz-task-card task="9" lang="en" heading-level=${value}></dz-task-card></div>`,
  );
  const el = wrapper.firstElementChild as DzTaskCard;
  await el.updateComplete;
  const notices = Array.from(el.shadowRoot!.querySelectorAll('[part="notice"]'), (n) => n.textContent!.replace(/\s+/g, ' ').trim());
  return { tag: el.shadowRoot!.querySelector('[part="heading"]')!.localName, errors, notices };
}

const notLevel = (shown: string) => `heading-level=${shown} is not one of 2 | 3 | 4 | 5 | 6; the default is shown.`;

describe('the notice of a heading-level that is not a level', () => {
  it('quotes a tag of no level as written, trimmed, not as its number', async () => {
    for (const [written, shown] of [[' H7 ', '"H7"'], ['h7', '"h7"'], ['h 7', '"h 7"'], ['h1', '"h1"'], ['“h7”', '"h7"']] as const) {
      expect(await headingOf(written), written).to.deep.equal({ tag: 'h3', errors: [notLevel(shown)], notices: [`ⓘ ${notLevel(shown)}`] });
    }
    expect((await headingOf('h7', true)).errors, 'set as the property').to.deep.equal([notLevel('"h7"')]);
  });

  it('still reads a level and its tag, however written, and says a number of no level as the number', async () => {
    for (const [written, tag] of [[' H2 ', 'h2'], ['h 5', 'h5'], ['“h4”', 'h4'], ['6', 'h6']] as const) {
      expect(await headingOf(written), written).to.deep.equal({ tag, errors: [], notices: [] });
    }
    expect((await headingOf(' 7 ')).errors).to.deep.equal([notLevel('7')]);
  });
});
