/**
 * F123's leftovers on other cities' forms (F133). Before, 新建基站300个——2025年达到500个 read the 500 as a flow (the
 * dash ended no clause, so 新建 was still its verb); PUE值保持在1.2-1.3 read nothing (保持在 bounded no range of a value
 * of no unit); 1% and 1个百分点 were read as unsurely as a count of one (a list marker, maybe), not as 2% is.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargets, extractTargetsAndUnread } from '../src/extract-targets.js';
import { readIn2024, traceable } from './helpers.js';

/** Each target of `text` (a plan of 2024) but where it starts: what it reads, and its quote. */
function reading(text: string): unknown[] {
  traceable(text);
  return extractTargets(text, { year: 2024 }).map(({ offset: _offset, ...target }) => target);
}

describe('a dash before a year and 达到 or 达 starts a statement of its own, as a comma does', () => {
  const sentences = [
    '新建基站300个——2025年达到500个。',
    '新建基站300个—2025年达到500个。',
    '新建基站300个——2025年达500个。',
    '新建基站300個——2025年達到500個。',
    '新建基站３００個——２０２５年達５００個。',
  ];

  test('the value after it is a level reached, named and due as after a comma', () => {
    for (const text of sentences) {
      const [flow, level, ...rest] = extractTargets(text, { year: 2024 });
      assert.deepEqual([flow?.measure, level?.metric, level?.comparator, level?.value, level?.measure, level?.deadline, rest.length], ['flow', '基站', 'atLeast', 500, 'level', '2025-12-31', 0], text);
      assert.deepEqual(reading(text), reading(text.replace(/—+/, ',')), text);
    }
  });

  test('a dash before other words stays punctuation inside its clause', () => {
    // The verb before the dash still names what 其中 counts; a range of years is a period.
    assert.deepEqual(
      extractTargets('新建基站3000个——其中5G基站2000个。', { year: 2024 }).map((t) => [t.metric, t.value, t.measure]),
      [
        ['新建基站', 3000, 'flow'],
        ['5G基站', 2000, 'flow'],
      ],
    );
    assert.deepEqual(
      extractTargets('2023—2025年,新建5G基站500个。', { year: 2024 }).map((t) => [t.metric, t.value, t.deadline]),
      [['新建5G基站', 500, '2025-12-31']],
    );
  });
});

describe('保持在 and 稳定在 hold a range of a value of no unit', () => {
  /** Each target of `text` as its metric, comparator, values, unit, measure, held and quote; and what was said unread. */
  const held = (text: string) => readIn2024(text, (t) => [t.metric, t.comparator, t.value, t.upperValue, t.unit, t.measure, t.held, t.quote]);

  test('PUE值保持在1.2-1.3: a held range of unit "", as 6%—8% is a range, in either script and width', () => {
    assert.deepEqual(held('PUE值保持在1.2-1.3。'), { targets: [['PUE值', 'range', 1.2, 1.3, '', 'level', true, 'PUE值保持在1.2-1.3']], unread: [] });
    assert.deepEqual(held('数据中心PUE值稳定在1.2—1.3。').targets, [['数据中心PUE值', 'range', 1.2, 1.3, '', 'level', true, '数据中心PUE值稳定在1.2—1.3']]);
    assert.deepEqual(held('數據中心PUE值穩定在1.2～1.3。').targets, [['數據中心PUE值', 'range', 1.2, 1.3, '', 'level', true, '數據中心PUE值穩定在1.2～1.3']]);
    assert.deepEqual(held('ＰＵＥ值保持在１．２－１．３。').targets, [['ＰＵＥ值', 'range', 1.2, 1.3, '', 'level', true, 'ＰＵＥ值保持在１．２－１．３']]);
    // Its confidence is that of the range 控制在 bounds.
    const sure = (text: string) => extractTargets(text).map((t) => t.confidence);
    assert.deepEqual(sure('PUE值保持在1.2-1.3。'), sure('PUE值控制在1.2-1.3。'));
  });

  test('a held range of a count whose unit is missing is said, not read', () => {
    assert.deepEqual(held('新建基站保持在500-600。'), { targets: [], unread: [['noUnit', '500-600']] });
  });
});

describe('a value of 1 in percent or points is read as surely as 2', () => {
  const sure = (text: string) => extractTargets(text, { year: 2024 }).map((t) => [t.value, t.confidence]);
  const asTwo = (text: string) => assert.deepEqual(sure(text), sure(text.replace(/[1１](?=[%％個个])/, '2')).map(([, confidence]) => [1, confidence]), text);

  test('1%, 1个百分点 and their other forms', () => {
    for (const text of ['地区生产总值增长1%。', '城镇登记失业率控制在1%以内。', '研发投入强度提高1个百分点。', '研發投入強度提高1個百分點。', '地區生產總值增長１％。', '增长1%。']) asTwo(text);
  });

  test('a count of one is still read less surely than a count of two', () => {
    const [[, one]] = sure('建成大数据中心1个。') as [[number, number]];
    const [[, two]] = sure('建成大数据中心2个。') as [[number, number]];
    assert.ok(one < two, `${one} against ${two}`);
  });
});
