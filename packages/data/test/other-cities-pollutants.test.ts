/**
 * An air pollutant's concentration (PM2.5, PM10, 臭氧 in 微克/立方米) is what a plan brings down: reaching a value (達到,
 * 恢復到, 達) is coming down to it, and about a value (左右) is held under it, as 控制在…以內 is. Review r50 found
 * `PM2.5平均濃度恢復到35微克` read as at least 35, so that a cleaner 30 counted as missed and a dirtier 40 as met.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluateTarget } from '../src/evaluate-target.js';
import { oneTaskPlan, readingsOf, traceable } from './helpers.js';

const read = readingsOf;

describe('a pollutant’s concentration is brought down', () => {
  test('達到, 恢復到, 達 and 左右 of a concentration in 微克/立方米 are ceilings, in both scripts', () => {
    assert.deepEqual(read('PM2.5平均濃度達到35微克/立方米。'), [['PM2.5平均濃度', 'atMost', 35, '微克/立方米', 'level']]);
    assert.deepEqual(read('PM2.5平均濃度恢復到35微克/立方米。'), [['PM2.5平均濃度', 'atMost', 35, '微克/立方米', 'level']]);
    assert.deepEqual(read('细颗粒物(PM2.5)年均浓度达38微克/立方米。'), [['细颗粒物(PM2.5)年均浓度', 'atMost', 38, '微克/立方米', 'level']]);
    assert.deepEqual(read('可吸入顆粒物(PM10)平均濃度70微克/立方米左右。').map(([metric, comparator]) => [metric, comparator]), [['可吸入顆粒物(PM10)平均濃度', 'atMost']]);
    traceable('PM2.5平均濃度恢復到35微克/立方米。');
  });

  test('every value of a 分别 list of concentrations, a pollutant named in the clause before, PM₂.₅ and NO2 (review r52)', () => {
    assert.deepEqual(read('全市和县城PM2.5平均浓度分别达到35、38微克/立方米。').map(([, comparator]) => comparator), ['atMost', 'atMost']);
    assert.deepEqual(read('PM2.5、PM10平均浓度分别达到35、60微克/立方米。').map(([, comparator]) => comparator), ['atMost', 'atMost']);
    assert.deepEqual(read('PM2.5、PM10平均浓度分别为35、60微克/立方米左右。').map(([, comparator]) => comparator), ['atMost', 'atMost']);
    assert.deepEqual(read('细颗粒物(PM2.5)浓度持续下降,年均浓度达38微克/立方米。').map(([, comparator]) => comparator), ['atMost']);
    assert.deepEqual(read('PM₂.₅平均浓度达到35微克/立方米。').map(([, comparator]) => comparator), ['atMost']);
    assert.deepEqual(read('NO2平均浓度达到30微克/立方米。').map(([, comparator]) => comparator), ['atMost']);
  });

  test('a supervision office reads 30 as met and 40 as missed at the deadline', () => {
    const { plan } = oneTaskPlan('PM2.5平均濃度達到35微克/立方米。');
    const target = plan!.targets[0]!;
    assert.equal(evaluateTarget(target, { value: 30, asOf: '2024-12-31' }).status, 'met');
    assert.equal(evaluateTarget(target, { value: 40, asOf: '2024-12-31' }).status, 'missed');
  });

  test('what stays: a ceiling already written, a share of good days, a count of 微克 that is no concentration', () => {
    assert.deepEqual(read('PM2.5平均濃度控制在35微克/立方米以內。').map(([, comparator]) => comparator), ['atMost']);
    assert.deepEqual(read('空氣品質優良天數比率達到80%。').map(([, comparator]) => comparator), ['atLeast']);
    // A concentration a plan raises is no pollutant's: read as its words say.
    assert.deepEqual(read('河流溶解氧濃度達到5毫克/升。').map(([, comparator]) => comparator), ['atLeast']);
    // A water pollutant's concentration in 毫克/升 too (review r53), not dissolved oxygen's, whatever came before it (r54).
    assert.deepEqual(read('出水氨氮浓度达到1毫克/升。').map(([, comparator]) => comparator), ['atMost']);
    assert.deepEqual(read('PM2.5平均浓度降至35微克/立方米,重点湖库溶解氧达到6毫克/升。').map(([, comparator]) => comparator), ['atMost', 'atLeast']);
    // An improvement is at least its size (review r52).
    assert.deepEqual(read('PM2.5濃度改善幅度達到3微克/立方米。').map(([, comparator]) => comparator), ['atLeast']);
  });
});
