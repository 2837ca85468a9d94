/**
 * Past facts in another city's plan (F45): a sentence led by a time before the plan's year (截至2023年底, 上年末, 去年,
 * 2023年 in a plan of 2024) states what was already done, a preamble's review or a base stated; a supervision office
 * tracks none of it. Its values are not proposed, and never dropped silently: each is an unread numeral (`past`) that
 * `dz-plan build` says (`numeralNotRead`). Each case is the smallest input that went wrong, or that pins what stays.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { main } from '../src/cli.js';
import { extractTargets, extractTargetsAndUnread } from '../src/extract-targets.js';
import { diagnosticIn } from '../src/node/diagnostic-words.js';
import { oneTaskPlan, traceable } from './helpers.js';

/** Each proposal of `text` in a plan of 2024 (or as `options` say: `{}`, a plan of unknown year) as its metric and value. */
const proposed = (text: string, options: { year?: number } = { year: 2024 }) => extractTargets(text, options).map((p) => [p.metric, p.valueText]);
/** Each numeral of `text` not read, a past fact, in a plan of 2024 (or as `options` say), as what it says and when. */
const past = (text: string, options: { year?: number } = { year: 2024 }) =>
  extractTargetsAndUnread(text, options)
    .unread.filter((u) => u.reason === 'past')
    .map((u) => [u.quantity, u.when]);

describe('a sentence led by a time before the plan’s year states past facts: no targets', () => {
  test('截至2023年底,全市已建成5G基站3000个: a state at a past date', () => {
    assert.deepEqual(proposed('截至2023年底,全市已建成5G基站3000个。'), []);
    assert.deepEqual(past('截至2023年底,全市已建成5G基站3000个。'), [['3000个', '截至2023年底']]);
  });
  test('上年末全市存款余额5000亿元: the stock at the end of the year before', () => {
    assert.deepEqual(proposed('上年末全市存款余额5000亿元。'), []);
    assert.deepEqual(past('上年末全市存款余额5000亿元。'), [['5000亿元', '上年末']]);
  });
  test('去年全市新建充电桩300个: last year’s work', () => {
    assert.deepEqual(proposed('去年全市新建充电桩300个。'), []);
    assert.deepEqual(past('去年全市新建充电桩300个。'), [['300个', '去年']]);
  });
  test('2023年全市地区生产总值达到3500亿元,增长6% in a plan of 2024: both values, to the end of the sentence', () => {
    assert.deepEqual(proposed('2023年全市地区生产总值达到3500亿元,增长6%。'), []);
    assert.deepEqual(past('2023年全市地区生产总值达到3500亿元,增长6%。'), [
      ['3500亿元', '2023年'],
      ['6%', '2023年'],
    ]);
  });
  test('other leads: 截止到, 截至…月底, 截至上年末, 截至目前, 去年底, 上一年, 2023年上半年, 2023年1—11月, 2022—2023年, 2023年以来, a clause after 其中', () => {
    for (const [text, when] of [
      ['截止到2023年末,全市已建成5G基站3000个。', '截止到2023年末'],
      ['截至2023年10月底,全市已建成5G基站3000个。', '截至2023年10月底'],
      ['截至上年末,全市存款余额5000亿元。', '截至上年末'],
      ['截至目前,全市已建成5G基站3000个。', '截至目前'],
      ['去年底全市存款余额5000亿元。', '去年底'],
      ['上一年全市新建充电桩300个。', '上一年'],
      ['2023年上半年,全市新建充电桩300个。', '2023年上半年'],
      ['2023年1—11月,全市规上工业增加值增长8%。', '2023年1—11月'],
      ['2022—2023年,全市累计新建充电桩3000个。', '2022—2023年'],
      ['2023年以来,全市新建充电桩300个。', '2023年以来'],
      ['2023年前三季度,全市规上工业增加值增长8%。', '2023年前三季度'],
      ['其中,2023年新建充电桩300个。', '2023年'],
    ]) {
      assert.deepEqual(proposed(text!), [], text);
      assert.deepEqual(past(text!).map(([, w]) => w), [when], text);
    }
  });
  test('in Traditional: 截至2023年底, 上年末, 去年, 2023年', () => {
    assert.deepEqual(proposed('截至2023年底,全市已建成5G基站3000個。'), []);
    assert.deepEqual(past('截至2023年底,全市已建成5G基站3000個。'), [['3000個', '截至2023年底']]);
    assert.deepEqual(past('上年末全市存款餘額5000億元。'), [['5000億元', '上年末']]);
    assert.deepEqual(past('去年全市新建充電樁300個。'), [['300個', '去年']]);
    assert.deepEqual(proposed('2023年全市地區生產總值達到3500億元,增長6%。'), []);
    assert.deepEqual(past('截止到2023年末,全市累計建成充電樁3000個以上。'), [['3000個以上', '截止到2023年末']]);
  });
  test('only the sentence: the next one is read as before', () => {
    assert.deepEqual(proposed('去年全市新建充电桩300个。新建5G基站500个。'), [['新建5G基站', '500']]);
    assert.deepEqual(proposed('截至2023年底,全市已建成5G基站3000個;新建充電樁500個。'), [['新建充電樁', '500']]);
    traceable('去年全市新建充电桩300个。新建5G基站500个。');
  });
  test('a later clause that names a future time is a target: 2024年再新建, 到2025年, 今年, 年底前', () => {
    assert.deepEqual(proposed('2023年全市新建5G基站3000个,2024年再新建2000个。').map(([, value]) => value), ['2000']);
    assert.deepEqual(past('2023年全市新建5G基站3000个,2024年再新建2000个。'), [['3000个', '2023年']]);
    const reached = extractTargets('截至2023年底,全市已建成5G基站3000个,到2025年达到5000个。', { year: 2024 });
    assert.deepEqual(reached.map((p) => [p.valueText, p.deadline]), [['5000', '2025-12-31']]);
    assert.deepEqual(proposed('去年全市新建充电桩300个,力争今年新建500个。').map(([, value]) => value), ['500']);
    assert.deepEqual(proposed('去年全市新建充电桩300个,年底前再新建500个。').map(([, value]) => value), ['500']);
    assert.deepEqual(proposed('去年全市新建充電樁300個,今年新建500個。').map(([, value]) => value), ['500']);
    traceable('2023年全市新建5G基站3000个,2024年再新建2000个。');
    traceable('截至2023年底,全市已建成5G基站3000个,到2025年达到5000个。');
  });
  test('a later clause of the past with a base of its own stays past: 比上年末增长, 较2022年', () => {
    assert.deepEqual(proposed('截至2023年底,全市存款余额5000亿元,比上年末增长10%。'), []);
    assert.deepEqual(proposed('2023年全市地区生产总值3500亿元,较2022年增长6%。'), []);
  });
});

