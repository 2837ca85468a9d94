/**
 * F152 (r72 leftovers): a running total read below an earlier figure says both figures with the target's unit, as the
 * other problems do; the import refuses a share written as a change in the reading problem's words, one wording for both.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describeReadingProblem } from '../src/index.js';
import { getTarget } from '../src/dezhou-2023.js';
import { csv, importFiles, langs } from './progress-import-helpers.js';

describe('the words of a reading problem', () => {
  test('belowEarlier names the unit of both figures (t09.4, 新增上雲企業 in 家)', () => {
    const problem = { code: 'belowEarlier', value: 140, earlier: 150, earlierAsOf: '2023-03-31' } as const;
    const target = getTarget('t09.4')!;
    assert.equal(describeReadingProblem(problem, target, 'zh-Hant'), '140家 少於 2023年3月31日的 150家:累計數不會減少,請核實');
    assert.equal(describeReadingProblem(problem, target, 'zh-Hans'), '140家 少于 2023年3月31日的 150家:累计数不会减少,请核实');
    assert.equal(describeReadingProblem(problem, target, 'en'), '140 enterprises, below the 150 enterprises of 31 March 2023: a running total cannot fall; check both figures');
  });

  test("the import's refusal of points or a sign for a share is the reading problem's words (t62.7, ≥62%)", async () => {
    const target = getTarget('t62.7')!;
    const given = [
      ['+1.4%', true],
      ['1.4個百分點', false],
      ['比上年提高1.4个百分点', true],
    ] as const;
    for (const lang of langs) {
      const lines = given.map(([text], i) => `t62.7,${text},2023-0${i + 4}-30,`);
      const { problems } = await importFiles([csv('a.csv', ...lines)], lang);
      assert.deepEqual(problems.map((p) => p.code), ['pointsForLevel', 'pointsForLevel', 'pointsForLevel'], lang);
      given.forEach(([text, signed], i) => {
        const words = describeReadingProblem({ code: 'pointsForLevel', text, signed }, target, lang);
        assert.ok(problems[i]!.message.endsWith(words), `${lang}: ${problems[i]!.message} ≠ …${words}`);
      });
    }
  });
});
