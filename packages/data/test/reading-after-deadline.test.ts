/**
 * A supervision office's review: a reading dated after the target's deadline is not the final figure (a March 2024
 * count may hold 2024's work), and a ceiling's use of ten times the ceiling or more is a figure in the wrong scale, not
 * a ceiling exceeded.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dezhouPlan, evaluateDezhouTarget, getTarget } from '../src/dezhou-2023.js';
import { describeReadingProblem, evaluateTarget, extractTargets, InvalidReadingError, judgedReading, progressHistory, type ProgressReport, type ReadingProblem, type Target } from '../src/index.js';
import { diffReports, importProgressFiles } from '../src/progress/index.js';
import { checkReading, WRONG_SCALE_RATIO_CEILING } from '../src/read-value.js';

/** The problem `evaluateDezhouTarget` throws for the reading, or `undefined` when it judges it. */
function problemOf(id: string, value: number, asOf: string, today = '2024-06-30'): ReadingProblem | undefined {
  try {
    evaluateDezhouTarget(id, { value, asOf }, { today });
    return undefined;
  } catch (error) {
    if (error instanceof InvalidReadingError) return error.problem;
    throw error;
  }
}

test('a reading dated after the deadline is refused as afterDeadline, whatever it would have said', () => {
  assert.deepEqual(problemOf('t09.1', 3500, '2024-03-31'), { code: 'afterDeadline', asOf: '2024-03-31', deadline: '2023-12-31' }, 'not met');
  assert.deepEqual(problemOf('t09.1', 2100, '2024-02-15'), { code: 'afterDeadline', asOf: '2024-02-15', deadline: '2023-12-31' }, 'not missed');
  assert.deepEqual(problemOf('t26.3', 12, '2024-01-31'), { code: 'afterDeadline', asOf: '2024-01-31', deadline: '2023-12-31' }, 'not met');
  // The day after is refused as the year after is; checkReading says it without evaluateTarget too.
  assert.equal(problemOf('t09.1', 3500, '2024-01-01')?.code, 'afterDeadline');
  assert.equal(checkReading(getTarget('t09.1')!, { value: 3500, asOf: '2024-01-01' }, '2023-01-01')?.code, 'afterDeadline');
});

test('a reading on the deadline is the final figure, judged', () => {
  assert.equal(problemOf('t09.1', 3500, '2023-12-31'), undefined);
  assert.equal(evaluateDezhouTarget('t09.1', { value: 3500, asOf: '2023-12-31' }, { today: '2024-06-30' })!.status, 'met');
  assert.equal(evaluateDezhouTarget('t09.1', { value: 2100, asOf: '2023-12-31' })!.status, 'missed');
});

test('a date after today says so first: 2032 typed for 2023 is a typo for the year, not a figure after the deadline', () => {
  assert.equal(problemOf('t09.1', 3500, '2032-06-30')?.code, 'afterToday');
});

