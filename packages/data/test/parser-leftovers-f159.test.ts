/**
 * F154's leftovers (F159). A value of no unit a verb states was said (noUnit) only where a comma, a period, a dash or a
 * 、 ended its clause right after it: before 和 (新建基站300和充电桩200个) it was dropped and ran into the next value's
 * metric (新建基站300和充电桩), before a bracketed remark (新建基站300(含改造),…) it was dropped; and a value only a
 * firmness word states (力争500) was dropped without a word.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readIn2024 } from './helpers.js';

/** Each target of `text` (a plan of 2024) as its metric, comparator, value, unit and deadline; and what was said unread. */
const read = (text: string) => readIn2024(text, (t) => [t.metric, t.comparator, t.value, t.unit, t.deadline]);

describe('a value of no unit a verb states is said wherever its item ends', () => {
  test('新建基站300和充电桩200个: the 300 is said, the 200 is of 充电桩 (with 和 or 与)', () => {
    assert.deepEqual(read('新建基站300和充电桩200个。'), { targets: [['充电桩', 'exact', 200, '个', undefined]], unread: [['noUnit', '300']] });
    assert.deepEqual(read('新建基站300与充电桩200个。'), { targets: [['充电桩', 'exact', 200, '个', undefined]], unread: [['noUnit', '300']] });
    // The item joined to a value said shares its verb (新建): its value of no unit is said too.
    assert.deepEqual(read('新建基站300、充电桩200和换电站50个。'), { targets: [['换电站', 'exact', 50, '个', undefined]], unread: [['noUnit', '300'], ['noUnit', '200']] });
  });

  test('新建基站300(含改造),2025年达到500个: a bracketed remark after the value does not hide it', () => {
    assert.deepEqual(read('新建基站300(含改造),2025年达到500个。'), { targets: [['基站', 'atLeast', 500, '个', '2025-12-31']], unread: [['noUnit', '300']] });
    assert.deepEqual(read('全市新建5G基站300(含改造)。'), { targets: [], unread: [['noUnit', '300']] });
  });

  test('新建基站300,力争500: a value 力争, 争取 or 确保 states is said too', () => {
    for (const word of ['力争', '争取', '确保']) {
      const text = `新建基站300,${word}500。`;
      assert.deepEqual(read(text), { targets: [], unread: [['noUnit', '300'], ['noUnit', '500']] }, text);
    }
  });

  test('what read before reads the same: a unit written, a value 和 joins to another, a bound after the bracket', () => {
    // The 500 raises the 300, a count of new ones as it is (F169; F159 had 基站, a total): parser-continued-f169.test.ts.
    assert.deepEqual(read('新建基站300个,力争500个。').targets, [
      ['新建基站', 'exact', 300, '个', undefined],
      ['新建基站', 'exact', 500, '个', undefined],
    ]);
    assert.deepEqual(read('新建基站300和500个。').unread, []);
    assert.deepEqual(read('力争新建基站500个。').unread, []);
    assert.deepEqual(read('新建基站达到500(含)以上。').unread, [['noUnit', '500']]);
  });
});
