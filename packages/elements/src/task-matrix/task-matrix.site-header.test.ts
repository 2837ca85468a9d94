/**
 * A page with a sticky site header (64 px) and `html { scroll-padding-top: 4rem }`, as the CMS guide advises: a cell
 * the keys focus after the page scrolled stops under the site header with the line naming it and the matrix's own
 * header row in view, not hidden under it (review r105 F2, WCAG 2.4.11).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { deepActive, pressOrSkip } from '../../test/support/keys.js';
import { until } from '../../test/support/wait.js';
import '../task-matrix.js';
import type { DzTaskMatrix } from './task-matrix.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('dz-task-matrix under a sticky site header', () => {
  afterEach(async () => {
    document.documentElement.style.scrollPaddingTop = '';
    scrollTo(0, 0);
    await setViewport({ width: 800, height: 600 });
  });

  it('Ctrl+Home after the page scrolled: the cell, the line naming it and the header row below the site header', async function () {
    await setViewport({ width: 1024, height: 700 });
    document.documentElement.style.scrollPaddingTop = '4rem';
    const page = await fixture<HTMLElement>(html`<div>
      <header style="position: sticky; top: 0; height: 64px; background: #333; z-index: 10"></header>
      <div style="height: 300px"></div>
      <dz-task-matrix></dz-task-matrix>
      <div style="height: 1500px"></div>
    </div>`);
    const el = page.querySelector<DzTaskMatrix>('dz-task-matrix')!;
    const root = el.shadowRoot!;
    await until(() => root.querySelector('td.cell'), 'the table');
    await frame();
    root.querySelector<HTMLElement>('td.cell[tabindex="0"]')!.focus({ preventScroll: true });
    await pressOrSkip(this, 'PageDown');
    await pressOrSkip(this, 'PageDown');
    await el.updateComplete;
    // The page scrolled on, the matrix's top under the site header.
    scrollTo(0, el.getBoundingClientRect().top + scrollY + 200);
    await frame();
    await pressOrSkip(this, 'Control+Home');
    await pressOrSkip(this, 'ArrowDown');
    await pressOrSkip(this, 'ArrowRight');
    await el.updateComplete;
    await frame();
    const cell = deepActive()!;
    expect(cell.matches('td.cell'), `focus on a role cell, not ${cell.localName}`).to.equal(true);
    const below = (node: Element, what: string) =>
      expect(Math.round(node.getBoundingClientRect().top), `${what}'s top, under the 64 px site header`).to.be.at.least(64);
    below(cell, 'the focused cell');
    below(root.querySelector('.current')!, 'the line naming it');
    below(root.querySelector('thead th')!, 'the matrix’s header row');
    expect(cell.getBoundingClientRect().bottom, 'the cell in the window').to.be.at.most(innerHeight);
  });
});
