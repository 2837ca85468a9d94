/**
 * F132 (review r68 M2, L4, L6): a supervision office's progress summary, and `progress diff` for its scripts. r68 had
 * `template`, `import` and `diff` only (`dz-plan summary report.json` said only that it was a progress report); `diff`
 * exited 0 while a contradiction stayed in the new report (flagged only when it changed, and a total falling between
 * the two reports exited 0 where a revision exited 1); and its output named neither report.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { cliScratch, dzPlanHere, escapeRegExp, reportJson } from './helpers.js';

/**
 * September, appended to June: t09.1 behind (2,000 of 3,000 base stations), t09.2 read lower than in June (45 after
 * 48: a running total cannot fall, not judged), t04.2 last read in June (not reported this period), t12.4 met, t38.3
 * a rate not yet at its target; the other 152 targets have no reading.
 */
const september = reportJson('2023-09-30', [
  { target: 't09.1', value: 1500, asOf: '2023-06-30' },
  { target: 't09.1', value: 2000 },
  { target: 't09.2', value: 48, asOf: '2023-06-30' },
  { target: 't09.2', value: 45 },
  { target: 't04.2', value: 60, asOf: '2023-06-30' },
  { target: 't12.4', value: 4 },
  { target: 't38.3', value: 80 },
]);
const gxj = 'Dezhou Municipal Bureau of Industry and Information Technology';

describe('M2: dz-plan progress summary', () => {
  const { at } = cliScratch('dz-plan-f132-');

  test('per lead unit its counts and behind targets; the behind, the overdue and the unreported ones; what cannot be judged named, exit 1', async () => {
    writeFileSync(at('sept.json'), september);
    const r = await dzPlanHere('progress', 'summary', at('sept.json'), '--lang', 'en');
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], `Progress summary of ${at('sept.json')}, as of 30 September 2023`);
    // t09.2 read lower than in June is a contradiction, counted as `diff` counts it (F146), not beyond judging.
    assert.equal(lines[1], '157 targets: 1 met, 1 behind, 1 not yet at target, 1 not reported this period, 1 contradicting an earlier figure, 152 not reported');
    const unit = lines.indexOf(`  ${gxj}: 36 targets: 1 met, 1 behind, 1 contradicting an earlier figure, 33 not reported`);
    assert.ok(unit > 0, r.stdout);
    assert.equal(lines[unit + 1], '    t09.1 New 5G base stations opened: behind');
    const section = (heading: string) => lines.slice(lines.indexOf(heading) + 1, lines.findIndex((l, i) => i > lines.indexOf(heading) && !l.startsWith('  ')));
    assert.deepEqual(section('Behind or seriously behind (1)'), [`  t09.1 New 5G base stations opened: target 3,000 base stations; 2,000 base stations (30 September 2023), behind; lead: ${gxj}`]);
    assert.deepEqual(section('Past the deadline, not met or not reported (0)'), ['  none']);
    assert.equal(section('Not reported (152)').length, 152);
    assert.match(r.stdout, /^ {2}t04\.2 High-level talents introduced: target ≥ 200 people; 60 people \(30 June 2023\); lead: Organization Department/m);
    assert.match(r.stdout, /^ {2}t09\.2 .*: target 100 enterprises; 45 enterprises \(30 September 2023\); below 48 enterprises on 30 June 2023; lead: /m);
    assert.equal(r.stderr, `${at('sept.json')}: t09.2 at 2023-09-30: 45 enterprises, below the 48 enterprises of 30 June 2023: a running total cannot fall; check both figures\ndz-plan: 1 reading contradicts an earlier figure (above)\n`);
    assert.equal(r.status, 1);
  });

  test('--unit, --as-of (the report as it stood then, or later: the deadlines passed), three languages, --format csv and md, -o', async () => {
    writeFileSync(at('sept.json'), september);
    // June from September's report, for the unit alone, in Traditional Chinese (the Dezhou plan's language).
    const june = await dzPlanHere('progress', 'summary', at('sept.json'), '--unit', '市委組織部', '--as-of', '2023-06-30');
    assert.equal(june.status, 0, june.stderr);
    assert.ok(june.stdout.startsWith(`進度摘要:${at('sept.json')}(市委組織部牽頭的指標),截至 2023年6月30日\n5 個指標:進度滯後 1、未報送 4\n`), june.stdout);
    assert.ok(june.stdout.includes('\n進度滯後或嚴重滯後(1 個)\n  t04.2 引進高層次人才:目標 ≥ 200名;60名(2023年6月30日),進度滯後;牽頭:市委組織部\n'), june.stdout);
    // Once the deadlines have passed, every target not met is overdue; as a CSV for a spreadsheet, in Simplified Chinese.
    const csv = await dzPlanHere('progress', 'summary', at('sept.json'), '--as-of', '2024-01-15', '--lang', 'zh-Hans', '--format', 'csv');
    assert.equal(csv.status, 1, 'September’s t09.2 still contradicts June’s');
    const rows = csv.stdout.trimEnd().split('\r\n');
    assert.equal(rows[0], '指标编号,任务,指标,目标,牵头单位,完成值,截至日期,状态,说明,与之矛盾的较早数值,完成时限,期限已到未达成或未报送');
    assert.equal(rows.length, 158);
    assert.ok(rows.includes('t09.1,9,新开通5G基站,3000个,市工业和信息化局,2000个,2023-09-30,本期未报,,,2023-12-31,是'), csv.stdout);
    assert.ok(rows.includes('t12.4,12,新增上市企业,4家,市工业和信息化局、市地方金融监管局,4家,2023-09-30,已达成,,,2023-12-31,'), csv.stdout);
    // Markdown to a file, its format from -o's extension; nothing on stdout.
    const md = await dzPlanHere('progress', 'summary', at('sept.json'), '-o', at('summary.md'), '--unit', '工信局');
    assert.equal(md.stdout, '');
    const text = readFileSync(at('summary.md'), 'utf8');
    assert.match(text, /^# 進度摘要:/);
    assert.match(text, /^\| t09\.1 \| 新開通5G基站 \| 3000個 \| 2000個 \| 2023年9月30日 \| 進度滯後 \| 2023年12月31日 \| 市工業和信息化局 \|$/m);
    // A unit that is not the plan's is a usage error (exit 2), as for a template.
    const unknown = await dzPlanHere('progress', 'summary', at('sept.json'), '--unit', '市不存在局');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /^dz-plan: 規劃 .* 中沒有單位「市不存在局」$/m);
  });

  test('dz-plan summary of a progress report points to progress summary', async () => {
    writeFileSync(at('sept.json'), september);
    const r = await dzPlanHere('summary', at('sept.json'), '--lang', 'en');
    assert.equal(r.status, 1);
    assert.match(r.stderr, new RegExp(`^${escapeRegExp(at('sept.json'))}: this is a progress report, not a plan file\ndz-plan: for a summary of the report: dz-plan progress summary ${escapeRegExp(at('sept.json'))}\n$`));
  });
});

