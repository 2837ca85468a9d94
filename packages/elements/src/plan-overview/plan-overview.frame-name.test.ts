/**
 * The overview's frame, while it is a Tab stop (it scrolls: 560–900 px, or 200% zoom), is a group named by the
 * table's caption: a frame with no role and no name was a Tab stop that said nothing (review r105 F1, WCAG 4.1.2).
 * Where it is no stop the frame has no role and no name: the table alone is read.
 */
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { halfReadReport } from '../../test/support/half-read-report.js';
import { until, withHeldFeed } from '../../test/support/wait.js';
import '../plan-overview.js';
import type { DzPlanOverview } from './plan-overview.js';

const report = halfReadReport;

describe('dz-plan-overview: its frame as a Tab stop', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('is a group named by the caption while it is a stop, and nothing of its own while it is not', async () => {
    await setViewport({ width: 600, height: 700 });
    const el = await withHeldFeed<DzPlanOverview>(
      (url) => html`<dz-plan-overview lang="en" rows="units" sort="behind" progress-src=${url}></dz-plan-overview>`,
      report,
      (shown) => !shown.shadowRoot!.querySelector('table'),
    );
    const root = el.shadowRoot!;
    const frame = root.querySelector<HTMLElement>('[part="scroller"]')!;
    await until(() => frame.getAttribute('tabindex') === '0', 'the frame a tab stop at 600 px');
    await el.updateComplete;
    expect(frame.getAttribute('role'), 'the stop’s role').to.equal('group');
    const label = frame.getAttribute('aria-labelledby');
    expect(label, 'the stop named').to.equal('caption');
    expect(root.getElementById(label!)?.localName, 'by the table’s caption').to.equal('caption');

    await setViewport({ width: 1400, height: 800 });
    await until(() => !frame.hasAttribute('tabindex'), 'no stop once the table fits');
    await el.updateComplete;
    expect([frame.getAttribute('role'), frame.getAttribute('aria-labelledby')], 'no role or name where it is no stop').to.deep.equal([null, null]);
  });
});
