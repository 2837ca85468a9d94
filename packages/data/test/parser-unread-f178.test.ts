/**
 * Unread forms said for what they are (F178, review r79's leftovers of F176). A doubling (翻一番), tenths (三成), a ratio
 * (2.5:1), a unit in letters no list names (10000P) and 百分之百 before the noun it measures were said as "the numeral
 * has no unit", which they have or need not; and 新开通 lost 新开 and left 通 in a later metric (通公交线路总数).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargetsAndUnread } from '../src/extract-targets.js';
import { planFromText } from '../src/node/plan-from-text.js';
import { diagnosticIn } from '../src/node/diagnostic-words.js';
import { traceable } from './helpers.js';

/** What `text` (a plan of 2024) says unread, as reason and numeral. */
const unread = (text: string) => {
  traceable(text);
  return extractTargetsAndUnread(text, { year: 2024 }).unread.map((u) => [u.reason, u.numeral]);
};
/** The metrics of the targets of `text`. */
const metrics = (text: string) => extractTargetsAndUnread(text, { year: 2024 }).targets.map((t) => t.metric);

describe('F178: unread forms said for what they are', () => {
  test('a doubling, tenths, a ratio, a unit in letters and 百分之百 before its noun each have a reason of their own', () => {
    for (const [text, reason, numeral] of [
      ['实现城乡居民收入翻一番。', 'doubling', '翻一番'],
      ['粮食产量翻两番。', 'doubling', '翻两番'],
      ['出口额增长三成。', 'tenths', '三成'],
      ['城乡居民收入之比达到2.5:1。', 'ratio', '2.5:1'],
      ['城乡收入比缩小到2.1∶1。', 'ratio', '2.1∶1'],
      ['算力规模达到10000P。', 'lettersUnit', '10000P'],
      ['实现行政村百分之百通硬化路。', 'shareNoMetric', '百分之百'],
    ]) assert.deepEqual(unread(text!), [[reason, numeral]], text);
    // What stays: a value with no unit, and 两 of a count before its noun.
    assert.deepEqual(unread('新建基站达到500以上。'), [['noUnit', '500']]);
    assert.deepEqual(unread('新建两个产业园区。'), [['noUnit', '两']]);
  });

  test('dz-plan build says each for what it is, in English, zh-Hant and zh-Hans', () => {
    const body = '实现城乡居民收入翻一番，出口额增长三成，城乡收入比缩小到2.1∶1，算力规模达到10000P，实现行政村百分之百通硬化路，新建基站达到500以上。';
    const text = `潍坊市2024年重点工作任务\n一、发展\n1.测试任务。${body}（牵头单位：市发展改革委）\n`;
    const said = planFromText(text, { issuer: '潍坊市人民政府', lenient: true }).diagnostics.filter((d) => d.code === 'numeralNotRead');
    const overlay = 'not read as a target; if it is one, add it in an overlay (targets.add)';
    assert.deepEqual(said.map((d) => d.message), [
      `task 1: 翻一番 is a doubling in words, ${overlay}`,
      `task 1: 三成 is a share in tenths of a whole, ${overlay}`,
      `task 1: 2.1∶1 is a ratio, ${overlay}`,
      `task 1: 10000P has a unit in letters the parser does not know, ${overlay}`,
      `task 1: 百分之百 is a share in words with no metric named before it, ${overlay}`,
      `task 1: the numeral 500 has no unit and is not read as a target; if it is one, add it in an overlay (targets.add)`,
    ]);
    assert.deepEqual(said.map((d) => diagnosticIn(d, 'zh-Hans').message), [
      '任务 1:“翻一番”是以文字表示的倍增,未读作目标;如果它是目标,请在 overlay 里新增(targets.add)',
      '任务 1:“三成”是以“成”表示的比例(十分之几),未读作目标;如果它是目标,请在 overlay 里新增(targets.add)',
      '任务 1:“2.1∶1”是比值,未读作目标;如果它是目标,请在 overlay 里新增(targets.add)',
      '任务 1:“10000P”的单位是未能识别的字母,未读作目标;如果它是目标,请在 overlay 里新增(targets.add)',
      '任务 1:“百分之百”是文字写的比例,前面没有指标名称,未读作目标;如果它是目标,请在 overlay 里新增(targets.add)',
      '任务 1:数值 500 没有单位,未读作目标;如果它是目标,请在 overlay 里新增(targets.add)',
    ]);
    for (const d of said) assert.match(diagnosticIn(d, 'zh-Hant').message, /^任務 1:[^a-z]*未讀作目標;如果它是目標,請在 overlay 裡新增\(targets\.add\)$/u, d.message);
  });

  test('新开通 and the other 新开 verbs a plan writes are verbs whole: a later word alone is of the noun after them', () => {
    for (const [verb, noun, unit] of [
      ['新开通', '公交线路', '条'],
      ['新开设', '专业', '个'],
      ['新开辟', '国际航线', '条'],
      ['新开行', '班列', '列'],
      ['新开放', '景区', '个'],
      ['新开发', '旅游线路', '条'],
      ['新开业', '门店', '家'],
      ['新开展', '试点', '个'],
    ]) assert.deepEqual(metrics(`${verb}${noun}10${unit}，总数达到50${unit}。`), [`${verb}${noun}`, `${noun}总数`], verb);
    // Traditional, as a document writes it (開闢 folds to 开闢, kept as written).
    assert.deepEqual(metrics('新開闢國際航線5條，總數達到20條。'), ['新開闢國際航線', '國際航線總數']);
    // What stays: 新开 and 新开工 (F176).
    assert.deepEqual(metrics('新开国际航线5条，总数达到20条。'), ['新开国际航线', '国际航线总数']);
    assert.deepEqual(metrics('新开工重点项目200个，总数达到500个。'), ['新开工重点项目', '重点项目总数']);
  });
});
