/**
 * Review r65 H1 and L1: a page number inside a sentence must not cut it. A plan copied out of a PDF viewer whose lines
 * are not all of one width (not read as wrapped at a page's width, `wrapped-lines.ts`) had a page number alone on a
 * line in the middle of a sentence: it was left out but its line break stayed, so 城镇调查失⏎— 3 —⏎业率 gave a target
 * 业率. A page number after the form feed that starts a page (`\f— 2 —`) was not read as one and stayed in the body.
 * Small documents through `planFromText` (what `dz-plan build` runs), each target's quote the source's at its offset.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { planFromText } from '../src/node/plan-from-text.js';
import type { Plan } from '../src/schema.js';

const options = { title: '测试', issuer: '某市人民政府', year: 2024 } as const;

/** The plan of `text`, which must build, each target's quote checked against the source at its offset. */
function built(text: string): Plan {
  const { plan, diagnostics } = planFromText(text, options);
  assert.ok(plan, JSON.stringify(diagnostics.filter((d) => d.severity === 'error')));
  for (const t of plan.targets) assert.equal(text.slice(t.offset, t.offset + t.quote.length), t.quote, `${t.id} quoted verbatim at its offset`);
  return plan;
}

/** A task of Wuhu's plan (r65, its task 10 numbered 1) with `furniture` (lines) between the two halves of its second sentence. */
const hans = (furniture: string) =>
  `1.稳定和扩大就业。城镇新增就业5.5万人，城镇调查失\n${furniture}\n业率控制在5.5%以内。\n（牵头单位：市人力资源社会保障局）`;
const hant = (furniture: string) =>
  `1.穩定和擴大就業。城鎮新增就業5.5萬人，城鎮調查失\n${furniture}\n業率控制在5.5%以內。\n（牽頭單位：市人力資源社會保障局）`;

describe('a page number alone on a line in the middle of a sentence, in a document not wrapped at one width', () => {
  for (const furniture of ['— 3 —', '- 3 -', '第 3 页 共 8 页', '3/8', '\n— 3 —\n']) {
    test(`is left out with its line break (${JSON.stringify(furniture)}): the metric is the whole sentence's`, () => {
      const text = hans(furniture);
      const plan = built(text);
      assert.equal(plan.tasks[0]!.body['zh-Hans'], '城镇新增就业5.5万人，城镇调查失业率控制在5.5%以内。');
      const target = plan.targets.find((t) => t.valueText === '5.5' && t.unit === '%')!;
      assert.equal(target.metric['zh-Hans'], '城镇调查失业率');
      // The quote is the source's own text, the page number and its line breaks in it.
      assert.equal(target.quote, `城镇调查失\n${furniture}\n业率控制在5.5%以内`);
      assert.equal(target.offset, text.indexOf('城镇调查失'));
    });
  }
  test('in Traditional script too (第 3 頁 共 8 頁)', () => {
    const text = hant('第 3 頁 共 8 頁');
    const plan = built(text);
    assert.equal(plan.tasks[0]!.body['zh-Hant'], '城鎮新增就業5.5萬人，城鎮調查失業率控制在5.5%以內。');
    assert.equal(plan.targets.find((t) => t.unit === '%')!.metric['zh-Hant'], '城鎮調查失業率');
  });
  test('English words across it are joined with a space, a word of Chinese text cut by it without one', () => {
    const plan = built('1.甲。Build the\n- 5 -\nbase stations by 2025. 新建5\n- 6 -\nG基站500个。\n（牵头单位：市数据资源局）');
    assert.equal(plan.tasks[0]!.body['zh-Hans'], 'Build the base stations by 2025. 新建5G基站500个。');
  });
  test('a number before it and a digit after it stay apart: nothing says the line had no room left', () => {
    const plan = built('1.甲。新建基站3000\n- 5 -\n100家企业完成改造。\n（牵头单位：市数据资源局）');
    assert.equal(plan.tasks[0]!.body['zh-Hans'], '新建基站3000\n100家企业完成改造。');
  });
  test('between two sentences, or before a numbering or a field, it is left out and the line break kept', () => {
    for (const [body, expected] of [
      ['新建基站500个；\n— 3 —\n新建充电桩300个。', '新建基站500个；\n新建充电桩300个。'],
      ['推进数字乡村试点：\n— 3 —\n新建基站500个。', '推进数字乡村试点：\n新建基站500个。'],
      ['推进数字乡村试点\n— 3 —\n一是新建基站500个。', '推进数字乡村试点\n一是新建基站500个。'],
      ['新建基站500个\n— 3 —\n完成时限：2024年6月底前', '新建基站500个'],
    ]) {
      assert.equal(built(`1.甲。${body}\n（牵头单位：市数据资源局）`).tasks[0]!.body['zh-Hans'], expected, body);
    }
  });
});

describe('a page number after the form feed that starts a page is page furniture (r65 L1)', () => {
  for (const furniture of ['\f— 3 —', '— 3 —\n\f', '\f第 3 頁 共 8 頁']) {
    test(`${JSON.stringify(furniture)} in the middle of a sentence is left out, in a document of no one width`, () => {
      const text = hans(furniture);
      const plan = built(text);
      assert.equal(plan.tasks[0]!.body['zh-Hans'], '城镇新增就业5.5万人，城镇调查失业率控制在5.5%以内。');
      assert.equal(plan.targets.find((t) => t.unit === '%')!.metric['zh-Hans'], '城镇调查失业率');
    });
  }
  test('in a document wrapped at a page’s width (pdftotext), between a full line and the rest of its sentence', () => {
    // Two lines as wide as the page (62 and 61 columns), the second cut by the page in the middle of a sentence.
    const first = '1.持续改善环境质量。PM2.5平均浓度控制在35微克/立方米以下，新建';
    const second = '城市绿道100公里，完成老旧小区改造30个，空气质量优良天数比例不';
    const text = `${first}\n${second}\n\f— 2 —\n低于82%。\n（牵头单位：市生态环境局）`;
    const plan = built(text);
    assert.equal(plan.tasks[0]!.body['zh-Hans'], `${first.slice('1.持续改善环境质量。'.length)}${second}低于82%。`);
    const target = plan.targets.find((t) => t.valueText === '82')!;
    assert.equal(target.metric['zh-Hans'], '空气质量优良天数比例');
    assert.match(target.quote, /比例不\n\f— 2 —\n低于82%$/u);
  });
});
