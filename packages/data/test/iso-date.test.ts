import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { evaluatePlanTarget } from '../src/evaluate-target.js';
import { formatIsoDate, isIsoDate, isoDateTime } from '../src/iso-date.js';

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
/** Counts dates turned into times (`Date.UTC` or `Date.parse`, whichever reads them) until the test ends. */
function countDatesParsed(): { readonly calls: number } {
  const counter = { calls: 0 };
  for (const name of ['UTC', 'parse'] as const) {
    const original = Date[name] as (...args: unknown[]) => number;
    Date[name] = ((...args: unknown[]) => {
      counter.calls++;
      return original(...args);
    }) as never;
    restores.push(() => (Date[name] = original as never));
  }
  return counter;
}
const restores: (() => void)[] = [];
afterEach(() => restores.splice(0).forEach((restore) => restore()));

// A page of 157 gauges writes the same few dates (the as-of date, the deadline) hundreds of times: each is written
// once per language for the page, not once per gauge (issue 10).
describe('ISO dates on a page of many gauges', () => {
  test('formatIsoDate writes each date once per language, however often it is shown', () => {
    // Dates no other test writes: the suite shares one process per half, and a date written before is remembered.
    const format = countDatesWritten();
    for (let i = 0; i < 157; i++) {
      assert.equal(formatIsoDate('2031-06-29', 'zh-Hant'), '2031年6月29日');
      assert.equal(formatIsoDate('2031-12-30', 'zh-Hant'), '2031年12月30日');
      assert.equal(formatIsoDate('2031-06-29', 'en'), '29 June 2031');
    }
    assert.equal(format.calls, 3);
    assert.equal(formatIsoDate('2023-02-30', 'en'), '2023-02-30', 'not a real date: returned as it is');
  });
});

describe('ISO dates read on a page of many gauges', () => {
  test('evaluating all 157 targets at one date reads each distinct date once, not a dozen times per target', () => {
    const asOf = '2023-06-30';
    const dates = new Set([asOf, dezhouPlan.period.start, ...dezhouPlan.targets.flatMap((t) => [t.deadline, `${t.deadline.slice(0, 4)}-01-01`, ...(t.baselineYear === undefined ? [] : [`${t.baselineYear + 1}-01-01`])])]);
    const parsed = countDatesParsed();
    for (const target of dezhouPlan.targets) {
      try {
        evaluatePlanTarget(dezhouPlan, target, { value: target.value / 2, asOf });
      } catch {
        // A reading that does not fit the target (a share above 100%) is judged no further; its dates were read.
      }
    }
    assert.ok(parsed.calls <= dates.size, `${parsed.calls} date reads for ${dates.size} distinct dates`);
  });

  test('a date read again gives the same answer, real or not', () => {
    for (let i = 0; i < 2; i++) {
      assert.equal(isoDateTime('2023-06-30'), 1688083200000);
      assert.equal(isoDateTime('2024-02-29'), Date.UTC(2024, 1, 29));
      assert.equal(isoDateTime('2023-02-30'), undefined);
      assert.equal(isoDateTime('2023-13-01'), undefined);
      assert.equal(isoDateTime('2023-6-30'), undefined);
      assert.equal(isoDateTime('2023-06-30T00:00'), undefined);
      assert.equal(isoDateTime('0099-01-01'), Date.parse('0099-01-01T00:00:00Z'));
      assert.equal(isIsoDate('2023-12-31'), true);
      assert.equal(isIsoDate('30/06/2023'), false);
    }
  });

  test('the dates read are bounded: a long-lived server reading many pages keeps at most 1,000, and reads on right', () => {
    for (let day = 0; day < 3000; day++) isoDateTime(new Date(Date.UTC(2000, 0, 1 + day)).toISOString().slice(0, 10));
    const first = Date.UTC(2000, 0, 1);
    const parsed = countDatesParsed();
    assert.equal(isoDateTime('2000-01-01'), first);
    assert.equal(parsed.calls, 1, 'read again after the oldest were let go');
    assert.equal(isoDateTime('2000-01-01'), first);
    assert.equal(parsed.calls, 1, 'then kept');
  });

  test('the dates written are bounded too: at most 1,000 per language, and written on right', () => {
    for (let day = 0; day < 3000; day++) formatIsoDate(new Date(Date.UTC(2000, 0, 1 + day)).toISOString().slice(0, 10), 'en');
    const format = countDatesWritten();
    assert.equal(formatIsoDate('2000-01-01', 'en'), '1 January 2000');
    assert.equal(format.calls, 1, 'written again after the oldest were let go');
    assert.equal(formatIsoDate('2000-01-01', 'en'), '1 January 2000');
    assert.equal(format.calls, 1, 'then kept');
  });
});
