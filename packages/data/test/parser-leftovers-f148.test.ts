/**
 * F110's leftovers once more (F148). Before, a range of no unit before a dash and a year (PUE值保持在1.2—1.3——2025年
 * 降至1.25以下) read nothing and said nothing of the range: 1.2—1.3——2025 was read as one run of dashed numbers, a
 * telephone number, and the 1.25 after it was said to have no unit (its clause named no metric).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargetsAndUnread } from '../src/extract-targets.js';
import { traceable } from './helpers.js';

/** Each target of `text` (a plan of 2024) but where it starts, and what was said unread. */
const reading = (text: string) => {
  traceable(text);
  const { targets, unread } = extractTargetsAndUnread(text, { year: 2024 });
  return { targets: targets.map(({ offset: _offset, ...target }) => target), unread: unread.map(({ offset: _offset, ...rest }) => rest) };
};

/** The dashes and words a plan writes a range with. */
const RANGE_JOINERS = ['-', '—', '–', '－', '～', '~', '至', '到'];

describe('a range of no unit before a dash and a year is a range, and the dash starts a clause', () => {
  test('PUE值保持在1.2—1.3——2025年降至1.25以下: the held range and the 1.25 read as with a comma for the dash', () => {
    for (const joiner of RANGE_JOINERS) {
      for (const verb of ['保持在', '控制在']) {
        for (const dash of ['——', '—']) {
          const text = `数据中心PUE值${verb}1.2${joiner}1.3${dash}2025年降至1.25以下。`;
          const read = reading(text);
          assert.deepEqual(read, reading(text.replace(`${dash}2025`, ',2025')), text);
          assert.deepEqual(
            read.targets.map((t) => [t.metric, t.comparator, t.value, t.upperValue, t.unit, t.deadline]),
            [
              ['数据中心PUE值', 'range', 1.2, 1.3, '', undefined],
              ['数据中心PUE值', 'atMost', 1.25, undefined, '', '2025-12-31'],
            ],
            text,
          );
        }
      }
    }
  });

  test('a period (2023—2025年) after a range stays a period; a value with a unit before the dash reads as before', () => {
    assert.deepEqual(
      reading('失业率保持在5%—8%——2025年降至4%以下。').targets.map((t) => [t.comparator, t.value, t.upperValue, t.unit, t.held, t.deadline]),
      [
        ['range', 5, 8, '%', true, undefined],
        ['atMost', 4, undefined, '%', undefined, '2025-12-31'],
      ],
    );
    assert.deepEqual(reading('2023—2025年,新建5G基站500个。').targets.map((t) => [t.value, t.deadline]), [[500, '2025-12-31']]);
  });
});

describe('every dash reads a range as the hyphen does, held or bounded, of no unit or with one (checked, F148)', () => {
  /** Each target of `text` as its metric, comparator, ends, unit, measure and held. */
  const ranges = (text: string) => reading(text).targets.map((t) => [t.metric, t.comparator, t.value, t.upperValue, t.unit, t.measure, t.held]);
  const sentences = (joiner: string) => [`PUE值保持在1.2${joiner}1.3。`, `失业率控制在5%${joiner}8%。`, `失业率保持在5%${joiner}8%。`, `新建基站3${joiner}5家。`];

  test('—, –, －, ～, ~, 至 and 到 as -', () => {
    const withHyphen = sentences('-').map(ranges);
    assert.deepEqual(withHyphen, [
      [['PUE值', 'range', 1.2, 1.3, '', 'level', true]],
      [['失业率', 'range', 5, 8, '%', 'rate', undefined]],
      [['失业率', 'range', 5, 8, '%', 'rate', true]],
      [['新建基站', 'range', 3, 5, '家', 'flow', undefined]],
    ]);
    for (const joiner of RANGE_JOINERS) assert.deepEqual(sentences(joiner).map(ranges), withHyphen, joiner);
  });
});
