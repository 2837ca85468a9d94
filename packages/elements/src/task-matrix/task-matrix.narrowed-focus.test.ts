/**
 * Focus in the table when the window narrows and the list replaces it: Tab then goes forward, past the matrix (review
 * r105 F4: Chromium, from the list focused with `tabindex="-1"` in the shadow root, went back to the Download CSV
 * button, then out of the page).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { deepActive, pressOrSkip } from '../../test/support/keys.js';
import { until } from '../../test/support/wait.js';
import '../task-matrix.js';
import type { DzTaskMatrix } from './task-matrix.js';

describe('dz-task-matrix: focus when the table gives way to the narrow list', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const exported of [true, false]) {
    it(`Tab goes on past the matrix${exported ? ', with its Download CSV button' : ''}`, async function () {
      await setViewport({ width: 1280, height: 800 });
      const wrapper = await fixture<HTMLElement>(
        html`<div><button id="before">before</button><dz-task-matrix section="4" ?export=${exported}></dz-task-matrix><button id="after">after</button></div>`,
      );
      const el = wrapper.querySelector<DzTaskMatrix>('dz-task-matrix')!;
      const after = wrapper.querySelector<HTMLButtonElement>('#after')!;
      await until(() => el.shadowRoot!.querySelector('td.cell'), 'the table');
      el.shadowRoot!.querySelector<HTMLElement>('td.cell[tabindex="0"]')!.focus();
      await pressOrSkip(this, 'ArrowRight');
      await pressOrSkip(this, 'ArrowDown');
      await el.updateComplete;
      await setViewport({ width: 500, height: 800 });
      await until(() => el.shadowRoot!.querySelector('.list'), 'the list');
      await el.updateComplete;
      expect(!!el.shadowRoot!.activeElement, `focus kept in the matrix, not on ${document.activeElement?.localName}`).to.equal(true);
      await pressOrSkip(this, 'Tab');
      expect(document.activeElement === after, `Tab went to ${deepActive()?.localName}#${deepActive()?.id}.${deepActive()?.className}, not the button after`).to.equal(true);
      // The list was a Tab stop only while it had focus.
      expect(el.shadowRoot!.querySelector('.list')!.getAttribute('tabindex'), 'the list out of the tab order again').to.equal('-1');
    });
  }
});
