/**
 * F193: three leftovers of the progress sheets. A range in points with a base (森林覆盖率提高1—2个百分点, read as F179
 * reads 提高1.5个百分点: a change since last year's end) was asked for as a gap between two rates; a range of a fall
 * (较2020年下降10%—12%) as a rise. A growth to fall in points (增速下降0.5个百分点) had its example in per cent. And
 * the rows of one target that conflict were each compared with every other row, and their problems spliced in one
 * by one: 40,000 such rows took minutes. The work is counted, not timed.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Plan } from '../src/index.js';
import { planFromText } from '../src/node/plan-from-text.js';
import { progressTemplate, sheetColumns } from '../src/progress/index.js';
import { resolveConflicts, type ReadingGroup, type SheetReading } from '../src/progress/conflicts.js';
import type { Sheet } from '../src/progress/read-sheets.js';
import { placeInOrder } from '../src/progress/placed-in-order.js';
import { importFiles, utf8 } from './progress-import-helpers.js';

const measure = sheetColumns.indexOf('measure');
const measureOf = (p: Plan, id: string, lang: 'zh-Hant' | 'zh-Hans' | 'en') => progressTemplate(p, { lang }).rows.find((row) => row[0] === id)![measure]!;

/**
 * t01.1 a share raised by 1—2 points with no base; t01.2 a rate down 0.5—1 points since the start of the year; t01.3
 * a fall of 10%—12% since 2020; t01.4 a gap between two rates of 1—2 points; t01.5 a growth to fall by 0.5 points;
 * t01.6 a growth to fall by 3%.
 */
const plan = planFromText(
  '1.甲。森林覆盖率提高1—2个百分点,不良贷款率较年初下降0.5—1个百分点,单位GDP能耗较2020年下降10%—12%,农村居民收入增速高于城镇居民1—2个百分点,居民收入增速下降0.5个百分点,能耗增速下降3%。（牵头单位：市工信局）',
  { title: '测试', issuer: '某市人民政府', year: 2024 },
).plan!;

