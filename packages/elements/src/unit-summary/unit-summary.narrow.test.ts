/**
 * The summary on a phone (a designer's review, r67 M7: at 320–375 px a task's title was squeezed into a column beside
 * its role, "Participating" taking a third of the row): below 30em of its own width each task's role sits above its
 * title, which has the row's whole width; nothing scrolls sideways, every target's figures are whole and each status
 * word stays beside its glyph.
 */
import type { ProgressReport } from '@dz-tasks/data';
import { dezhou, dezhouPlan } from '@dz-tasks/data/dezhou-2023';
import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../../test/support/wait.js';
import '../unit-summary.js';
import type { DzUnitSummary } from './unit-summary.js';

/** A reading for every target (0 to 120 % of it by mid-year): every group of statuses, each target with its figures. */
const report = {
  plan: dezhouPlan.id,
  asOf: '2023-06-30',
  entries: dezhou().plan.targets.map((target, i) => ({ target: target.id, value: target.value * [0, 0.3, 0.6, 1, 1.2][(i * 7) % 5]! })),
} as ProgressReport;

/** 市發改委 (23 tasks led, 5 joined: both roles) with its targets judged, `width` px wide. */
async function summaryAt(width: number, lang: string): Promise<DzUnitSummary> {
  const el = await fixture<DzUnitSummary>(html`<dz-unit-summary unit="市發改委" lang=${lang} .progress=${report} style="width: ${width}px"></dz-unit-summary>`);
  await until(() => el.shadowRoot!.querySelector('[role="meter"]'), 'the targets judged');
  await el.updateComplete;
  return el;
}

const box = (node: Element) => node.getBoundingClientRect();
const text = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Whether the first letter after `glyph` (past a space and Lit's markers) is on the glyph's line. */
function besideItsGlyph(glyph: Element): boolean {
  let word = glyph.nextSibling;
  while (word && !(word.nodeType === Node.TEXT_NODE && /[^\s]/.test(word.textContent!))) word = word.nextSibling;
  const first = word!.textContent!.search(/[^\s]/);
  const range = document.createRange();
  range.setStart(word!, first);
  range.setEnd(word!, first + 1);
  const letter = range.getBoundingClientRect();
  const { top, bottom } = box(glyph);
  return letter.bottom > top && letter.top < bottom && Math.abs(letter.bottom - bottom) < (bottom - top) / 2;
}

describe('dz-unit-summary on a phone', () => {
  for (const [width, lang] of [
    [320, 'en'],
    [375, 'en'],
    [375, 'zh-Hant'],
  ] as const) {
    it(`${width} px, ${lang}: each task's title the row's whole width under its role; nothing cut or scrolled sideways`, async () => {
      const el = await summaryAt(width, lang);
      const root = el.shadowRoot!;
      const list = box(root.querySelector('[part="tasks"]')!);
      const tasks = [...root.querySelectorAll('[part~="task"]')];
      expect(tasks.length).to.equal(28);
      for (const task of tasks) {
        const role = task.querySelector('[part~="role"]')!;
        const name = task.querySelector('[part~="task-name"]')!;
        const what = text(name).slice(0, 24);
        expect(besideItsGlyph(role.querySelector('.glyph')!), `${what}: its role's word beside its glyph`).to.be.true;
        expect(box(name).top, `${what}: under its role`).to.be.at.least(box(role).bottom - 0.5);
        expect(box(name).left, `${what}: its title from the row's start`).to.be.closeTo(list.left, 0.5);
        expect(box(name).width, `${what}: its title the row's width`).to.be.closeTo(list.width, 0.5);
      }
      const base = root.querySelector<HTMLElement>('[part="base"]')!;
      expect(el.scrollWidth, 'the element, nothing to scroll sideways').to.be.at.most(el.clientWidth);
      expect(base.scrollWidth, 'the summary, nothing to scroll sideways').to.be.at.most(base.clientWidth);
      const targets = [...root.querySelectorAll('[part="target"]')];
      expect(targets.length, 'targets shown').to.be.above(20);
      expect(root.querySelectorAll('[part="gauge-status"]').length, 'statuses shown').to.be.above(20);
      for (const target of targets) {
        const edges = box(target);
        for (const figure of target.querySelectorAll<HTMLElement>('.task-ref, .metric, [part="gauge-target"], [part="gauge-meter"], [part="gauge-progress"], [part="gauge-status"]')) {
          const what = `${(target as HTMLElement).dataset.targetId}: ${text(figure) || figure.getAttribute('part')}`;
          expect(box(figure).left, `${what}, inside its item`).to.be.at.least(edges.left - 0.5);
          expect(box(figure).right, `${what}, inside its item`).to.be.at.most(edges.right + 0.5);
        }
        expect(target.scrollWidth, `${(target as HTMLElement).dataset.targetId}, nothing cut`).to.be.at.most(target.clientWidth);
        const status = target.querySelector('[part="gauge-status"]');
        if (status) expect(besideItsGlyph(status.querySelector('.gauge-glyph')!), `${text(status)}: the word beside its glyph`).to.be.true;
      }
    });
  }

  it('keeps the two columns from 30em: every title from one edge, beside its role', async () => {
    const el = await summaryAt(600, 'en');
    const tasks = [...el.shadowRoot!.querySelectorAll('[part~="task"]')];
    const starts = new Set(tasks.map((task) => Math.round(box(task.querySelector('[part~="task-name"]')!).left)));
    expect(starts.size, 'one edge').to.equal(1);
    for (const task of tasks) expect(box(task.querySelector('[part~="task-name"]')!).left).to.be.above(box(task.querySelector('[part~="role"]')!).right);
  });
});
