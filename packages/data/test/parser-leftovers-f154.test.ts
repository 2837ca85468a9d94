/**
 * F148's leftovers (F154). Before, a value of no unit a verb states at the end of its clause (新建基站300,2025年达到500个)
 * was dropped without a word (only one a bound word holds, 达到500以上, was said), and the clause after it, naming no
 * metric, read its 500 with an empty metric at a confidence of 0.65, as if the sentence had named none.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readIn2024 } from './helpers.js';

/** Each target of `text` (a plan of 2024) as its metric, comparator, value, unit and deadline; and what was said unread. */
const read = (text: string) => readIn2024(text, (t) => [t.metric, t.comparator, t.value, t.unit, t.deadline]);

describe('a value of no unit a verb states at the end of its clause is said, and its metric is the sentence’s', () => {
  test('新建基站300,2025年达到500个: the 300 is said (noUnit), the 500 is of 基站, with a comma or a dash', () => {
    for (const joiner of [',', '—', '——', ',']) {
      const text = `新建基站300${joiner}2025年达到500个。`;
      assert.deepEqual(read(text), { targets: [['基站', 'atLeast', 500, '个', '2025-12-31']], unread: [['noUnit', '300']] }, text);
    }
  });

  test('other verbs (建成, 完成, 增长) and a clause or sentence that ends with the value', () => {
    assert.deepEqual(read('建成基站300,2025年达到500个。').unread, [['noUnit', '300']]);
    assert.deepEqual(read('完成造林300,2025年达到500亩。').unread, [['noUnit', '300']]);
    assert.deepEqual(read('新建基站约300,2025年达到500个。').unread, [['noUnit', '300']]);
    assert.deepEqual(read('全市新建5G基站300。'), { targets: [], unread: [['noUnit', '300']] });
    assert.deepEqual(read('新建基站300至500,2025年达到800个。'), { targets: [['基站', 'atLeast', 800, '个', '2025-12-31']], unread: [['noUnit', '300至500']] });
    assert.deepEqual(read('新增就业3,2025年达到5万人。'), { targets: [['就业', 'atLeast', 5, '万人', '2025-12-31']], unread: [['noUnit', '3']] });
    assert.deepEqual(read('新建基站300、改造基站200个。'), { targets: [['改造基站', 'exact', 200, '个', undefined]], unread: [['noUnit', '300']] });
  });

  test('the same sentence with a unit reads as before; a numeral no verb states is no target’s value', () => {
    assert.deepEqual(read('新建基站300个,2025年达到500个。'), {
      targets: [
        ['新建基站', 'exact', 300, '个', undefined],
        ['基站', 'atLeast', 500, '个', '2025-12-31'],
      ],
      unread: [],
    });
    assert.deepEqual(read('实施“十大工程”,推进数字化转型。').unread, []);
    assert.deepEqual(read('(1)新建基站500个。').unread, []);
  });
});
