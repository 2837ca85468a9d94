/**
 * Review r114 (a supervision office at the end of September 2023): a running total filled with one month's figure whose
 * note says so (F2), the "looks like the level" warning of a target in percentage points asking for a percent (F3), and
 * 13標台 refused for a target in 標臺 (F5).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { planFromText } from '../src/node/plan-from-text.js';
import { importProgressFiles } from '../src/progress/index.js';
import { monthForTotal } from '../src/progress/month-figure.js';
import { dzPlanHere } from './helpers.js';
import { csv, importFiles, inEach, langs, plan as dezhou } from './progress-import-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'dz-plan-r114-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);

describe('r114 F2: a running total filled with a month’s figure whose note says so', () => {
  const rows = ['t26.3,1.6,2023-09-30,9月份用水量', 't57.3,0.5,2023-09-30,9月當月新增', 't01.2,8,2023-09-30,本月成交額'];

  test('each row is refused, in each language, asking for the total since the start with the month’s figure in the note', async () => {
    const results = await inEach([csv('sep.csv', ...rows)]);
    for (const lang of langs) {
      assert.deepEqual(
        results[lang].problems.map((p) => [p.row, p.code, p.column, p.text]),
        [
          [2, 'monthForTotal', '備註', '9月份用水量'],
          [3, 'monthForTotal', '備註', '9月當月新增'],
          [4, 'monthForTotal', '備註', '本月成交額'],
        ],
        lang,
      );
      assert.equal(results[lang].report, undefined, lang);
    }
    assert.equal(
      results['zh-Hant'].problems[0]!.message,
      'sep.csv 第 2 行「備註」欄:t26.3 的完成值是自 2023-01-01 起的累計數,備註「9月份用水量」說 1.6 是一個月的數,不能當作累計數評估:請填截至 2023-09-30 的累計數,當月的數寫在備註,如「其中當月 1.6」',
    );
    assert.equal(
      results['zh-Hans'].problems[1]!.message,
      'sep.csv 第 3 行“備註”列:t57.3 的完成值是自 2023-01-01 起的累计数,备注“9月當月新增”说 0.5 是一个月的数,不能当作累计数评估:请填截至 2023-09-30 的累计数,当月的数写在备注,如“其中当月 0.5”',
    );
    assert.equal(
      results.en.problems[2]!.message,
      `sep.csv, row 4, 備註: t01.2 is a running total since 2023-01-01, but the note "本月成交額" says 8 is one month's figure, which cannot be judged as the total: write the total up to 2023-09-30, and the month's figure in the note, such as "of which this month: 8"`,
    );
  });

  test('Simplified notes, the other words of one month (单月, 月度, 当月, 本月) and English ones are refused alike', async () => {
    const notes = ['9月份用水量', '单月新增', '月度成交额', '当月数', '本月新增就业', '九月份数据', '9 月份', 'figure for this month', 'Monthly figure'];
    const result = await importFiles([csv('hans.csv', ...notes.map((note, i) => `t01.2,${8 + i},2023-09-${10 + i},${note}`))]);
    assert.deepEqual(
      result.problems.map((p) => [p.code, p.text]),
      notes.map((note) => ['monthForTotal', note]),
    );
  });

  test('words that are not a month’s figure pass: 月度計劃, 按月調度, 截至9月底累計, 1-9月份累計, 其中9月份, 本月底', async () => {
    const notes = ['月度計劃已下達', '按月調度', '截至9月底累計', '1-9月份', '1～9月份合計', '累計,其中9月份1.6', '其中當月 1.6', '截至本月底', '月度统计报表', '年初至今', '全年9月份已完成過半', '月度考核', 'of which this month: 1.6', 'total to date'];
    const result = await importFiles([csv('ok.csv', ...notes.map((note, i) => `t01.2,${50 + i},2023-09-${10 + i},${note}`))]);
    assert.deepEqual(result.problems.map((p) => [p.code, p.text]), []);
    assert.equal(result.accepted, notes.length);
  });

  test('a note about another month, a span of months or a figure of its own says nothing of the value: read (review r115 F1)', async () => {
    const notes = ['剩余1200个预计12月份完成', '其余36个10月份开工', '第3家预计11月份公示', '8月份起按季度统计', '10月份数据待统计局反馈', '1月至9月份', '2023年1月-9月份开工', '较上月增加5项，本月新增5项', '前三季度，9月份新开通300个', '九月份起按季度统计，十月份数据待反馈'];
    const result = await importFiles([csv('r115.csv', ...notes.map((note, i) => `t01.2,${30 + i},2023-09-${10 + i},${note}`))]);
    assert.deepEqual(result.problems.map((p) => [p.code, p.text]), []);
    assert.equal(result.accepted, notes.length);
  });

  test('a year, the row’s own value or 一 in a word is no figure of its own: the month’s note is refused (review r117 F4)', async () => {
    const notes = ['2023年9月份用水量', '9月份成交額(統一口徑)', '本月數,進一步核實中', '本月成交额,2023年'];
    const result = await importFiles([csv('r117.csv', ...notes.map((note) => `t01.2,8,2023-09-30,"${note}"`))]);
    assert.deepEqual(
      result.problems.map((p) => [p.code, p.text]),
      notes.map((note) => ['monthForTotal', note]),
    );
  });

  test('the row’s own value in the note, bare or in a unit, is no figure of its own (review r117 F4)', () => {
    const [t012, t263] = [dezhou.targets.find((t) => t.id === 't01.2')!, dezhou.targets.find((t) => t.id === 't26.3')!];
    const monthOf = (target: typeof t012, value: number, note: string) => monthForTotal(target, note, '2023-09-30', '2023-01-01', value);
    for (const note of ['本月成交額8', '本月成交額8億元', '本月成交额8亿元', '本月成交額80000萬元', '九月份成交額8', '本月成交額八億元']) assert.equal(monthOf(t012, 8, note), '2023-01-01', note);
    assert.equal(monthOf(t012, 1.6, '9月份用水量1.6億立方米'), '2023-01-01');
    assert.equal(monthOf(t263, 1.6, '9月份用水量1.6億立方米'), '2023-01-01');
    assert.equal(monthOf(t263, 1.6, '9月份用水量16000萬立方米'), '2023-01-01');
    // Another figure (a count, another amount, a quantity in words), another month or a span still says nothing of it.
    for (const note of ['本月成交額8億元,新增5項', '本月新增5項', '本月成交額9億元', '本月新增五項', '本月新開通三百個', '十月份數據待反饋', '1月至9月份']) assert.equal(monthOf(t012, 8, note), undefined, note);
  });

  test('the row’s own value in the note is refused through the import too (review r117 F4)', async () => {
    const rows = ['t01.2,8,2023-09-30,本月成交額8', 't01.2,8,2023-09-29,本月成交額8億元', 't26.3,1.6,2023-09-30,9月份用水量1.6億立方米', 't01.2,1.6,2023-09-28,9月份用水量1.6億立方米'];
    const result = await importFiles([csv('r117-value.csv', ...rows)]);
    assert.deepEqual(
      result.problems.map((p) => [p.code, p.text]),
      rows.map((row) => ['monthForTotal', row.split(',')[3]!]),
    );
  });

  test('a count of one in the note is a figure of its own (本月新增一項, 一家企業): read (review r118 F4)', async () => {
    const notes = ['本月新增一項', '本月新增一個', '本月新增一家企業', '9月份新增一條線路'];
    const result = await importFiles([csv('one.csv', ...notes.map((note, i) => `t01.2,${72 + i},2023-09-${10 + i},${note}`))]);
    assert.deepEqual(result.problems.map((p) => [p.code, p.text]), []);
    const inWord = await importFiles([csv('word.csv', 't01.2,8,2023-09-30,9月份成交額(統一口徑)')]);
    assert.deepEqual(inWord.problems.map((p) => p.code), ['monthForTotal']);
  });

  test('a month’s note on a level, or on a total in its first month (the month is the total), is read', async () => {
    // t30.5 (城市萬人擁有公共交通車輛 13標臺) is a level: its figure of the month is the figure.
    const result = await importFiles([csv('level.csv', 't30.5,12.5,2023-09-30,本月數', 't01.2,8,2023-01-31,1月份成交額')]);
    assert.deepEqual(result.problems, []);
    assert.equal(result.accepted, 2);
  });

  test('dz-plan progress import refuses the sheet (exit 1) and reads the figure written as asked', async () => {
    writeFileSync(at('sep.csv'), ['指標編號,完成值,截至日期,備註', ...rows].join('\r\n'));
    const refused = await dzPlanHere('progress', 'import', at('sep.csv'), '-o', at('sep.json'), '--lang', 'zh-Hant');
    assert.equal(refused.status, 1, refused.stderr);
    assert.match(refused.stderr, /t26\.3 的完成值是自 2023-01-01 起的累計數,備註「9月份用水量」說 1\.6 是一個月的數/u);
    assert.doesNotMatch(refused.stdout + refused.stderr, /進度正常|嚴重滯後/u);
    writeFileSync(at('ytd.csv'), ['指標編號,完成值,截至日期,備註', 't26.3,15.2,2023-09-30,其中當月 1.6'].join('\r\n'));
    const read = await dzPlanHere('progress', 'import', at('ytd.csv'), '-o', at('ytd.json'), '--lang', 'zh-Hant');
    assert.equal(read.status, 0, read.stderr);
  });
});

/** A plan of a rise in percentage points (r114's 研發經費投入強度), a level in 標臺 and a count in 臺. */
const plan = planFromText('1.甲。全社會研發經費投入強度提高0.2個百分點,城市萬人擁有公共交通車輛達到13標臺,新增充電樁500臺。（牽頭單位：市科技局）', {
  title: '測試',
  issuer: '某市人民政府',
  year: 2023,
}).plan!;
const imported = (lang: (typeof langs)[number], ...lines: string[]) => importProgressFiles([csv('a.csv', ...lines)], plan, { lang, today: '2024-06-01' });

