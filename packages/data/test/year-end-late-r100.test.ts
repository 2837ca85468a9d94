/**
 * F247 (review r100 M1, M4, L5): the year-end readings a supervision office gets. A target due 6月底前 finished in
 * December (12月完成第6個, dated 2023-12-31, nothing at 06-30) was refused and its clerk told to date the December
 * figure 06-30; a sheet dated 11-30 in the year-end report was ranked 好轉 by its own-date status; a blank year-end
 * sheet said its targets might be ignored, and counted the ones its co-leads reported in the same import.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { progressSummary } from '../src/node/progress-summary.js';
import { diffReports, importProgressFiles, progressTemplate, templateCsv } from '../src/progress/index.js';
import type { ProgressReport } from '../src/index.js';
import { cliScratch, dzPlanHere } from './helpers.js';
import { csv, today, utf8, type Lang } from './progress-import-helpers.js';

/** The Dezhou plan with t13.1 (6 expressway projects started) due 2023-06-30, as r100's dezhou-v.json. */
const plan = { ...dezhouPlan, targets: dezhouPlan.targets.map((t) => (t.id === 't13.1' ? { ...t, deadline: '2023-06-30' } : t)) };
const importIn = (files: Parameters<typeof importProgressFiles>[0], lang: Lang, options: { appendTo?: ProgressReport; asOf?: string } = {}) =>
  importProgressFiles(files, plan, { lang, today, ...options });
const report = (asOf: string, entries: ProgressReport['entries']): ProgressReport => ({ plan: plan.id, asOf, entries });

