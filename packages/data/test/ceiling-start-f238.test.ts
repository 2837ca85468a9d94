/**
 * F238 (review r96 H2): a ceiling with a start (下半年新增建設用地控制在100公頃以內: from 1 July) was paced over the whole
 * year and its sheet asked for the use since 1 January, where its words make the cap the second half's own. It is
 * counted from its start, as a flow is: its pace runs from the start, its sheet asks for the use since it, and a
 * reading dated before it, which the sheet cannot have asked for, is refused as before the target's period (never
 * `overPace`). A flow's reading before its start is still judged.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluatePlanTarget } from '../src/evaluate-target.js';
import { planFromText } from '../src/node/plan-from-text.js';
import { importProgressSheets, progressTemplate, readCsv, sheetColumns } from '../src/progress/index.js';
import { describeReadingProblem, InvalidReadingError } from '../src/reading-problems.js';

const plan = planFromText(
  ['某市2023年重點工作任務', '一、專項行動', '1.推進重點工作。下半年新增建設用地控制在100公頃以內。（牽頭單位：市自然資源局）', '2.推進農業工作。下半年新增高標準農田10萬畝。（牽頭單位：市農業農村局）'].join('\n'),
  { issuer: '某市人民政府', year: 2023, lenient: true },
).plan!;
const [ceiling, flow] = plan.targets as [(typeof plan.targets)[number], (typeof plan.targets)[number]];
const judged = (value: number, asOf: string, target = ceiling) => {
  const e = evaluatePlanTarget(plan, target, { value, asOf }, { lang: 'en' });
  return [e.status, e.expected, e.pathStart];
};

describe('F238: a ceiling with a start is counted from its start', () => {
  test('the plan: a ceiling of 100公頃 from 2023-07-01, a flow of 10萬畝 from the same day', () => {
    assert.deepEqual(
      plan.targets.map((t) => [t.measure, t.value, t.start, t.deadline]),
      [
        ['ceiling', 100, '2023-07-01', '2023-12-31'],
        ['flow', 10, '2023-07-01', '2023-12-31'],
      ],
    );
  });

  test('its use is paced from 1 July: 50 on 30 September is on the pace (half the half gone), 80 on 31 August over it', () => {
    assert.deepEqual(judged(50, '2023-09-30'), ['onTrack', 0.5, '2023-07-01']);
    const { status, expected } = evaluatePlanTarget(plan, ceiling, { value: 80, asOf: '2023-08-31' });
    assert.equal(status, 'overPace');
    assert.ok(Math.abs(expected! - 2 / 6) < 1e-9, String(expected));
  });

  test('at the deadline, 110 is over the ceiling and 90 is met', () => {
    assert.deepEqual(judged(110, '2023-12-31'), ['overCeiling', 1, '2023-07-01']);
    assert.deepEqual(judged(90, '2023-12-31'), ['met', 1, '2023-07-01']);
  });

  test('the sentence names the pace from 1 July (50%), not one from 1 January (75%)', () => {
    const { sentence } = evaluatePlanTarget(plan, ceiling, { value: 50, asOf: '2023-09-30' }, { lang: 'zh-Hant' });
    assert.match(sentence, /序時進度50%/);
    assert.doesNotMatch(sentence, /75%/);
  });

  test('its sheet asks for the use since 2023-07-01, in zh-Hant and in English', () => {
    const measure = (lang: 'zh-Hant' | 'en') => progressTemplate(plan, { lang }).rows[0]![sheetColumns.indexOf('measure')];
    assert.equal(measure('zh-Hant'), '自2023-07-01累計使用量');
    assert.equal(measure('en'), 'amount used so far, counted from 2023-07-01');
  });

  test('a reading dated before its start is refused as before the target\'s period, never overPace', () => {
    assert.throws(
      () => evaluatePlanTarget(plan, ceiling, { value: 5, asOf: '2023-05-31' }),
      (error: unknown) => {
        assert.ok(error instanceof InvalidReadingError);
        assert.deepEqual(error.problem, { code: 'beforePeriod', asOf: '2023-05-31', start: '2023-07-01' });
        assert.equal(describeReadingProblem(error.problem, ceiling, 'zh-Hant'), '日期 2023-05-31 早於目標考核期的開始(2023-07-01)');
        return true;
      },
    );
    // The sheet import refuses it on the row's date, as the elements do.
    const template = progressTemplate(plan, { lang: 'zh-Hant' });
    const row = [...template.rows[0]!];
    row[sheetColumns.indexOf('value')] = '5';
    row[sheetColumns.indexOf('asOf')] = '2023-05-31';
    const imported = importProgressSheets([readCsv('f238.csv', [template.header.join(','), row.join(',')].join('\n'))], plan, { today: '2024-01-31' });
    assert.deepEqual([imported.accepted, imported.rejected], [0, 1]);
    assert.deepEqual(
      imported.problems.map((p) => [p.code, p.column, p.message]),
      [['beforePeriod', '截至日期', 'f238.csv 第 2 行「截至日期」欄:日期 2023-05-31 早於目標考核期的開始(2023-07-01)']],
    );
  });

  test('a flow with the same start keeps its behaviour: a reading before it is judged, paced from 1 July', () => {
    assert.deepEqual(judged(0, '2023-05-31', flow), ['notStarted', 0, '2023-07-01']);
    assert.deepEqual(judged(1, '2023-05-31', flow), ['onTrack', 0, '2023-07-01']);
    assert.deepEqual(judged(5, '2023-09-30', flow), ['onTrack', 0.5, '2023-07-01']);
  });
});
