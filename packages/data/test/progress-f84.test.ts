/**
 * F84 (review r60 M1, M2, M3, Low 2, 3, 5, 6): the progress import's checks of F78 and F83 mended. Points written for
 * a share that is a level, a month's or year's end written without its year while it is under way, zoned timestamps in
 * near-ISO forms and times that are no time, the scale message naming the figure to write, and a share's bare count.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { importProgressFiles } from '../src/progress/index.js';
import { csv, importFiles, langs, plan } from './progress-import-helpers.js';

const one = async (line: string, lang: (typeof langs)[number] = 'zh-Hant') => importFiles([csv('a.csv', line)], lang);
/** The import of `lines` on `today` (not the helpers' fixed day), in zh-Hant. */
const on = (today: string, ...lines: string[]) => importProgressFiles([csv('a.csv', ...lines)], plan, { lang: 'zh-Hant', today });

describe('points for a share that is a level (r60 M1)', () => {
  // Read as the share itself until F126 (r68 H2: +1.4个百分点 for 占比≥62% was published as 1.4%): now asked for the share.
  test('3.2个百分点 for t09.5 (≥3%) and 92个百分点 for t26.7 (≥90%) ask for the share itself, never a change', async () => {
    for (const line of ['t09.5,3.2个百分点,2023-06-30', 't26.7,92個百分點,2023-06-30']) {
      const { problems, report } = await one(line);
      assert.deepEqual(problems.map((p) => p.code), ['pointsForLevel'], line);
      assert.doesNotMatch(problems[0]!.message, /變化/, line);
      assert.equal(report, undefined, line);
    }
  });
  // With a change's words before it (提高3.2个百分点), F128 (r68 M4) asks for the share too, where it was "not a number".
  test('a level written with a change in points is asked for the share itself, never told to write the change', async () => {
    for (const lang of langs) {
      const { problems } = await one('t09.5,提高3.2个百分点,2023-06-30', lang);
      assert.deepEqual(problems.map((p) => p.code), ['pointsForLevel'], lang);
      assert.doesNotMatch(problems[0]!.message, /只填變化|只填变化|size of the change/, lang);
      assert.match(problems[0]!.message, /(如|such as) 3%$/, lang); // its target's figure (F140)
    }
  });
  test('a change target still gets the points message', async () => {
    assert.equal((await one('t26.4,7个百分点,2023-06-30')).problems[0]?.code, 'pointsForPercent');
  });
});

describe('a month\'s or year\'s end without its year follows the quarters\' rule (r60 M2)', () => {
  test('年底 and 12月底 in December, 6月底 in mid-June: no year guessed, YYYY-MM-DD asked for', async () => {
    for (const [today, text] of [['2026-12-05', '年底'], ['2026-12-05', '12月底'], ['2026-06-15', '6月底'], ['2026-12-05', '下半年']] as const) {
      const { problems } = await on(today, `t04.1,10,${text}`);
      assert.equal(problems.length, 1, text);
      assert.doesNotMatch(problems[0]!.message, /\d{4}-\d\d-\d\d/, text);
      assert.match(problems[0]!.message, /YYYY-MM-DD/, text);
    }
  });
  test('once the month has ended it is this year\'s; before it begins, last year\'s; the sheet\'s year wins', async () => {
    assert.match((await on('2026-07-01', 't04.1,10,6月底')).problems[0]!.message, /2026-06-30/);
    assert.match((await on('2026-03-01', 't04.1,10,6月底')).problems[0]!.message, /2025-06-30/);
    assert.match((await on('2026-12-05', 't04.1,10,年底', 't04.2,5,2023-03-31')).problems[0]!.message, /2023-12-31/);
  });
  test('6月底前 and 截至6月底 are hinted as 6月底 is', async () => {
    for (const text of ['6月底前', '截至6月底', '2023年6月底前']) {
      assert.match((await on('2026-12-05', `t04.1,10,${text}`, 't04.2,5,2023-03-31')).problems[0]!.message, /2023-06-30/, text);
    }
  });
});

