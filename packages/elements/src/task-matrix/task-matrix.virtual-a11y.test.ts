/**
 * A province-scale matrix in a screen reader's browse mode (review r98 M1): only the rows and columns in view are in
 * the page, so the table says, in the element's language, how large it is and how to reach the rest (the arrow keys,
 * the CSV), and offers the CSV download without `export`. A table small enough to render whole says nothing of it.
 */
import type { Plan } from '@dz-tasks/data';
import { dezhou } from '@dz-tasks/data/dezhou-2023';
import { expect, fixture, html } from '@open-wc/testing';
import { buildBigPlan } from '../../../../scripts/bench/big-plan-build.js';
import { until } from '../../test/support/wait.js';
import '../task-matrix.js';
import type { DzTaskMatrix } from './task-matrix.js';

// 240 tasks × 96 units, as task-matrix.big.test.ts: far above the window threshold.
const bigPlan: Plan = buildBigPlan(dezhou().plan, { tasks: 240, units: 96 });
const units = new Set(bigPlan.tasks.flatMap((t) => [...t.lead, ...t.participating])).size;
const tasks = bigPlan.tasks.length;

const root = (el: DzTaskMatrix) => el.shadowRoot!;
const table = (el: DzTaskMatrix) => root(el).querySelector('table')!;
/** The text the table's `aria-describedby` points to, or `null` without one. */
const description = (el: DzTaskMatrix) => {
  const ids = table(el).getAttribute('aria-describedby');
  return ids ? ids.split(' ').map((id) => root(el).getElementById(id)?.textContent?.trim() ?? `(no #${id})`).join(' ') : null;
};
const exportButton = (el: DzTaskMatrix) => root(el).querySelector<HTMLButtonElement>('[part="export-button"]');

async function render(template: ReturnType<typeof html>): Promise<DzTaskMatrix> {
  const el = await fixture<DzTaskMatrix>(template);
  await el.updateComplete;
  await until(() => !!root(el).querySelector('tbody tr th'), 'rows rendered');
  return el;
}

describe('dz-task-matrix at province scale, in browse mode', () => {
  it('is described as larger than what the page holds, with the whole counts and the ways to the rest', async () => {
    const el = await render(html`<dz-task-matrix style="width: 900px" .plan=${bigPlan}></dz-task-matrix>`);
    expect(units).to.equal(96);
    expect(description(el)).to.equal(`共 ${units} 個單位、${tasks} 項任務，只列出畫面上的部分：請用方向鍵移動，或下載 CSV`);
    // Read in browse mode too, before the table, not only when the table is entered.
    const note = root(el).getElementById(table(el).getAttribute('aria-describedby')!)!;
    expect(note.compareDocumentPosition(table(el)) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(table(el).rows.length, 'fewer rows in the page than in the table').to.be.lessThan(units / 2);
  });

  it('names units and tasks the same way round when transposed, and speaks the element language', async () => {
    const el = await render(html`<dz-task-matrix rows="tasks" lang="en" style="width: 900px" .plan=${bigPlan}></dz-task-matrix>`);
    expect(description(el)).to.equal(`${units} units and ${tasks} tasks; only the part on screen is in the page: move with the arrow keys, or download the CSV`);
    el.setAttribute('lang', 'zh-Hans');
    await until(() => description(el)?.startsWith('共') ?? false, 'the Simplified words');
    expect(description(el)).to.equal(`共 ${units} 个单位、${tasks} 项任务，只列出画面上的部分：请用方向键移动，或下载 CSV`);
  });

  it('offers the CSV download without `export`, the whole table in it', async () => {
    const el = await render(html`<dz-task-matrix style="width: 900px" .plan=${bigPlan}></dz-task-matrix>`);
    const button = exportButton(el);
    expect(button, 'the export button').to.not.equal(null);
    expect(button!.textContent!.trim()).to.contain('下載 CSV');
    // Pressed, it hands the browser the whole table as a file (the download itself caught, as task-matrix.test.ts does).
    const blobs: Blob[] = [];
    const { createObjectURL, revokeObjectURL } = URL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob | MediaSource) => (blobs.push(blob as Blob), 'blob:dz-test');
    URL.revokeObjectURL = () => {};
    HTMLAnchorElement.prototype.click = () => {};
    try {
      button!.click();
    } finally {
      URL.createObjectURL = createObjectURL;
      URL.revokeObjectURL = revokeObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(blobs).to.have.length(1);
    const lines = (await blobs[0]!.text()).trimEnd().split('\r\n');
    // header + one line per unit + lead, participating and overall totals
    expect(lines.length).to.equal(1 + units + 3);
  });

  it('says nothing of it, and adds no button, for a table rendered whole (the seed plan, 48 × 69)', async () => {
    const el = await render(html`<dz-task-matrix style="width: 900px"></dz-task-matrix>`);
    expect(table(el).hasAttribute('aria-rowcount')).to.equal(false);
    expect(description(el)).to.equal(null);
    expect(root(el).textContent).to.not.contain('只列出');
    expect(exportButton(el)).to.equal(null);
  });

  it('passes axe with the description and the button', async () => {
    const el = await render(html`<dz-task-matrix style="width: 900px" .plan=${bigPlan}></dz-task-matrix>`);
    await expect(el).to.be.accessible();
  });
});
