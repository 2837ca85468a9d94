/**
 * A summary on paper: a group's heading stays with its first target and no target is cut between pages (a
 * supervision clerk's review: "» 用量快於序時 1" alone at the foot of a page).
 */
import { expect, html } from '@open-wc/testing';
import { onPaper } from '../../test/support/paper.js';
import { withHeldFeed } from '../../test/support/wait.js';
import '../unit-summary.js';
import type { DzUnitSummary } from './unit-summary.js';
import { staleSummaryReport } from '../../test/support/stale-summary-report.js';

const $$ = (el: DzUnitSummary, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

/** Two groups: t18.1 judged, t18.2 not reported this period. */
const report = staleSummaryReport;

const breaks = (el: DzUnitSummary) => ({
  labels: $$(el, '[part="group-label"]').map((label) => getComputedStyle(label).breakAfter),
  targets: $$(el, 'li[part="target"]').map((target) => getComputedStyle(target).breakInside),
});

describe('dz-unit-summary: on paper', () => {
  it('keeps each group’s heading with its targets and each target on one page', async () => {
    const el = await withHeldFeed<DzUnitSummary>(
      (url) => html`<dz-unit-summary unit="市發改委" progress-src=${url}></dz-unit-summary>`,
      report,
      (summary) => summary.shadowRoot!.querySelector('.targets-area [part="loading"]'),
    );
    const groups = $$(el, '[part="group"]').length;
    expect(groups, 'grouped by status').to.be.greaterThan(1);
    const onScreen = breaks(el);
    expect(onScreen.labels).to.deep.equal(new Array(groups).fill('auto'));
    await onPaper(el, () => {
      const printed = breaks(el);
      expect(printed.labels, 'a heading not left at the foot of a page').to.deep.equal(new Array(groups).fill('avoid'));
      expect(printed.targets, 'no target cut between pages').to.deep.equal(new Array(onScreen.targets.length).fill('avoid'));
      // Blocks, not grids: Chromium ignores a break rule between the items of a grid.
      const areas = $$(el, '.tasks-area, .targets-area, [part="group"]').map((area) => getComputedStyle(area).display);
      expect(areas).to.deep.equal(new Array(areas.length).fill('block'));
    });
  });
});