test('afterDeadline in words, in every language: the date, the deadline, and the value to give instead', () => {
  const target = getTarget('t09.1')!;
  const problem: ReadingProblem = { code: 'afterDeadline', asOf: '2024-03-31', deadline: '2023-12-31' };
  for (const lang of ['zh-Hant', 'zh-Hans', 'en'] as const) {
    const words = describeReadingProblem(problem, target, lang);
    assert.match(words, /2024-03-31/, lang);
    assert.match(words, /2023-12-31.*2023-12-31/, `${lang}: the deadline, and the value as of it asked for`);
  }
  assert.match(describeReadingProblem(problem, target, 'en'), /after the target's deadline/);
  assert.match(describeReadingProblem(problem, target, 'zh-Hant'), /期限/);
  assert.match(describeReadingProblem(problem, target, 'zh-Hans'), /期限/);
});

test('a report with readings after the deadline still has its history, and diffReports judges it at the deadline', () => {
  const final: ProgressReport = {
    plan: dezhouPlan.id,
    asOf: '2024-03-31',
    entries: [
      { target: 't09.1', value: 2950, asOf: '2023-12-31' },
      { target: 't09.1', value: 3500, asOf: '2024-03-31' },
      { target: 't26.3', value: 12, asOf: '2024-01-31' },
    ],
  };
  const q3: ProgressReport = { plan: dezhouPlan.id, asOf: '2023-09-30', entries: [{ target: 't09.1', value: 2200 }] };
  assert.deepEqual(progressHistory(final, 't09.1').map((r) => r.value), [2950, 3500]);
  const changes = diffReports(q3, final, dezhouPlan, 'en', { today: '2024-06-30' });
  const t09 = changes.find((c) => c.target === 't09.1')!;
  assert.deepEqual([t09.after?.value, t09.after?.asOf, t09.after?.status], [2950, '2023-12-31', 'missed']);
  assert.deepEqual([t09.late?.value, t09.late?.asOf], [3500, '2024-03-31'], 'the later figure said beside it (r100 M1)');
  // t26.3's only reading is after its deadline: not judged, never a throw; listed for the figure reported late alone
  // (r100 M1: not reported by the deadline, the late figure said), with no reading judged.
  const t26 = changes.find((c) => c.target === 't26.3')!;
  assert.deepEqual([t26.before, t26.after, t26.statusChanged, t26.late?.value, t26.late?.asOf], [undefined, undefined, false, 12, '2024-01-31']);
});

test('a ceiling read at ten times its ceiling or more is the wrong scale, not a ceiling exceeded', () => {
  const water = getTarget('t26.3')!; // 用水總量控制在21.17億立方米以內
  assert.deepEqual(problemOf('t26.3', 1000, '2023-06-30', '2023-07-01'), { code: 'wrongScale', value: 1000 }, 'not overCeiling at 4724%');
  assert.equal(problemOf('t26.3', 211.7, '2023-06-30', '2023-07-01')?.code, 'wrongScale', 'exactly ten times');
  assert.equal(checkReading(water, { value: 211.7, asOf: '2023-06-30' }, '2023-01-01')?.code, 'wrongScale');
  // Under ten times it is a use over the ceiling, as a report may well say.
  assert.equal(evaluateDezhouTarget('t26.3', { value: 105, asOf: '2023-06-30' })!.status, 'overCeiling');
  assert.equal(evaluateDezhouTarget('t26.3', { value: 22.5, asOf: '2023-12-31' })!.status, 'overCeiling');
  assert.match(describeReadingProblem({ code: 'wrongScale', value: 1000 }, water, 'en'), /^1,000 is 47 times the target \(2\.117 billion m³\)/);
  assert.equal(WRONG_SCALE_RATIO_CEILING, 10);
});

test('the import keeps a row dated after the deadline for the history, its value still checked as of the deadline', async () => {
  const sheet = (...rows: string[]) => ({ name: 'late.csv', data: new TextEncoder().encode(['指标编号,完成值,截至日期', ...rows].join('\r\n')) });
  const kept = await importProgressFiles([sheet('t09.1,2950,2023-12-31', 't09.1,3500,2024-03-31')], dezhouPlan, { lang: 'en', today: '2024-06-30' });
  assert.deepEqual(kept.problems, []);
  assert.deepEqual(progressHistory(kept.report!, 't09.1').map((r) => [r.value, r.asOf]), [[2950, '2023-12-31'], [3500, '2024-03-31']]);
  // 3,500,000 for 3000個 is the wrong scale on any date: the late row is refused for its value, not kept.
  const wrong = await importProgressFiles([sheet('t09.1,3500000,2024-03-31')], dezhouPlan, { lang: 'en', today: '2024-06-30' });
  assert.deepEqual(wrong.problems.map((p) => p.code), ['wrongScale']);
});

test('ten times a ceiling on a small count is a ceiling exceeded, not the wrong scale: only a total in 萬/億 is', () => {
  // A code review: 重污染天數控制在5天以內 at 50 days is a bad year, not a figure in another unit.
  // As the parser reads it (a ceiling in 天, no 萬 or 億), as a plan holds it.
  const ceilingOf = (text: string): Target => {
    const { measure, comparator, value, valueText, unit, quote } = extractTargets(text)[0]!;
    const metric = { 'zh-Hant': '重污染天數', 'zh-Hans': '重污染天数', en: 'Days of heavy pollution' };
    return { id: 't98.1', taskId: 't98', metric, valueText, value, unit, unitEn: 'days', comparator, measure, firmness: 'plain', deadline: '2023-12-31', quote, offset: 0 };
  };
  const days = ceilingOf('重污染天數控制在5天以內。');
  assert.equal(days.measure, 'ceiling');
  assert.equal(evaluateTarget(days, { value: 50, asOf: '2023-12-31' }).status, 'overCeiling');
  assert.equal(evaluateTarget(days, { value: 50, asOf: '2023-06-30' }).status, 'overCeiling');
  // A count a thousand times the ceiling is still the wrong scale, as for any target.
  assert.throws(() => evaluateTarget(days, { value: 5000, asOf: '2023-06-30' }), (e: unknown) => e instanceof InvalidReadingError && e.problem.code === 'wrongScale');
});

test('judgedReading never picks a reading dated after the deadline, whatever the report’s own date', () => {
  // A hand-made report (parseProgressReport refuses an entry later than its report) dated before the deadline.
  const history = [{ value: 2200, asOf: '2023-09-30' }, { value: 3500, asOf: '2024-02-01' }];
  assert.deepEqual(judgedReading(history, { deadline: '2023-12-31' }, { asOf: '2023-10-31' }), history[0]);
  assert.deepEqual(judgedReading(history.slice(0, 1), { deadline: '2023-12-31' }, { asOf: '2023-10-31' }), history[0]);
});
