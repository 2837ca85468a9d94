/**
 * F228 (review r92 H1): every target was paced from the plan's start (1 January), whatever the task said: 4月1日至6月30日
 * 新開工項目60個 read 10 on 30 April as seriously behind a pace of 67%, 下半年新增高標準農田10萬畝 read 0 then as
 * seriously behind, for work not due to start until July. A target has a `start` when the text names one; the pace
 * runs from it, and is 0 before it.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluatePlanTarget } from '../src/evaluate-target.js';
import { extractTargets } from '../src/extract-targets.js';
import { loadPlan } from '../src/load-plan.js';
import { planFromText } from '../src/node/plan-from-text.js';
import { progressTemplate, sheetColumns } from '../src/progress/index.js';
import type { Plan } from '../src/schema.js';

/** A plan of 2023 of one section whose tasks are `tasks`, built as `dz-plan build` builds it. */
const planOf = (...tasks: string[]): Plan => {
  const text = ['某市2023年重點工作任務', '一、專項行動', ...tasks.map((t, i) => `${i + 1}.推進重點工作。${t}（牽頭單位：市發展改革委）`)].join('\n');
  return planFromText(text, { issuer: '某市人民政府', year: 2023, lenient: true }).plan!;
};

describe('F228: a target paced from the start its task names', () => {
  const plan = planOf('4月1日至6月30日開展項目建設百日攻堅，新開工項目60個。', '自2023年3月起，年底前完成老舊小區改造50個。', '下半年新增高標準農田10萬畝。');
  const at = (id: string, value: number) => {
    const e = evaluatePlanTarget(plan, plan.targets.find((t) => t.id === id)!, { value, asOf: '2023-04-30' });
    return [e.status, Math.round(e.expected! * 100), e.pathStart];
  };

  test('4月1日至6月30日…新開工項目60個: 10 on 30 April is one month of three gone (33%), behind, not seriously', () => {
    assert.deepEqual(at('t01.1', 10), ['behind', 33, '2023-04-01']);
  });

  test('自2023年3月起,年底前完成…50個: 10 on 30 April is two months of ten (20%), on track', () => {
    assert.deepEqual(at('t02.1', 10), ['onTrack', 20, '2023-03-01']);
  });

  test('下半年新增…10萬畝: before July nothing is due, 0 has not started; a reading before the start is still judged', () => {
    assert.deepEqual(at('t03.1', 0), ['notStarted', 0, '2023-07-01']);
    assert.deepEqual(at('t03.1', 1), ['onTrack', 0, '2023-07-01']);
  });

  test('the progress sheet asks for the total since the target\'s start, not since 1 January', () => {
    const measures = progressTemplate(plan, { lang: 'zh-Hant' }).rows.map((row) => row[sheetColumns.indexOf('measure')]);
    assert.deepEqual(measures.map((m) => /^自([^累]*)/.exec(m ?? '')?.[1]), ['2023-04-01', '2023-03-01', '2023-07-01']);
  });

  test('the plan: each target\'s start, beside its deadline', () => {
    assert.deepEqual(plan.targets.map((t) => [t.id, t.start, t.deadline]), [
      ['t01.1', '2023-04-01', '2023-06-30'],
      ['t02.1', '2023-03-01', '2023-12-31'],
      ['t03.1', '2023-07-01', '2023-12-31'],
    ]);
  });

  test('the extractor: the forms of a start, for the targets of the sentence it leads', () => {
    const starts = (text: string) => extractTargets(text, { year: 2023 }).map((p) => [p.value, p.start, p.deadline ?? p.deadlineMonth]);
    assert.deepEqual(starts('5月10日起新建充電樁300個。'), [[300, '2023-05-10', undefined]]);
    assert.deepEqual(starts('自3月起，新建充電樁300個。'), [[300, '2023-03-01', undefined]]);
    assert.deepEqual(starts('從9月開始新建充電樁300個。'), [[300, '2023-09-01', undefined]]);
    assert.deepEqual(starts('三季度新建充電樁300個，四季度新建200個。'), [[300, '2023-07-01', 9], [200, '2023-10-01', 12]]);
    assert.deepEqual(starts('上半年新建基站300個，7-12月新建700個。'), [[300, undefined, 6], [700, '2023-07-01', undefined]]);
    // A later clause of the whole year, and the next sentence, name none: paced from the plan's start.
    assert.deepEqual(starts('4月1日至6月30日開展百日攻堅，新開工項目60個，全年新開工200個。'), [[60, '2023-04-01', 6], [200, undefined, undefined]]);
    assert.deepEqual(starts('下半年新建基站700個。全年新增就業3萬人。'), [[700, '2023-07-01', undefined], [3, undefined, undefined]]);
  });

  test('not a start that is past (以來, an earlier year) nor the end of a period (三季度末前)', () => {
    const starts = (text: string) => extractTargets(text, { year: 2023 }).map((p) => p.start);
    assert.deepEqual(starts('三季度末前新建充電樁300個。'), [undefined]);
    assert.deepEqual(starts('自2022年3月起，年底前完成改造50個。'), [undefined]);
    assert.deepEqual(starts('每年3月起新建充電樁300個。'), [undefined]);
    assert.deepEqual(starts('3月以來，年底前完成改造50個。'), [undefined]);
  });

  test('validated: inside the plan\'s period and not after the deadline, said as the other target checks are', () => {
    const bad = (start: string, lang: 'en' | 'zh-Hant') => {
      const json = structuredClone(plan) as Plan & { targets: { start?: string }[] };
      json.targets[0]!.start = start;
      assert.throws(() => loadPlan(json, { lang }), (e: Error) => /start|開始/.test(e.message) && e.message.includes(start));
    };
    bad('2022-12-01', 'en');
    bad('2023-07-01', 'en');
    bad('2023-07-01', 'zh-Hant');
    assert.equal(loadPlan(plan).getTarget('t01.1')?.start, '2023-04-01');
  });
});
