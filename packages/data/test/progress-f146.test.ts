/**
 * F146: `progress summary` counts a reading below an earlier one (數值矛盾, a running total read lower) as a
 * contradiction, as `progress diff` does since F142, not among those that cannot be judged: in its counts, a list of
 * its own and its last line on stderr, in each language and form (text, md, csv), exit 1 still. And `import --into`,
 * holding back the report's reading at a conflict, says who is to settle it as the conflict's rows say it: the units,
 * the target ids of one sheet (an id typed twice), or the one unit whose sheets disagree.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { cliScratch, dzPlanHere, escapeRegExp, juneBelowMarch, juneBelowMarchAndSlip } from './helpers.js';

describe('F146: progress summary counts a contradiction as diff does', () => {
  const { at } = cliScratch('dz-plan-f146-');

  test('text: counted, listed apart from what cannot be judged, and so on the last line, in each language; exit 1', async () => {
    writeFileSync(at('june.json'), juneBelowMarch);
    for (const [lang, counts, heading, unjudged, last] of [
      ['zh-Hant', '157 個指標:數值矛盾 1、未報送 156', '數值矛盾(1 個)', '無法判斷(0 個)', 'dz-plan:1 個數值與較早的數值矛盾(見上)'],
      ['zh-Hans', '157 个指标:数值矛盾 1、未报送 156', '数值矛盾(1 个)', '无法判断(0 个)', 'dz-plan:1 个数值与较早的数值矛盾(见上)'],
      ['en', '157 targets: 1 contradicting an earlier figure, 156 not reported', 'Contradicting an earlier figure (1)', 'Cannot be judged (0)', 'dz-plan: 1 reading contradicts an earlier figure (above)'],
    ] as const) {
      const r = await dzPlanHere('progress', 'summary', at('june.json'), '--lang', lang);
      const lines = r.stdout.split('\n');
      assert.equal(lines[1], counts, r.stdout);
      assert.match(lines[lines.indexOf(heading) + 1] ?? '', /^ {2}t09\.1 /, r.stdout);
      assert.notEqual(lines[lines.indexOf(unjudged) + 1]?.slice(0, 8), '  t09.1 ', r.stdout);
      assert.equal(r.stderr.trimEnd().split('\n').at(-1), last, r.stderr);
      assert.doesNotMatch(r.stderr, /無法判斷|无法判断|cannot be judged/);
      assert.equal(r.status, 1);
    }
  });

  test('md and csv say it as text does; the last line counts the two apart', async () => {
    writeFileSync(at('slip.json'), juneBelowMarchAndSlip);
    const md = await dzPlanHere('progress', 'summary', at('slip.json'), '--format', 'md');
    assert.match(md.stdout, /^## 數值矛盾\(1 個\)\n\n.*\n.*\n\| t09\.1 \| .* \| 數值矛盾\(少於 2023年3月31日的 1500個\) \|/m, md.stdout);
    assert.match(md.stdout, /^## 無法判斷\(1 個\)\n\n.*\n.*\n\| t38\.3 \| .* \| 無法判斷 \|/m, md.stdout);
    assert.equal(md.stderr.trimEnd().split('\n').at(-1), 'dz-plan:1 個數值與較早的數值矛盾,1 個數值無法判斷(見上)');
    const csv = await dzPlanHere('progress', 'summary', at('slip.json'), '--format', 'csv', '--lang', 'en');
    const rows = csv.stdout.trimEnd().split('\r\n');
    assert.match(rows.find((row) => row.startsWith('t09.1,')) ?? '', /,400 base stations,2023-06-30,contradicting an earlier figure,,"1,500 base stations \(2023-03-31\)",/, csv.stdout);
    assert.match(rows.find((row) => row.startsWith('t38.3,')) ?? '', /,cannot be judged,/, csv.stdout);
    assert.equal(csv.stderr.trimEnd().split('\n').at(-1), 'dz-plan: 1 reading contradicts an earlier figure, 1 reading cannot be judged (above)');
    assert.equal(csv.status, 1);
  });
});

describe('F146: import --into says who is to settle a reading it holds back', () => {
  const { at } = cliScratch('dz-plan-f146-into-');
  const header = '指標編號,完成值,截至日期,備註';
  const unitLine = '填報單位:市工業和信息化局';
  const gxj = 'Dezhou Municipal Bureau of Industry and Information Technology';
  /**
   * The report's t09.1 at 2100, and `sheets` imported into it with --partial, with a sheet adding t09.2 (an import that
   * adds no reading writes nothing, r72 M4); the message on t09.1, and the report's entries.
   */
  const heldBack = async (name: string, sheets: Record<string, string>, lang: string) => {
    writeFileSync(at('base.csv'), `${header}\nt09.1,2100,2023-06-30,\n`);
    assert.equal((await dzPlanHere('progress', 'import', at('base.csv'), '-o', at(name))).status, 0);
    for (const [file, text] of Object.entries({ ...sheets, 'more.csv': `${header}\nt09.2,50,2023-06-30,\n` })) writeFileSync(at(file), text);
    const r = await dzPlanHere('progress', 'import', ...[...Object.keys(sheets), 'more.csv'].map(at), '--into', at(name), '--partial', '--lang', lang);
    assert.equal(r.status, 3, r.stderr);
    assert.deepEqual(JSON.parse(readFileSync(at(name), 'utf8')).entries, [{ target: 't09.2', value: 50 }], 'held back');
    const prefix = `${at(name)}${lang === 'en' ? ': t09.1 at 2023-06-30: ' : ''}`;
    return r.stderr.split('\n').find((line) => line.startsWith(prefix) && /removed|刪去|删去/.test(line));
  };

  test('two units\' sheets: the units are to settle one figure (unchanged)', async () => {
    const line = await heldBack('units.json', { 'a.csv': `${header}\nt09.1,2200,2023-06-30,\n`, 'b.csv': `${header}\nt09.1,2300,2023-06-30,\n` }, 'en');
    assert.match(line ?? '', /the units are to settle one figure and import it$/);
  });

  test('one sheet giving the target twice: check the target ids, as the conflict says', async () => {
    const sheets = { 'twice.csv': `${header}\nt09.1,2200,2023-06-30,\nt09.1,2300,2023-06-30,\n` };
    for (const [lang, end] of [
      ['en', 'one sheet gives the target twice, one row\'s id perhaps mistyped: check the target ids and import the corrected sheet'],
      ['zh-Hant', '本表兩行給了同一指標,其中一行可能填錯了編號:請核對指標編號,再匯入改正的表'],
      ['zh-Hans', '本表两行给了同一指标,其中一行可能填错了编号:请核对指标编号,再导入改正的表'],
    ] as const) {
      const line = await heldBack(`twice-${lang}.json`, sheets, lang);
      assert.match(line ?? '', new RegExp(`${escapeRegExp(end)}$`), line);
      assert.doesNotMatch(line ?? '', /units are to settle|各單位|各单位/);
    }
  });

  test('one unit\'s two sheets: ask that unit which figure is current, as the conflict says', async () => {
    const sheets = {
      'gxj.csv': `${unitLine}\n${header}\nt09.1,2200,2023-06-30,\n`,
      'gxj-corrected.csv': `${unitLine}\n${header}\nt09.1,2300,2023-06-30,\n`,
    };
    for (const [lang, end] of [
      ['en', `ask ${gxj} which figure is current and import it`],
      ['zh-Hant', '請向市工業和信息化局確認以哪個為準,再匯入核定的數'],
      ['zh-Hans', '请向市工业和信息化局确认以哪个为准,再导入核定的数'],
    ] as const) {
      const line = await heldBack(`unit-${lang}.json`, sheets, lang);
      assert.match(line ?? '', new RegExp(`${escapeRegExp(end)}$`), line);
    }
  });
});
