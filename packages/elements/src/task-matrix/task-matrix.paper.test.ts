/**
 * The matrix away from the screen, as a supervision clerk files it: the CSV's file name says which plan (and
 * language) it is, a section's caption names its plan, and on paper each column's task is written out under its
 * band, with the totals column saying what it adds up.
 */
import type { Language, Plan } from '@dz-tasks/data';
import { dezhou } from '@dz-tasks/data/dezhou-2023';
import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { until } from '../../test/support/wait.js';
import '../task-matrix.js';
import { PRINT_BAND_COLUMNS } from './print-table.js';
import type { DzTaskMatrix } from './task-matrix.js';

const plan: Plan = dezhou().plan;
/** The same tasks and units under another plan's id and title, as a second city's copy would be. */
const otherPlan: Plan = {
  ...plan,
  id: 'other-city-2024',
  title: { 'zh-Hant': '他市2024年重點工作', 'zh-Hans': '他市2024年重点工作', en: 'Other City 2024 key tasks' },
};
const languages: readonly Language[] = ['zh-Hant', 'zh-Hans', 'en'];

const root = (el: DzTaskMatrix) => el.shadowRoot!;
/** A total cell's sum: its own text, beside the image of its split. */
const sumOf = (td: Element) => [...td.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('').trim();
const captionOf = (el: DzTaskMatrix) => root(el).querySelector('caption')!.textContent!.trim();

async function render(template: unknown): Promise<DzTaskMatrix> {
  const el = await fixture<DzTaskMatrix>(template as Parameters<typeof fixture>[0]);
  await until(() => root(el).querySelector('table'), 'the table');
  await el.updateComplete;
  return el;
}

/** The file name `downloadCsv()` hands to the browser, the download itself caught. */
async function downloadedName(el: DzTaskMatrix): Promise<string> {
  const names: string[] = [];
  const { createObjectURL, revokeObjectURL } = URL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = () => 'blob:dz-test';
  URL.revokeObjectURL = () => {};
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    names.push(this.download);
  };
  try {
    el.downloadCsv();
  } finally {
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = revokeObjectURL;
    HTMLAnchorElement.prototype.click = click;
  }
  expect(names).to.have.length(1);
  return names[0]!;
}

/** Renders for printing (as `beforeprint` does), runs `check`, and renders for the screen again. */
async function whilePrinting(el: DzTaskMatrix, check: () => unknown): Promise<void> {
  window.dispatchEvent(new Event('beforeprint'));
  await el.updateComplete;
  try {
    await check();
  } finally {
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
  }
}

