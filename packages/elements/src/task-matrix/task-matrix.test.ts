import type { Plan, Role, Task, Unit } from '@dz-tasks/data';
import { dezhou } from '@dz-tasks/data/dezhou-2023';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { deepActive } from '../../test/support/keys.js';
import { nextTask, until } from '../../test/support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../task-matrix.js';
import type { DzErrorDetail, DzSelectDetail } from '../shared/events.js';
import type { DzTaskMatrix } from './task-matrix.js';

const plan: Plan = dezhou().plan;
const fixtures = '/packages/elements/test-fixtures/task-matrix';

// ---- brute force over plan.tasks, independent of responsibilityMatrix ----

function roleOf(task: Task, unitId: string): Role | null {
  return task.lead.includes(unitId) ? 'lead' : task.participating.includes(unitId) ? 'participating' : null;
}

function expected(options: { sections?: number[]; unitIds?: string[] }) {
  const sectionIds = options.sections?.map((n) => plan.sections.find((s) => s.number === n)!.id);
  let tasks = plan.tasks.filter((t) => !sectionIds || sectionIds.includes(t.sectionId));
  let units: Unit[];
  if (options.unitIds) {
    units = plan.units.filter((u) => options.unitIds!.includes(u.id));
    tasks = tasks.filter((t) => units.some((u) => roleOf(t, u.id)));
  } else {
    units = plan.units.filter((u) => tasks.some((t) => roleOf(t, u.id)));
  }
  return { tasks, units };
}

// ---- reading the element ----

const root = (el: DzTaskMatrix) => el.shadowRoot!;
const table = (el: DzTaskMatrix) => root(el).querySelector('table');
const bodyRows = (el: DzTaskMatrix) => [...table(el)!.tBodies[0]!.rows];
const rowHeaderText = (el: DzTaskMatrix) => bodyRows(el).map((tr) => tr.cells[0]!.textContent!.trim());
/** The full names of the column headers (visually hidden text, or the text itself for unit columns). */
const columnNames = (el: DzTaskMatrix) =>
  [...table(el)!.tHead!.rows[0]!.cells].slice(1, -1).map((th) => (th.querySelector('.visually-hidden') ?? th).textContent!.trim());
const columnTaskNumbers = (el: DzTaskMatrix) =>
  [...table(el)!.tHead!.rows[0]!.cells].slice(1, -1).map((th) => Number(th.querySelector('[aria-hidden="true"]')!.textContent));
