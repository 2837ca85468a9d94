/**
 * F248 (review r99 M3): in a plan over several years (2023—2025), a start that names a year of its period
 * (2024年下半年, 自2024年3月起, 2024年4月1日至6月30日) was not read, as only the plan's own (last) year was taken: a ceiling
 * of 2024年下半年 due 2024-12-31 was paced and asked for from 2023-01-01. It is read in its year, for the targets due in
 * that year. A year outside the period stays unread (a past fact, or a later plan's), and so does a start that names no
 * year (下半年, 自3月起) for a target due with the plan: which year it is of is not said. A plan of one year is unchanged.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluatePlanTarget } from '../src/evaluate-target.js';
import { planFromText } from '../src/node/index.js';
import { progressTemplate, sheetColumns } from '../src/progress/index.js';

/** The plan of `title` whose one heading holds `items`, read with its years from the title. */
const planOf = (title: string, items: readonly string[]) =>
  planFromText([title, '一、专项行动', ...items.map((item, k) => `${k + 1}.${item}`)].join('\n'), { issuer: '某市人民政府', lenient: true }).plan!;

/** Each target of a plan over 2023—2025 whose one task says `task`: its value, start and deadline. */
const read = (task: string, title = '某市2023—2025年重点工作任务') =>
  planOf(title, [`推进重点工作。${task}（牵头单位：市发展改革委）`]).targets.map((t) => [t.value, t.start, t.deadline]);

// r99's document, as it wrote it.
const r99 = planOf('某市2023—2025年重点工作任务', [
  '用地管理。2024年下半年新增建设用地控制在100公顷以内。（牵头单位：市自然资源局）',
  '农业。2024年下半年新增高标准农田10万亩。（牵头单位：市农业农村局）',
]);

describe('F248: a start that names a year of a plan over several years', () => {
  test('r99: both targets of 2024年下半年 start on 2024-07-01 and are due 2024-12-31', () => {
    assert.deepEqual(r99.period, { start: '2023-01-01', end: '2025-12-31' });
    assert.deepEqual(
      r99.targets.map((t) => [t.measure, t.value, t.start, t.deadline]),
      [
        ['ceiling', 100, '2024-07-01', '2024-12-31'],
        ['flow', 10, '2024-07-01', '2024-12-31'],
      ],
    );
  });

  test('r99: 60 of the ceiling on 2024-09-30 is over the pace from 1 July (50%), not on the pace from 2023 (88%)', () => {
    const [ceiling] = r99.targets;
    const judged = evaluatePlanTarget(r99, ceiling!, { value: 60, asOf: '2024-09-30' }, { lang: 'zh-Hans' });
    assert.deepEqual([judged.status, judged.expected, judged.pathStart], ['overPace', 0.5, '2024-07-01']);
    assert.match(judged.sentence, /序时进度50%/);
    assert.doesNotMatch(judged.sentence, /88%/);
  });

  test('r99: the flow at 0 on 2024-06-30 has not started, not seriously behind', () => {
    const [, flow] = r99.targets;
    assert.equal(evaluatePlanTarget(r99, flow!, { value: 0, asOf: '2024-06-30' }).status, 'notStarted');
  });

  test('r99: the sheet asks for the use since 2024-07-01', () => {
    assert.equal(progressTemplate(r99, { lang: 'zh-Hans' }).rows[0]![sheetColumns.indexOf('measure')], '自2024-07-01累计使用量');
  });

  test('自2024年3月起, 2024年4月1日至6月30日: read in 2024 for a target due in 2024', () => {
    assert.deepEqual(read('自2024年3月起，到2024年底新增企业10家。'), [[10, '2024-03-01', '2024-12-31']]);
    assert.deepEqual(read('2024年4月1日至6月30日新增企业10家。'), [[10, '2024-04-01', '2024-06-30']]);
    assert.deepEqual(read('2024年三季度新增企业10家。'), [[10, '2024-07-01', '2024-09-30']]);
  });

  test('a start of 2024 is not of a target due with the plan, in 2025', () => {
    assert.deepEqual(read('自2024年3月起新增企业10家。'), [[10, undefined, '2025-12-31']]);
  });

  test("a start in the plan's first year (2023年下半年) and in its last (2025年下半年)", () => {
    assert.deepEqual(read('2023年下半年新增企业10家。'), [[10, '2023-07-01', '2023-12-31']]);
    assert.deepEqual(read('2025年下半年新增企业10家。'), [[10, '2025-07-01', '2025-12-31']]);
  });

  test('a year outside the period is no start: before it (a past fact), after it (a later plan)', () => {
    assert.deepEqual(read('自2022年3月起，到2024年底新增企业10家。'), [[10, undefined, '2024-12-31']]);
    assert.deepEqual(read('自2026年3月起，到2026年底新增企业10家。').map(([, start]) => start), [undefined]);
  });

  test('a bare 下半年 or 自3月起 in a plan over years is of no year it names: no start, due with the plan', () => {
    assert.deepEqual(read('下半年新增企业10家。'), [[10, undefined, '2025-12-31']]);
    assert.deepEqual(read('自3月起新增企业10家。'), [[10, undefined, '2025-12-31']]);
    // A start with a deadline that names its month is of the year the deadline is read in, the plan's last, as before.
    assert.deepEqual(read('三季度新增企业10家。'), [[10, '2025-07-01', '2025-09-30']]);
    assert.deepEqual(read('4月1日至6月30日新增企业10家。'), [[10, '2025-04-01', '2025-06-30']]);
  });

  test('Traditional: 2024年下半年 in a plan over 2023—2025', () => {
    const plan = planFromText(
      ['某市2023—2025年重點工作任務', '一、專項行動', '1.用地管理。2024年下半年新增建設用地控制在100公頃以內。（牽頭單位：市自然資源局）', '2.農業。自2024年3月起，到2024年底新增高標準農田10萬畝。（牽頭單位：市農業農村局）'].join('\n'),
      { issuer: '某市人民政府', lenient: true },
    ).plan!;
    assert.deepEqual(
      plan.targets.map((t) => [t.measure, t.start, t.deadline]),
      [
        ['ceiling', '2024-07-01', '2024-12-31'],
        ['flow', '2024-03-01', '2024-12-31'],
      ],
    );
    assert.equal(progressTemplate(plan, { lang: 'zh-Hant' }).rows[0]![sheetColumns.indexOf('measure')], '自2024-07-01累計使用量');
  });

  test('a plan of one year is unchanged: another year is a past fact, 下半年 is its own', () => {
    const oneYear = (task: string) => read(task, '某市2024年重点工作任务');
    assert.deepEqual(oneYear('自2023年3月起新增企业10家。'), [[10, undefined, '2024-12-31']]);
    assert.deepEqual(oneYear('下半年新增企业10家。'), [[10, '2024-07-01', '2024-12-31']]);
    assert.deepEqual(oneYear('自2024年3月起新增企业10家。'), [[10, '2024-03-01', '2024-12-31']]);
  });

  test("a plan of one year, by the same rule: a start is of a target due in its year, the plan's written or not", () => {
    const oneYear = (task: string) => read(task, '某市2024年重点工作任务');
    assert.deepEqual(oneYear('2024年二季度新增企业10家。'), [[10, '2024-04-01', '2024-06-30']]);
    assert.deepEqual(oneYear('下半年起，到2024年底新增企业10家。'), [[10, '2024-07-01', '2024-12-31']]);
    // A range of a later year is due in that year, and starts in none of the plan's.
    assert.deepEqual(oneYear('2025年4月1日至6月30日新增企业10家。'), [[10, undefined, '2025-06-30']]);
  });
});