describe('dz-task-matrix on paper and in CSV', () => {
  describe('CSV file name', () => {
    it('names the plan and the language, so two plans or two languages never share a file name', async () => {
      const names: string[] = [];
      for (const [p, section] of [
        [plan, '4'],
        [otherPlan, '4'],
        [plan, undefined],
        [otherPlan, undefined],
      ] as const) {
        for (const lang of languages) {
          const el = await render(html`<dz-task-matrix lang=${lang} section=${ifDefined(section)} .plan=${p} style="width: 900px"></dz-task-matrix>`);
          const name = await downloadedName(el);
          expect(name, name).to.contain(p.id);
          expect(name, name).to.match(/\.csv$/);
          if (section) expect(name, name).to.contain('s04');
          names.push(name);
        }
      }
      expect(new Set(names).size, names.join(' ')).to.equal(names.length);
      expect(names[0]).to.equal(`dz-task-matrix-${plan.id}-s04-zh-hant.csv`);
    });
  });

  describe('caption', () => {
    it("names the plan's title beside the section shown, in each language", async () => {
      for (const lang of languages) {
        for (const p of [plan, otherPlan]) {
          const el = await render(html`<dz-task-matrix lang=${lang} section="4" .plan=${p} style="width: 900px"></dz-task-matrix>`);
          const caption = captionOf(el);
          expect(caption, caption).to.contain(p.title[lang]);
          expect(caption, caption).to.contain(p.sections[3]!.title[lang]);
        }
      }
    });

    it("keeps an author's own caption", async () => {
      const el = await render(html`<dz-task-matrix section="4" caption="第四部分分工" .plan=${plan} style="width: 900px"></dz-task-matrix>`);
      expect(captionOf(el)).to.equal('第四部分分工');
    });
  });

  describe('printed', () => {
    /** Each printed band: its table's column headers (task numbers) and the key written under it. */
    const printedBands = (el: DzTaskMatrix) =>
      [...root(el).querySelectorAll('table')].map((table) => {
        const band = table.closest('.print-band') ?? table;
        const key = [...band.querySelectorAll('.print-key li')];
        return {
          table,
          numbers: [...table.tHead!.rows[0]!.cells].slice(1, -1).map((th) => th.textContent!.trim()),
          key: key.map((li) => ({ number: li.getAttribute('value'), text: li.textContent!.trim() })),
        };
      });

    it("writes out each band's tasks, number and title, under the band (the whole plan, 4 bands)", async () => {
      for (const lang of languages) {
        const el = await render(html`<dz-task-matrix lang=${lang} .plan=${plan} style="width: 900px"></dz-task-matrix>`);
        await whilePrinting(el, () => {
          const bands = printedBands(el);
          expect(bands.length).to.equal(Math.ceil(plan.tasks.length / PRINT_BAND_COLUMNS));
          const keyed = bands.flatMap((band) => {
            expect(band.key.map((entry) => entry.number)).to.deep.equal(band.numbers);
            return band.key;
          });
          expect(keyed).to.deep.equal(plan.tasks.map((task) => ({ number: String(task.number), text: task.title[lang] })));
        });
      }
    });

    it('writes out the tasks of a section narrow enough for one band too', async () => {
      const el = await render(html`<dz-task-matrix section="4" .plan=${plan} style="width: 900px"></dz-task-matrix>`);
      const tasks = plan.tasks.filter((task) => task.sectionId === plan.sections[3]!.id);
      expect(tasks.length).to.be.lessThan(PRINT_BAND_COLUMNS);
      await whilePrinting(el, () => {
        const bands = printedBands(el);
        expect(bands).to.have.length(1);
        expect(bands[0]!.key).to.deep.equal(tasks.map((task) => ({ number: String(task.number), text: task.title['zh-Hant'] })));
        expect(captionOf(el)).to.contain(plan.title['zh-Hant']);
      });
      expect(root(el).querySelector('.print-key')).to.equal(null);
    });

    it('needs no key when the columns are units: their names are printed whole', async () => {
      const el = await render(html`<dz-task-matrix section="4" rows="tasks" .plan=${plan} style="width: 900px"></dz-task-matrix>`);
      await whilePrinting(el, () => expect(root(el).querySelector('.print-key')).to.equal(null));
    });

    it("says the banded totals column counts the whole table's columns, and its numbers are those of the whole table", async () => {
      const words: Record<Language, RegExp> = { 'zh-Hant': /全表合計/, 'zh-Hans': /全表合计/, en: /whole.table/i };
      for (const lang of languages) {
        const el = await render(html`<dz-task-matrix lang=${lang} .plan=${plan} style="width: 900px"></dz-task-matrix>`);
        const matrix = dezhou().responsibilityMatrix({});
        await whilePrinting(el, () => {
          for (const { table } of printedBands(el)) {
            const header = table.tHead!.rows[0]!.cells;
            expect(header[header.length - 1]!.textContent!.trim(), lang).to.match(words[lang]);
            const firstRow = table.tBodies[0]!.rows[0]!.cells;
            expect(sumOf(firstRow[firstRow.length - 1]!)).to.equal(String(matrix.rowTotals[0]!.total));
          }
        });
      }
    });

    it('a table of one band keeps its plain 合計: there the total is the sum of the row printed', async () => {
      const el = await render(html`<dz-task-matrix section="4" .plan=${plan} style="width: 900px"></dz-task-matrix>`);
      await whilePrinting(el, () => {
        const header = root(el).querySelector('table')!.tHead!.rows[0]!.cells;
        expect(header[header.length - 1]!.textContent!.trim()).to.equal('合計');
      });
    });

    it('the key is printed and not shown on screen otherwise; it passes axe', async () => {
      const el = await render(html`<dz-task-matrix section="4" .plan=${plan} style="width: 900px"></dz-task-matrix>`);
      await whilePrinting(el, async () => {
        expect(root(el).querySelector('.print-key')).to.not.equal(null);
        await expect(el).to.be.accessible();
      });
    });
  });
});
