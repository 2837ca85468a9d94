/**
 * F141: three wrong public readings of a gauge's value. A signed figure or points for a share that is a level
 * (+1.4% for 公辦幼兒園占比≥62%) was shown as a share of 1.4% where the import refused it; points in the other script
 * (1.4个百分点) for a target in 個百分點 were a wrong unit; a growth under a ceiling read −2 was said without its fall.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describeReadingProblem, parseReadingValue, type Target } from '../src/index.js';
import { getTarget } from '../src/dezhou-2023.js';
import { readingInWords } from '../src/evaluation-sentence.js';
import { pointsForLevel } from '../src/progress/points-for-level.js';

const share = getTarget('t62.7')!; // 公辦幼兒園占比達到62%以上

describe('a signed figure or points for a share that is a level (F141 1)', () => {
  test('the gauge refuses +1.4% and +1.4个百分点 for 公辦幼兒園占比≥62%, as the import does', () => {
    for (const text of ['+1.4%', '+1.4', '-0.5%', '+1.4个百分点']) {
      const read = parseReadingValue(text, share);
      assert.deepEqual(read, { problem: { code: 'pointsForLevel', text, signed: true } }, text);
      assert.equal(pointsForLevel(text, share), 'signed', text);
    }
    assert.deepEqual(parseReadingValue('1.4個百分點', share), { problem: { code: 'pointsForLevel', text: '1.4個百分點', signed: false } });
    assert.equal(pointsForLevel('1.4個百分點', share), 'bare');
    assert.deepEqual(parseReadingValue('63.4%', share), { value: 63.4 });
  });

  test('its words ask for the share itself, with the target as the example, in three languages', () => {
    const read = parseReadingValue('+1.4%', share);
    assert.ok('problem' in read);
    assert.match(describeReadingProblem(read.problem, share, 'zh-Hant'), /^「\+1\.4%」帶正負號,是增減的幅度.*公辦幼兒園占比本身.*不帶正負號,如 62%$/);
    assert.match(describeReadingProblem(read.problem, share, 'zh-Hans'), /^“\+1\.4%”带正负号.*如 62%$/);
    assert.match(describeReadingProblem({ code: 'pointsForLevel', text: '1.4个百分点', signed: false }, share, 'en'), /^"1\.4个百分点" is in percentage points, which may be a change.*without a sign, such as 62%$/);
  });

  test('a change in per cent and a gap in points are no level: +1.4 stays theirs', () => {
    const cut = getTarget('t26.4')!; // 萬元GDP用水量較2020年下降12%
    assert.deepEqual(parseReadingValue('-1.4', cut), { value: -1.4 });
    const gap = { ...share, unit: '個百分點' } as Target;
    assert.deepEqual(parseReadingValue('-1.4個百分點', gap), { value: -1.4 });
  });
});

describe('points in either script are one unit (F141 2)', () => {
  test('1.4个百分点, 1.4百分点 and 1.4百分點 read 1.4 for a target in 個百分點, and 1.4個百分點 for one in 个百分点', () => {
    const gap = { ...share, unit: '個百分點', value: 1.4, valueText: '1.4' } as Target;
    for (const text of ['1.4个百分点', '1.4個百分點', '1.4百分点', '1.4百分點']) assert.deepEqual(parseReadingValue(text, gap), { value: 1.4 }, text);
    assert.deepEqual(parseReadingValue('1.4個百分點', { ...gap, unit: '个百分点' }), { value: 1.4 });
    assert.deepEqual(parseReadingValue('1.4%', gap), { problem: { code: 'wrongUnit', text: '1.4%', unit: '個百分點' } });
  });
});

describe('readingInWords takes a change direction from changeDirection (F141 3)', () => {
  test('a growth under a ceiling read −2 is a fall of 2%, 2 a rise', () => {
    const growth = { ...share, measure: 'growth', comparator: 'atMost', value: 3, valueText: '3' } as Target;
    assert.equal(readingInWords(growth, -2, 'zh-Hant'), '下降2%');
    assert.equal(readingInWords(growth, 2, 'zh-Hant'), '增長2%');
    assert.equal(readingInWords(share, 63.4, 'zh-Hant'), '63.4%');
  });
});