const cell = (el: DzTaskMatrix, row: number, column: number) => bodyRows(el)[row]!.cells[column + 1]!;
/** A total cell's sum: its own text, beside the image of its split. */
const sumOf = (td: Element) => [...td.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('').trim();
const cellRole = (td: HTMLTableCellElement): Role | null =>
  td.classList.contains('lead') ? 'lead' : td.classList.contains('participating') ? 'participating' : null;
const focusablePositions = (el: DzTaskMatrix) =>
  bodyRows(el).flatMap((tr, r) =>
    [...tr.querySelectorAll<HTMLTableCellElement>('td.cell')].flatMap((td) => (td.tabIndex === 0 ? [[r, td.cellIndex - 1]] : [])),
  );

/** Real key presses where the launcher supports them; a dispatched keydown where it does not. */
let realKeys: boolean | undefined;
async function press(key: string): Promise<void> {
  realKeys ??= await sendKeys({ press: 'Shift' }).then(
    () => true,
    () => false,
  );
  const modifiers = key.split('+');
  const name = modifiers.pop()!;
  if (realKeys) {
    // Modifiers held with down/up: not every launcher understands "Control+End".
    for (const modifier of modifiers) await sendKeys({ down: modifier });
    try {
      await sendKeys({ press: name === 'Space' ? ' ' : name });
    } finally {
      for (const modifier of modifiers.reverse()) await sendKeys({ up: modifier });
    }
    return;
  }
  deepActive()!.dispatchEvent(
    new KeyboardEvent('keydown', { key: name === 'Space' ? ' ' : name, ctrlKey: modifiers.includes('Control'), bubbles: true, composed: true, cancelable: true }),
  );
}

/** Waits for a `lang` change: the language observer reacts in a microtask, then the element updates. */
async function settle(el: DzTaskMatrix): Promise<void> {
  await nextTask();
  await el.updateComplete;
}

async function render(template: unknown): Promise<DzTaskMatrix> {
  const el = await fixture<DzTaskMatrix>(template as Parameters<typeof fixture>[0]);
  await el.updateComplete;
  return el;
}

/** Mounts inside a listener, since `dz-error` fires during the first update. */
async function renderCollectingErrors(template: unknown): Promise<{ el: DzTaskMatrix; errors: DzErrorDetail[] }> {
  const errors: DzErrorDetail[] = [];
  const wrapper = await fixture(html`<div style="width: 900px" @dz-error=${(e: CustomEvent<DzErrorDetail>) => errors.push(e.detail)}>${template}</div>`);
  const el = wrapper.querySelector('dz-task-matrix')!;
  await el.updateComplete;
  return { el, errors };
}

describe('dz-task-matrix', () => {
  describe('data', () => {
    it('section="4" shows the units and tasks of section 4 with role words, glyphs and totals', async () => {
      const el = await render(html`<dz-task-matrix section="4" style="width: 900px"></dz-task-matrix>`);
      const { tasks, units } = expected({ sections: [4] });
      const matrix = dezhou().responsibilityMatrix({ sections: [4] });

      expect(root(el).querySelector('caption')!.textContent!.trim()).to.equal(`責任分工表 — ${plan.title['zh-Hant']} — 四、協同推進降碳減污擴綠增長`);
      expect(rowHeaderText(el)).to.deep.equal(matrix.rows.map((u) => u.name['zh-Hant']));
      expect([...rowHeaderText(el)].sort()).to.deep.equal(units.map((u) => u.name['zh-Hant']).sort());
      expect(columnTaskNumbers(el)).to.deep.equal(tasks.map((t) => t.number));
      expect(columnNames(el)[0]).to.equal(`任務 ${tasks[0]!.number} ${tasks[0]!.title['zh-Hant']}`);
      expect(table(el)!.querySelectorAll('thead th[scope="col"]').length).to.equal(tasks.length + 2);
      expect(table(el)!.querySelectorAll('tbody th[scope="row"]').length).to.equal(units.length);

      let leadCount = 0;
      let participatingCount = 0;
      matrix.rows.forEach((unit, r) => {
        let rowLead = 0;
        let rowPart = 0;
        tasks.forEach((task, c) => {
          const role = roleOf(task, unit.id);
          const td = cell(el, r, c);
          expect(cellRole(td), `${unit.id} × ${task.id}`).to.equal(role);
          const text = td.textContent!.trim();
          // The glyph is the cell's generated content (task-matrix.dom.test.ts).
          if (role === 'lead') expect(text).to.equal('牽頭');
          else if (role === 'participating') expect(text).to.equal('參與');
          else expect(text).to.equal('');
          if (role === 'lead') rowLead++;
          if (role === 'participating') rowPart++;
        });
        const total = bodyRows(el)[r]!.cells[tasks.length + 1]!;
        expect(sumOf(total)).to.equal(String(rowLead + rowPart));
        expect(total.querySelector('.split[role="img"]')!.getAttribute('aria-label')).to.equal(`牽頭 ${rowLead}、參與 ${rowPart}`);
        leadCount += rowLead;
        participatingCount += rowPart;
      });
      const footer = table(el)!.tFoot!.rows[0]!;
      tasks.forEach((task, c) => {
        const count = units.filter((u) => roleOf(task, u.id)).length;
        expect(sumOf(footer.cells[c + 1]!), task.id).to.equal(String(count));
      });
      expect(footer.cells[tasks.length + 1]!.querySelector('.split[role="img"]')!.getAttribute('aria-label')).to.equal(
        `牽頭 ${leadCount}、參與 ${participatingCount}`,
      );
      expect(root(el).querySelector('[part="legend"]')!.textContent).to.contain('牽頭單位');
      await expect(el).to.be.accessible();
    });

    it('section="1,4" shows both sections', async () => {
      const el = await render(html`<dz-task-matrix section="1,4" style="width: 900px"></dz-task-matrix>`);
      const { tasks, units } = expected({ sections: [1, 4] });
      expect(columnTaskNumbers(el)).to.deep.equal(tasks.map((t) => t.number));
      expect([...rowHeaderText(el)].sort()).to.deep.equal(units.map((u) => u.name['zh-Hant']).sort());
      expect(root(el).querySelector('caption')!.textContent).to.contain('一、提升科技創新能力').and.contain('四、協同推進降碳減污擴綠增長');
    });

    it('a section written with spaces inside is one section: 第 1 部分、第 四 部分, Section 4 (a CMS editor review: 找不到部分 第、部分)', async () => {
      const { tasks } = expected({ sections: [1, 4] });
      for (const written of ['第 1 部分、第 四 部分', 'Section 1, section\u00a04', '第\u00a01\u00a0部分 第 4 部份']) {
        const el = await render(html`<dz-task-matrix section=${written} style="width: 900px"></dz-task-matrix>`);
        expect(columnTaskNumbers(el), written).to.deep.equal(tasks.map((t) => t.number));
        expect(root(el).querySelector('[part="error"], [part="notice"]'), written).to.equal(null);
      }
    });

    it('an alias, the Simplified name and the id of a unit give the same rows and columns', async () => {
      const id = 'development-reform-commission';
      const { tasks } = expected({ unitIds: [id] });
      const results = [];
      for (const ref of ['市發改委', '市发展改革委', id]) {
        const el = await render(html`<dz-task-matrix unit=${ref} style="width: 900px"></dz-task-matrix>`);
        results.push({ rows: rowHeaderText(el), columns: columnTaskNumbers(el) });
      }
      expect(results[0]!.rows).to.deep.equal(['市發展改革委']);
      expect(results[0]!.columns).to.deep.equal(tasks.map((t) => t.number));
      expect(results[1]).to.deep.equal(results[0]);
      expect(results[2]).to.deep.equal(results[0]);
    });

    it('a list of units separated by 、 shows each of them', async () => {
      const el = await render(html`<dz-task-matrix unit="市發改委、市财政局" style="width: 900px"></dz-task-matrix>`);
      expect([...rowHeaderText(el)].sort()).to.deep.equal(['市發展改革委', '市財政局'].sort());
      const { tasks } = expected({ unitIds: ['development-reform-commission', 'finance-bureau'] });
      expect(columnTaskNumbers(el)).to.deep.equal(tasks.map((t) => t.number));
    });

    it('a unit name with 、 inside brackets is one name, however the list is separated: 各縣(市、區)政府 beside another city\'s units', async () => {
      // Another city's plan: its county governments named as such plans name them (the Dezhou plan has none).
      const plan = structuredClone(dezhou().plan) as Plan & { units: Unit[] };
      const unit = plan.units.find((u) => u.id === 'finance-bureau')!;
      Object.assign(unit, { name: { 'zh-Hant': '各縣(市、區)政府', 'zh-Hans': '各县(市、区)政府', en: 'County governments' }, aliases: [] });
      for (const attribute of ['各縣(市、區)政府', '各縣（市、區）政府、市發改委', '市發改委,各縣(市、區)政府']) {
        const { el, errors } = await renderCollectingErrors(html`<dz-task-matrix .plan=${plan} unit=${attribute} style="width: 900px"></dz-task-matrix>`);
        expect(errors, attribute).to.deep.equal([]);
        expect([...rowHeaderText(el)].filter((name) => name !== '市發展改革委'), attribute).to.deep.equal(['各縣(市、區)政府']);
      }
    });

    it('rows="tasks" transposes: tasks as rows, units as columns', async () => {
      const el = await render(html`<dz-task-matrix section="4" rows="tasks" style="width: 900px"></dz-task-matrix>`);
      const { tasks, units } = expected({ sections: [4] });
      const matrix = dezhou().responsibilityMatrix({ sections: [4] });
      expect(bodyRows(el).length).to.equal(tasks.length);
      expect(columnNames(el)).to.deep.equal(matrix.rows.map((u) => u.name['zh-Hant']));
      expect(columnNames(el).length).to.equal(units.length);
      expect(table(el)!.tHead!.rows[0]!.cells[0]!.textContent!.trim()).to.equal('任務');
      expect(bodyRows(el)[0]!.cells[0]!.textContent).to.contain(tasks[0]!.title['zh-Hant']);
      tasks.forEach((task, r) =>
        matrix.rows.forEach((unit, c) => expect(cellRole(cell(el, r, c)), `${task.id} × ${unit.id}`).to.equal(roleOf(task, unit.id))),
      );
      await expect(el).to.be.accessible();
    });

    it('sort="load" orders rows by total, descending, and marks the total header with aria-sort', async () => {
      const el = await render(html`<dz-task-matrix section="3" style="width: 900px"></dz-task-matrix>`);
      const totalHeader = () => table(el)!.tHead!.rows[0]!.cells[table(el)!.tHead!.rows[0]!.cells.length - 1]!;
      expect(totalHeader().hasAttribute('aria-sort')).to.equal(false);

      el.sort = 'load';
      await el.updateComplete;
      const totals = bodyRows(el).map((tr) => Number(sumOf(tr.querySelector('td.total')!)));
      const { units } = expected({ sections: [3] });
      expect(totals.length).to.equal(units.length);
      expect(totals).to.deep.equal([...totals].sort((a, b) => b - a));
      expect(totalHeader().getAttribute('aria-sort')).to.equal('descending');

      el.rows = 'tasks';
      await el.updateComplete;
      expect(totalHeader().hasAttribute('aria-sort')).to.equal(false);
      expect(table(el)!.tFoot!.rows[0]!.cells[0]!.getAttribute('aria-sort')).to.equal('descending');
      await expect(el).to.be.accessible();
    });

    it('re-renders when attributes change', async () => {
      const el = await render(html`<dz-task-matrix section="4" style="width: 900px"></dz-task-matrix>`);
      el.setAttribute('section', '1');
      await el.updateComplete;
      expect(columnTaskNumbers(el)).to.deep.equal(expected({ sections: [1] }).tasks.map((t) => t.number));
      el.setAttribute('caption', '我的表');
      await el.updateComplete;
      expect(root(el).querySelector('caption')!.textContent!.trim()).to.equal('我的表');
      el.setAttribute('unit', '市科技局');
      await el.updateComplete;
      expect(rowHeaderText(el)).to.deep.equal(['市科技局']);
      el.setAttribute('rows', 'tasks');
      await el.updateComplete;
      expect(columnNames(el)).to.deep.equal(['市科技局']);
      el.removeAttribute('rows');
      await el.updateComplete;
      expect(rowHeaderText(el)).to.deep.equal(['市科技局']);
      expect(root(el).querySelector('[role="alert"]')).to.equal(null);
    });

    it('follows the language: English and Simplified Chinese', async () => {
      const el = await render(html`<dz-task-matrix section="4" lang="en" style="width: 900px"></dz-task-matrix>`);
      const matrix = dezhou().responsibilityMatrix({ sections: [4] });
      expect(root(el).querySelector('caption')!.textContent!.trim()).to.equal(
        `Responsibility matrix — ${plan.title.en} — 4. ${plan.sections[3]!.title.en}`,
      );
      expect(table(el)!.tHead!.rows[0]!.cells[0]!.textContent!.trim()).to.equal('Unit');
      expect(columnNames(el)[0]).to.equal(`Task 24 ${matrix.columns[0]!.title.en}`);
      expect(rowHeaderText(el)).to.deep.equal(matrix.rows.map((u) => u.name.en));
      const participating = table(el)!.querySelector('td.participating')!;
      expect(participating.querySelector('.word')!.textContent).to.equal('Part.');
      expect(participating.querySelector('.visually-hidden')!.textContent).to.equal('Participating');
      expect(table(el)!.querySelector('td.lead')!.textContent!.trim()).to.equal('Lead');
      await expect(el).to.be.accessible();

      el.setAttribute('lang', 'zh-Hans');
      await settle(el);
      expect(rowHeaderText(el)).to.deep.equal(matrix.rows.map((u) => u.name['zh-Hans']));
      expect(table(el)!.querySelector('td.lead')!.textContent!.trim()).to.equal('牵头');
    });

    it('passes axe in a dark colour scheme, with the focused row and column highlighted', async () => {
      // A dark page: its colour scheme and background (the element itself paints only its table and list).
      const page = await fixture(html`<div style="color-scheme: dark; background: Canvas; padding: 8px">
        <dz-task-matrix section="4" style="width: 900px"></dz-task-matrix>
      </div>`);
      const el = page.querySelector('dz-task-matrix')!;
      await el.updateComplete;
      const lead = table(el)!.querySelector('td.lead')!;
      expect(getComputedStyle(lead).color).to.equal('rgb(255, 161, 152)');
      cell(el, 1, 1).focus();
      await el.updateComplete;
      expect(bodyRows(el)[1]!.classList.contains('row-hl')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('renders the whole plan: every unit × every task', async () => {
      const el = await render(html`<dz-task-matrix style="width: 900px"></dz-task-matrix>`);
      const { tasks, units } = expected({});
      expect(bodyRows(el).length).to.equal(units.length);
      expect(columnTaskNumbers(el)).to.deep.equal(tasks.map((t) => t.number));
      expect(table(el)!.querySelectorAll('td.cell').length).to.equal(units.length * tasks.length);
      const roles = tasks.flatMap((t) => units.map((u) => roleOf(t, u.id))).filter((r) => r);
      expect(table(el)!.querySelectorAll('td.lead, td.participating').length).to.equal(roles.length);
      expect(root(el).querySelector('caption')!.textContent).to.contain(plan.title['zh-Hant']);
      // Speed is measured by `npm run bench` (packages/elements/bench), not asserted here.
      cell(el, 5, 7).focus();
      await el.updateComplete;
      expect(focusablePositions(el)).to.deep.equal([[5, 7]]);
    });
  });

  describe('keyboard and events', () => {
    // The APG's data grid: the keys reach the headers and the totals too (review r105 F3), whose edges they stop at.
    it('arrows, Home/End and Ctrl+Home/End move the single tab stop; the row and column are highlighted', async () => {
      const el = await render(html`<dz-task-matrix section="4" style="width: 900px"></dz-task-matrix>`);
      const rows = bodyRows(el).length;
      const columns = columnTaskNumbers(el).length;
      expect(focusablePositions(el)).to.deep.equal([[0, 0]]);
      cell(el, 0, 0).focus();
      await el.updateComplete;

      // Row and column -1 are the headers', `rows` and `columns` the totals'.
      const gridCell = (row: number, column: number) => table(el)!.rows[row + 1]!.cells[column + 1]!;
      const expectAt = async (row: number, column: number) => {
        await el.updateComplete;
        expect(deepActive() === gridCell(row, column), `focus at ${row},${column}`).to.equal(true);
        expect(table(el)!.querySelectorAll('[tabindex="0"]').length, 'one tab stop').to.equal(1);
        expect(gridCell(row, column).tabIndex).to.equal(0);
      };
      await press('ArrowRight');
      await expectAt(0, 1);
      await press('ArrowDown');
      await expectAt(1, 1);
      expect(bodyRows(el)[1]!.classList.contains('row-hl')).to.equal(true);
      expect(bodyRows(el)[0]!.classList.contains('row-hl')).to.equal(false);
      expect(table(el)!.tHead!.rows[0]!.cells[2]!.classList.contains('col-hl')).to.equal(true);
      expect(cell(el, 0, 1).classList.contains('col-hl')).to.equal(true);
      expect(cell(el, 0, 0).classList.contains('col-hl')).to.equal(false);
      await press('End');
      await expectAt(1, columns);
      await press('ArrowRight');
      await expectAt(1, columns);
      await press('ArrowLeft');
      await expectAt(1, columns - 1);
      await press('Home');
      await expectAt(1, -1);
      await press('ArrowLeft');
      await expectAt(1, -1);
      await press('ArrowRight');
      await expectAt(1, 0);
      await press('Control+End');
      await expectAt(rows, columns);
      await press('ArrowDown');
      await expectAt(rows, columns);
      await press('ArrowUp');
      await press('ArrowLeft');
      await expectAt(rows - 1, columns - 1);
      await press('Control+Home');
      await expectAt(-1, -1);
      await press('ArrowUp');
      await expectAt(-1, -1);
      await press('ArrowDown');
      await press('ArrowRight');
      await expectAt(0, 0);
      expect(focusablePositions(el)).to.deep.equal([[0, 0]]);
    });

    it('Enter and Space dispatch dz-select with the task, the unit and the role (null when empty)', async () => {
      const el = await render(html`<dz-task-matrix section="4" style="width: 900px"></dz-task-matrix>`);
      const matrix = dezhou().responsibilityMatrix({ sections: [4] });
      cell(el, 0, 0).focus();
      await press('ArrowDown');
      await el.updateComplete;
      let event = oneEvent(el, 'dz-select');
      await press('Enter');
      const detail = ((await event) as CustomEvent<DzSelectDetail>).detail;
      expect(detail).to.deep.equal({ taskId: matrix.columns[0]!.id, unitId: matrix.rows[1]!.id, role: matrix.roles[1]![0] });

      const emptyAt = matrix.roles[0]!.findIndex((role) => role === null);
      expect(emptyAt).to.be.greaterThan(-1);
      cell(el, 0, emptyAt).focus();
      await el.updateComplete;
      event = oneEvent(el, 'dz-select');
      await press('Space');
      expect(((await event) as CustomEvent<DzSelectDetail>).detail).to.deep.equal({
        taskId: matrix.columns[emptyAt]!.id,
        unitId: matrix.rows[0]!.id,
        role: null,
      });
    });

    it('a click selects the cell and makes it the tab stop', async () => {
      const el = await render(html`<dz-task-matrix section="4" rows="tasks" style="width: 900px"></dz-task-matrix>`);
      const matrix = dezhou().responsibilityMatrix({ sections: [4] });
      const event = oneEvent(el, 'dz-select');
      cell(el, 2, 1).click();
      expect(((await event) as CustomEvent<DzSelectDetail>).detail).to.deep.equal({
        taskId: matrix.columns[2]!.id,
        unitId: matrix.rows[1]!.id,
        role: matrix.roles[1]![2],
      });
      await el.updateComplete;
      expect(focusablePositions(el)).to.deep.equal([[2, 1]]);
    });

    it('keeps focus on the same unit and task when the table is re-sorted', async () => {
      const el = await render(html`<dz-task-matrix section="3" style="width: 900px"></dz-task-matrix>`);
      const byOrder = dezhou().responsibilityMatrix({ sections: [3] });
      const byLoad = dezhou().responsibilityMatrix({ sections: [3], sort: 'load' });
      // A unit that moves when sorted by load.
      const before = byOrder.rows.findIndex((u, i) => byLoad.rows[i]!.id !== u.id);
      const unit = byOrder.rows[before]!;
      cell(el, before, 2).focus();
      await el.updateComplete;
      el.sort = 'load';
      await el.updateComplete;
      const row = byLoad.rows.findIndex((u) => u.id === unit.id);
      expect(row).to.not.equal(before);
      expect(deepActive()).to.equal(cell(el, row, 2));
      expect(focusablePositions(el)).to.deep.equal([[row, 2]]);
    });

    // On a CDN page a language whose names are not loaded yet, or another section, shows the loading state for a
    // moment: the table goes, and with it the focused cell. plan = null is the same state, without a network.
    it('gives focus back to its cell when the table returns after a loading state, unless focus went elsewhere', async () => {
      const wrapper = await fixture(html`<div><button>outside</button><dz-task-matrix section="4" style="width: 900px"></dz-task-matrix></div>`);
      const el = wrapper.querySelector('dz-task-matrix')!;
      await el.updateComplete;
      cell(el, 2, 1).focus();
      await el.updateComplete;
      el.plan = null;
      await el.updateComplete;
      expect(table(el), 'loading: no table').to.equal(null);
      el.plan = plan;
      await until(() => table(el) !== null, 'the table again');
      await el.updateComplete;
      // Compared as a boolean: a failing comparison of two elements makes chai walk the DOM for its message.
      expect(deepActive() === cell(el, 2, 1), `focus back on the cell, not on ${deepActive()?.localName}`).to.equal(true);
      expect(bodyRows(el)[2]!.classList.contains('row-hl'), 'its row highlighted').to.equal(true);

      el.plan = null;
      await el.updateComplete;
      wrapper.querySelector('button')!.focus();
      el.plan = plan;
      await until(() => table(el) !== null, 'the table again');
      await el.updateComplete;
      expect(deepActive() === wrapper.querySelector('button'), 'focus left where the reader put it').to.equal(true);
    });
  });

  describe('CSV export', () => {
    // The fields' quoting and defusing: packages/data/test/csv-text.test.ts.
    it('downloads what the table shows as UTF-8 with a BOM', async () => {
      const el = await render(html`<dz-task-matrix section="4" export style="width: 900px"></dz-task-matrix>`);
      const matrix = dezhou().responsibilityMatrix({ sections: [4] });
      const blobs: Blob[] = [];
      const downloads: string[] = [];
      const { createObjectURL, revokeObjectURL } = URL;
      const click = HTMLAnchorElement.prototype.click;
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        blobs.push(blob as Blob);
        return 'blob:dz-test';
      };
      URL.revokeObjectURL = () => {};
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        downloads.push(this.download);
      };
      try {
        const button = root(el).querySelector<HTMLButtonElement>('[part="export-button"]')!;
        expect(button.textContent).to.contain('下載 CSV');
        button.click();
      } finally {
        URL.createObjectURL = createObjectURL;
        URL.revokeObjectURL = revokeObjectURL;
        HTMLAnchorElement.prototype.click = click;
      }
      expect(downloads).to.deep.equal([`dz-task-matrix-${plan.id}-s04-zh-hant.csv`]);
      expect(blobs).to.have.length(1);
      expect(blobs[0]!.type).to.equal('text/csv;charset=utf-8');
      const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      expect(text.startsWith('\uFEFF')).to.equal(true);
      expect(text.slice(1)).to.equal(el.toCsv());

      const lines = text.slice(1).trimEnd().split('\r\n');
      // header + one line per table row + lead, participating and overall totals
      expect(lines.length).to.equal(1 + bodyRows(el).length + 3);
      const header = lines[0]!.split(',');
      expect(header[0]).to.equal('單位');
      expect(header[1]).to.equal(`任務 24 ${matrix.columns[0]!.title['zh-Hant']}`);
      expect(header.slice(-3)).to.deep.equal(['牽頭合計', '參與合計', '合計']);
      const first = lines[1]!.split(',');
      expect(first[0]).to.equal(matrix.rows[0]!.name['zh-Hant']);
      expect(first.slice(1, -3)).to.deep.equal(matrix.roles[0]!.map((r) => (r === 'lead' ? '牽頭' : r === 'participating' ? '參與' : '')));
      expect(first.slice(-3).map(Number)).to.deep.equal([matrix.rowTotals[0]!.lead, matrix.rowTotals[0]!.participating, matrix.rowTotals[0]!.total]);
      expect(lines.at(-1)!.split(',').slice(-3).map(Number)).to.deep.equal([matrix.totals.lead, matrix.totals.participating, matrix.totals.total]);
      await expect(el).to.be.accessible();
    });

    // Review r61 saw '' before the first update: on a page that had not loaded the plan, or what checks it, yet (see
    // the JSDoc). A page that has them answers at once, from the properties as they are now.
    it('toCsv() gives the current properties’ CSV before the first update, and after a change before the update', async () => {
      // Matrices drawn first, of the bundled plan and of one given: the page has the bundled plan and what checks a
      // `plan` property, as an app that showed one has.
      const bundledShown = await render(html`<dz-task-matrix section="4"></dz-task-matrix>`);
      const shown = await render(html`<dz-task-matrix section="4" .plan=${plan}></dz-task-matrix>`);
      const expectedCsv = shown.toCsv();
      expect(expectedCsv.trimEnd().split('\r\n')).to.have.length(1 + dezhou().responsibilityMatrix({ sections: [4] }).rows.length + 3);
      expect(bundledShown.toCsv()).to.equal(expectedCsv);

      const el = document.createElement('dz-task-matrix') as DzTaskMatrix;
      el.section = '4';
      el.plan = plan;
      expect(el.toCsv(), 'not yet in the page').to.equal(expectedCsv);
      shown.after(el);
      expect(el.hasUpdated, 'no update yet').to.equal(false);
      expect(el.toCsv(), 'in the page, before its first update').to.equal(expectedCsv);
      el.lang = 'en';
      el.rows = 'tasks';
      expect(el.toCsv(), 'its current language and rows, before the update').to.match(/^Task,/);
      await el.updateComplete;
      const english = el.toCsv();
      el.removeAttribute('lang');
      el.rows = 'units';
      expect(el.toCsv(), 'back to the first CSV, before the update').to.equal(expectedCsv);
      el.rows = 'tasks';
      el.lang = 'en';
      expect(el.toCsv(), 'as the update drew it').to.equal(english);

      // The bundled plan, once the page has it: no `plan`.
      const bundled = document.createElement('dz-task-matrix') as DzTaskMatrix;
      bundled.section = '4';
      expect(bundled.toCsv(), 'the bundled plan').to.equal(expectedCsv);
      bundled.plan = null;
      expect(bundled.toCsv(), 'a plan still to come').to.equal('');
      el.remove();
    });
  });

  describe('states', () => {
    it('an unknown unit, even beside a known one, shows its name and dispatches unknown-unit', async () => {
      const { el, errors } = await renderCollectingErrors(html`<dz-task-matrix unit="市發改委,市不存在局"></dz-task-matrix>`);
      const alert = root(el).querySelector('[role="alert"]')!;
      expect(alert.textContent!.trim()).to.contain('找不到單位 市不存在局');
      expect(table(el)).to.equal(null);
      expect(errors).to.deep.equal([{ code: 'unknown-unit', message: '找不到單位 市不存在局' }]);
      await expect(el).to.be.accessible();
    });

    it('an unknown section dispatches unknown-section; an invalid rows value, invalid-value with a notice over the default table', async () => {
      const { el, errors } = await renderCollectingErrors(html`<dz-task-matrix section="4,99" lang="en"></dz-task-matrix>`);
      expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('Section 99 not found');
      expect(errors.map((e) => e.code)).to.deep.equal(['unknown-section']);
      el.setAttribute('section', '4');
      el.setAttribute('rows', 'columns');
      await el.updateComplete;
      expect(root(el).querySelector('[part="notice"]')!.textContent).to.contain('rows="columns" is not one of units | tasks');
      expect(table(el), 'the default table is still shown').to.not.equal(null);
      expect(root(el).querySelector('[role="alert"]')).to.equal(null);
      expect(errors.map((e) => e.code)).to.deep.equal(['unknown-section', 'invalid-value']);
      el.setAttribute('rows', 'tasks');
      await el.updateComplete;
      expect(table(el)).to.not.equal(null);
      expect(root(el).querySelector('[part="notice"]')).to.equal(null);
    });

    it('shows an empty state when the filters match no assignment: section 11\'s tasks name no unit, said so (a CMS editor review: "no tasks match" for 3 tasks)', async () => {
      const el = await render(html`<dz-task-matrix section="11"></dz-task-matrix>`);
      const status = root(el).querySelector('[role="status"]')!;
      expect(status.textContent!.trim()).to.equal('所選的 3 項任務未列明牽頭或參與單位');
      expect(table(el)).to.equal(null);
      await expect(el).to.be.accessible();
      el.lang = 'en';
      el.rows = 'tasks';
      await settle(el);
      expect(root(el).querySelector('[role="status"]')!.textContent!.trim()).to.equal('The 3 tasks chosen name no lead or participating unit');
      // A unit with no task in the section: no task matches.
      const unit = await render(html`<dz-task-matrix section="11" unit="市發改委" lang="en"></dz-task-matrix>`);
      expect(root(unit).querySelector('[role="status"]')!.textContent!.trim()).to.equal('No tasks match');
    });

    it('shows a loading state while plan-src is slow, then the plan', async () => {
      const original = window.fetch;
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
        await gate;
        return original(`${fixtures}/plan-small.json`, init);
      };
      try {
        const el = await render(html`<dz-task-matrix plan-src="/slow-plan.json" style="width: 900px"></dz-task-matrix>`);
        const loading = root(el).querySelector('[part="loading"]')!;
        expect(loading.matches('[role="status"]:not([aria-busy])'), 'alone on the page: its loading status, never busy').to.equal(true);
        expect(loading.textContent).to.contain('載入中');
        expect(table(el)).to.equal(null);
        await expect(el).to.be.accessible();
        release();
        await until(() => table(el), 'the plan renders after the slow response');
        expect(rowHeaderText(el)).to.deep.equal(['示例市水務局', '示例市公園管理處', '示例市交通局']);
      } finally {
        window.fetch = original;
      }
    });

    it('renders a plan from plan-src', async () => {
      const el = await render(html`<dz-task-matrix plan-src=${`${fixtures}/plan-small.json`} style="width: 900px"></dz-task-matrix>`);
      await until(() => table(el), 'the fixture plan renders');
      expect(root(el).querySelector('caption')!.textContent!.trim()).to.equal('責任分工表 — 示例市2024年河湖公園重點工作');
      expect(rowHeaderText(el)).to.deep.equal(['示例市水務局', '示例市公園管理處', '示例市交通局']);
      expect(columnTaskNumbers(el)).to.deep.equal([1, 2, 3]);
      expect([0, 1, 2].map((c) => cellRole(cell(el, 1, c)))).to.deep.equal(['participating', 'lead', 'lead']);
      expect([0, 1, 2].map((c) => cellRole(cell(el, 2, c)))).to.deep.equal([null, 'participating', null]);
      el.setAttribute('unit', '市水務局');
      await el.updateComplete;
      expect(rowHeaderText(el)).to.deep.equal(['示例市水務局']);
      expect(columnTaskNumbers(el)).to.deep.equal([1, 2]);
    });

    it('reports an invalid plan with the path of the problem', async () => {
      const src = `${fixtures}/plan-invalid.json`;
      const { el, errors } = await renderCollectingErrors(html`<dz-task-matrix plan-src=${src}></dz-task-matrix>`);
      await until(() => root(el).querySelector('[role="alert"]'), 'the error renders');
      const message = root(el).querySelector('[role="alert"]')!.textContent!;
      expect(message).to.contain('tasks[1].lead[0]').and.contain(src);
      await until(() => errors.length > 0);
      expect(errors[0]!.code).to.equal('plan-invalid');
      // In the page's language: the problem too, not only the sentence around it.
      expect(errors[0]!.message).to.contain('tasks[1].lead[0]: 沒有編號為「no-such-office」的單位');
      await expect(el).to.be.accessible();
    });

    it("words the problems of an invalid plan property in each element's language", async () => {
      const plan = (await (await fetch(`${fixtures}/plan-invalid.json`)).json()) as Plan;
      const wrapper = await fixture<HTMLElement>(html`<div>
        <dz-task-matrix lang="zh-Hans" .plan=${plan}></dz-task-matrix>
        <dz-task-matrix lang="en" .plan=${plan}></dz-task-matrix>
      </div>`);
      const [hans, en] = [...wrapper.querySelectorAll('dz-task-matrix')] as DzTaskMatrix[];
      const alertOf = (el: DzTaskMatrix) => root(el).querySelector('[role="alert"]');
      await until(() => alertOf(hans!) && alertOf(en!), 'the errors render');
      expect(alertOf(hans!)!.textContent).to.contain('tasks[1].lead[0]: 没有编号为“no-such-office”的单位');
      expect(alertOf(en!)!.textContent).to.contain('tasks[1].lead[0]: unknown unit id "no-such-office"');
    });
  });

  describe('narrow containers', () => {
    it('below 600px shows a list per unit whose task links select by click and keyboard, and back to the table above', async () => {
      const el = await render(html`<dz-task-matrix section="4" export task-href="#task-{number}" style="width: 800px"></dz-task-matrix>`);
      expect(table(el)).to.not.equal(null);
      el.style.width = '400px';
      await until(() => root(el).querySelector('[part="list"]'), 'the ResizeObserver switches to the list');
      await el.updateComplete;
      expect(table(el)).to.equal(null);

      const matrix = dezhou().responsibilityMatrix({ sections: [4] });
      const entries = [...root(el).querySelectorAll('[part="list"] > li')];
      expect(entries.map((li) => li.querySelector('.entry-name')!.textContent)).to.deep.equal(matrix.rows.map((u) => u.name['zh-Hant']));
      const first = entries[0]!;
      const leadTasks = matrix.columns.filter((_, c) => matrix.roles[0]![c] === 'lead');
      const leadGroup = first.querySelector('.group.lead')!;
      expect(leadGroup.querySelector('.group-label')!.textContent).to.contain('牽頭');
      expect([...leadGroup.querySelectorAll('a')].map((a) => a.textContent)).to.deep.equal(
        leadTasks.map((t) => `任務 ${t.number} ${t.title['zh-Hant']}`),
      );

      const link = leadGroup.querySelector('a')!;
      el.addEventListener('dz-select', (e) => e.preventDefault());
      let event = oneEvent(el, 'dz-select');
      link.click();
      expect(((await event) as CustomEvent<DzSelectDetail>).detail).to.deep.equal({ taskId: leadTasks[0]!.id, unitId: matrix.rows[0]!.id, role: 'lead' });
      link.focus();
      event = oneEvent(el, 'dz-select');
      if (realKeys !== false && (await sendKeys({ press: 'Enter' }).then(() => true, () => false))) {
        expect(((await event) as CustomEvent<DzSelectDetail>).detail.taskId).to.equal(leadTasks[0]!.id);
      } else {
        expect(link.getAttribute('href')).to.equal(`#task-${leadTasks[0]!.number}`); // a link: Enter follows it
      }
      expect(root(el).querySelector('[part="export-button"]')).to.not.equal(null);
      await expect(el).to.be.accessible();

      el.style.width = '800px';
      await until(() => table(el), 'back to the table');
      expect(root(el).querySelector('[part="list"]')).to.equal(null);
    });

    // The layout changes under a keyboard user who zooms the page (200% or 400%) or turns a phone: focus moves to
    // the same unit and task in the other layout, never to the page's body.
    it('keeps focus on the same unit and task when the table gives way to the list and back', async () => {
      const el = await render(html`<dz-task-matrix section="4" task-href="#task-{number}" style="width: 800px"></dz-task-matrix>`);
      const matrix = dezhou().responsibilityMatrix({ sections: [4] });
      const column = matrix.roles[0]!.findIndex((role) => role === 'participating');
      cell(el, 0, column).focus();
      await el.updateComplete;
      el.style.width = '400px';
      await until(() => root(el).querySelector('[part="list"]'), 'the list');
      await el.updateComplete;
      const active = deepActive() as HTMLElement | null;
      expect(active?.matches('[part~="list"] a') && [active.dataset.row, active.dataset.column].join(), `the list's link, not ${active?.localName}`).to.equal(`0,${column}`);

      const other = root(el).querySelector<HTMLAnchorElement>('[part~="list"] a[data-row="2"]')!;
      other.focus();
      el.style.width = '800px';
      await until(() => table(el), 'the table');
      await el.updateComplete;
      expect(deepActive() === cell(el, 2, Number(other.dataset.column)), `the item's cell, not ${deepActive()?.localName}`).to.equal(true);
      expect(focusablePositions(el)).to.deep.equal([[2, Number(other.dataset.column)]]);
    });

    it('starts as a list in a narrow container and groups by task with rows="tasks"', async () => {
      const el = await render(html`<dz-task-matrix section="4" rows="tasks" unit-href="/units/{id}" style="width: 400px"></dz-task-matrix>`);
      expect(table(el)).to.equal(null);
      const entries = [...root(el).querySelectorAll('[part="list"] > li')];
      const { tasks } = expected({ sections: [4] });
      expect(entries.length).to.equal(tasks.length);
      expect(entries[0]!.querySelector('.entry-name')!.textContent).to.equal(`任務 24 ${tasks[0]!.title['zh-Hant']}`);
      const matrix = dezhou().responsibilityMatrix({ sections: [4] });
      const leads = matrix.rows.filter((u) => roleOf(tasks[0]!, u.id) === 'lead').map((u) => u.name['zh-Hant']);
      expect(leads.length).to.be.greaterThan(0);
      expect([...entries[0]!.querySelectorAll('.group.lead a')].map((a) => a.textContent)).to.deep.equal(leads);
    });
  });

  describe('role cells', () => {
    /**
     * How far a role cell's word sits below its glyph: the centre of the word less the centre of the glyph, which the
     * styles draw as the cell's background. A background's vertical position resolves its percentage against the
     * padding box less the image's height, as `top` does in a box that high: a probe of that height places it.
     */
    function glyphToWord(td: HTMLTableCellElement): number {
      const style = getComputedStyle(td);
      const glyphHeight = parseFloat(style.backgroundSize.split(' ')[1]!);
      const probe = document.body.appendChild(document.createElement('div'));
      probe.style.cssText = `position: relative; height: ${td.clientHeight - glyphHeight}px`;
      const mark = probe.appendChild(document.createElement('div'));
      mark.style.cssText = `position: absolute; top: ${style.backgroundPositionY}`;
      const glyphTop = td.getBoundingClientRect().top + td.clientTop + mark.offsetTop;
      probe.remove();
      const word = td.querySelector('.word') ?? td;
      const range = document.createRange();
      range.selectNodeContents(word);
      const { top, height } = range.getBoundingClientRect();
      return top + height / 2 - (glyphTop + glyphHeight / 2);
    }

    it("keeps a role cell's word under its glyph in a row of several lines as in a row of one (a designer's review, r67)", async () => {
      // English at 1280 px: unit names (rows) of one or two lines, task titles (rows="tasks") of three to six.
      const roleCellOf = (tr: HTMLTableRowElement) => tr.querySelector<HTMLTableCellElement>('td.lead, td.participating')!;
      const byHeight = async (rows: string) => {
        const el = await render(html`<dz-task-matrix section="4" rows=${rows} lang="en" style="width: 1280px"></dz-task-matrix>`);
        return bodyRows(el).sort((a, b) => a.offsetHeight - b.offsetHeight);
      };
      const short = roleCellOf((await byHeight('units'))[0]!);
      const tall = roleCellOf((await byHeight('tasks')).at(-1)!);
      expect(tall.offsetHeight - short.offsetHeight, 'a row of one line and a row of several').to.be.greaterThan(60);
      const [inShort, inTall] = [glyphToWord(short), glyphToWord(tall)];
      expect(inShort, 'the word under its glyph').to.be.within(4, 20);
      expect(inTall, `in the tall row (${inShort.toFixed(1)} px in the short one)`).to.be.closeTo(inShort, 2);
    });
  });
});

// Review r86 (M1, L1, L5): what a screen reader heard twice.
describe('dz-task-matrix: each name said once', () => {
  const text = (node: Element | null | undefined) => node?.textContent?.trim() ?? '';
  it('the table is named by its <caption> alone: no aria-labelledby, with which Chromium made the caption its description too', async () => {
    const el = await render(html`<dz-task-matrix section="4" style="width: 900px"></dz-task-matrix>`);
    expect(text(table(el)!.caption), 'the caption').to.match(/^責任分工表 — /);
    expect(table(el)!.getAttribute('aria-labelledby')).to.equal(null);
    expect(table(el)!.getAttribute('aria-label')).to.equal(null);
  });

  for (const rows of ['units', 'tasks'] as const) {
    it(`no header has a tooltip that repeats its name as its description; a task number's tooltip is on what is shown (rows="${rows}")`, async () => {
      const el = await render(html`<dz-task-matrix section="4" rows=${rows} style="width: 900px"></dz-task-matrix>`);
      const headers = [...table(el)!.querySelectorAll('th')];
      expect(headers.filter((th) => th.hasAttribute('title')).map(text), 'headers with a title').to.deep.equal([]);
      const tips = [...table(el)!.querySelectorAll<HTMLElement>('[title]')];
      expect(tips.filter((tip) => !tip.closest('[aria-hidden="true"]')).map(text), 'tooltips a screen reader gets').to.deep.equal([]);
      if (rows === 'units') expect(tips.map((tip) => tip.title), 'the task numbers keep their titles on hover').to.deep.equal(columnNames(el));
    });
  }

  it('the narrow list says its caption once, and each group label once', async () => {
    const el = await render(html`<dz-task-matrix section="4" style="width: 400px"></dz-task-matrix>`);
    await until(() => root(el).querySelector('[part="list"]'), 'the list');
    const heard = (shown: Element, named: Element[]) =>
      (shown.closest('[aria-hidden="true"]') ? 0 : 1) + named.filter((list) => shown.id && (list.getAttribute('aria-labelledby') ?? '').split(' ').includes(shown.id)).length;
    const caption = root(el).querySelector('.list-caption')!;
    const lists = [...root(el).querySelectorAll('ul')];
    expect(heard(caption, lists), 'the caption').to.equal(1);
    const labels = [...root(el).querySelectorAll('.group-label')];
    expect(labels.length).to.be.greaterThan(0);
    expect(labels.map((label) => heard(label, lists)), 'each group label').to.deep.equal(labels.map(() => 1));
  });
});
