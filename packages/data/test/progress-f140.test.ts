/**
 * F140 (F126's leftovers): a share written as a change, and points across scripts. `+1.4%` for 公辦幼兒園占比 ≥62% is
 * a change, signed, not the share; `1.4个百分点` is the unit of a target in 個百分點 whatever its script; the refusal's
 * example is the target's own figure, not a fixed 63.4%.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { importProgressFiles } from '../src/progress/index.js';
import { csv, importFiles, langs, plan, today } from './progress-import-helpers.js';

describe('a share written with a sign, and the example the refusal gives', () => {
  test('+1.4% and +63.4% for t62.7 (≥62%): refused as a change, asking for the share without a sign; 63.4% is read', async () => {
    const expected = {
      'zh-Hant': /「\+1\.4%」帶正負號,是增減的幅度,而此處填公辦幼兒園占比本身:請填當前的數,以 % 計,不帶正負號,如 62%$/,
      'zh-Hans': /“\+1\.4%”带正负号,是增减的幅度,而此处填公办幼儿园占比本身:请填当前的数,以 % 计,不带正负号,如 62%$/,
      en: /"\+1\.4%" is signed, a change, and the value is the share of public kindergartens itself: write its current value in per cent, without a sign, such as 62%$/,
    };
    for (const lang of langs) {
      const { problems, report } = await importFiles([csv('a.csv', 't62.7,+1.4%,2023-06-30,', 't62.7,+63.4%,2023-09-30,', 't62.7,63.4%,2023-12-31,')], lang);
      assert.deepEqual(problems.map((p) => [p.code, p.text]), [['pointsForLevel', '+1.4%'], ['pointsForLevel', '+63.4%']], lang);
      assert.match(problems[0]!.message, expected[lang], lang);
      assert.deepEqual(report?.entries.map((e) => e.value), [63.4], lang);
    }
  });

  test("points for t38.3 (≥96%): the example is the target's figure, 96%, not 63.4%", async () => {
    const { problems } = await importFiles([csv('a.csv', 't38.3,+1.4个百分点,2023-06-30,')], 'zh-Hans');
    assert.deepEqual(problems.map((p) => p.code), ['pointsForLevel']);
    assert.match(problems[0]!.message, /是增减的百分点,.*:请填当前的数,以 % 计,不带正负号,如 96%$/);
  });
});

describe('percentage points in either script are one unit', () => {
  test('1.4个百分点, 1.4百分点 and 1.4百分點 for a target in 個百分點, and 1.4個百分點 for one in 个百分点: read', async () => {
    const inPoints = (unit: string) => ({ ...plan, targets: plan.targets.map((t) => (t.id === 't09.5' ? { ...t, unit, unitEn: 'percentage points' } : t)) });
    const lines = ['t09.5,1.4个百分点,2023-03-31,', 't09.5,1.5百分点,2023-06-30,', 't09.5,1.6百分點,2023-09-30,', 't09.5,+1.7個百分點,2023-12-31,'];
    for (const unit of ['個百分點', '个百分点']) {
      const { problems, report } = await importProgressFiles([csv('a.csv', ...lines)], inPoints(unit), { lang: 'en', today });
      assert.deepEqual([problems, report?.entries.map((e) => e.value)], [[], [1.4, 1.5, 1.6, 1.7]], unit);
    }
  });
});
