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
import { lineWidths } from '../src/node/line-widths.js';
import { unwrapSpan } from '../src/node/wrapped-lines.js';
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

/**
 * Review r66 H1: a document read as wrapped at one width (two page breaks cut lines of about the same width) joined a
 * line across a page break only if it was as wide as those, so a page break after a shorter line cut its sentence again
 * (城镇调查失 ⏎ — 3 — ⏎ 业率: a target 业率, 0.9). A report copied out of a PDF viewer has a page break on every page.
 */
describe('a page number in the middle of a sentence, whatever width the document’s other lines have (r66 H1)', () => {
  // Two page breaks after lines of the same width (68 columns each), the third after a shorter one (H1's shape).
  const three = (page: (n: number) => string, sentences: readonly [string, string, string, string, string, string]) =>
    `一、测试\n1.甲。${sentences[0]}\n${page(1)}\n${sentences[1]}\n（牵头单位：市数据资源局）\n` +
    `2.乙。${sentences[2]}\n${page(2)}\n${sentences[3]}\n（牵头单位：市生态环境局）\n` +
    `3.丙。${sentences[4]}\n${page(3)}\n${sentences[5]}\n（牵头单位：市人力资源社会保障局）`;
  const hansSentences = [
    '年底前新建5G基站2000个以上，全市千兆光网覆盖率稳定在九成，新建',
    '数据中心2个。',
    '城市和县城生活污水集中收集率分别达到75%、70%，新建改造污水管网',
    '100公里左右。',
    '城镇新增就业5.5万人，城镇调查失',
    '业率控制在5.5%以内。',
  ] as const;
  const hantSentences = [
    '年底前新建5G基站2000個以上，全市千兆光網覆蓋率穩定在九成，新建',
    '數據中心2個。',
    '城市和縣城生活污水集中收集率分別達到75%、70%，新建改造污水管網',
    '100公里左右。',
    '城鎮新增就業5.5萬人，城鎮調查失',
    '業率控制在5.5%以內。',
  ] as const;
  for (const [name, page] of [
    ['— n —', (n: number) => `— ${n} —`],
    ['·n·', (n: number) => `·${n}·`],
    ['第 n 页', (n: number) => `第 ${n} 页`],
  ] as const) {
    test(`three page breaks (${name}), the third after a shorter line: each sentence is joined across its page number`, () => {
      const text = three(page, hansSentences);
      const plan = built(text);
      assert.deepEqual(
        plan.tasks.map((t) => t.body['zh-Hans']),
        [0, 2, 4].map((i) => `${hansSentences[i]}${hansSentences[i + 1]}`),
      );
      const target = plan.targets.find((t) => t.taskId === 't03' && t.unit === '%')!;
      assert.equal(target.metric['zh-Hans'], '城镇调查失业率');
      assert.equal(target.quote, `城镇调查失\n${page(3)}\n业率控制在5.5%以内`);
      assert.equal(plan.targets.find((t) => t.valueText === '100')!.metric['zh-Hans'], '新建改造污水管网');
    });
  }
  test('in Traditional script too', () => {
    const plan = built(three((n) => `— ${n} —`, hantSentences));
    assert.equal(plan.tasks[2]!.body['zh-Hant'], '城鎮新增就業5.5萬人，城鎮調查失業率控制在5.5%以內。');
    assert.equal(plan.targets.find((t) => t.taskId === 't03' && t.unit === '%')!.metric['zh-Hant'], '城鎮調查失業率');
  });
  test('a shorter line before a numbering, units or a field after the page break is not joined', () => {
    const text = three((n) => `— ${n} —`, [...hansSentences.slice(0, 4), '城镇新增就业5.5万人', '完成时限：2024年6月底前'] as never);
    assert.equal(built(text).tasks[2]!.body['zh-Hans'], '城镇新增就业5.5万人');
  });
  test('units, closed, or a field before the page break end where they are written; units the page cut go on', () => {
    const text = '（牵头单位：市生态环境局）\n— 3 —\n芜湖市人民政府办公室\n完成时限：2024年6月底前\n— 4 —\n2024年3月1日\n（牵头单位：市人力资源\n— 5 —\n社会保障局）';
    assert.equal(
      unwrapSpan(text, { offset: 0, length: text.length }, 68, lineWidths(text)).text,
      '（牵头单位：市生态环境局）\n芜湖市人民政府办公室\n完成时限：2024年6月底前\n2024年3月1日\n（牵头单位：市人力资源社会保障局）',
    );
  });
  test('a shorter line with no page break after it is not joined, as before', () => {
    const text = three((n) => `— ${n} —`, hansSentences).replace('城镇调查失\n— 3 —\n', '城镇调查失\n');
    assert.equal(built(text).tasks[2]!.body['zh-Hans'], '城镇新增就业5.5万人，城镇调查失\n业率控制在5.5%以内。');
  });
});

/**
 * Review r66 M2: a page number between two dots (`·6·`) was not page furniture: it stayed in the body and cut the
 * sentence (一网统管事件 ⏎ ·6· ⏎ 办结率: a metric 办结率).
 */
describe('a page number between dots is page furniture (r66 M2)', () => {
  for (const furniture of ['·6·', '· 6 ·', '• 6 •', '•6•', '・6・', '・ 6 ・']) {
    test(`${furniture} in the middle of a sentence is left out`, () => {
      const text = hans(furniture);
      const plan = built(text);
      assert.equal(plan.tasks[0]!.body['zh-Hans'], '城镇新增就业5.5万人，城镇调查失业率控制在5.5%以内。');
      const target = plan.targets.find((t) => t.unit === '%')!;
      assert.equal(target.metric['zh-Hans'], '城镇调查失业率');
      assert.equal(target.quote, `城镇调查失\n${furniture}\n业率控制在5.5%以内`);
    });
  }
  test('in Traditional script too (‧6‧)', () => {
    const plan = built(hant('‧6‧'));
    assert.equal(plan.targets.find((t) => t.unit === '%')!.metric['zh-Hant'], '城鎮調查失業率');
  });
  test('between tasks it is skipped', () => {
    const { plan, diagnostics } = planFromText(`1.甲。新建基站500个。\n（牵头单位：市数据资源局）\n·2·\n2.乙。新建充电桩300个。\n（牵头单位：市数据资源局）`, options);
    assert.ok(plan, JSON.stringify(diagnostics));
    assert.equal(plan.tasks.length, 2);
  });
  test('a bare number alone on a line is not one: it may be a value, and stays', () => {
    assert.equal(built('1.甲。新建基站\n6\n个。\n（牵头单位：市数据资源局）').tasks[0]!.body['zh-Hans'], '新建基站\n6\n个。');
  });
});
