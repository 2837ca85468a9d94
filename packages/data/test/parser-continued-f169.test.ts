/**
 * Review r74's items 7 and 8 (F169). A clause that only raises the target before it (新建基站300个,力争500个;
 * 粮食总产量稳定在70亿斤以上,力争达到72亿斤) named the thing without its verb (基站: read as a total of base stations,
 * where it is the same count of new ones) or read another measure (the 72 a level, the 70 a flow). It states the same
 * quantity as the target before it: only its firmness, comparator and value differ.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargetsAndUnread } from '../src/extract-targets.js';
import { traceable } from './helpers.js';

/** Each target of `text` (a plan of 2024) as its metric, comparator, value, unit, measure and firmness. */
const read = (text: string) => {
  traceable(text);
  return extractTargetsAndUnread(text, { year: 2024 }).targets.map((t) => [t.metric, t.comparator, t.value, t.unit, t.measure, t.firmness]);
};

describe('a value that only raises the target before it is that target', () => {
  test('新建基站300个,力争500个: the 500 is of 新建基站 too, 力争 or 争取', () => {
    for (const word of ['力争', '争取']) {
      assert.deepEqual(read(`新建基站300个，${word}500个。`), [
        ['新建基站', 'exact', 300, '个', 'flow', 'plain'],
        ['新建基站', 'exact', 500, '个', 'flow', 'strive'],
      ], word);
    }
  });

  test('新增高新技术企业100家,力争120家: 120 new firms, not 120 firms in all', () => {
    assert.deepEqual(read('新增高新技术企业100家，力争120家。'), [
      ['新增高新技术企业', 'exact', 100, '家', 'flow', 'plain'],
      ['新增高新技术企业', 'exact', 120, '家', 'flow', 'strive'],
    ]);
  });

  test('粮食总产量稳定在70亿斤以上,力争达到72亿斤: the 72 has the 70’s measure', () => {
    const [first, second] = read('粮食总产量稳定在70亿斤以上，力争达到72亿斤。');
    assert.equal(second?.[4], first?.[4]);
    assert.deepEqual(second, ['粮食总产量', 'atLeast', 72, '亿斤', first?.[4], 'strive']);
  });

  test('a clause of a metric of its own or of another unit is read as before', () => {
    assert.deepEqual(read('新建基站300个，力争充电桩500个。')[1]?.[0], '充电桩');
    // 3000亿元 is no size of a growth in %: not the same quantity.
    assert.deepEqual(read('地区生产总值增长6%以上，力争达到3000亿元。')[1]?.slice(0, 5), ['地区生产总值', 'atLeast', 3000, '亿元', 'flow']);
    // 确保 makes a figure of the same quantity firm (F191): 新建基站 too.
    assert.deepEqual(read('新建基站300个，确保500个。')[1]?.[0], '新建基站');
  });
});
