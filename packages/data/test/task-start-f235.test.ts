/**
 * F235 (review r94): F228's start was read where the text names none. A date before 起 or 开始 that only describes
 * something (起草, 起施行的《条例》, 9月开始施工的项目, a condition) gave a target a start, so 0 read before it was not started
 * rather than behind; a later part of the text about the whole year (（全年…）, 年度…, 年底前…) kept the start of the
 * part before it; a deadline of an earlier clause before a later start stayed the later target's; and start words stayed
 * in the metric (7月起新建基站).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluatePlanTarget } from '../src/evaluate-target.js';
import { applyOverlay } from '../src/node/overlay.js';
import { planFromText } from '../src/node/plan-from-text.js';
import { progressTemplate, sheetColumns } from '../src/progress/index.js';

/** The text of a plan of 2024 whose one task says `task`. */
const textOf = (task: string) => ['某市2024年重點工作任務', '一、專項行動', `1.推進重點工作。${task}（牽頭單位：市發展改革委）`].join('\n');
/** Each target of a plan of 2024 whose one task says `task`: value, metric, start, deadline. */
const read = (task: string) => {
  const plan = planFromText(textOf(task), { issuer: '某市人民政府', year: 2024, lenient: true }).plan!;
  return plan.targets.map((t) => [t.value, t.metric['zh-Hant'], t.start, t.deadline]);
};

describe('F235: a start only where the text names the day its work begins', () => {
  test('H1: a date that describes something (起草, a rule in force from it, a noun phrase, a condition) is no start', () => {
    assert.deepEqual(read('6月起草完成實施方案，新建充電樁300個。'), [[300, '新建充電樁', undefined, '2024-12-31']]);
    assert.deepEqual(read('貫徹落實10月1日起施行的《條例》，新建充電樁300個。'), [[300, '新建充電樁', undefined, '2024-12-31']]);
    assert.deepEqual(read('3月1日起施行新規，新建充電樁300個。'), [[300, '新建充電樁', undefined, '2024-12-31']]);
    assert.deepEqual(read('9月開始施工的項目完成投資50億元。').map((t) => t[2]), [undefined]);
    assert.deepEqual(read('如3月起天氣轉暖，新建充電樁300個。'), [[300, '新建充電樁', undefined, '2024-12-31']]);
  });

  test('H2, H3: the whole year in brackets, 年度 or 年底前 after a part of the year runs from 1 January', () => {
    assert.deepEqual(read('下半年新建基站700個（全年新建1000個）。').map((t) => [t[0], t[2], t[3]]), [
      [700, '2024-07-01', '2024-12-31'],
      [1000, undefined, '2024-12-31'],
    ]);
    assert.deepEqual(read('二季度新建基站300個，年度新建1000個。').map((t) => [t[0], t[2], t[3]]), [
      [300, '2024-04-01', '2024-06-30'],
      [1000, undefined, '2024-12-31'],
    ]);
    assert.deepEqual(read('4月1日至6月30日開展百日攻堅，新開工項目60個，年底前新開工200個。'), [
      [60, '新開工項目', '2024-04-01', '2024-06-30'],
      [200, '新開工', undefined, '2024-12-31'],
    ]);
  });

  test('H4, H5, H6: a later start ends a deadline before it; start words are no part of the metric (M13)', () => {
    assert.deepEqual(read('6月底前完成改造50個，7月起新建基站300個。'), [
      [50, '完成改造', undefined, '2024-06-30'],
      [300, '新建基站', '2024-07-01', '2024-12-31'],
    ]);
    for (const second of ['下半年起新建700個', '下半年開始新建700個']) {
      assert.deepEqual(read(`全年新建5G基站1000個，其中上半年新建300個，${second}。`), [
        [1000, '新建5G基站', undefined, '2024-12-31'],
        [300, '新建', undefined, '2024-06-30'],
        [700, '新建', '2024-07-01', '2024-12-31'],
      ]);
    }
    assert.deepEqual(read('上半年新建300個、7—12月新建700個。'), [
      [300, '新建', undefined, '2024-06-30'],
      [700, '新建', '2024-07-01', '2024-12-31'],
    ]);
    assert.deepEqual(read('下半年起新建基站300個。'), [[300, '新建基站', '2024-07-01', '2024-12-31']]);
    assert.deepEqual(read('7月起新建基站300個。'), [[300, '新建基站', '2024-07-01', '2024-12-31']]);
    assert.deepEqual(read('自11月起新建基站300個。'), [[300, '新建基站', '2024-11-01', '2024-12-31']]);
    assert.deepEqual(read('自今年3月起新建基站300個。'), [[300, '新建基站', '2024-03-01', '2024-12-31']]);
    // After the number of an item, a start still leads its clause.
    assert.deepEqual(read('（1）下半年新建基站300個。'), [[300, '新建基站', '2024-07-01', '2024-12-31']]);
  });

  test('M12: a quarter compared with is not the start (四季度比三季度: from October)', () => {
    assert.deepEqual(read('四季度比三季度增長10%。').map((t) => [t[2], t[3]]), [['2024-10-01', '2024-12-31']]);
  });

  test('M8: an overlay changes a start read wrongly, or takes it away with null; one after the deadline is refused', () => {
    const text = textOf('下半年新建基站700個。');
    const plan = planFromText(text, { issuer: '某市人民政府', year: 2024, lenient: true }).plan!;
    const changed = applyOverlay(plan, { targets: { change: { 't01.1': { start: '2024-03-01' } } } }, text);
    assert.deepEqual([changed.issues, changed.plan?.targets[0]!.start], [[], '2024-03-01']);
    const removed = applyOverlay(plan, { targets: { change: { 't01.1': { start: null } } } }, text);
    assert.deepEqual(removed.issues, []);
    assert.equal('start' in removed.plan!.targets[0]!, false);
    const late = applyOverlay(plan, { targets: { change: { 't01.1': { start: '2024-12-31', deadline: '2024-06-30' } } } }, text);
    assert.deepEqual(late.issues.map((i) => i.path), ['targets[0].start']);
  });
});

