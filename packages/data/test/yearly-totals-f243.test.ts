/**
 * F243 (review r97 M3, L6). M3: a year's total of an activity (外贸进出口总额, 社会消费品零售总额, 全年接待游客) was read as a
 * `level`, so 140亿元 of 300亿元 at the end of June read 低于目标(无基数,不作进度判断) where a supervision office paces it
 * by 序时进度, as it does 旅游总收入 and 网络零售额: 总额 stood among the words of a stock (资产总额, 存款余额), and nothing
 * said 接待游客 (visits, 人次) builds up over the year. A stock stays a level. L6: a part (其中…) whose metric is a bare
 * verb (开工, 完成) was named by the verb alone (开工:72个), where 其中完工 takes its sentence's noun.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluatePlanTarget } from '../src/evaluate-target.js';
import { planFromText } from '../src/node/plan-from-text.js';

/** The plan of one task per sentence, in the script the sentences are written in. */
function planOf(title: string, unit: string, sentences: readonly string[]) {
  const lines = [title, '一、专项行动', ...sentences.map((s, i) => `${i + 1}.推进工作。${s}（${unit}）`)];
  return planFromText(lines.join('\n'), { issuer: '某市人民政府', year: 2024, lenient: true }).plan!;
}
/** Each target's metric in the script of its text, value and measure. */
const read = (plan: ReturnType<typeof planOf>, script: 'hans' | 'hant' = 'hans') =>
  plan.targets.map((t) => [t.metric[script === 'hans' ? 'zh-Hans' : 'zh-Hant'], t.value, t.measure]);
/** The expected readings, their metrics in Traditional for `hant`. */
const inScript = (rows: readonly (readonly [string, number, string])[], hant: readonly string[], script: string) =>
  rows.map(([metric, value, measure], i) => [script === 'hant' ? hant[i] : metric, value, measure]);

const yearlyTotals = {
  hans: ['确保外贸进出口总额达到300亿元。', '社会消费品零售总额达到1500亿元。', '全年接待游客达到3000万人次。', '旅游总收入达到300亿元。', '1-9月网络零售额达到120亿元。', '游客接待量突破2000万人次。', '港口货运量达到1.2亿吨。'],
  hant: ['確保外貿進出口總額達到300億元。', '社會消費品零售總額達到1500億元。', '全年接待遊客達到3000萬人次。', '旅遊總收入達到300億元。', '1-9月網絡零售額達到120億元。', '遊客接待量突破2000萬人次。', '港口貨運量達到1.2億噸。'],
};
const yearlyRead: [string, number, string][] = [
  ['外贸进出口总额', 300, 'flow'],
  ['社会消费品零售总额', 1500, 'flow'],
  ['接待游客', 3000, 'flow'],
  ['旅游总收入', 300, 'flow'],
  ['网络零售额', 120, 'flow'],
  ['游客接待量', 2000, 'flow'],
  ['港口货运量', 1.2, 'flow'],
];
const yearlyHant = ['外貿進出口總額', '社會消費品零售總額', '接待遊客', '旅遊總收入', '網絡零售額', '遊客接待量', '港口貨運量'];

const stocks = {
  hans: ['市属企业资产总额达到1500亿元。', '金融机构存款余额达到5000亿元。', '全市汽车保有量达到150万辆。', '市场主体总量突破60万户。', '全市企业总资产达到3000亿元。'],
  hant: ['市屬企業資產總額達到1500億元。', '金融機構存款餘額達到5000億元。', '全市汽車保有量達到150萬輛。', '市場主體總量突破60萬戶。', '全市企業總資產達到3000億元。'],
};
const stocksRead: [string, number, string][] = [
  ['市属企业资产总额', 1500, 'level'],
  ['金融机构存款余额', 5000, 'level'],
  ['全市汽车保有量', 150, 'level'],
  ['市场主体总量', 60, 'level'],
  ['全市企业总资产', 3000, 'level'],
];
const stocksHant = ['市屬企業資產總額', '金融機構存款餘額', '全市汽車保有量', '市場主體總量', '全市企業總資產'];

/**
 * Review r99 H1, M1: totals that are balances stay levels (F243 first made every 总额 a flow, so 存款总额 was reported as
 * the year's increase and 债务总额控制在800亿元以内 a ceiling used up: 780 at 30 June 已用上限98%, 用量快于序时), and a
 * daily average in 人次 is a level, not a running total.
 */
