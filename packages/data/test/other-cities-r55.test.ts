/**
 * Review r55's findings on the parser (F63): influent BOD and COD (进水), which a plan raises, are no ceilings; 当 and
 * 时 in ordinary words (当日, 当场, 实时, 限时) open and close no condition; a gap clause with a year of its own is a
 * target of that year, not a past fact; a past year before 比上年, 较上年, 比去年 or 同比 states a past fact and is no
 * part of the metric; another region's note in brackets (全省目标为, 省定目标, 国家标准为, 全省共) is no target of the
 * city's; other indices than the permanganate index are no pollutants; a metric carried to a later clause leaves out
 * the verb of work done after a year (光伏装机2023年完成投资); and 3个(含)以上 after a 分别 list is every value's floor.
 * Each case is the smallest input that went wrong, in Simplified and Traditional where a word differs.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { triggerAt } from '../src/extract/trigger.js';
import { diagnosticIn } from '../src/node/diagnostic-words.js';
import { oneTaskPlan, readingsOf, timedOf as timed, traceable, unreadOf, unreadOf as past, valuesOf as values } from './helpers.js';

const read = readingsOf;

describe('r55 B1: influent BOD and COD (进水) are raised, not brought down', () => {
  test('an influent concentration reached with 达到 is a floor, in both scripts and in mg/L', () => {
    assert.deepEqual(read('城市生活污水处理厂进水生化需氧量平均浓度达到100毫克/升。'), [
      ['城市生活污水处理厂进水生化需氧量平均浓度', 'atLeast', 100, '毫克/升', 'level'],
    ]);
    assert.deepEqual(read('城市生活污水處理廠進水生化需氧量平均濃度達到100毫克/升。').map(([, comparator]) => comparator), ['atLeast']);
    assert.deepEqual(read('全市污水处理厂进水BOD浓度达到100mg/L。'), [['全市污水处理厂进水BOD浓度', 'atLeast', 100, 'mg/L', 'level']]);
    assert.deepEqual(read('城市生活污水集中收集率达到70%,进水生化需氧量浓度达到100mg/L。').map(([, comparator, value]) => [comparator, value]), [
      ['atLeast', 70],
      ['atLeast', 100],
    ]);
    assert.deepEqual(read('污水处理厂进水化学需氧量浓度达到250mg/L。').map(([, comparator]) => comparator), ['atLeast']);
    traceable('城市生活污水处理厂进水生化需氧量平均浓度达到100毫克/升。');
  });

  test('effluent (出水) and surface water stay ceilings, beside an influent value too', () => {
    assert.deepEqual(read('城区污水处理厂出水化学需氧量浓度达到50mg/L。').map(([, comparator]) => comparator), ['atMost']);
    assert.deepEqual(read('地表水五日生化需氧量平均浓度达到3mg/L。').map(([, comparator]) => comparator), ['atMost']);
    assert.deepEqual(read('污水处理厂进水生化需氧量浓度达到100mg/L,出水化学需氧量浓度达到50mg/L。').map(([, comparator, value]) => [comparator, value]), [
      ['atLeast', 100],
      ['atMost', 50],
    ]);
  });
});

describe('r55 B2: 当 and 时 in ordinary words make no condition', () => {
  test('the reviewer’s sentences are targets, in both scripts', () => {
    assert.deepEqual(read('当日办结率达到95%以上并实时公开。'), [['当日办结率', 'atLeast', 95, '%', 'rate']]);
    assert.deepEqual(read('當日辦結率達到95%以上並實時公開。'), [['當日辦結率', 'atLeast', 95, '%', 'rate']]);
    assert.deepEqual(values('1.当场办结率达到90%以上并实时反馈。'), [90]);
    assert.deepEqual(values('“当日达”快递服务覆盖率达到90%以上并实现实时追踪。'), [90]);
    assert.deepEqual(values('“当场办结”事项占比达到80%以上并适时扩大范围。'), [80]);
  });

  test('当 in a word of its own opens no condition, though a 时 follows', () => {
    for (const opener of ['当日', '当场', '当天', '当季', '当即', '当选', '当作', '当做', '当成', '当面', '当年', '当前', '当地', '当月', '当期']) {
      assert.deepEqual(values(`${opener}办结事项占比达到80%以上时效明显提升。`), [80], opener);
    }
    assert.deepEqual(values('當場辦結事項占比達到80%以上時效明顯提升。'), [80]);
  });

  test('a word ending in 时 closes no condition', () => {
    for (const closer of ['实时', '适时', '即时', '随时', '临时', '届时', '定时', '限时', '及时', '按时', '准时', '同时', '小时']) {
      assert.deepEqual(values(`当好店小二,办结率达到95%以上并${closer}回访。`), [95], closer);
      assert.deepEqual(values(`当好店小二办结率达到95%以上并${closer}回访。`), [95], closer);
    }
    assert.deepEqual(values('當好店小二辦結率達到95%以上並臨時回訪。'), [95]);
  });

  test('a real condition is still one: 当日均, 当季度, and 持续24小时时 closing at its second 时', () => {
    assert.deepEqual(read('当PM2.5浓度达到150微克/立方米时,启动重污染天气应急响应。'), []);
    assert.deepEqual(read('当日均浓度超过200微克/立方米并持续24小时时,启动应急响应。'), []);
    assert.deepEqual(read('当季度用电量增速低于5%时,启动有序用电。'), []);
    const text = '当PM2.5浓度超过150微克/立方米并持续24小时时启动应急响应。';
    assert.deepEqual(triggerAt(text, 0), { start: 0, end: text.lastIndexOf('时') });
    assert.deepEqual(read(text), []);
  });
});

describe('r55 B3, B4: years of a gap and of a change on the year before', () => {
  test('a gap clause with a year of its own is a target of that year, in both scripts', () => {
    // Named by the sentence's metric, as a gap right after a target is (F65).
    assert.deepEqual(timed('全市城镇化率2023年达到60%,2025年高于全省3个百分点。'), [['全市城镇化率高于全省', 'atLeast', 3, '2025-12-31', undefined]]);
    assert.deepEqual(past('全市城镇化率2023年达到60%,2025年高于全省3个百分点。'), [['60%', '2023年']]);
    assert.deepEqual(timed('全市城鎮化率2023年達到60%,2025年高於全省3個百分點。').map(([, , value, deadline]) => [value, deadline]), [[3, '2025-12-31']]);
    assert.deepEqual(timed('全市城镇化率2023年达到60%,到2025年高于全省3个百分点。').map(([, , value, deadline]) => [value, deadline]), [[3, '2025-12-31']]);
    assert.deepEqual(timed('全市城镇化率2023年达到60%,今年高于全省3个百分点。').map(([, , value, deadline]) => [value, deadline]), [[3, undefined]]);
    // A gap clause with no time of its own is still of the past value's year.
    assert.deepEqual(past('全市城镇化率2023年达到60%,高于全省3个百分点。'), [
      ['60%', '2023年'],
      ['3个百分点', '2023年'],
    ]);
  });

  test('a past year before 比上年, 较上年, 比去年 or 同比 states a past fact, no part of the metric, in both scripts', () => {
    const text = '全市规上工业增加值2023年比上年增长8.5%,2025年达到1500亿元。';
    assert.deepEqual(timed(text), [['全市规上工业增加值', 'atLeast', 1500, '2025-12-31', undefined]]);
    assert.deepEqual(past(text), [['8.5%', '2023年']]);
    assert.deepEqual(timed('全市規上工業增加值2023年比上年增長8.5%,2025年達到1500億元。').map(([metric, , value]) => [metric, value]), [['全市規上工業增加值', 1500]]);
    for (const base of ['比上年', '较上年', '比去年', '同比', '比上年同期']) {
      assert.deepEqual(read(`全市地区生产总值2023年${base}增长6%。`), [], base);
      assert.deepEqual(past(`全市地区生产总值2023年${base}增长6%。`), [['6%', '2023年']], base);
    }
    assert.deepEqual(timed('全市进出口总额2023年比上年增长10%,今年力争增长8%。'), [['全市进出口总额', 'increaseBy', 8, undefined, undefined]]);
    assert.deepEqual(past('全市进出口总额2023年比上年增长10%,今年力争增长8%。'), [['10%', '2023年']]);
    traceable(text);
  });

  test('a later year before 比上年 is the target’s deadline, no part of its metric', () => {
    assert.deepEqual(timed('全市进出口总额2025年比上年增长8%。'), [['全市进出口总额', 'increaseBy', 8, '2025-12-31', undefined]]);
    assert.deepEqual(timed('全市进出口总额2024年同比增长8%。'), [['全市进出口总额', 'increaseBy', 8, undefined, undefined]]);
  });
});

describe('r55 B5: a note about the province or the state in brackets', () => {
  test('is no target of the city’s, in both scripts', () => {
    const city = (text: string) => read(text).map(([metric, , value]) => [metric, value]);
    assert.deepEqual(city('全市研发投入强度达到2.5%(全省目标为2.3%)。'), [['全市研发投入强度', 2.5]]);
    assert.deepEqual(city('全市研發投入強度達到2.5%(全省目標為2.3%)。'), [['全市研發投入強度', 2.5]]);
    assert.deepEqual(city('全市高新技术企业达到1000家(省定目标800家)。'), [['全市高新技术企业', 1000]]);
    assert.deepEqual(city('全市高新技術企業達到1000家(省定目標800家)。'), [['全市高新技術企業', 1000]]);
    assert.deepEqual(city('全市空气质量优良天数比例达到80%(省考核目标为75%)。'), [['全市空气质量优良天数比例', 80]]);
    assert.deepEqual(city('2025年,全市常住人口城镇化率达到65%(国家标准为60%以上),森林覆盖率达到20%。'), [
      ['全市常住人口城镇化率', 65],
      ['森林覆盖率', 20],
    ]);
    assert.deepEqual(city('全市省级以上开发区达到10个(全省共150个)。'), [['全市省级以上开发区', 10]]);
    assert.deepEqual(city('全市新增城镇就业3万人(全省下达任务2.5万人)。'), [['全市新增城镇就业', 3]]);
    assert.deepEqual(city('全市新增城鎮就業3萬人(全省下達任務2.5萬人)。'), [['全市新增城鎮就業', 3]]);
  });

  test('a bracket of the city’s own is still read', () => {
    assert.deepEqual(values('全市研发投入强度达到2.5%(其中市本级达到3%)。'), [2.5, 3]);
    assert.deepEqual(values('全市地区生产总值增长6%(2025年达到7%)。'), [6, 7]);
    assert.deepEqual(values('全市研发投入强度达到2.5%(省级以上研发平台达到50家)。'), [2.5, 50]);
  });
});

describe('r55 B7, B6, B8: indices, carried metrics and (含)以上', () => {
  test('an index other than the permanganate index is no pollutant', () => {
    for (const index of ['高铁通达指数', '高端制造指数', '高校创新指数', '高新技术指数']) {
      assert.deepEqual(read(`${index}稳步提升,管网末梢水余氯浓度达到0.05mg/L。`).map(([, comparator]) => comparator), ['atLeast'], index);
    }
    assert.deepEqual(read('地表水高锰酸盐指数平均浓度达到4mg/L。').map(([, comparator]) => comparator), ['atMost']);
    assert.deepEqual(read('國控斷面高錳酸鹽指數平均濃度達到4毫克/升。').map(([, comparator]) => comparator), ['atMost']);
  });

  test('a metric carried to a later clause leaves out a verb of work done after a year', () => {
    assert.deepEqual(timed('全市光伏装机2023年完成投资50亿元,2025年达到100万千瓦。'), [['全市光伏装机', 'atLeast', 100, '2025-12-31', undefined]]);
    assert.deepEqual(timed('5G基站2023年建成3000个,2025年达到6000个。'), [['5G基站', 'atLeast', 6000, '2025-12-31', undefined]]);
    assert.deepEqual(timed('5G基站2023年建成3000個,2025年達到6000個。').map(([metric]) => metric), ['5G基站']);
    // A metric that names only the work keeps it.
    assert.deepEqual(timed('全市重点项目完成投资,2025年达到1000亿元。').map(([metric]) => metric), ['全市重点项目完成投资']);
    assert.deepEqual(timed('全市完成投资50亿元。').map(([metric]) => metric), ['全市完成投资']);
  });

  test('(含)以上 after a 分别 list is every value’s floor, and the noun after it every item’s, in both scripts', () => {
    assert.deepEqual(read('全市和各县市区分别建成1个、3个(含)以上示范点。'), [
      ['全市示范点', 'atLeast', 1, '个', 'flow'],
      ['各县市区示范点', 'atLeast', 3, '个', 'flow'],
    ]);
    assert.deepEqual(read('全市和各縣市區分別建成1個、3個(含)以上示範點。').map(([metric, comparator]) => [metric, comparator]), [
      ['全市示範點', 'atLeast'],
      ['各縣市區示範點', 'atLeast'],
    ]);
    traceable('全市和各县市区分别建成1个、3个(含)以上示范点。');
  });
});

describe('r55 B2: the level of a condition is said, never dropped silently', () => {
  /** Each numeral of `text` read as a condition's level, as its value and the condition. */
  const conditions = (text: string) => unreadOf(text, 'condition');

  test('unread, with the condition as written, in both scripts; a target beside it stays a target', () => {
    assert.deepEqual(conditions('當PM2.5濃度達到150微克/立方米時,啟動重污染天氣應急響應。'), [['150微克/立方米', '當PM2.5濃度達到150微克/立方米時']]);
    assert.deepEqual(conditions('当日均浓度超过200微克/立方米并持续24小时时,启动应急响应。'), [['200微克/立方米', '当日均浓度超过200微克/立方米并持续24小时时']]);
    const text = '全市PM2.5平均浓度控制在35微克/立方米以内,当日均浓度达到150微克/立方米时启动应急响应。';
    assert.deepEqual(conditions(text), [['150微克/立方米', '当日均浓度达到150微克/立方米时']]);
    assert.deepEqual(values(text), [35]);
    assert.deepEqual(conditions('当日办结率达到95%以上并实时公开。'), []);
  });

  test('dz-plan build says it (numeralNotRead), in each language', () => {
    const { diagnostics } = oneTaskPlan('當PM2.5濃度達到150微克/立方米時,啟動應急響應。年底前新建監測站5個。');
    const said = diagnostics.filter((d) => d.code === 'numeralNotRead');
    assert.deepEqual(
      said.map((d) => d.message),
      ['task 1: 150微克/立方米 is the level of a condition (當PM2.5濃度達到150微克/立方米時), not read as a target; if it is one, add it in an overlay (targets.add)'],
    );
    assert.equal(diagnosticIn(said[0]!, 'zh-Hant').message, '任務 1:「150微克/立方米」是條件的數字(當PM2.5濃度達到150微克/立方米時),未讀作目標;如果它是目標,請在 overlay 裡新增(targets.add)');
    assert.equal(diagnosticIn(said[0]!, 'zh-Hans').message, '任务 1:“150微克/立方米”是条件的数字(當PM2.5濃度達到150微克/立方米時),未读作目标;如果它是目标,请在 overlay 里新增(targets.add)');
  });
});