describe('a ceiling with a start is counted from it, its sheet asking for the use since it (review r95 H1, F238)', () => {
  // 下半年新增建設用地控制在100公頃以內: r95 H1 paced it over the year because its sheet asked for the year's use; F238
  // makes the cap the second half's own, as its words do: the sheet asks for the use since 1 July, paced from it.
  test('60 of 100公頃 on 30 September is over the pace of the half (50%), 50 on it; 5 on 31 May is before its period', () => {
    const { plan } = planFromText('某市2024年重點工作任務\n一、專項\n1.推進重點工作。下半年新增建設用地控制在100公頃以內。（牽頭單位：市自然資源局）', { issuer: '某市人民政府', year: 2024, lenient: true });
    const target = plan!.targets[0]!;
    assert.deepEqual([target.measure, target.start], ['ceiling', '2024-07-01']);
    const status = (value: number, asOf: string) => evaluatePlanTarget(plan!, target, { value, asOf }).status;
    assert.deepEqual([status(60, '2024-09-30'), status(50, '2024-09-30')], ['overPace', 'onTrack']);
    assert.throws(() => status(5, '2024-05-31'), { problem: { code: 'beforePeriod', asOf: '2024-05-31', start: '2024-07-01' } });
    // Its sheet asks for the use since its start, as the pace reads it.
    assert.deepEqual(progressTemplate(plan!).rows.map((row) => row[sheetColumns.indexOf('measure')]), ['自2024-07-01累計使用量']);
  });
});

describe('a range of dates leading the work, with no comma after it (review r96 H1)', () => {
  test('4月1日至6月30日新建供水管網80公里: the metric is 新建供水管網 (was 30日新建供水管網), from 04-01, due 06-30', () => {
    const { plan } = planFromText('某縣2024年重點工作任務\n一、專項\n1.加強城鄉供水保障。4月1日至6月30日新建供水管網80公里。（牽頭單位：縣水利局）', { issuer: '某縣人民政府', year: 2024, lenient: true });
    assert.deepEqual(plan!.targets.map((t) => [t.metric['zh-Hant'], t.start, t.deadline]), [['新建供水管網', '2024-04-01', '2024-06-30']]);
  });
});