describe('F193: the measure column of a range in points, and of a growth to fall in points', () => {
  test('the plan as extractTargets reads it: the ranges with a base are changes, the gap has none', () => {
    assert.deepEqual(
      plan.targets.map((t) => `${t.id} ${t.comparator} ${t.measure} ${t.baselineYear} ${t.unit}`),
      [
        't01.1 range rate 2023 个百分点',
        't01.2 range rate 2023 个百分点',
        't01.3 range change 2020 %',
        't01.4 range rate undefined 个百分点',
        't01.5 decreaseBy growth undefined 个百分点',
        't01.6 decreaseBy growth undefined %',
      ],
    );
  });

  test('森林覆盖率提高1—2个百分点: a rise since the end of last year, as the single 提高1.5个百分点, in three languages', () => {
    assert.equal(measureOf(plan, 't01.1', 'zh-Hans'), '较上年末上升幅度(填正数,如提高了1个百分点填 1;不升反降填负数)');
    assert.equal(measureOf(plan, 't01.1', 'zh-Hant'), '較上年末上升幅度(填正數,如提高了1個百分點填 1;不升反降填負數)');
    assert.equal(measureOf(plan, 't01.1', 'en'), 'rise since the end of last year, as a positive number (1 for a rise of 1 percentage point; negative if it fell instead)');
  });

  test('a range of a fall is asked for as a fall: 较年初下降0.5—1个百分点, 较2020年下降10%—12%', () => {
    assert.equal(measureOf(plan, 't01.2', 'zh-Hans'), '较年初下降幅度(填正数,如下降了0.5个百分点填 0.5;不降反升填负数)');
    assert.equal(measureOf(plan, 't01.3', 'zh-Hans'), '较2020年下降幅度(填正数,如降了7%填 7;不降反升填负数)');
    assert.equal(measureOf(plan, 't01.3', 'en'), 'fall since 2020, as a positive number (7 for a 7% fall; negative if it rose instead)');
  });

  test('a gap between two rates in a range stays a gap', () => {
    assert.match(measureOf(plan, 't01.4', 'zh-Hans'), /^相差的百分点\(/);
  });

  test('a growth to fall in points gets its example in points; one in per cent keeps per cent', () => {
    assert.equal(measureOf(plan, 't01.5', 'zh-Hant'), '同比下降幅度(填正數,如下降了0.5個百分點填 0.5;不降反升填負數)');
    assert.equal(measureOf(plan, 't01.5', 'zh-Hans'), '同比下降幅度(填正数,如下降了0.5个百分点填 0.5;不降反升填负数)');
    assert.equal(measureOf(plan, 't01.5', 'en'), 'fall over last year, as a positive number (0.5 for a fall of 0.5 percentage points; negative if it rose instead)');
    assert.equal(measureOf(plan, 't01.6', 'zh-Hans'), '同比下降幅度(填正数,如降了7%填 7;不降反升填负数)');
  });
});

describe('F193: the rows of one target that conflict are resolved in linear work', () => {
  const ROWS = 2_000;

  test('resolveConflicts reads each row\'s value a few times, not once per other row', () => {
    let reads = 0;
    const sheet = { file: 'big.csv', rows: [] } as unknown as Sheet;
    // All rows give 1 but the last, 2: each row's first other value is the last row's.
    const rows: SheetReading[] = Array.from({ length: ROWS }, (_, i) => ({
      get value() {
        reads++;
        return i === ROWS - 1 ? 2 : 1;
      },
      where: `row ${i + 2}`,
      sheet,
      row: i + 2,
      at: i,
      order: i,
      conflict: (other) => ({ code: 'conflict', file: 'big.csv', row: i + 2, message: `${i + 2} against ${other.row}` }),
    }));
    const group: ReadingGroup = { target: 't09.1', asOf: '2023-06-30', entry: 0, rows, notes: [], sheet: { accepted: 1 } };
    const { said } = resolveConflicts([group], undefined, () => '2023-12-31');
    assert.equal(said.length, ROWS);
    assert.equal(said[0]!.problem.message, `2 against ${ROWS + 1}`);
    assert.equal(said.at(-1)!.problem.message, `${ROWS + 1} against 2`);
    assert.ok(reads <= 10 * ROWS, `${reads} value reads for ${ROWS} rows`);
  });

  test('items placed among a list by their places: each element written once, where a splice per item moved the rest', () => {
    // A list of 2,000 problems with 2,000 placed among them, from the start: each splice would move the whole tail.
    const list = Array.from({ length: ROWS }, (_, i) => `p${i}`);
    let writes = 0;
    const counted = new Proxy(list, {
      set(target, key, value) {
        writes++;
        return Reflect.set(target, key, value);
      },
    });
    const items = Array.from({ length: ROWS }, (_, i) => ({ at: i % 3 === 0 ? 0 : i, order: i, item: `s${i}` }));
    placeInOrder(counted, items);
    assert.ok(writes <= 3 * 2 * ROWS, `${writes} writes for ${2 * ROWS} elements`);
    assert.equal(list.length, 2 * ROWS);
    // At one place, in their order, before the list's element there: s0, s3, s6… then p0.
    assert.deepEqual(list.slice(0, 3), ['s0', 's3', 's6']);
    assert.equal(list[Math.ceil(ROWS / 3)], 'p0');
    assert.deepEqual(list.slice(Math.ceil(ROWS / 3) + 1, Math.ceil(ROWS / 3) + 4), ['s1', 'p1', 's2']);
    assert.equal(list.at(-1), `p${ROWS - 1}`);
  });

  test('the import says the conflicting rows among the other problems in row order, messages as before', async () => {
    const lines = ['指標編號,完成值,截至日期,備註'];
    // Every tenth row an id of no target, a problem read in place among the conflicts said at the end.
    for (let i = 0; i < ROWS; i++) lines.push(i % 10 === 5 ? 'x,1,2023-06-30,' : `t09.1,${i === ROWS - 1 ? 2 : 1},2023-06-30,`);
    const result = await importFiles([{ name: 'big.csv', data: utf8(lines.join('\n')) }]);
    assert.equal(result.problems.length, ROWS);
    assert.deepEqual(result.problems.map((p) => p.row), Array.from({ length: ROWS }, (_, i) => i + 2));
    assert.equal(
      result.problems[0]!.message,
      `big.csv, row 2, 完成值: t09.1 appears ${ROWS - ROWS / 10} times in this file (rows 2, 3, 4, 5, 6, 8, 9, 10, 11, 12 and ${ROWS - ROWS / 10 - 10} more), with different values: 1 here, 2 in row ${ROWS + 1}; one of the rows may be another target's, its id mistyped: check the target ids`,
    );
    assert.equal(result.problems[5]!.code, 'unknownTarget');
    assert.match(result.problems.at(-1)!.message, new RegExp(`^big\\.csv, row ${ROWS + 1}, 完成值: t09\\.1 appears .*: 2 here, 1 in row 2;`));
  });
});