describe('zoned timestamps in near-ISO forms, and times that are no time (r60 M3, Low 6)', () => {
  test('each form with a zone is hinted with its date in UTC+8', async () => {
    const forms = [
      '2023-06-29 16:00:00+00:00',
      '2023-6-29T16:00:00Z',
      '2023-06-29 16:00:00Z',
      '2023/06/29T16:00:00.000Z',
      '2023-06-30T00:00:00 +08:00',
      '2023-06-30T00:00:00+08',
      '2023-06-29T16:00:00.000Z',
      '2023-06-30T08:00:00+0800',
    ];
    for (const form of forms) {
      const { problems } = await one(`t09.3,5,${form}`);
      assert.equal(problems.length, 1, form);
      assert.match(problems[0]!.message, /請填 2023-06-30/, form);
    }
  });
  test('an hour of 24 or more, or minutes of 60 or more, are no date and get no hint', async () => {
    for (const form of ['2023-06-30T24:00:00', '2023-06-30T99:99:99', '2023-06-30 24:00:00', '2023-06-30 12:60', '2023-06-29T24:00:00Z']) {
      const { problems, report } = await one(`t09.3,5,${form}`);
      assert.equal(report, undefined, form);
      assert.equal(problems[0]?.code, 'invalidDate', form);
      assert.doesNotMatch(problems[0]!.message, /請填 \d/, form);
    }
  });
  test('times of day that are times are still read', async () => {
    for (const form of ['2023-06-30T23:59:59', '2023-06-30 00:00:00', '2023-06-30 9:30']) {
      assert.deepEqual((await one(`t09.3,5,${form}`)).problems, [], form);
    }
  });
});

describe('the scale message names the figure to write (r60 Low 2, Low 3)', () => {
  test('8000万 for t18.2 (1000億元): 「8000万」即 0.8億元,如是請填 0.8', async () => {
    const { problems, report } = await one('t18.2,8000万,2023-01-31');
    assert.equal(report, undefined);
    assert.equal(problems[0]?.code, 'implausibleScale');
    assert.match(problems[0]!.message, /「8000万」即 0\.8億元:如是,請填 0\.8$/);
    assert.match((await one('t18.2,8000万,2023-01-31', 'zh-Hans')).problems[0]!.message, /“8000万”即 0\.8亿元:如是,请填 0\.8$/);
  });
  test('English names the target\'s unit and the figure in it', async () => {
    const { problems } = await one('t04.3,30人,2023-01-31', 'en');
    assert.equal(problems[0]?.code, 'implausibleScale');
    assert.match(problems[0]!.message, /"30人" is 0\.003 萬人 \(30 people\): if so, write 0\.003/);
    const far = await one('t39.2,1.2万,2023-06-30', 'en');
    assert.match(far.problems[0]!.message, /"1\.2万" is 0\.00012 億元 \([^)]*12,000\).*too far/);
  });
  test('2.35亿立方米 for t26.2 (234萬立方米) quotes what was written and converts it right', async () => {
    const { problems } = await one('t26.2,2.35亿立方米,2023-06-30');
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /「2\.35亿立方米」即 23500萬立方米/);
    assert.doesNotMatch(problems[0]!.message, /2\.35萬立方米/);
  });
});

describe('a share\'s bare count (r60 Low 5)', () => {
  test('4.0 is a whole number written with a decimal: a count or a share, as 4 is', async () => {
    const { problems } = await one('t63.2,4.0,2023-06-30');
    assert.equal(problems[0]?.code, 'bareShare');
    assert.match(problems[0]!.message, /「4\.0」.*如 4%.*4\/總數/);
  });
  test('a full-width ４ is quoted as typed, with the example in ASCII, built from it', async () => {
    const { problems } = await one('t63.2,４,2023-06-30');
    assert.match(problems[0]!.message, /「４」/);
    assert.match(problems[0]!.message, /如 4%/);
    assert.match(problems[0]!.message, /如 4\/總數/);
    assert.doesNotMatch(problems[0]!.message, /４%|4\/11/);
    assert.match((await one('t63.2,5,2023-06-30', 'en')).problems[0]!.message, /such as 5%.*such as 5\/total/);
  });
  test('36 and 100 stay refused, asked for %', async () => {
    for (const value of ['36', '100']) assert.equal((await one(`t63.2,${value},2023-06-30`)).problems[0]?.code, 'bareShare', value);
  });
});