const balances = {
  hans: ['全市本外币贷款总额达到5000亿元。', '年末全市金融机构存款总额达到6000亿元。', '全市基金管理总额达到100亿元。', '全市地方政府债务总额控制在800亿元以内。', 'A级景区日均客流量达到2万人次。'],
  hant: ['全市本外幣貸款總額達到5000億元。', '年末全市金融機構存款總額達到6000億元。', '全市基金管理總額達到100億元。', '全市地方政府債務總額控制在800億元以內。', 'A級景區日均客流量達到2萬人次。'],
};
const balancesRead: [string, number, string][] = [
  ['全市本外币贷款总额', 5000, 'level'],
  ['全市金融机构存款总额', 6000, 'level'],
  ['全市基金管理总额', 100, 'level'],
  ['全市地方政府债务总额', 800, 'level'],
  ['A级景区日均客流量', 2, 'level'],
];
const balancesHant = ['全市本外幣貸款總額', '全市金融機構存款總額', '全市基金管理總額', '全市地方政府債務總額', 'A級景區日均客流量'];

describe('F243 M3: a year\'s total of an activity is a flow, a stock a level', () => {
  for (const [script, sentences] of Object.entries(yearlyTotals) as ['hans' | 'hant', string[]][]) {
    test(`yearly totals (${script}) are flows`, () => {
      assert.deepEqual(read(planOf('某市2024年重点工作任务', '牵头单位：市商务局', sentences), script), inScript(yearlyRead, yearlyHant, script));
    });
  }
  for (const [script, sentences] of Object.entries(stocks) as ['hans' | 'hant', string[]][]) {
    test(`stocks (${script}) stay levels`, () => {
      assert.deepEqual(read(planOf('某市2024年重点工作任务', '牵头单位：市商务局', sentences), script), inScript(stocksRead, stocksHant, script));
    });
  }

  for (const [script, sentences] of Object.entries(balances) as ['hans' | 'hant', string[]][]) {
    test(`balances and daily averages (${script}) stay levels (review r99)`, () => {
      assert.deepEqual(read(planOf('某市2024年重点工作任务', '牵头单位：市商务局', sentences), script), inScript(balancesRead, balancesHant, script));
    });
  }

  test('140亿元 of 300亿元 of 进出口总额 at 30 June is paced by the year gone (47% done, behind), not a level below target', () => {
    const plan = planOf('某市2024年重点工作任务', '牵头单位：市商务局', [yearlyTotals.hans[0]!]);
    const evaluation = evaluatePlanTarget(plan, plan.targets[0]!, { value: 140, asOf: '2024-06-30' }, { lang: 'en' });
    assert.equal(evaluation.status, 'behind');
  });
});

describe('F243 L6: a part (其中) named by a bare verb takes its sentence\'s noun', () => {
  const parts = {
    hans: ['改造城镇老旧小区120个，其中第三季度末前开工100个。', '完成投资500亿元，其中上半年完成260亿元。', '改造城镇老旧小区120个，其中完工100个。'],
    hant: ['改造城鎮老舊小區120個，其中第三季度末前開工100個。', '完成投資500億元，其中上半年完成260億元。', '改造城鎮老舊小區120個，其中完工100個。'],
  };
  for (const [script, sentences] of Object.entries(parts) as ['hans' | 'hant', string[]][]) {
    test(`开工, 完成 and 完工 of a part name what the whole counts (${script})`, () => {
      const rows: [string, number, string][] = [
        ['改造城镇老旧小区', 120, 'flow'],
        ['城镇老旧小区开工', 100, 'flow'],
        ['完成投资', 500, 'flow'],
        ['投资完成', 260, 'flow'],
        ['改造城镇老旧小区', 120, 'flow'],
        ['城镇老旧小区完工', 100, 'flow'],
      ];
      const hant = ['改造城鎮老舊小區', '城鎮老舊小區開工', '完成投資', '投資完成', '改造城鎮老舊小區', '城鎮老舊小區完工'];
      assert.deepEqual(read(planOf('某市2024年重点工作任务', '牵头单位：市住房城乡建设局', sentences), script), inScript(rows, hant, script));
    });
  }
});
