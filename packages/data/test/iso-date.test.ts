import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { formatIsoDate } from '../src/iso-date.js';

/** Counts dates written by any `Intl.DateTimeFormat` (its `format` is a getter of a bound function) until the test ends. */
function countDatesWritten(): { readonly calls: number } {
  const proto = Intl.DateTimeFormat.prototype;
  const original = Object.getOwnPropertyDescriptor(proto, 'format')!;
  const counter = { calls: 0 };
  Object.defineProperty(proto, 'format', {
    configurable: true,
    get(this: Intl.DateTimeFormat) {
      const format = original.get!.call(this) as (date?: Date | number) => string;
      return (date?: Date | number) => {
        counter.calls++;
        return format(date);
      };
    },
  });
  restores.push(() => Object.defineProperty(proto, 'format', original));
  return counter;
}
const restores: (() => void)[] = [];
afterEach(() => restores.splice(0).forEach((restore) => restore()));

// A page of 157 gauges writes the same few dates (the as-of date, the deadline) hundreds of times: each is written
// once per language for the page, not once per gauge (issue 10).
describe('ISO dates on a page of many gauges', () => {
  test('formatIsoDate writes each date once per language, however often it is shown', () => {
    const format = countDatesWritten();
    for (let i = 0; i < 157; i++) {
      assert.equal(formatIsoDate('2023-06-30', 'zh-Hant'), '2023年6月30日');
      assert.equal(formatIsoDate('2023-12-31', 'zh-Hant'), '2023年12月31日');
      assert.equal(formatIsoDate('2023-06-30', 'en'), '30 June 2023');
    }
    assert.equal(format.calls, 3);
    assert.equal(formatIsoDate('2023-02-30', 'en'), '2023-02-30', 'not a real date: returned as it is');
  });
});
