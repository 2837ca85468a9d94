import { statusLabels, type Plan, type ProgressReport } from '@dz-tasks/data';
import { pressOrSkip } from '../../test/support/keys.js';
import { dezhou, dezhouPlan, tasksOfUnit } from '@dz-tasks/data/dezhou-2023';
import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { expectFocusBackAfterLoading } from '../../test/support/focus.js';
import { holdFetch, until } from '../../test/support/wait.js';
import '../unit-summary.js';
import type { DzErrorDetail, DzSelectDetail } from '../shared/events.js';
import type { DzUnitSummary } from './unit-summary.js';
import { emulateOrSkip } from '../../test/support/media.js';

const api = dezhou();
const targetsOfUnit = (unit: string) => api.targetsOfUnit(unit);
const ndrc = api.getUnit('市發展改革委')!;
const planId = dezhouPlan.id;

const root = (el: DzUnitSummary) => el.shadowRoot!;
const $ = (el: DzUnitSummary, selector: string) => root(el).querySelector(selector) as HTMLElement | null;
const $$ = (el: DzUnitSummary, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const spoken = (node: Element | null | undefined) => {
  if (!node) return '';
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return text(copy);
};
const taskIds = (el: DzUnitSummary) => $$(el, 'li[part="task"]').map((li) => li.dataset.taskId);

/** Every test's feed has its own URL: elements share one request (and its answer) per URL. */
let feedNumber = 0;
const nextFeedUrl = () => `/unit-summary-feed-${++feedNumber}.json`;

/** A summary whose feed is answered with `report`, settled once the targets show. */
async function withFeed(report: ProgressReport, attrs: { unit: string; lang?: string } = { unit: '市發改委' }): Promise<DzUnitSummary> {
  const fetches = holdFetch();
  try {
    const url = nextFeedUrl();
    const el = await fixture<DzUnitSummary>(html`<dz-unit-summary unit=${attrs.unit} lang=${attrs.lang ?? 'zh-Hant'} progress-src=${url}></dz-unit-summary>`);
    await (await fetches.request(url)).release(report);
    await until(() => $(el, '.targets-area [part="loading"]') === null, 'the feed is shown');
    await el.updateComplete;
    return el;
  } finally {
    fetches.restore();
  }
}

describe('dz-unit-summary', () => {
  describe('counts and tasks from the data package', () => {
    it('市發展改革委: 28 tasks, 23 led, 5 joined, equal to tasksOfUnit, each task listed with its role', async () => {
      const el = await fixture<DzUnitSummary>(html`<dz-unit-summary unit="市發展改革委"></dz-unit-summary>`);
      const all = tasksOfUnit('市發展改革委')!;
      const lead = tasksOfUnit('市發展改革委', { role: 'lead' })!;
      const joined = tasksOfUnit('市發展改革委', { role: 'participating' })!;
      expect([all.length, lead.length, joined.length]).to.deep.equal([28, 23, 5]);
      expect(text($(el, '[part="heading"]'))).to.equal('市發展改革委');
      expect(text($(el, '[part="counts"]'))).to.equal('共 28 項任務：牽頭 23、參與 5');
      expect(taskIds(el)).to.deep.equal(all.map((task) => task.id));
      const leadIds = new Set(lead.map((task) => task.id));
      for (const li of $$(el, 'li[part="task"]')) {
        const role = leadIds.has(li.dataset.taskId!) ? 'lead' : 'participating';
        expect(text(li.querySelector('[part="role"]')), li.dataset.taskId).to.equal(role === 'lead' ? '● 牽頭' : '○ 參與');
        expect(li.querySelector('[part="role"] .glyph')!.getAttribute('aria-hidden')).to.equal('true');
      }
      const first = all[0]!;
      expect(text($(el, 'li[part="task"] [part="task-name"]'))).to.equal(`任務 ${first.number} ${first.title['zh-Hant']}`);
      // Without a feed, every target of its tasks is listed once, with its task's number.
      const targets = $$(el, 'li[part="target"]');
      expect(targets.map((li) => li.dataset.targetId)).to.deep.equal(targetsOfUnit('市發展改革委').map((t) => t.id));
      expect($$(el, '[part="group-label"]')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('finds the unit by alias, Simplified name, English name or id, as the matrix does', async () => {
      for (const ref of ['市發改委', '发改委', '德州市發展和改革委員會', ndrc.name.en, ndrc.id, ' 發改委 ']) {
        const el = await fixture<DzUnitSummary>(html`<dz-unit-summary unit=${ref}></dz-unit-summary>`);
        if (api.getUnit(ref)?.id !== ndrc.id) continue; // only names the data package resolves to the unit
        expect($(el, '[part="base"]')!.dataset.unitId, ref).to.equal(ndrc.id);
        expect(text($(el, '[part="counts"]')), ref).to.equal('共 28 項任務：牽頭 23、參與 5');
      }
    });

    it('every unit of the plan: the counts equal tasksOfUnit by role', async () => {
      const el = await fixture<DzUnitSummary>(html`<dz-unit-summary show="tasks"></dz-unit-summary>`);
      for (const unit of api.plan.units) {
        el.unit = unit.name['zh-Hant'];
        await elementUpdated(el);
        const all = tasksOfUnit(unit.id)!.length;
        const lead = tasksOfUnit(unit.id, { role: 'lead' })!.length;
        const joined = tasksOfUnit(unit.id, { role: 'participating' })!.length;
        expect(text($(el, '[part="counts"]')), unit.id).to.equal(`共 ${all} 項任務：牽頭 ${lead}、參與 ${joined}`);
        expect($$(el, 'li[part="task"]').length, unit.id).to.equal(all);
      }
    });

    it('a unit with no tasks: zero counts and a message, no empty list', async () => {
      const plan: Plan = {
        ...dezhouPlan,
        units: [...dezhouPlan.units, { id: 'audit-bureau-test', name: { 'zh-Hant': '市審計局', 'zh-Hans': '市审计局', en: 'Dezhou Municipal Audit Bureau' }, kind: 'governmentDepartment', aliases: [] }],
      };
      const el = await fixture<DzUnitSummary>(html`<dz-unit-summary unit="審計局" .plan=${plan}></dz-unit-summary>`);
      expect(text($(el, '[part="heading"]'))).to.equal('市審計局');
      expect(text($(el, '[part="counts"]'))).to.equal('共 0 項任務：牽頭 0、參與 0');
      expect(text($(el, '.tasks-area [part="empty"]'))).to.equal('本單位在計劃中沒有牽頭或參與的任務');
      expect(text($(el, '.targets-area [part="empty"]'))).to.equal('本單位的任務沒有量化目標');
      expect($$(el, 'ul')).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('show, heading-level and task-href', () => {
    it('show="tasks" leaves out the targets, show="targets tasks" puts them first', async () => {
      const el = await fixture<DzUnitSummary>(html`<dz-unit-summary unit="市發改委" show="tasks"></dz-unit-summary>`);
      expect($(el, '.tasks-area')).to.exist;
      expect($(el, '.targets-area')).to.equal(null);
      el.show = 'targets tasks';
      await elementUpdated(el);
      const areas = $$(el, '.tasks-area, .targets-area').map((node) => node.className);
      expect(areas).to.deep.equal(['targets-area', 'tasks-area']);
    });

    it('notices a show word that is not tasks or targets, with the closest word, and shows the rest: a typo never blanks it', async () => {
      const errors: DzErrorDetail[] = [];
      const el = await fixture<DzUnitSummary>(html`<dz-unit-summary unit="市發改委" show="tasks targts" @dz-error=${(e: CustomEvent<DzErrorDetail>) => errors.push(e.detail)}></dz-unit-summary>`);
      await until(() => $(el, '[part="notice"]') !== null, 'the notice');
      const message = 'show 的「targts」不是可用的值(tasks | targets),已略去。是否要用「targets」?';
      expect(spoken($(el, '[part="notice"]'))).to.equal(message);
      expect(errors).to.deep.equal([{ code: 'invalid-value', message }]);
      expect($(el, '[role="alert"]'), 'no error in place of the content').to.equal(null);
      expect($(el, '.tasks-area')).to.exist;
      expect($(el, '.targets-area')).to.equal(null);
      // No word allowed: the default, both parts. A list set from code reads as written.
      // @ts-expect-error a word `show` does not take, as a script may set it
      el.show = 'charts';
      await elementUpdated(el);
      expect($$(el, '.tasks-area, .targets-area')).to.have.length(2);
      el.show = ['targets', 'tasks'];
      await elementUpdated(el);
      expect($$(el, '.tasks-area, .targets-area').map((node) => node.className)).to.deep.equal(['targets-area', 'tasks-area']);
      await expect(el).to.be.accessible();
    });

    it('honours heading-level for the heading and its sub-headings', async () => {
      const el = await fixture<DzUnitSummary>(html`<dz-unit-summary unit="市發改委" heading-level="2"></dz-unit-summary>`);
      expect($(el, 'h2#heading')).to.exist;
      expect($(el, 'h3#tasks-label')).to.exist;
      expect($(el, 'h3#targets-label')).to.exist;
    });

    it('links each task with task-href="/tasks/{number}", and never to a script URL', async () => {
      const el = await fixture<DzUnitSummary>(html`<dz-unit-summary unit="市發改委" task-href="/tasks/{number}?id={id}"></dz-unit-summary>`);
      const links = $$(el, 'a[part="task-link"]') as HTMLAnchorElement[];
      const tasks = tasksOfUnit('市發改委')!;
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(tasks.map((task) => `/tasks/${task.number}?id=${task.id}`));
      await expect(el).to.be.accessible();
      el.taskHref = 'javascript:alert({number})';
      await elementUpdated(el);
      expect($$(el, 'a, button')).to.have.length(0);
      expect($$(el, '[part="task-name"]')).to.have.length(tasks.length);
    });
  });

  describe('task-href as a rich-text editor leaves it (a CMS review)', () => {
    // Curled quotes around the value (the attribute's own quotes lost) and UEditor's zero-width filler: the links were
    // made relative to the page, `“/tasks/9”`, every one broken and nothing noticed.
    for (const written of ['“/tasks/{number}”', '「/tasks/{number}」', '\u200b/tasks/{number}\u200b', "'/tasks/{number}'"]) {
      it(`links each task with task-href=${JSON.stringify(written)} as with /tasks/{number}, and notices nothing`, async () => {
        const notices: unknown[] = [];
        const el = await fixture<DzUnitSummary>(html`<dz-unit-summary unit="市發改委" show="tasks" task-href=${written} @dz-error=${(e: Event) => notices.push((e as CustomEvent).detail)}></dz-unit-summary>`);
        const links = $$(el, 'a[part="task-link"]') as HTMLAnchorElement[];
        expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(tasksOfUnit('市發改委')!.map((task) => `/tasks/${task.number}`));
        expect(notices).to.deep.equal([]);
      });
    }
  });

  describe('dz-select and the keyboard', () => {
    // A language whose names are still loading on a CDN page, or another unit, shows the loading state for a moment.
    it('gives focus back to the same task link when the summary returns after a loading state, unless focus went elsewhere', async () => {
      await expectFocusBackAfterLoading(html`<dz-unit-summary unit="市發改委" show="tasks" task-href="#task-{number}"></dz-unit-summary>`, 'task-link', 2);
    });

    it('fires dz-select with the task, the unit and the role on a click', async () => {
      const el = await fixture<DzUnitSummary>(html`<dz-unit-summary unit="发改委" show="tasks" task-href="#task-{number}"></dz-unit-summary>`);
      const selected: DzSelectDetail[] = [];
      el.addEventListener('dz-select', (e) => {
        e.preventDefault();
        selected.push(e.detail);
      });
      const joined = tasksOfUnit(ndrc.id, { role: 'participating' })![0]!;
      ($(el, `li[data-task-id="${joined.id}"] [part="task-link"]`) as HTMLAnchorElement).click();
      expect(selected).to.deep.equal([{ taskId: joined.id, unitId: ndrc.id, role: 'participating' }]);
    });

    it('a link still navigates unless the dz-select listener cancels it', async () => {
      const el = await fixture<DzUnitSummary>(html`<dz-unit-summary unit="市發改委" show="tasks" task-href="#task-{number}"></dz-unit-summary>`);
      el.addEventListener('dz-select', (e) => e.preventDefault());
      const link = $(el, 'a[part="task-link"]') as HTMLAnchorElement;
      let defaultPrevented: boolean | undefined;
      el.addEventListener('click', (e) => (defaultPrevented = e.defaultPrevented));
      link.click();
      expect(defaultPrevented).to.be.true;
      expect(location.hash).not.to.contain('task-');
    });

    it('Tab moves from task link to task link and Enter follows one', async function () {
      const el = await fixture<DzUnitSummary>(html`<dz-unit-summary unit="市發改委" show="tasks" task-href="#task-{number}"></dz-unit-summary>`);
      const selected: string[] = [];
      el.addEventListener('dz-select', (e) => {
        e.preventDefault();
        selected.push(e.detail.taskId);
      });
      const buttons = $$(el, 'a[part="task-link"]');
      buttons[0]!.focus();
      await pressOrSkip(this, 'Enter');
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(buttons[1]);
      await sendKeys({ press: 'Enter' });
      const ids = taskIds(el);
      expect(selected).to.deep.equal([ids[0], ids[1]]);
    });

    it('without task-href each task is text: nothing to tab to or press that would do nothing, in every language', async () => {
      for (const lang of ['zh-Hant', 'zh-Hans', 'en']) {
        const el = await fixture<DzUnitSummary>(html`<dz-unit-summary unit="市發改委" show="tasks" lang=${lang}></dz-unit-summary>`);
        await until(() => $$(el, 'li[part="task"]').length === 28, 'the tasks render');
        // A button there did nothing unless the page happened to listen for dz-select.
        expect($$(el, 'button, a, [tabindex], [role="button"], [role="link"]'), lang).to.deep.equal([]);
        const names = $$(el, 'li[part="task"] [part="task-name"]');
        expect(names).to.have.length(28);
        expect(text(names[0]!)).to.match(lang === 'en' ? /^Task \d+ \S/ : /^任[務务] \d+ \S/);
        await expect(el).to.be.accessible();
      }
    });
  });

  describe('progress feed', () => {
    /** One entry per target of the unit: values from 0 up to 1.2 times the target, so several statuses appear. */
    function reportFor(unitRef: string): ProgressReport {
      const targets = targetsOfUnit(unitRef);
      return {
        plan: planId,
        asOf: '2023-06-30',
        entries: targets.filter((t) => t.value !== undefined).map((t, i) => ({ target: t.id, value: Number(t.value) * [0, 0.3, 0.6, 1.2][i % 4]! })),
      } as ProgressReport;
    }

    it('groups the targets by the status the data package gives, most urgent first, with glyph, word and count', async () => {
      const report = reportFor(ndrc.id);
      const el = await withFeed(report);
      const expected = new Map<string, string[]>();
      const reported = new Set(report.entries.map((e) => e.target));
      for (const target of targetsOfUnit(ndrc.id)) {
        const entry = report.entries.find((e) => e.target === target.id);
        let key = 'unreported';
        if (entry) {
          try {
            key = api.evaluateTarget(target, { value: entry.value, asOf: report.asOf }).status;
          } catch {
            key = 'unjudged';
          }
        }
        expected.set(key, [...(expected.get(key) ?? []), target.id]);
      }
      const groups = $$(el, '[part="group"]');
      expect(groups.length).to.equal(expected.size);
      expect(groups.length).to.be.greaterThan(2);
      let total = 0;
      let judged = 0;
      for (const group of groups) {
        const ids = [...group.querySelectorAll<HTMLElement>('li[part="target"]')].map((li) => li.dataset.targetId!);
        const status = group.dataset.status!.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
        expect(ids, status).to.deep.equal(expected.get(status));
        total += ids.length;
        if (status !== 'unreported') judged += ids.length;
        const label = text(group.querySelector('[part="group-label"]'));
        const word = status in statusLabels['zh-Hant'] ? statusLabels['zh-Hant'][status as keyof (typeof statusLabels)['zh-Hant']] : status === 'unreported' ? '未報送' : '無法判斷';
        expect(label).to.match(new RegExp(`^\\S+ ${word} ${ids.length}$`));
      }
      expect(total).to.equal(targetsOfUnit(ndrc.id).length);
      expect(judged).to.equal(reported.size);
      // The most urgent tone comes first: no good-tone group before a warning or alert one.
      const tones = groups.map((g) => g.dataset.tone ?? 'none');
      const rank = { alert: 0, warning: 1, neutral: 2, good: 3, none: 4 } as Record<string, number>;
      expect(tones.map((tone) => rank[tone])).to.deep.equal([...tones.map((tone) => rank[tone]!)].sort((a, b) => a - b));
      await expect(el).to.be.accessible();
    });

    it('a report with no entries: every target in one "not reported" group', async () => {
      const el = await withFeed({ plan: planId, asOf: '2023-06-30', entries: [] } as ProgressReport);
      const groups = $$(el, '[part="group"]');
      expect(groups.map((g) => g.dataset.status)).to.deep.equal(['unreported']);
      expect(text(groups[0]!.querySelector('[part="group-label"]'))).to.equal(`– 未報送 ${targetsOfUnit(ndrc.id).length}`);
      expect($$(el, '.no-value')).to.have.length(targetsOfUnit(ndrc.id).length);
      await expect(el).to.be.accessible();
    });

    it('its notes take --dz-summary-muted-color (the target items share their styles with the card)', async () => {
      const el = await withFeed({ plan: planId, asOf: '2023-06-30', entries: [] } as ProgressReport);
      el.style.setProperty('--dz-summary-muted-color', 'rgb(1, 2, 3)');
      expect(getComputedStyle($(el, '.no-value')!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle($(el, '.metric')!).fontWeight).to.equal('500');
    });

    it('writes the groups in English and Simplified Chinese', async () => {
      const report = reportFor(ndrc.id);
      const en = await withFeed(report, { unit: 'development-reform-commission', lang: 'en' });
      expect(text($(en, '[part="heading"]'))).to.equal(ndrc.name.en);
      expect(text($(en, '[part="counts"]'))).to.equal('28 tasks: 23 led, 5 joined');
      expect(text($(en, '#targets-label'))).to.equal('Targets');
      expect(text($(en, '[part="role"]'))).to.match(/^[●○] (Lead|Participating)$/);
      await expect(en).to.be.accessible();
      const hans = await withFeed(report, { unit: '发改委', lang: 'zh-Hans' });
      expect(text($(hans, '[part="heading"]'))).to.equal(ndrc.name['zh-Hans']);
      expect(text($(hans, '[part="counts"]'))).to.equal('共 28 项任务：牵头 23、参与 5');
      expect(text($(hans, '#tasks-label'))).to.equal('负责任务');
      await expect(hans).to.be.accessible();
    });

    it('shows a skeleton in the targets area while the feed loads, then the groups', async () => {
      const fetches = holdFetch();
      try {
        const url = nextFeedUrl();
        const el = await fixture<DzUnitSummary>(html`<dz-unit-summary unit="市發改委" progress-src=${url}></dz-unit-summary>`);
        expect($(el, '.targets-area [part="loading"]')!.matches('[role="status"]:not([aria-busy])'), 'alone on the page: its loading status, never busy').to.equal(true);
        expect($$(el, 'li[part="task"]')).to.have.length(28);
        await expect(el).to.be.accessible();
        await (await fetches.request(url)).release({ plan: planId, asOf: '2023-06-30', entries: [] });
        await until(() => $(el, '[part="group"]') !== null, 'groups shown');
      } finally {
        fetches.restore();
      }
    });

    it('reports a feed that fails, keeping the tasks', async () => {
      const errors: DzErrorDetail[] = [];
      const url = '/packages/elements/test-fixtures/unit-summary-missing.json';
      const el = await fixture<DzUnitSummary>(html`<dz-unit-summary unit="市發改委" lang="en" progress-src=${url} @dz-error=${(e: CustomEvent<DzErrorDetail>) => errors.push(e.detail)}></dz-unit-summary>`);
      await until(() => errors.length > 0, 'dz-error for the 404');
      await el.updateComplete;
      expect(errors[0]!.code).to.equal('feed-fetch-failed');
      expect(text($(el, '.targets-area [role="alert"]'))).to.contain(`Could not load ${url} (${new URL(url, document.baseURI).href}): HTTP 404`);
      expect($$(el, 'li[part="task"]')).to.have.length(28);
      await expect(el).to.be.accessible();
    });
  });

  describe('errors and loading', () => {
    it('shows a failed feed even when show="tasks" leaves out the targets', async () => {
      const errors: DzErrorDetail[] = [];
      const url = '/packages/elements/test-fixtures/unit-summary-missing-2.json';
      const el = await fixture<DzUnitSummary>(html`<dz-unit-summary unit="市發改委" show="tasks" progress-src=${url} @dz-error=${(e: CustomEvent<DzErrorDetail>) => errors.push(e.detail)}></dz-unit-summary>`);
      await until(() => errors.length > 0, 'dz-error for the 404');
      await el.updateComplete;
      expect(spoken($(el, '[role="alert"]'))).to.equal(errors[0]!.message);
      await expect(el).to.be.accessible();
    });

    it('reports an unknown unit and a missing unit attribute', async () => {
      const errors: DzErrorDetail[] = [];
      const el = await fixture<DzUnitSummary>(html`<dz-unit-summary unit="市不存在局" @dz-error=${(e: CustomEvent<DzErrorDetail>) => errors.push(e.detail)}></dz-unit-summary>`);
      expect(spoken($(el, '[role="alert"]'))).to.equal('找不到單位 市不存在局');
      await expect(el).to.be.accessible();
      el.removeAttribute('unit');
      await elementUpdated(el);
      expect(spoken($(el, '[role="alert"]'))).to.equal('缺少 unit 屬性');
      expect(errors).to.deep.equal([
        { code: 'unknown-unit', message: '找不到單位 市不存在局' },
        { code: 'unknown-unit', message: '缺少 unit 屬性' },
      ]);
      el.unit = '發改委';
      await elementUpdated(el);
      expect($(el, '[role="alert"]')).to.equal(null);
    });

    it('shows a skeleton while plan-src loads, then the unit from that plan', async () => {
      const fetches = holdFetch();
      try {
        const el = await fixture<DzUnitSummary>(html`<dz-unit-summary unit="市發改委" plan-src="/unit-summary-plan.json"></dz-unit-summary>`);
        expect($(el, '[part="loading"]')!.matches('[role="status"]:not([aria-busy])'), 'alone on the page: its loading status, never busy').to.equal(true);
        await expect(el).to.be.accessible();
        await (await fetches.request('/unit-summary-plan.json')).release(dezhouPlan);
        await until(() => $(el, '[part="counts"]') !== null, 'plan loaded');
        expect(text($(el, '[part="counts"]'))).to.equal('共 28 項任務：牽頭 23、參與 5');
      } finally {
        fetches.restore();
      }
    });
  });

  describe('theming', () => {
    it('takes its colours from --dz-summary-* custom properties', async () => {
      const el = await fixture<DzUnitSummary>(html`<dz-unit-summary unit="市發改委" style="--dz-summary-lead-color: rgb(1, 2, 3); --dz-summary-bg: rgb(250, 250, 240)"></dz-unit-summary>`);
      expect(getComputedStyle($(el, '[part="role"].lead')!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle($(el, '[part="base"]')!).backgroundColor).to.equal('rgb(250, 250, 240)');
      expect(getComputedStyle($(el, '[part="role"].participating')!).color).not.to.equal('rgb(1, 2, 3)');
    });

    it('passes axe in dark mode with a feed, and with an error', async () => {
      document.documentElement.style.colorScheme = 'dark';
      try {
        const el = await withFeed(reportForDark());
        expect(getComputedStyle($(el, '[part="base"]')!).backgroundColor).to.equal('rgb(22, 27, 34)');
        await expect(el).to.be.accessible();
        const error = await fixture<DzUnitSummary>(html`<dz-unit-summary unit="?"></dz-unit-summary>`);
        await expect(error).to.be.accessible();
      } finally {
        document.documentElement.style.colorScheme = '';
      }
    });

    it('keeps glyphs and words in forced colours', async function () {
      await emulateOrSkip(this, { forcedColors: 'active' });
      try {
        const el = await withFeed(reportForDark());
        expect(matchMedia('(forced-colors: active)').matches).to.be.true;
        expect(text($(el, '[part="group-label"]'))).to.match(/^\S /);
        await expect(el).to.be.accessible();
      } finally {
        await emulateMedia({ forcedColors: 'none' } as Parameters<typeof emulateMedia>[0]);
      }
    });
  });
});

/** A few entries for the unit's targets: enough for groups of several statuses. */
function reportForDark(): ProgressReport {
  const targets = targetsOfUnit('市發展改革委').filter((t) => t.value !== undefined);
  return { plan: dezhouPlan.id, asOf: '2023-06-30', entries: targets.slice(0, 6).map((t, i) => ({ target: t.id, value: Number(t.value) * (i % 2 ? 1.1 : 0.1) })) } as ProgressReport;
}