describe('L4, L6: progress diff names both reports, and exits 1 while the new report holds a contradiction', () => {
  const { at } = cliScratch('dz-plan-f132-diff-');

  /** September's entries, each at its own date (October's report carries them). */
  const carried = (JSON.parse(september).entries as { asOf?: string }[]).map((e) => ({ asOf: '2023-09-30', ...e }));

  test('a contradiction the new report keeps unchanged, and a total falling between the reports: named, exit 1', async () => {
    // Published September holds t09.2's 45 after 48; October adds t38.3 only: t09.2 is unchanged, and still contradicts.
    writeFileSync(at('sept.json'), september);
    writeFileSync(at('oct.json'), reportJson('2023-10-31', [...carried, { target: 't38.3', value: 85 }]));
    const kept = await dzPlanHere('progress', 'diff', at('sept.json'), at('oct.json'), '--lang', 'en');
    assert.doesNotMatch(kept.stdout, /t09\.2/, 'unchanged: not listed as a change');
    assert.match(kept.stderr, new RegExp(`^${escapeRegExp(at('oct.json'))}: t09\\.2 at 2023-09-30: 45 enterprises, below the 48 enterprises of 30 June 2023: a running total cannot fall; check both figures$`, 'm'));
    assert.equal(kept.status, 1, kept.stderr);
    // A report of the next period alone, its total below the old report's: ≠, and exit 1 as any contradiction.
    writeFileSync(at('a.json'), reportJson('2023-09-30', [{ target: 't09.1', value: 2000 }]));
    writeFileSync(at('b.json'), reportJson('2023-10-31', [{ target: 't09.1', value: 1900 }]));
    const falls = await dzPlanHere('progress', 'diff', at('a.json'), at('b.json'), '--lang', 'zh-Hans');
    assert.match(falls.stdout, /^≠ t09\.1 /m);
    assert.equal(falls.status, 1, falls.stderr);
  });

  test('the first line names both reports and their dates, in the language', async () => {
    writeFileSync(at('a.json'), reportJson('2023-09-30', [{ target: 't09.1', value: 2000 }]));
    writeFileSync(at('b.json'), reportJson('2023-10-31', [{ target: 't09.1', value: 2200 }]));
    const first = async (lang: string) => (await dzPlanHere('progress', 'diff', at('a.json'), at('b.json'), '--lang', lang)).stdout.split('\n')[0];
    assert.equal(await first('en'), `comparing ${at('a.json')} (30 September 2023) with ${at('b.json')} (31 October 2023)`);
    assert.equal(await first('zh-Hant'), `比較 ${at('a.json')}(2023年9月30日)與 ${at('b.json')}(2023年10月31日)`);
    assert.equal(await first('zh-Hans'), `比较 ${at('a.json')}(2023年9月30日)与 ${at('b.json')}(2023年10月31日)`);
  });
});