describe('M1: a figure dated after an earlier deadline, none at the deadline', () => {
  const december = csv('ye.csv', 't13.1,6,2023-12-31,12月完成第6個');

  test('is kept, not refused, and the clerk is not told to re-date it unless it is the figure as of the deadline', async () => {
    for (const lang of ['zh-Hant', 'en'] as const) {
      const result = await importIn([december], lang);
      assert.deepEqual(result.problems, [], lang);
      assert.deepEqual(result.report?.entries, [{ target: 't13.1', value: 6, note: '12月完成第6個' }], lang);
      const late = result.warnings.filter((w) => w.code === 'lateOnly');
      assert.equal(late.length, 1, lang);
      assert.equal(late[0]!.row, 2);
    }
    const [zh, en] = [(await importIn([december], 'zh-Hant')).warnings[0]!.message, (await importIn([december], 'en')).warnings[0]!.message];
    assert.match(zh, /日期 2023-12-31 晚於完成時限 2023-06-30,且沒有截至完成時限的數值:已作為逾期報送的數值匯入,評定時按截至完成時限未報送;如是截至完成時限的數值,請填日期 2023-06-30$/u);
    assert.doesNotMatch(zh, /:截至完成時限的數值請填日期/u);
    assert.match(en, /2023-12-31 is after the target's deadline, 2023-06-30, and there is no figure as of the deadline: it is imported as reported late, and the target is judged not reported by its deadline; if it is the figure as of the deadline, date it 2023-06-30$/);
  });

  test('a year-end figure dated in January (after the plan’s year) is still refused, told to date it at the deadline', async () => {
    const result = await importIn([csv('jan.csv', 't03.1,104,2024-01-10,')], 'zh-Hant');
    assert.deepEqual(result.problems.map((p) => p.code), ['afterDeadline']);
    assert.match(result.problems[0]!.message, /截至完成時限的數值請填日期 2023-12-31$/u);
  });

  test('diff and summary say the late figure: alone (not reported by the deadline), and beside a miss at the deadline', () => {
    const none = report('2023-06-30', [{ target: 't09.1', value: 2100 }]);
    const late = report('2023-12-31', [{ target: 't13.1', value: 6 }]);
    const [change] = diffReports(none, late, plan, { today, lang: 'zh-Hant' }).filter((c) => c.target === 't13.1');
    assert.ok(change, 'the December completion is a change');
    assert.equal(change.after, undefined, 'nothing judged at the deadline');
    assert.deepEqual([change.late?.value, change.late?.asOf], [6, '2023-12-31']);
    const june = report('2023-06-30', [{ target: 't13.1', value: 5 }]);
    const both = report('2023-12-31', [{ target: 't13.1', value: 5, asOf: '2023-06-30' }, { target: 't13.1', value: 6 }]);
    const [after] = diffReports(june, both, plan, { today, lang: 'zh-Hant' });
    assert.deepEqual([after?.target, after?.after?.asOf, after?.after?.status, after?.late?.value, after?.late?.asOf], ['t13.1', '2023-06-30', 'missed', 6, '2023-12-31']);
    for (const [r, key] of [[late, 'unreported'], [both, 'missed']] as const) {
      const t = progressSummary(r, plan, { lang: 'zh-Hant', today }).targets.find((s) => s.target.id === 't13.1')!;
      assert.equal(t.key, key);
      assert.deepEqual([t.late?.value, t.late?.asOf], [6, '2023-12-31']);
    }
  });
});

describe('M4: a figure dated before the deadline in a report dated past it', () => {
  const june = report('2023-06-30', [{ target: 't37.4', value: 330 }]);
  const yearEnd = report('2023-12-31', [
    { target: 't37.4', value: 330, asOf: '2023-06-30' },
    { target: 't37.4', value: 650, asOf: '2023-11-30' },
    { target: 't09.1', value: 3000 },
  ]);

  test('is not ranked better by its own date’s status: stale, no direction', () => {
    const change = diffReports(june, yearEnd, plan, { today, lang: 'zh-Hant' }).find((c) => c.target === 't37.4')!;
    assert.equal(change.direction, undefined);
    assert.equal(change.stale, true);
  });

  test('the import says when a sheet’s rows stand before their deadline while the report’s date is past it', async () => {
    for (const lang of ['zh-Hant', 'en'] as const) {
      const result = await importIn([csv('nov.csv', 't37.4,650,2023-11-30,', 't09.1,2900,2023-11-30,')], lang, { asOf: '2023-12-31' });
      assert.deepEqual(result.problems, []);
      const before = result.warnings.filter((w) => w.code === 'beforeDeadline');
      assert.equal(before.length, 1, lang);
      assert.deepEqual(before[0]!.rows, [2, 3]);
      assert.match(
        before[0]!.message,
        lang === 'en'
          ? /rows 2 and 3: dated 2023-11-30, before their targets' deadline, 2023-12-31, in a report dated 2023-12-31: not the figures as of the deadline; the targets are judged not reported this period/
          : /第 2、3 行:日期 2023-11-30 早於完成時限 2023-12-31,而報告日期為 2023-12-31:不是截至完成時限的數值,評定時作為本期未報/u,
      );
    }
    const mid = await importIn([csv('nov.csv', 't37.4,650,2023-11-30,')], 'zh-Hant', { asOf: '2023-11-30' });
    assert.deepEqual(mid.warnings.filter((w) => w.code === 'beforeDeadline'), [], 'not past the deadline: nothing to say');
  });
});

describe('L5: a blank year-end sheet', () => {
  const blank = (unit: string, lang: Lang) => ({ name: 'blank.csv', data: utf8(templateCsv(progressTemplate(plan, { unit, lang }))) });

  test('past the deadline its targets may not be ignored', async () => {
    const zh = (await importIn([blank('commerce-bureau', 'zh-Hant')], 'zh-Hant', { asOf: '2023-12-31' })).warnings.find((w) => w.code === 'unreported')!;
    assert.match(zh.message, /市商務局牽頭的 11 個指標中,11 個沒有數值:.*已到完成時限,請報送$/u);
    assert.doesNotMatch(zh.message, /可不理會/u);
    const en = (await importIn([blank('commerce-bureau', 'en')], 'en', { asOf: '2023-12-31' })).warnings.find((w) => w.code === 'unreported')!;
    assert.doesNotMatch(en.message, /ignore/);
    assert.match(en.message, /past their deadline: to be reported$/);
    const midYear = (await importIn([blank('commerce-bureau', 'zh-Hant')], 'zh-Hant', { asOf: '2023-06-30' })).warnings.find((w) => w.code === 'unreported')!;
    assert.match(midYear.message, /本期不報的可不理會/u, 'before the deadline, as before');
  });

  test('the count leaves out the targets a co-lead reported in the same import', async () => {
    const alone = (await importIn([blank('industry-information-technology-bureau', 'zh-Hant')], 'zh-Hant', { asOf: '2023-12-31' })).warnings.find((w) => w.code === 'unreported')!;
    const withCoLead = (await importIn([blank('industry-information-technology-bureau', 'zh-Hant'), csv('sci.csv', 't03.1,100,2023-12-31,')], 'zh-Hant')).warnings.find(
      (w) => w.code === 'unreported',
    )!;
    assert.ok(alone.targets!.includes('t03.1'));
    assert.ok(!withCoLead.targets!.includes('t03.1'), 't03.1 was reported by the office’s sheet in the same import');
    assert.equal(withCoLead.targets!.length, alone.targets!.length - 1);
  });
});

describe('the CLI: import and diff of the year-end readings', () => {
  const { at } = cliScratch('dz-plan-f247-');

  test('the late figure is imported (exit 0) and said by diff; a reading of 11-30 in the year-end report is 本期未報, not 好轉', async () => {
    writeFileSync(at('plan.json'), JSON.stringify(plan));
    writeFileSync(at('ye.csv'), ['指標編號,完成值,截至日期,備註', 't13.1,6,2023-12-31,12月完成第6個', 't37.4,650,2023-11-30,'].join('\r\n'));
    writeFileSync(at('june.json'), JSON.stringify(report('2023-06-30', [{ target: 't13.1', value: 5 }, { target: 't37.4', value: 330 }])));
    const imported = await dzPlanHere('progress', 'import', at('ye.csv'), '--into', at('june.json'), '--as-of', '2023-12-31', '-o', at('ye.json'), '--plan', at('plan.json'));
    assert.equal(imported.status, 0, imported.stderr);
    assert.match(imported.stderr, /日期 2023-12-31 晚於完成時限 2023-06-30:此數值只列入歷次填報/u, 'beside June’s 5: history, said');
    assert.match(imported.stderr, /日期 2023-11-30 早於完成時限 2023-12-31,而報告日期為 2023-12-31/u);
    for (const [lang, late, stale] of [
      ['zh-Hant', '  t13.1 新開工建設高速公路項目: 5個 (2023年6月30日, 未達成) → 5個 (2023年6月30日, 未達成)(逾期報送:2023年12月31日的 6個)', /^\* t37\.4 蔬菜產量: 330萬噸 \(2023年6月30日, 進度滯後\) → 650萬噸 \(2023年11月30日, 本期未報,未報送截至完成時限的數值\)$/mu],
      ['en', '  t13.1 Expressway projects newly started: 5 projects (30 June 2023, missed) → 5 projects (30 June 2023, missed) (reported after the deadline: 6 projects as of 31 December 2023)', /^\* t37\.4 Vegetable output: .* → .*not reported this period, no figure as of the deadline\)$/mu],
    ] as const) {
      const diff = await dzPlanHere('progress', 'diff', at('june.json'), at('ye.json'), '--plan', at('plan.json'), '--lang', lang);
      assert.equal(diff.status, 0, diff.stderr);
      assert.ok(diff.stdout.split('\n').some((line) => line.trimEnd() === late.trimEnd()), diff.stdout);
      assert.match(diff.stdout, stale);
      assert.doesNotMatch(diff.stdout, /^↑ t37\.4/mu);
    }
  });
});
