/**
 * F78 (reviews r57 L3, L4 and r58 Low 6, Low 7): the progress import's silent guesses. A figure written with a
 * magnitude word that converts to something implausible, a bare count for a share, points written for a percent
 * change, and dates a clerk writes (a UTC timestamp, `2023-06-30T00:00:00`, `6月底`) are said, not guessed.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { csv, importFiles, langs } from './progress-import-helpers.js';

const one = async (line: string, lang: (typeof langs)[number] = 'zh-Hant') => importFiles([csv('a.csv', line)], lang);

describe('a magnitude word that makes the figure implausible (r57 L3)', () => {
  test('1.2万 for t39.2 (800億元) is a problem naming the figure, what it converts to and the target', async () => {
    const { problems, report } = await one('t39.2,1.2万,2023-06-30');
    assert.equal(report, undefined);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.code, 'implausibleScale');
    assert.match(problems[0]!.message, /「1\.2万」即 0\.00012億元,與目標 800億元 相差過大:請以億元填寫/);
  });
  test('1.2万 for the ceiling t26.3 (21.17億立方米) likewise, in each language', async () => {
    for (const lang of langs) {
      const { problems } = await one('t26.3,1.2万,2023-06-30', lang);
      assert.equal(problems[0]?.code, 'implausibleScale', lang);
      assert.match(problems[0]!.message, lang === 'en' ? /"1\.2万" is 0\.00012 億立方米 \(12,000 m³\).*2\.117 billion m³/ : /1\.2万.*0\.00012.*21\.17/, lang);
    }
  });
  test('a plain number is not touched; 1.2万 for t40.3 (2000人, 6×) is kept', async () => {
    assert.deepEqual((await one('t39.2,0.5,2023-06-30')).problems, []);
    const { problems, report } = await one('t40.3,1.2万,2023-06-30');
    assert.deepEqual(problems, []);
    assert.equal(report?.entries[0]?.value, 12000);
  });
});

describe('a bare count for a share (r57 L4)', () => {
  test('a bare whole 4 for t63.2 (至少1/3的縣(市、區)) is a problem saying what to write, and that the plan gives no count of members', async () => {
    for (const lang of langs) {
      const { problems, report } = await one('t63.2,4,2023-06-30', lang);
      assert.equal(report, undefined, lang);
      assert.equal(problems[0]?.code, 'bareShare', lang);
    }
    const { problems } = await one('t63.2,4,2023-06-30');
    assert.match(problems[0]!.message, /「4」/);
    assert.match(problems[0]!.message, /4%/);
    assert.match(problems[0]!.message, /4\/總數/);
  });
  test('the share with its % sign, a decimal share, or a count over the whole is read as that share in per cent', async () => {
    for (const [value, share] of [['36.4%', 36.4], ['36.4', 36.4], ['4/11', (4 / 11) * 100]] as const) {
      const { problems, report } = await one(`t63.2,${value},2023-06-30`);
      assert.deepEqual(problems, [], value);
      assert.deepEqual(report?.entries.map((e) => e.target), ['t63.2'], value);
      assert.ok(Math.abs(report!.entries[0]!.value - share) < 0.05, `${value}: ${report!.entries[0]!.value}, not ${share}`);
    }
  });
});

describe('points said as percent (r58 Low 6)', () => {
  test('下降7个百分点 for t26.4 (下降12%) echoes what was written and says the target is in percent', async () => {
    const expected = { 'zh-Hant': /「下降7个百分点」.*百分點.*百分比/, 'zh-Hans': /“下降7个百分点”.*百分点.*百分比/, en: /"下降7个百分点".*percentage points.*per cent/ };
    for (const lang of langs) {
      const { problems } = await one('t26.4,下降7个百分点,2023-06-30', lang);
      assert.equal(problems[0]?.code, 'pointsForPercent', lang);
      assert.match(problems[0]!.message, expected[lang], lang);
      assert.doesNotMatch(problems[0]!.message, /下降 7%/, lang);
    }
    const traditional = await one('t26.4,下降7個百分點,2023-06-30');
    assert.match(traditional.problems[0]!.message, /「下降7個百分點」/);
    assert.equal((await one('t26.4,7个百分点,2023-06-30')).problems[0]?.code, 'pointsForPercent');
  });
});

describe('date hints (r58 Low 7)', () => {
  test('a UTC timestamp is hinted in the plan\'s time zone (UTC+8)', async () => {
    const { problems } = await one('t09.3,5,2023-06-29T16:00:00.000Z');
    assert.match(problems[0]!.message, /請填 2023-06-30/);
    const offset = await one('t09.3,5,2023-06-30T08:00:00+08:00');
    assert.match(offset.problems[0]!.message, /請填 2023-06-30/);
  });
  test('2023-06-30T00:00:00 (no zone) is accepted as 2023-06-30 00:00:00 is', async () => {
    const { problems, report } = await one('t09.3,5,2023-06-30T00:00:00');
    assert.deepEqual(problems, []);
    assert.equal(report?.asOf, '2023-06-30');
  });
  test('6月底, 2023年6月底 and 年底 are hinted with the month\'s or year\'s last day', async () => {
    assert.match((await one('t09.3,5,2023年6月底')).problems[0]!.message, /2023-06-30/);
    const sheet = await importFiles([csv('a.csv', 't09.3,5,6月底', 't09.2,5,年底', 't09.5,5,2023-03-31')], 'zh-Hant');
    assert.match(sheet.problems[0]!.message, /「6月底」.*2023-06-30/);
    assert.match(sheet.problems[1]!.message, /「年底」.*2023-12-31/);
  });
});
