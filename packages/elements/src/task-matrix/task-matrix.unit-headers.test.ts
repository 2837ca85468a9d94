/**
 * Units as columns in English (a designer's review, r67 M11): a column is as wide as its longest word where the table
 * is wider than its frame, so a long unit name ("Member units of the Dezhou Municipal Leading Group for Deepening
 * Integration into Beijing-Tianjin-Hebei Coordinated Development", section 5) ran to 13 lines, and the sticky header
 * row took half of the frame, two task rows in view under it. It takes at most a third of the frame's height now, and
 * no name runs past its column.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { until } from '../../test/support/wait.js';
import '../task-matrix.js';
import type { DzTaskMatrix } from './task-matrix.js';

describe('dz-task-matrix: English unit names as column headers', () => {
  before(() => setViewport({ width: 1280, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [760, 1280]) {
    it(`${width} px, section 5: the header row at most a third of the frame's height, each name inside its column`, async () => {
      const el = await fixture<DzTaskMatrix>(html`<dz-task-matrix lang="en" rows="tasks" section="5" style="width: ${width}px"></dz-task-matrix>`);
      await until(() => el.shadowRoot!.querySelector('thead th.unit-column'), 'the table');
      await el.updateComplete;
      const root = el.shadowRoot!;
      const frame = root.querySelector<HTMLElement>('.scroller')!;
      const heads = [...root.querySelectorAll<HTMLElement>('thead th.unit-column')];
      expect(heads.map((th) => th.textContent!.trim()), 'the longest name a column').to.include(
        'Member units of the Dezhou Municipal Leading Group for Deepening Integration into Beijing-Tianjin-Hebei Coordinated Development',
      );
      // The frame's height is at most 70vh (--dz-matrix-max-height): 560 px here.
      const frameHeight = parseFloat(getComputedStyle(frame).maxHeight);
      expect(frameHeight).to.equal(560);
      expect(root.querySelector('thead')!.getBoundingClientRect().height, 'the header row').to.be.at.most(frameHeight / 3);
      for (const th of heads) expect(th.scrollWidth, `${th.textContent!.trim()}, inside its column`).to.be.at.most(th.clientWidth);
    });
  }
});
