/**
 * F246 (review r100 M2, M3, L6): the year-end summary states each target, and for a miss by how much. It said
 * `88.5億元 未達成` and `0個 未達成` with no goal (≥ 90億元, 力爭 1個), so a 力爭 miss read like a firm one; a miss never
 * said its gap (an office writes 差1.5億元, a rate's gap in 個百分點, a ceiling's 超出上限); and English headed the
 * targets met `Met (6: 3 target exceeded)`, the sentence's words as a count's label.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { cliScratch, dzPlanHere, reportJson } from './helpers.js';

/**
 * The year closed: t01.2 (a flow, ≥ 90億元) missed at 88.5, t26.7 (a rate, ≥ 90%) missed at 89.6, t26.3 (a ceiling,
 * ≤ 21.17億立方米) over it at 21.3, t02.2 (力爭 1個) missed at 0, t03.3 (力爭 ↑ ≥ 10%) missed at 8.2, t09.1 (3000個)
 * met beyond its goal at 3120.
 */
const yearEnd = reportJson('2023-12-31', [
  { target: 't01.2', value: 88.5 },
  { target: 't26.7', value: 89.6 },
  { target: 't26.3', value: 21.3 },
  { target: 't02.2', value: 0 },
  { target: 't03.3', value: 8.2 },
  { target: 't09.1', value: 3120 },
]);

/** The line of `target` in a summary's output. */
const lineOf = (out: string, target: string) => out.split(/\r?\n/).find((line) => line.startsWith(`  ${target} `) || line.startsWith(`| ${target} `) || line.startsWith(`${target},`));

describe('F246: the year-end summary states each target and, for a miss, by how much', () => {
  const { at } = cliScratch('dz-plan-f246-');
  const summary = async (...args: string[]) => {
    writeFileSync(at('year.json'), yearEnd);
    const r = await dzPlanHere('progress', 'summary', at('year.json'), ...args);
    assert.equal(r.status, 0, r.stderr);
    return r.stdout;
  };

  test('M3, M2: text lines say the target, 力爭 kept, and the gap of a miss in its unit (zh-Hant)', async () => {
    const out = await summary();
    assert.equal(lineOf(out, 't01.2'), '  t01.2 技術合同成交額:目標 ≥ 90億元;88.5億元(2023年12月31日),未達成(差1.5億元);完成時限 2023年12月31日;牽頭:市科技局、市市場監管局');
    assert.match(lineOf(out, 't26.7')!, /:目標 ≥ 90%;89\.6%\(2023年12月31日\),未達成\(差0\.4個百分點\);/);
    assert.match(lineOf(out, 't26.3')!, /:目標 ≤ 21\.17億立方米;21\.3億立方米\(2023年12月31日\),已超上限\(超出上限0\.13億立方米\);/);
    assert.match(lineOf(out, 't02.2')!, /:目標 力爭 1個;0個\(2023年12月31日\),未達成\(差1個\);/);
    assert.match(lineOf(out, 't03.3')!, /:目標 力爭 ↑ ≥ 10%;增長8\.2%\(2023年12月31日\),未達成\(差1\.8個百分點\);/);
    assert.match(lineOf(out, 't09.1')!, /:目標 3000個;3120個\(2023年12月31日\),超額完成;/);
  });

  test('M2 in Simplified: the gap in its script', async () => {
    const out = await summary('--lang', 'zh-Hans');
    assert.match(lineOf(out, 't26.7')!, /:目标 ≥ 90%;89\.6%\(2023年12月31日\),未达成\(差0\.4个百分点\);/);
    assert.match(lineOf(out, 't26.3')!, /,已超上限\(超出上限0\.13亿立方米\);/);
  });

  test('M3, M2: text lines in English', async () => {
    const out = await summary('--lang', 'en');
    assert.match(lineOf(out, 't01.2')!, /: target ≥ CNY 9 billion; CNY 8\.85 billion \(31 December 2023\), missed \(CNY 150 million short\); deadline /);
    assert.match(lineOf(out, 't26.7')!, /: target ≥ 90%; 89\.6% \(31 December 2023\), missed \(0\.4 percentage points short\); /);
    assert.match(lineOf(out, 't26.3')!, /: target ≤ 2\.117 billion m³; 2\.13 billion m³ \(31 December 2023\), ceiling exceeded \(13 million m³ over the limit\); /);
    assert.match(lineOf(out, 't02.2')!, /: target aim 1 centre; 0 centres \(31 December 2023\), missed \(1 centre short\); /);
  });

  test('M3, M2: Markdown has a target column and the gap beside the status', async () => {
    const zh = await summary('--format', 'md');
    assert.ok(zh.includes('\n| 指標編號 | 指標 | 目標 | 完成值 | 截至日期 | 狀態 | 完成時限 | 牽頭單位 |\n'), zh);
    assert.equal(lineOf(zh, 't01.2'), '| t01.2 | 技術合同成交額 | ≥ 90億元 | 88.5億元 | 2023年12月31日 | 未達成(差1.5億元) | 2023年12月31日 | 市科技局、市市場監管局 |');
    assert.match(lineOf(zh, 't02.2')!, /^\| t02\.2 \| 國家企業技術中心 \| 力爭 1個 \| 0個 \| 2023年12月31日 \| 未達成\(差1個\) \|/);
    const en = await summary('--format', 'md', '--lang', 'en');
    assert.ok(en.includes('\n| Target id | Metric | Target | Value | As of | Status | Deadline | Lead units |\n'), en);
    assert.match(lineOf(en, 't26.7')!, /^\| t26\.7 \| [^|]+ \| ≥ 90% \| 89\.6% \| 31 December 2023 \| missed \(0\.4 percentage points short\) \|/);
  });

  test('M3, M2: CSV has a target column, the gap in the note column', async () => {
    const zh = await summary('--format', 'csv');
    assert.match(zh, /^指標編號,任務,指標,目標,牽頭單位,完成值,截至日期,狀態,說明,/);
    assert.equal(lineOf(zh, 't01.2'), 't01.2,1,技術合同成交額,≥ 90億元,市科技局、市市場監管局,88.5億元,2023-12-31,未達成,差1.5億元,,2023-12-31,是');
    assert.match(lineOf(zh, 't26.3')!, /^t26\.3,\d+,用水總量,≤ 21\.17億立方米,[^,]+,21\.3億立方米,2023-12-31,已超上限,超出上限0\.13億立方米,/);
    assert.match(lineOf(zh, 't02.2')!, /^t02\.2,2,國家企業技術中心,力爭 1個,市科技局,0個,2023-12-31,未達成,差1個,/);
    const en = await summary('--format', 'csv', '--lang', 'en');
    assert.match(en, /^Target id,Task,Metric,Target,Lead units,Value,As of,Status,Note,/);
    assert.match(lineOf(en, 't26.7')!, /^t26\.7,\d+,[^,]+,≥ 90%,[^,]+,89\.6%,2023-12-31,missed,0\.4 percentage points short,/);
  });

  test('L6: the English heading of the targets met counts those exceeded as "exceeded"', async () => {
    const en = await summary('--lang', 'en');
    assert.ok(en.includes('\nMet (1: 1 exceeded)\n'), en);
    const zh = await summary();
    assert.ok(zh.includes('\n已達成(1 個:超額完成 1)\n'), zh);
  });
});
