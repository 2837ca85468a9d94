/**
 * F236 (F231's leftover; reviews r94, r92). 1: `evaluateReport` warns of a change read far beyond its target
 * (`levelForChange`) as `progress import` and `progress summary` do, and the summary's stderr takes it from the same
 * warning. 2: `progress import --into` lists the falls perhaps stored as negative rises of the report appended to as
 * it lists its other warnings: the first ones, then how many more. 3: a growth written 比年初增長4% is told to write 4.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { evaluateReport, type ProgressReport } from '../src/index.js';
import { planFromText } from '../src/node/plan-from-text.js';
import { progressSummary } from '../src/node/progress-summary.js';
import { dzPlanHere } from './helpers.js';
import { csv, inEach } from './progress-import-helpers.js';

const today = '2024-06-30';
const report: ProgressReport = { plan: dezhouPlan.id, asOf: '2023-03-31', entries: [{ target: 't26.5', value: 31.2 }, { target: 't26.4', value: 3 }] };

describe('1: evaluateReport warns of a level written for a change, as the summary does', () => {
  test('31.2 for t26.5 (較2020年下降5%): a levelForChange warning in each language; none for 3 against ↓12%', () => {
    for (const [lang, words] of [['en', /^t26\.5 reads 31\.2, a fall of 31\.2% since 2020, more than twice the target's 5%/], ['zh-Hant', /^t26\.5 填了 31\.2,讀作較2020年下降31\.2%/], ['zh-Hans', /^t26\.5 填了 31\.2,读作较2020年下降31\.2%/]] as const) {
      const { targets } = evaluateReport(report, dezhouPlan, { lang, today });
      const level = targets.find((t) => t.target.id === 't26.5')!;
      assert.equal(level.warning?.code, 'levelForChange', lang);
      assert.match(level.warning!.message, words, lang);
      // Judged as written: a fall of 31.2% is on track, the warning beside it.
      assert.equal(level.status, 'onTrack', lang);
      assert.equal(targets.find((t) => t.target.id === 't26.4')!.warning, undefined, lang);
    }
  });

  test("the summary's targets carry the same warning (its stderr is written from them alone)", () => {
    const summary = progressSummary(report, dezhouPlan, { lang: 'en', today });
    const evaluation = evaluateReport(report, dezhouPlan, { lang: 'en', today });
    assert.deepEqual(
      summary.targets.flatMap((t) => (t.warning ? [[t.target.id, t.warning]] : [])),
      evaluation.targets.flatMap((t) => (t.warning ? [[t.target.id, t.warning]] : [])),
    );
    assert.equal(summary.targets.filter((t) => t.warning).length, 1);
  });
});

describe('2 (r94 Low): import --into lists the falls stored as rises of the report appended to as it lists warnings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dz-f236-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  // t01.1 a range of a fall (as in F226), t01.2 a range of a rise in points.
  const built = planFromText('1.甲。单位GDP能耗较2020年下降10%—12%,森林覆盖率提高1—2个百分点。（牵头单位：市工信局）', { title: '测试', issuer: '某市人民政府', year: 2024 }).plan!;

  test('103 such readings: the first 100, then how many more, in the words of the other warnings', async () => {
    const planFile = join(dir, 'plan.json');
    writeFileSync(planFile, JSON.stringify(built));
    // A reading a day from 1 January, each -4: a fall perhaps stored as a negative rise.
    const dates = Array.from({ length: 103 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10));
    const base = join(dir, 'base.json');
    writeFileSync(base, JSON.stringify({ plan: built.id, asOf: '2024-06-30', entries: dates.map((asOf) => ({ target: 't01.1', value: -4, asOf })) }));
    const sheet = join(dir, 'sheet.csv');
    writeFileSync(sheet, '指标编号,完成值,截至日期\nt01.2,0.5,2024-06-30\n');
    const r = await dzPlanHere('progress', 'import', sheet, '--into', base, '-o', join(dir, 'out.json'), '--plan', planFile, '--lang', 'en');
    assert.equal(r.status, 0, r.stderr);
    const said = r.stderr.split('\n').filter((line) => /t01\.1 at .*: -4 reads as a rise of 4%/.test(line));
    assert.equal(said.length, 100);
    assert.match(said[99]!, /at 2024-04-09:/);
    assert.match(r.stderr, /^… and 3 more warnings, not listed$/m);
  });
});

describe('3 (r92 Low): a growth written with what it is counted from, in its value cell', () => {
  // 比上年 and 同比 are the growth's own base: told to write the size. 比年初 is not: since the start of the year is
  // another base than a growth over the last year (t03.3), so it stays "not a number", with no figure offered.
  test('比上年增長4%, 同比增長4% for t03.3 (a growth of 10%): told to write 4, in each language; 比年初增長4% offered no figure', async () => {
    const results = await inEach([csv('g.csv', ...['比上年增長4%', '同比增長4%', '比年初增長4%'].map((value) => `t03.3,${value},2023-06-30,`))]);
    assert.equal(results.en.problems.length, 3);
    const [hant, hans, en] = [results['zh-Hant'].problems, results['zh-Hans'].problems, results.en.problems];
    for (const p of hant.slice(0, 2)) assert.match(p.message, /:此欄只填變化的幅度,增長 4% 請填 4$/u);
    for (const p of hans.slice(0, 2)) assert.match(p.message, /:此栏只填变化的幅度,增长 4% 请填 4$/u);
    for (const p of en.slice(0, 2)) assert.match(p.message, /: write only the size of the change here: for up 4%, write 4$/);
    assert.doesNotMatch(en[2]!.message, /write 4$/);
  });
});
