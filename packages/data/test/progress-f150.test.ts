/**
 * F150 (review r72): the words of `progress diff` and `progress summary` after a supervision office's quarter. A
 * published figure corrected or removed is counted under its own word on the diff's last line, neither a contradiction
 * nor a change of status (M1); the last line on stderr counts contradictions first, as the lists put them (L4); the
 * summary shows the earlier figure a contradiction is below, with its unit and date, in text, md and csv (L3); and
 * `import --into` holding back the report's figure says the figure is in dispute, true when it equals a row's (L1).
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { cliScratch, dzPlanHere, reportJson } from './helpers.js';

/** March: 1,200 5G base stations, 150 enterprises on the cloud (both totals built up over the year). */
const march = reportJson('2023-03-31', [
  { target: 't09.1', value: 1200 },
  { target: 't09.4', value: 150 },
]);
/** June appended to March: March's 1,200 corrected to 1,250 (its status unchanged), and 140 enterprises below March's 150. */
const june = reportJson('2023-06-30', [
  { target: 't09.1', value: 1250, asOf: '2023-03-31' },
  { target: 't09.4', value: 150, asOf: '2023-03-31' },
  { target: 't09.1', value: 2480 },
  { target: 't09.4', value: 140 },
]);
/** June, and a rate dated 2999 (a slip): a reading that cannot be judged beside the contradiction. */
const juneAndSlip = reportJson('2999-06-30', [
  { target: 't09.4', value: 150, asOf: '2023-03-31' },
  { target: 't09.4', value: 140, asOf: '2023-06-30' },
  { target: 't38.3', value: 90 },
]);

describe('F150: progress diff and summary after a quarter', () => {
  const { at } = cliScratch('dz-plan-f150-');

  test('M1: a published figure corrected is counted under its own word, neither a contradiction nor a change of status', async () => {
    writeFileSync(at('march.json'), march);
    writeFileSync(at('june.json'), june);
    for (const [lang, last] of [
      ['zh-Hant', '2 個指標有變動,其中 1 個狀態改變:好轉 0 個(↑)、變差 0 個(↓)、數值矛盾 1 個(≠);已發布的數值更正或刪去 1 個(≠)'],
      ['zh-Hans', '2 个指标有变动,其中 1 个状态改变:好转 0 个(↑)、变差 0 个(↓)、数值矛盾 1 个(≠);已发布的数值更正或删去 1 个(≠)'],
      ['en', '2 targets changed, 1 in status: 0 better (↑), 0 worse (↓), 1 contradicting an earlier figure (≠); 1 with a published figure corrected or removed (≠)'],
    ] as const) {
      const r = await dzPlanHere('progress', 'diff', at('march.json'), at('june.json'), '--lang', lang);
      const lines = r.stdout.trimEnd().split('\n');
      assert.match(lines.find((line) => line.includes(' t09.1 ')) ?? '', /^≠ t09\.1 /, r.stdout);
      assert.equal(lines.at(-1), last, r.stdout);
      assert.equal(r.status, 1, 'a revision is to be checked before publishing');
    }
  });

  test('L4: the last line on stderr counts contradictions first, as the lists put them (diff and summary)', async () => {
    writeFileSync(at('march.json'), march);
    writeFileSync(at('slip.json'), juneAndSlip);
    const diff = await dzPlanHere('progress', 'diff', at('march.json'), at('slip.json'));
    assert.equal(diff.stderr.trimEnd().split('\n').at(-1), 'dz-plan:1 個數值與較早的數值矛盾,1 個數值無法判斷(見上)', diff.stderr);
    const summary = await dzPlanHere('progress', 'summary', at('slip.json'), '--lang', 'en');
    assert.equal(summary.stderr.trimEnd().split('\n').at(-1), 'dz-plan: 1 reading contradicts an earlier figure, 1 reading cannot be judged (above)', summary.stderr);
  });

  test('L3: the summary shows the earlier figure a contradiction is below, with its unit and date: text, md, csv', async () => {
    writeFileSync(at('june.json'), june);
    const text = await dzPlanHere('progress', 'summary', at('june.json'));
    const lines = text.stdout.split('\n');
    assert.equal(lines[lines.indexOf('數值矛盾(1 個)') + 1], '  t09.4 新增上雲企業:目標 ≥ 500家;140家(2023年6月30日);少於 2023年3月31日的 150家;牽頭:市工業和信息化局', text.stdout);
    const en = await dzPlanHere('progress', 'summary', at('june.json'), '--lang', 'en');
    assert.match(en.stdout, /^ {2}t09\.4 .*: target ≥ 500 enterprises; 140 enterprises \(30 June 2023\); below 150 enterprises on 31 March 2023; lead: /m, en.stdout);
    const md = await dzPlanHere('progress', 'summary', at('june.json'), '--format', 'md', '--lang', 'zh-Hans');
    assert.match(md.stdout, /^\| t09\.4 \| .* \| ≥ 500家 \| 140家 \| 2023年6月30日 \| 数值矛盾\(少于 2023年3月31日的 150家\) \|/m, md.stdout);
    const csv = await dzPlanHere('progress', 'summary', at('june.json'), '--format', 'csv', '--lang', 'en');
    const [header, ...rows] = csv.stdout.trimEnd().split('\r\n');
    assert.match(header ?? '', /,Status,Note,Earlier figure contradicted,Deadline,/, header);
    const row = (id: string) => rows.find((r) => r.startsWith(`${id},`)) ?? '';
    assert.match(row('t09.4'), /,contradicting an earlier figure,,150 enterprises \(2023-03-31\),2023-12-31,/, csv.stdout);
    assert.match(row('t09.1'), /,on track,,,2023-12-31,/, 'none for a reading judged');
  });
});

describe('F150 L1: import --into says the report\'s figure it holds back is in dispute', () => {
  const { at } = cliScratch('dz-plan-f150-into-');
  const header = '指標編號,完成值,截至日期,備註';

  test('the report\'s 2100 equal to one unit\'s row: in dispute, not "disagrees with this import"', async () => {
    writeFileSync(at('base.csv'), `${header}\nt09.1,2100,2023-06-30,\n`);
    writeFileSync(at('a.csv'), `${header}\nt09.1,2100,2023-06-30,\n`);
    writeFileSync(at('b.csv'), `${header}\nt09.1,2200,2023-06-30,\n`);
    // A sheet adding t09.2: an import that adds no reading writes nothing (r72 M4).
    writeFileSync(at('more.csv'), `${header}\nt09.2,50,2023-06-30,\n`);
    for (const [lang, said] of [
      ['zh-Hant', '報告原有的 2100個 在該日期有爭議(本次匯入的各行數值不一),已從報告中刪去:請各單位核定一個數,再匯入核定的數'],
      ['zh-Hans', '报告原有的 2100个 在该日期有争议(本次导入的各行数值不一),已从报告中删去:请各单位核定一个数,再导入核定的数'],
      ['en', '2,100 base stations removed from the report: the figure at that date is in dispute (this import\'s rows disagree); the units are to settle one figure and import it'],
    ] as const) {
      const report = at(`p-${lang}.json`);
      assert.equal((await dzPlanHere('progress', 'import', at('base.csv'), '-o', report)).status, 0);
      const r = await dzPlanHere('progress', 'import', at('a.csv'), at('b.csv'), at('more.csv'), '--into', report, '--partial', '--lang', lang);
      assert.equal(r.status, 3, r.stderr);
      assert.ok(r.stderr.split('\n').some((line) => line.startsWith(report) && line.endsWith(said)), r.stderr);
    }
  });
});