describe('r114 F3: a rise in percentage points read far beyond its target', () => {
  test('the plan holds the kinds this file is about', () => {
    assert.deepEqual(
      plan.targets.map((t) => `${t.id} ${t.comparator} ${t.measure} ${t.unit}`),
      ['t01.1 increaseBy rate 個百分點', 't01.2 atLeast level 標臺', 't01.3 exact flow 臺'],
    );
  });

  test('the warning asks for the rise in percentage points, in each language, not in %', async () => {
    const asked = { 'zh-Hant': /請改填增長了多少個百分點;/u, 'zh-Hans': /请改填增长了多少个百分点;/u, en: /write the rise in percentage points \(/u };
    for (const lang of langs) {
      const result = await imported(lang, 't01.1,2.65,2023-09-30,');
      assert.deepEqual(result.warnings.map((w) => w.code), ['levelForChange'], lang);
      assert.match(result.warnings[0]!.message, asked[lang], lang);
      assert.doesNotMatch(result.warnings[0]!.message, /百分比|in %/u, lang);
    }
  });

  test('the rise written as asked is read, bare or in points', async () => {
    const result = await imported('zh-Hant', 't01.1,0.15,2023-06-30,', 't01.1,0.18個百分點,2023-09-30,', 't01.1,0.19个百分点,2023-10-31,');
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.warnings, []);
    assert.equal(result.accepted, 3);
  });

  test('a change in % keeps asking for the per cent', async () => {
    const result = await importFiles([csv('lv.csv', 't26.5,31.2,2023-03-31,')], 'en');
    assert.match(result.warnings[0]!.message, /write the fall in % \(/u);
  });
});

describe('r114 F5: 台, the everyday form of 臺, in a unit written after the value', () => {
  test('13標台 is read for a target in 標臺, as 13標臺 and 13标台 are; 5台 for one in 臺', async () => {
    for (const lang of langs) {
      const result = await imported(lang, 't01.2,13標台,2023-06-30,', 't01.2,13標臺,2023-07-31,', 't01.2,13标台,2023-08-31,', 't01.3,5台,2023-06-30,', 't01.3,0.05萬台,2023-08-31,');
      assert.deepEqual(result.problems, [], lang);
      assert.deepEqual(result.report!.entries.map((e) => e.value), [13, 13, 13, 5, 500], lang);
    }
  });

  test('in the Dezhou plan too (t30.5, 13標臺); another unit is still refused', async () => {
    const result = await importFiles([csv('bus.csv', 't30.5,13標台,2023-06-30,', 't30.5,13輛,2023-09-30,', 't30.5,13台,2023-10-31,')], 'zh-Hant');
    assert.deepEqual(result.problems.map((p) => [p.row, p.code]), [[3, 'wrongUnit'], [4, 'wrongUnit']]);
    assert.match(result.problems[0]!.message, /「13輛」的單位與目標不符/u);
  });
});
