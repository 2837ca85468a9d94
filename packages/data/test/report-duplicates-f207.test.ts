/**
 * F207: a report that gives one target two values for one date contradicts itself: `progressHistory` would keep the
 * last silently. `parseProgressReport` refuses it, at the second entry, naming the first; the same value twice is
 * accepted. An import never writes such a report: its sheets' rows of one target and date are resolved first.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseProgressReport } from '../src/progress-report.js';
import { csv, importFiles, plan } from './progress-import-helpers.js';

const report = (entries: object[]) => ({ plan: plan.id, asOf: '2023-06-30', entries });
const twice = (first: object, second: object) =>
  report([{ target: 't26.3', value: 9.8 }, { target: 't09.1', value: 5, ...first }, { target: 't09.1', value: 1500, asOf: '2023-03-31' }, { target: 't09.1', value: 9, ...second }]);

describe('F207: two values for one target and date', () => {
  test('refused at the second entry, naming the first, with a plan or without', () => {
    const expected = [{ path: 'entries[3]', message: 'a second value for t09.1 as of 2023-06-30 (entries[1] gives 5)' }];
    for (const [first, second] of [[{ asOf: '2023-06-30' }, { asOf: '2023-06-30' }], [{}, {}], [{}, { asOf: '2023-06-30' }]]) {
      assert.deepEqual(parseProgressReport(twice(first!, second!)).issues, expected, JSON.stringify([first, second]));
      assert.deepEqual(parseProgressReport(twice(first!, second!), plan).issues, expected, JSON.stringify([first, second]));
    }
  });

  test('with a plan, one target spelt two ways is one target', () => {
    const result = parseProgressReport(twice({ target: 't9.1' }, {}), plan);
    assert.deepEqual(result.issues, [{ path: 'entries[3]', message: 'a second value for t09.1 as of 2023-06-30 (entries[1] gives 5)' }]);
  });

  test('worded in zh-Hant and zh-Hans', () => {
    assert.deepEqual(parseProgressReport(twice({}, {}), plan, { lang: 'zh-Hant' }).issues.map((i) => i.message), ['指標 t09.1 在 2023-06-30 有第二個值(entries[1] 為 5)']);
    assert.deepEqual(parseProgressReport(twice({}, {}), undefined, { lang: 'zh-Hans' }).issues.map((i) => i.message), ['指标 t09.1 在 2023-06-30 有第二个值(entries[1] 为 5)']);
  });

  test('the same value twice, or values at other dates, are accepted', () => {
    assert.equal(parseProgressReport(twice({}, { value: 5, asOf: '2023-06-30' }), plan).success, true);
    assert.equal(parseProgressReport(twice({}, { asOf: '2023-05-31' })).success, true);
    // Another target at the same date is no second value.
    assert.equal(parseProgressReport(twice({}, { target: 't09.2' }), plan).success, true);
  });

  test('an import of two rows of one target and date writes a report that parses', async () => {
    const agreeing = await importFiles([csv('a.csv', 't09.1,2100,2023-06-30,', 't09.1,2100,2023-06-30,', 't26.3,9.8,2023-06-30,')]);
    assert.deepEqual(agreeing.report?.entries.filter((e) => e.target === 't09.1').map((e) => e.value), [2100]);
    assert.equal(parseProgressReport(agreeing.report, plan).success, true);
    const differing = await importFiles([csv('a.csv', 't09.1,2100,2023-06-30,', 't09.1,2200,2023-06-30,', 't26.3,9.8,2023-06-30,')]);
    assert.equal(differing.problems.length, 2);
    assert.deepEqual(differing.report?.entries.map((e) => e.target), ['t26.3']);
    assert.equal(parseProgressReport(differing.report, plan).success, true);
  });
});
