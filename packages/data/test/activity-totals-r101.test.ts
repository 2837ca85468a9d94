/**
 * Review r101 M1 (after 10c92f8e): with 总额 a balance unless of trade or sales, `全年完成固定资产投资总额800亿元`,
 * `全年税收总额达到150亿元` and `招商引资到位资金总额400亿元` lost their pace (half the year's by June: belowTarget). A
 * total of the year's investment, tax, funds brought in or income is a flow too.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planFromText } from '../src/node/plan-from-text.js';

test('totals of the year’s investment, tax, funds and income are flows; balances stay levels', () => {
  const sentences = ['全年完成固定资产投资总额800亿元。', '全年税收总额达到150亿元。', '全年实现招商引资到位资金总额400亿元。', '城乡居民收入总额达到900亿元。', '全市存款总额达到6000亿元。', '全市地方政府债务总额控制在800亿元以内。'];
  const lines = ['某市2024年重点工作任务', '一、专项行动', ...sentences.map((s, i) => `${i + 1}.推进工作。${s}（牵头单位：市财政局）`)];
  const plan = planFromText(lines.join('\n'), { issuer: '某市人民政府', year: 2024, lenient: true }).plan!;
  assert.deepEqual(plan.targets.map((t) => t.measure), ['flow', 'flow', 'flow', 'flow', 'level', 'level']);
});

test('a daily average is a level, with 达到 or without (review r101 L2)', () => {
  const sentences = ['日均客流量2万人次。', 'A级景区日均客流量达到2万人次。', '日均处理污水10万吨。'];
  const lines = ['某市2024年重点工作任务', '一、专项行动', ...sentences.map((s, i) => `${i + 1}.推进工作。${s}（牵头单位：市财政局）`)];
  const plan = planFromText(lines.join('\n'), { issuer: '某市人民政府', year: 2024, lenient: true }).plan!;
  assert.deepEqual(plan.targets.map((t) => t.measure), ['level', 'level', 'level']);
});