describe('what is not a past fact stays a target', () => {
  for (const text of [
    '存款余额较上年末增长10%。',
    '地区生产总值比2023年增长6%。',
    '与上年相比,地区生产总值增长6%。',
    '在2023年基础上,地区生产总值增长6%。',
    '2023年基础上,地区生产总值增长6%。',
    '上年同期相比,工业投资增长10%。',
    '到2025年,全市新建5G基站3000个。',
    '2025年底前,全市新建5G基站3000个。',
    '2024年全市新建5G基站3000个。',
    '2024年,全市新建5G基站3000个。',
    '已开工项目完工率达到100%。',
    '确保已建成项目全部投运,投运率达到100%。',
    '截至6月底,全市已建成充电桩300个。',
    '截至2024年底,全市5G基站达到5000个。',
    '存款余额较上年增长10%。',
    '上半年新建充电桩300个。',
    '2023年底前完成农村改厕1万户。',
  ])
    test(text, () => {
      assert.equal(proposed(text).length, 1, text);
      assert.deepEqual(past(text), []);
      traceable(text);
    });
  test('in Traditional: 較上年末, 與上年相比, 已開工項目', () => {
    for (const text of ['存款餘額較上年末增長10%。', '與上年相比,地區生產總值增長6%。', '已開工項目完工率達到100%。', '截止到6月底,已建成充電樁300個。']) {
      assert.equal(proposed(text).length, 1, text);
      traceable(text);
    }
  });
  test('a plan of unknown year: 上年, 去年, 截至上年末, 截至目前 lead past facts; a year, after 截至 or not, does not', () => {
    assert.deepEqual(proposed('上年末全市存款余额5000亿元。', {}), []);
    assert.deepEqual(proposed('去年全市新建充电桩300个。', {}), []);
    assert.deepEqual(past('截至上年末,全市存款余额5000亿元。', {}), [['5000亿元', '截至上年末']]);
    assert.deepEqual(past('截至目前,全市已建成5G基站3000个。', {}), [['3000个', '截至目前']]);
    // Which year 截至2023年底 is before is not known (截至2025年底 may be a target): as before (extract-targets.test.ts, f38).
    assert.deepEqual(proposed('截至2023年底,全市已建成5G基站3000个。', {}), [['全市已建成5G基站', '3000']]);
    assert.deepEqual(proposed('2023年全市新建充电桩300个。', {}).map(([, value]) => value), ['300']);
    assert.deepEqual(past('2023年全市新建充电桩300个。', {}), []);
    traceable('2023年全市新建充电桩300个。');
  });
  test('the plan’s year is the one after: 2023年 is past in a plan of 2024, not in a plan of 2023', () => {
    assert.deepEqual(proposed('2023年全市新建充电桩300个。', { year: 2023 }).map(([, value]) => value), ['300']);
    assert.deepEqual(proposed('2022年全市新建充电桩300个。', { year: 2023 }), []);
  });
});

