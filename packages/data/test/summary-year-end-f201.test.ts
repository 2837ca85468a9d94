/**
 * F201 (review r82 M1, M3, L2): the year-end summary says what an office would. The list of targets due and not met
 * also held the ones never reported (143 under a heading an office would copy as 143 missed, where 16 were); a ceiling
 * used faster than the year's pace was counted and never named; a report with January's rows kept as history was dated
 * 15 January though every target was judged at its 31 December deadline. And (F184's leftover) the plan's own sheet
 * with its 指標 typed by hand and its ids slipped a row was said to be another plan's.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { progressTemplate } from '../src/progress/template.js';
import { cliScratch, dzPlanHere, reportJson } from './helpers.js';

/**
 * The year closed in January: t01.1 missed at the deadline (49 of 50; January's 51 kept as history only), t09.1 met,
 * t26.3's water ceiling exceeded; the other 154 targets have no reading.
 */
const yearEnd = reportJson('2024-01-15', [
  { target: 't01.1', value: 49, asOf: '2023-12-31' },
  { target: 't01.1', value: 51 },
  { target: 't09.1', value: 3000, asOf: '2023-12-31' },
  { target: 't26.3', value: 21.2, asOf: '2023-12-31' },
]);
/** October: t26.3 has used 18 of its 21.17 億m³ with 83% of the year gone. */
const october = reportJson('2023-10-31', [{ target: 't26.3', value: 18 }]);
const water = '市水利局、市農業農村局、市工業和信息化局、市住房城鄉建設局';

describe('F201: the year-end summary', () => {
  const { at } = cliScratch('dz-plan-f201-');

  test('M1: the list due and not met is headed with what it holds, in three languages, text, md and csv', async () => {
    writeFileSync(at('year.json'), yearEnd);
    const text = await dzPlanHere('progress', 'summary', at('year.json'));
    assert.equal(text.status, 0, text.stderr);
    assert.ok(text.stdout.includes('\n期限已到未達成或未報送(156 個:未達成 1、已超上限 1、未報送 154)\n'), text.stdout);
    const hans = await dzPlanHere('progress', 'summary', at('year.json'), '--lang', 'zh-Hans');
    assert.ok(hans.stdout.includes('\n期限已到未达成或未报送(156 个:未达成 1、已超上限 1、未报送 154)\n'), hans.stdout);
    const en = await dzPlanHere('progress', 'summary', at('year.json'), '--lang', 'en', '--format', 'md');
    assert.ok(en.stdout.includes('\n## Past the deadline, not met or not reported (156: 1 missed, 1 ceiling exceeded, 154 not reported)\n'), en.stdout);
    const csv = await dzPlanHere('progress', 'summary', at('year.json'), '--format', 'csv');
    assert.match(csv.stdout, /^指標編號,.*,完成時限,期限已到未達成或未報送\r\n/);
  });

  test('M3: a ceiling used faster than the pace is listed beside the behind targets, with its figures, and under its lead units', async () => {
    writeFileSync(at('october.json'), october);
    const r = await dzPlanHere('progress', 'summary', at('october.json'));
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.split('\n');
    const behind = lines.indexOf('進度滯後或嚴重滯後(0 個)');
    assert.deepEqual(lines.slice(behind, behind + 5), ['進度滯後或嚴重滯後(0 個)', '  無', '', '偏離目標(1 個:用量快於序時 1)', `  t26.3 用水總量:目標 ≤ 21.17億立方米;18億立方米(2023年10月31日),用量快於序時(尚餘3.17億立方米);牽頭:${water}`]);
    const unit = lines.indexOf('  市水利局:17 個指標:用量快於序時 1、未報送 16');
    assert.ok(unit > 0, r.stdout);
    assert.equal(lines[unit + 1], '    t26.3 用水總量:用量快於序時(尚餘3.17億立方米)');
  });

  test('L2: a summary dated after the deadline says its targets are judged at the deadline', async () => {
    writeFileSync(at('year.json'), yearEnd);
    const r = await dzPlanHere('progress', 'summary', at('year.json'), '--format', 'csv');
    const zh = await dzPlanHere('progress', 'summary', at('year.json'));
    assert.equal(zh.stdout.split('\n')[0], `進度摘要:${at('year.json')},截至 2024年1月15日(按期限 2023年12月31日判斷)`);
    const en = await dzPlanHere('progress', 'summary', at('year.json'), '--lang', 'en');
    assert.equal(en.stdout.split('\n')[0], `Progress summary of ${at('year.json')}, as of 15 January 2024 (judged at the deadline, 31 December 2023)`);
    // At the deadline itself, nothing to say; January's row is history all the same (t01.1 missed at 49).
    const atDeadline = await dzPlanHere('progress', 'summary', at('year.json'), '--as-of', '2023-12-31');
    assert.equal(atDeadline.stdout.split('\n')[0], `進度摘要:${at('year.json')},截至 2023年12月31日`);
    assert.ok(r.stdout.includes('\r\nt01.1,1,引進科技成果,'), r.stdout);
    // Judged at 49 all the same; January's 51 said beside it as reported after the deadline (review r100 M1).
    assert.match(r.stdout, /\r\nt01\.1,1,引進科技成果,≥ 50項,[^\r\n]*,49項,2023-12-31,未達成,"差1項;逾期報送 51項,2024年1月15日",,2023-12-31,是\r\n/);
  });
});

describe("F201 (F184's leftover): the plan's own sheet, its metrics typed by hand and its ids slipped, is not another plan's", () => {
  const { at } = cliScratch('dz-plan-f201-sheet-');

  test('each row is told the target its metric is like, on the sheet a row away', async () => {
    const template = progressTemplate(dezhouPlan, { section: 1, lang: 'zh-Hans' });
    // t01.1 to t01.4 as a clerk types them, not the template's words; each under the next row's id.
    const typed = ['引进的科技成果数', '技术合同成交金额', '重大科技创新工程项目', '每万人口发明专利拥有量'];
    const rows = typed.map((metric, i) => [template.rows[i + 1]![0]!, template.rows[i]![1]!, metric, ...template.rows[i]!.slice(3, -3), '10', '2023-06-30', '']);
    writeFileSync(at('typed.csv'), [template.header.join(','), ...rows.map((row) => row.join(','))].join('\n'));
    const r = await dzPlanHere('progress', 'import', at('typed.csv'), '-o', at('typed.json'), '--lang', 'zh-Hans');
    assert.equal(r.status, 1, r.stderr);
    assert.doesNotMatch(r.stderr, /另一份规划|--plan/);
    // Named as the template writes its metric, so that the clerk finds the row the figure belongs to.
    for (const i of typed.keys()) assert.match(r.stderr, new RegExp(`${rows[i]![0]} 是“[^”]+”;此行的指标是 ${template.targets[i]!.id}“${template.rows[i]![2]}”\\?请核对指标编号`), r.stderr);
  });
});
