/**
 * Review r74's findings on other cities' targets (F165). A list after a verb whose first item is long
 * (新建中小学、幼儿园30所) lost its first item; 城乡居民… of two values after 分别 dropped the second; a bare 力争 value
 * after a change (增长6%以上,力争7%) read as a rate; a pair of levels and their values (市级5处、区县级15处) ran the first
 * into the second; the value a base clause states (在2023年新建3000个的基础上) was read as a target; values in forms the
 * parser does not read (2.5:1, 10000P, 翻一番, 三成, 两个) were dropped without a word; and a clause of 完成 or a length
 * alone lost the meaning of its metric (完成, 里程).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargetsAndUnread } from '../src/extract-targets.js';
import { readIn2024 } from './helpers.js';

/** Each target of `text` (a plan of 2024) as its metric, comparator, value, unit and measure; and what was said unread. */
const read = (text: string) => readIn2024(text, (t) => [t.metric, t.comparator, t.value, t.unit, t.measure]);

describe('review r74: targets of other cities', () => {
  test('新建中小学、幼儿园30所: the items of a list after a verb share the value, a long first item too', () => {
    assert.deepEqual(read('新建中小学、幼儿园30所。').targets, [['新建中小学、幼儿园', 'exact', 30, '所', 'flow']]);
    // Two actions still take the value for the second alone.
    assert.deepEqual(read('开展试点、建设新型研发机构5家。').targets, [['建设新型研发机构', 'exact', 5, '家', 'flow']]);
  });

  test('城乡居民人均可支配收入分别增长5.5%、7%: the urban residents’ then the rural residents’', () => {
    for (const joiner of ['、', '和']) {
      assert.deepEqual(read(`城乡居民人均可支配收入分别增长5.5%${joiner}7%。`).targets, [
        ['城镇居民人均可支配收入', 'increaseBy', 5.5, '%', 'growth'],
        ['农村居民人均可支配收入', 'increaseBy', 7, '%', 'growth'],
      ]);
    }
    assert.deepEqual(read('城鄉居民人均可支配收入分別增長5.5%、7%。').targets.map((t) => t[0]), ['城鎮居民人均可支配收入', '農村居民人均可支配收入']);
    // One value of both is theirs together, as before.
    assert.deepEqual(read('城乡居民人均可支配收入分别增长6%。').targets, [['城乡居民人均可支配收入', 'increaseBy', 6, '%', 'growth']]);
  });

  test('地区生产总值增长6%以上,力争7%: a bare 力争 value after a comma continues the change before it', () => {
    const { targets } = extractTargetsAndUnread('地区生产总值增长6%以上，力争7%。', { year: 2024 });
    assert.deepEqual(targets.map((t) => [t.metric, t.comparator, t.value, t.measure, t.firmness]), [
      ['地区生产总值', 'increaseBy', 6, 'growth', 'plain'],
      ['地区生产总值', 'increaseBy', 7, 'growth', 'strive'],
    ]);
    // After a level, the 力争 value is a level still.
    assert.deepEqual(read('地区生产总值达到3000亿元，力争3100亿元。').targets[1]?.slice(1, 3), ['exact', 3100]);
  });

  test('市级5处、区县级15处: each level its own value, the quote ending at its value', () => {
    const { targets } = extractTargetsAndUnread('市级5处、区县级15处。', { year: 2024 });
    assert.deepEqual(targets.map((t) => [t.metric, t.value, t.quote]), [
      ['市级', 5, '市级5处'],
      ['区县级', 15, '区县级15处'],
    ]);
    // In a bracket of 其中 after a total, each level counts the total's noun.
    assert.deepEqual(read('新建城市书房20处（其中：市级5处、区县级15处）。').targets.map((t) => [t[0], t[2]]), [
      ['新建城市书房', 20],
      ['市级城市书房', 5],
      ['区县级城市书房', 15],
    ]);
    assert.deepEqual(read('新建城市书房20处(其中市级5处)。').targets.map((t) => t[0]), ['新建城市书房', '市级城市书房']);
    // A pair of levels after a value still qualifies its noun.
    assert.deepEqual(read('建设10条以上省、市级美丽河湖。').targets.map((t) => t[0]), ['建设省、市级美丽河湖']);
  });

  test('在2023年新建3000个的基础上,新建5G基站3500个: the base is a past fact, said', () => {
    assert.deepEqual(read('在2023年新建3000个的基础上，新建5G基站3500个。'), {
      targets: [['新建5G基站', 'exact', 3500, '个', 'flow']],
      unread: [['past', '3000']],
    });
  });

  test('百分之三十 is 30%; 2.5:1, 10000P, 翻一番, 三成 and 新建两个 are said, not dropped', () => {
    assert.deepEqual(read('森林覆盖率达到百分之三十。'), { targets: [['森林覆盖率', 'atLeast', 30, '%', 'rate']], unread: [] });
    // Each as the form it is (F178).
    for (const [text, reason, numeral] of [
      ['城乡居民收入之比达到2.5:1。', 'ratio', '2.5:1'],
      ['算力规模达到10000P。', 'lettersUnit', '10000P'],
      ['粮食产量翻一番。', 'doubling', '翻一番'],
      ['出口额增长三成。', 'tenths', '三成'],
      ['新建两个产业园区。', 'noUnit', '两'],
    ]) assert.deepEqual(read(text!), { targets: [], unread: [[reason, numeral]] }, text);
    // Not a name (升级到5G网络), a clock time without a bound word, 两 of rhetoric, 一成不变, 两级.
    for (const text of ['网络升级到5G网络。', '上午8:30召开。', '坚决做到两个维护。', '力争一成不变。', '完成市县两级规划。']) assert.deepEqual(read(text), { targets: [], unread: [] }, text);
  });

  test('建成充电桩500个,6月底前完成300个: a clause of 完成 alone counts what the target before it counted', () => {
    const { targets } = extractTargetsAndUnread('年底前建成充电桩500个，6月底前完成300个。', { year: 2024 });
    assert.deepEqual(targets.map((t) => [t.metric, t.value, t.deadlineMonth]), [
      ['建成充电桩', 500, 12],
      ['建成充电桩', 300, 6],
    ]);
    // A clause that reaches a level names the thing counted without its verb, as before; one of another verb its own.
    assert.deepEqual(read('新建5G基站2000个，到年底累计达到1.5万个。').targets.map((t) => t[0]), ['新建5G基站', '5G基站']);
    assert.deepEqual(read('新建基站300个，改造200个。').targets.map((t) => t[0]), ['新建基站', '改造']);
  });

  test('建成高速公路2条、里程86公里: a length alone is of what the sentence counted', () => {
    assert.deepEqual(read('建成高速公路2条、里程86公里。').targets.map((t) => t[0]), ['建成高速公路', '高速公路里程']);
  });
});
