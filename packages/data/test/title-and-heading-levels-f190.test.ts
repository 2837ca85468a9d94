/**
 * F190 (F186's and r80 L6's leftovers): a 規劃's title line after a notice was not found (規劃 was no plan word, and a
 * year after it was not read), so the notice's date made the year; and a document with （一） headings under some 一、
 * headings said one problem four times (each 一、 heading an error of its own, with two pieces of advice).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parsePlanText } from '../src/parse-plan-text.js';
import { checkParsed } from '../src/node/after-parse.js';
import { planFromText } from '../src/node/plan-from-text.js';
import { diagnosticIn } from '../src/node/diagnostic-words.js';

describe('F190: a 規劃\'s title', () => {
  const notice = ['某市人民政府关于印发某市科技创新规划的通知', '某政发〔2021〕12号', '各县区人民政府：', '现印发给你们，请认真组织实施。', '某市人民政府', '2021年6月1日'];
  const plan = (title: string) => {
    const text = [...notice, title, '', '1.研发经费投入强度提高1个百分点。', '牵头单位：市科技局', ''].join('\n');
    const { plan, issues } = planFromText(text, { issuer: '某市人民政府' });
    assert.deepEqual(issues, []);
    return plan!;
  };

  test('the title line after a notice, 规划 before or after the years, is the title; its years the plan\'s', () => {
    for (const title of ['某市“十四五”科技创新规划（2021—2025年）', '某市2021—2025年科技创新规划']) {
      const built = plan(title);
      assert.deepEqual([built.title['zh-Hans'], built.year, built.period.start], [title, 2025, '2021-01-01']);
    }
  });

  test('Traditional 規劃 too', () => {
    assert.equal(plan('某市「十四五」科技創新規劃（2021—2025年）').title['zh-Hant'], '某市「十四五」科技創新規劃（2021—2025年）');
  });
});

describe('F190: one heading problem said once, every line named', () => {
  const task = (n: number) => `${n}、新建基站${n}个。（市发展改革委牵头）`;

  test('一、 sections, （一） headings under some (linyi-2024\'s shape): one error naming each 一、 heading\'s line', () => {
    // Lines 2 and 7 have （一） headings under them, 12 and 14 none.
    const text = ['临沂市2024年重点工作任务', '一、聚力扩大有效需求', '（一）扩大有效投资', task(1), '（二）提振消费', task(2), '二、推动产业转型升级', '（一）壮大先进制造业', task(3), '（二）发展数字经济', task(4), '三、推动绿色低碳发展', task(5), '四、持续增进民生福祉', task(6), ''].join('\n');
    const said = checkParsed(text, parsePlanText(text)).diagnostics;
    assert.deepEqual(said.map((d) => [d.severity, d.code, d.line]), [['error', 'headingAboveSections', 2]]);
    assert.match(said[0]!.message, /^the 一、 headings are read as the sections, and the （一） headings under those of lines 2, 7 are not read; those of lines 12, 14 have none: /u);
    assert.match(diagnosticIn(said[0]!, 'zh-Hans').message, /^“一、”标题读作部分,第 2、7 行的“一、”标题之下的（一）标题未读;第 12、14 行的没有（一）标题:/u);
    assert.match(diagnosticIn(said[0]!, 'zh-Hant').message, /^「一、」標題讀作部分,第 2、7 行的「一、」標題之下的（一）標題未讀;第 12、14 行的沒有（一）標題:/u);
  });

  test('（一） sections under 一、 headings: one error naming each 一、 heading\'s line', () => {
    const text = ['某市2024年重点工作任务', '一、坚持创新驱动', '（一）培育新兴产业', task(1), '二、深化改革开放', '（二）优化营商环境', task(2), '（三）扩大对外开放', task(3), ''].join('\n');
    const said = checkParsed(text, parsePlanText(text)).diagnostics;
    assert.deepEqual(said.map((d) => [d.severity, d.code, d.line]), [['error', 'headingAboveSections', 2]]);
    assert.match(said[0]!.message, /^the （一） headings are read as the sections, and the 一、 headings above them \(lines 2, 5\) are not read: /u);
    assert.match(diagnosticIn(said[0]!, 'zh-Hans').message, /^（一）标题读作部分,其上的“一、”标题\(第 2、5 行\)未读:/u);
  });

  test('（一） sections and a 一、 heading with none under it: that error, naming its line', () => {
    const text = ['某市2024年重点工作任务', '（一）培育新兴产业', task(1), '（二）优化营商环境', task(2), '三、扩大对外开放', task(3), ''].join('\n');
    const said = checkParsed(text, parsePlanText(text)).diagnostics;
    assert.deepEqual(said.map((d) => [d.severity, d.code, d.line]), [['error', 'headingWithoutSubsections', 6]]);
    assert.match(diagnosticIn(said[0]!, 'zh-Hant').message, /^（一）標題讀作部分,第 6 行的「一、」標題之下沒有（一）標題:/u);
  });
});
