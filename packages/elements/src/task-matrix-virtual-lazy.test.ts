/**
 * The windowed table of a matrix above the threshold is a module loaded on first use (`virtual-table-module.ts`): a
 * big matrix's `updateComplete` waits for it and the rows it draws, and its CSV needs none of it. At the top of `src/`,
 * so that a whole run gives it a page of its own (scripts/lib/wtr-test-groups.js): in the task-matrix folder's page the
 * big matrices of the files before it had loaded the module, and its first test failed there.
 */
import type { Plan } from '@dz-tasks/data';
import { dezhou } from '@dz-tasks/data/dezhou-2023';
import { expect, fixture, html } from '@open-wc/testing';
import { buildBigPlan } from '../../../scripts/bench/big-plan-build.js';
import './task-matrix.js';
import type { DzTaskMatrix } from './task-matrix/task-matrix.js';
import { virtualTableModule } from './task-matrix/virtual-table-module.js';

// 130 tasks × 96 units: 12,480 role cells, above the window threshold (10,000).
const bigPlan: Plan = buildBigPlan(dezhou().plan, { tasks: 130, units: 96 });

const bodyRows = (el: DzTaskMatrix) => el.shadowRoot!.querySelectorAll('table tbody tr[aria-rowindex]').length;

describe('dz-task-matrix: the windowed table loaded on demand', () => {
  it('toCsv() right after a big plan is set returns the whole table, before the windowed table has loaded', async () => {
    // The seed plan first (3,312 role cells, drawn whole), awaited: the `plan` property's validators are loaded, the windowed table is not.
    const small = await fixture<DzTaskMatrix>(html`<dz-task-matrix style="width: 900px" .plan=${dezhou().plan}></dz-task-matrix>`);
    await small.updateComplete;
    expect(virtualTableModule.loaded === undefined, 'not loaded by a small matrix').to.equal(true);
    small.plan = bigPlan;
    const csv = small.toCsv();
    const units = new Set(bigPlan.tasks.flatMap((t) => [...t.lead, ...t.participating])).size;
    const lines = csv.trimEnd().split('\r\n');
    // Header, one line per unit, then lead, participating and overall totals (as task-matrix.big.test.ts counts them).
    expect(lines.length).to.equal(units + 4);
    expect(lines[0]!.split(',').length).to.be.greaterThan(bigPlan.tasks.length);
    expect(virtualTableModule.loaded === undefined, 'the CSV needs no windowed table').to.equal(true);
    await small.updateComplete;
    expect(bodyRows(small), 'rows drawn once updateComplete resolves').to.be.greaterThan(5);
  });

  it("a big matrix's updateComplete resolves with its window's rows drawn", async () => {
    const el = await fixture<DzTaskMatrix>(html`<dz-task-matrix style="width: 900px" .plan=${bigPlan}></dz-task-matrix>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part="loading"]').length, 'no skeleton left').to.equal(0);
    const rows = bodyRows(el);
    expect(rows).to.be.greaterThan(5);
    expect(rows, 'a window, not the whole table').to.be.lessThan(new Set(bigPlan.tasks.flatMap((t) => [...t.lead, ...t.participating])).size);
  });
});
