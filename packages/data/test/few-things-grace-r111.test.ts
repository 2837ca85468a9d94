/**
 * A few whole things are paced with one thing's grace (reviews r63 §6, r64 §1), which moves the whole scale by one
 * thing: on the pace, `behind`, and under half of it `seriouslyBehind`. Review r111 asked that the grace decide only
 * the on-pace line; review r112 F1 showed what that does: with none or one thing done a target then goes from on
 * track to seriously behind overnight, never behind (1 of 4 listings on 30 June, then 3 July). The scale stays whole.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { evaluateTarget, type Status } from '../src/index.js';

const target = (id: string) => dezhouPlan.targets.find((t) => t.id === id)!;
const judge = (id: string, value: number, asOf: string) => evaluateTarget(target(id), { value, asOf });

describe('a few whole things: the one thing’s grace moves every line of the scale (r111, r112 F1)', () => {
  test('none or one thing done goes from on track to behind, not straight to seriously behind', () => {
    const cases: [string, number, string, Status][] = [
      ['t12.4', 1, '2023-06-30', 'onTrack'],
      ['t12.4', 1, '2023-07-03', 'behind'],
      ['t16.2', 0, '2023-06-30', 'onTrack'],
      ['t16.2', 0, '2023-07-03', 'behind'],
      ['t12.4', 0, '2023-11-30', 'seriouslyBehind'],
    ];
    assert.deepEqual(
      cases.map(([id, value, asOf]) => [id, value, asOf, judge(id, value, asOf).status]),
      cases,
    );
  });

  test('the grace makes a thing short of the pace on track: 1 of 4 listings by June; at half the pace, behind', () => {
    assert.equal(judge('t12.4', 1, '2023-06-30').status, 'onTrack');
    assert.equal(judge('t01.3', 3, '2023-06-30').status, 'behind', '3 of 10 is 30%: one thing more is 40%, short of 50%');
    assert.equal(judge('t01.3', 4, '2023-06-30').status, 'onTrack', '4 + 1 of 10 is on the pace of 50%');
  });
});
