/**
 * Review r111 (F267 finding 1): a few whole things are paced with one thing's grace, which decides only whether a
 * reading is on the pace. Under half of the pace is 嚴重滯後 whatever the target's size: the grace added to the progress
 * before that test made 2 of 10 by June `behind` while 3 of 15 (no grace) was `seriouslyBehind`.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { evaluateTarget, type Status } from '../src/index.js';

const target = (id: string) => dezhouPlan.targets.find((t) => t.id === id)!;
const judge = (id: string, value: number, asOf: string) => evaluateTarget(target(id), { value, asOf });

describe('the one-thing grace of a few whole things does not move the 嚴重滯後 line (r111)', () => {
  test('t01.3 (10個) at 2 and t16.4 (7條) at 1 by June are seriously behind, as t58.2 (15所) at 3 is', () => {
    const cases: [string, number, Status][] = [
      ['t01.3', 2, 'seriouslyBehind'],
      ['t58.2', 3, 'seriouslyBehind'],
      ['t16.4', 1, 'seriouslyBehind'],
    ];
    assert.deepEqual(
      cases.map(([id, value]) => [id, value, judge(id, value, '2023-06-30').status]),
      cases,
    );
    assert.match(judge('t16.4', 1, '2023-06-30').sentence, /完成14%,序時進度50%.*,嚴重滯後。$/);
  });

  test('the grace still makes a thing short of the pace on track: 1 of 4 listings by June; at half the pace, behind', () => {
    assert.equal(judge('t12.4', 1, '2023-06-30').status, 'onTrack');
    assert.equal(judge('t01.3', 3, '2023-06-30').status, 'behind', '3 of 10 is 30%: one thing more is 40%, short of 50%');
    assert.equal(judge('t01.3', 4, '2023-06-30').status, 'onTrack', '4 + 1 of 10 is on the pace of 50%');
  });
});