describe('dz-plan build says each past fact (numeralNotRead), in each language', () => {
  const body = '截至2023年底,全市已建成5G基站3000個。年底前新建5G基站2000個。';
  test('the plan (a plan of 2024) has the target of the year only; the past value is said, naming its line', () => {
    const { plan, diagnostics } = oneTaskPlan(body);
    assert.deepEqual(plan?.targets.map((t) => [t.metric['zh-Hant'], t.value, t.deadline]), [['新建5G基站', 2000, '2024-12-31']]);
    const said = diagnostics.filter((d) => d.code === 'numeralNotRead');
    assert.equal(said.length, 1);
    assert.equal(said[0]!.severity, 'warning');
    assert.equal(said[0]!.line, 1);
    assert.equal(said[0]!.message, 'task 1: 3000個 is a past fact (截至2023年底), not read as a target; if it is one, add it in an overlay (targets.add)');
    assert.equal(diagnosticIn(said[0]!, 'zh-Hant').message, '任務 1:「3000個」是已完成的數字(截至2023年底),未讀作目標;如果它是目標,請在 overlay 裡新增(targets.add)');
    assert.equal(diagnosticIn(said[0]!, 'zh-Hans').message, '任务 1:“3000個”是已完成的数字(截至2023年底),未读作目标;如果它是目标,请在 overlay 里新增(targets.add)');
    assert.equal(diagnosticIn(said[0]!, 'en').message, said[0]!.message);
  });
  test('a numeral with no unit is said as before (an index’s value: unitless-targets-r65.test.ts)', () => {
    const said = oneTaskPlan('新建基站達到500以上,新建5G基站500個。').diagnostics.filter((d) => d.code === 'numeralNotRead');
    assert.deepEqual(said.map((d) => diagnosticIn(d, 'zh-Hant').message), ['任務 1:數值 500 沒有單位,未讀作目標;如果它是目標,請在 overlay 裡新增(targets.add)']);
  });
  test('in Simplified, beside a target of the plan’s year (今年)', () => {
    const { plan, diagnostics } = oneTaskPlan('上年全市新建充电桩300个,今年新建500个。');
    assert.deepEqual(plan?.targets.map((t) => t.value), [500]);
    assert.deepEqual(diagnostics.filter((d) => d.code === 'numeralNotRead').map((d) => diagnosticIn(d, 'zh-Hans').message), ['任务 1:“300个”是已完成的数字(上年),未读作目标;如果它是目标,请在 overlay 里新增(targets.add)']);
  });
  test('dz-plan build says it in English without --lang, in the language of --lang when given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dz-past-'));
    try {
      const file = join(dir, 'plan.txt');
      writeFileSync(file, `1.甲。${body}（牽頭單位：市工信局）\n`);
      const said = async (...extra: string[]) => {
        const lines: string[] = [];
        const write = process.stderr.write.bind(process.stderr);
        process.stderr.write = ((chunk: string) => (lines.push(String(chunk)), true)) as typeof process.stderr.write;
        try {
          await main(['build', file, '--issuer', '某市人民政府', '--year', '2024', '--title', '測試', '-o', join(dir, 'plan.json'), ...extra]);
        } finally {
          process.stderr.write = write;
        }
        return lines.join('');
      };
      assert.match(await said(), /numeralNotRead: task 1: 3000個 is a past fact \(截至2023年底\), not read as a target/);
      assert.match(await said('--lang', 'zh-Hant'), /numeralNotRead: 任務 1:「3000個」是已完成的數字\(截至2023年底\),未讀作目標/);
      assert.match(await said('--lang', 'zh-Hans'), /numeralNotRead: 任务 1:“3000個”是已完成的数字\(截至2023年底\),未读作目标/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
