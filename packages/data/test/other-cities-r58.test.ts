/**
 * Review r58's parser findings (F76), each a target the plan states that F70 lost or misread: 已完成, 已建成 in a
 * sentence that names the plan's year in words (年内, 全年, 当年, 期末), an aim (确保, 力争) or a bound or a deadline after
 * the number is a target still; 超过2019年水平 stays in the metric unless the value is read as a rise since that year;
 * a soil nutrient in 毫克/千克 is no pollutant, whatever the sentence names before it; a list of levels keeps each level.
 * Each case is the smallest input that went wrong, in Simplified and Traditional where a word differs.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readingsOf as read, timedOf as timed, unreadOf as past } from './helpers.js';

describe('M3: 已完成, 已建成 with the plan’s year, an aim, a bound or a deadline is a target', () => {
  test('the plan’s year in words (年内, 全年, 当年, 年度, 期末, 今年), in both scripts', () => {
    assert.deepEqual(read('年内全市已完成老旧小区改造200个。'), [['全市已完成老旧小区改造', 'exact', 200, '个', 'flow']]);
    assert.deepEqual(read('年內全市已完成老舊小區改造200個。'), [['全市已完成老舊小區改造', 'exact', 200, '個', 'flow']]);
    assert.deepEqual(read('全年已完成造林面积5万亩。').map(([, , value]) => value), [5]);
    assert.deepEqual(read('当年已完成造林面积5万亩。').map(([, , value]) => value), [5]);
    assert.deepEqual(read('當年已完成造林面積5萬畝。').map(([, , value]) => value), [5]);
    assert.deepEqual(read('年度已完成造林面积5万亩。').map(([, , value]) => value), [5]);
    assert.deepEqual(read('到期末已建成充电桩3000个。').map(([, , value]) => value), [3000]);
    assert.deepEqual(read('今年全市已完成造林面积5万亩。').map(([, , value]) => value), [5]);
  });

  test('an aim before 已 (确保, 力争, 争取, 要), in both scripts', () => {
    assert.deepEqual(read('确保全市已完成老旧小区改造200个。'), [['全市已完成老旧小区改造', 'exact', 200, '个', 'flow']]);
    assert.deepEqual(read('確保全市已完成老舊小區改造200個。').map(([, , value]) => value), [200]);
    assert.deepEqual(read('力争全市已建成5G基站3000个。'), [['全市已建成5G基站', 'exact', 3000, '个', 'flow']]);
    assert.deepEqual(read('力爭全市已建成5G基站3000個。').map(([, , value]) => value), [3000]);
    assert.deepEqual(read('争取全市已建成5G基站3000个。').map(([, , value]) => value), [3000]);
    assert.deepEqual(read('全市要已完成造林面积5万亩。').map(([, , value]) => value), [5]);
  });

  test('a bound or a deadline after the number', () => {
    // A deadline after the value is the sentence's, not read onto it (as before F70): the target stays.
    assert.deepEqual(read('全市已建成5G基站3000个以上,2024年底前完成。'), [['全市已建成5G基站', 'atLeast', 3000, '个', 'flow']]);
    assert.deepEqual(read('全市已建成5G基站3000个以上。').map(([, comparator, value]) => [comparator, value]), [['atLeast', 3000]]);
    assert.deepEqual(read('全市已完成造林面积5万亩,2024年底前完成。').map(([, , value]) => value), [5]);
    assert.deepEqual(read('全市已完成造林面積5萬畝,2024年底前完成。').map(([, , value]) => value), [5]);
  });

  test('with nothing else, 已完成 states a past fact still; so does 主要 or 重要 before it', () => {
    assert.deepEqual(read('全市已完成造林面积5万亩。'), []);
    assert.deepEqual(past('全市已完成造林面积5万亩。'), [['5万亩', '已完成']]);
    assert.deepEqual(past('主要河流已完成整治30条。'), [['30条', '已完成']]);
    assert.deepEqual(past('上年度全市已完成造林面积5万亩。').length, 1);
    // A later clause with a value of its own is its own target: its year, 全年 or 达到 leave the first a past fact.
    assert.deepEqual(past('全市已完成造林面积5万亩,2025年达到8万亩。'), [['5万亩', '已完成']]);
    assert.deepEqual(past('全市已实现新增就业2万人,全年达到3万人。'), [['2万人', '已实现']]);
  });
});

describe('M4: 超过2019年水平 stays in the metric unless the value is a rise since 2019', () => {
  test('points and amounts keep the words, in both scripts', () => {
    assert.deepEqual(timed('全市空气优良天数比例超过2019年水平2个百分点。'), [['全市空气优良天数比例超过2019年水平', 'atLeast', 2, undefined, undefined]]);
    assert.deepEqual(timed('旅游收入超过2019年水平10亿元。'), [['旅游收入超过2019年水平', 'atLeast', 10, undefined, undefined]]);
    assert.deepEqual(timed('旅遊收入超過2019年水平10億元。'), [['旅遊收入超過2019年水平', 'atLeast', 10, undefined, undefined]]);
  });

  test('a percentage is still a rise on 2019', () => {
    assert.deepEqual(timed('旅游收入超过2019年水平10%。'), [['旅游收入', 'increaseBy', 10, undefined, 2019]]);
  });
});

describe('M6: a soil nutrient in 毫克/千克 is no pollutant, whatever the sentence names before it', () => {
  test('有效磷, 速效钾, 碱解氮, 有机质 are floors after 重金属, in both scripts', () => {
    assert.deepEqual(read('加强土壤重金属污染防治,耕地土壤有效磷含量达到20毫克/千克。'), [['耕地土壤有效磷含量', 'atLeast', 20, '毫克/千克', 'level']]);
    assert.deepEqual(read('加強土壤重金屬污染防治,耕地土壤有效磷含量達到20毫克/千克。'), [['耕地土壤有效磷含量', 'atLeast', 20, '毫克/千克', 'level']]);
    assert.deepEqual(read('开展重金属污染耕地治理,耕地质量提升,土壤速效钾含量达到150毫克/千克。'), [['土壤速效钾含量', 'atLeast', 150, '毫克/千克', 'level']]);
    assert.deepEqual(read('防治重金属污染,土壤碱解氮含量达到100毫克/千克。').map(([, comparator]) => comparator), ['atLeast']);
    assert.deepEqual(read('防治重金属污染,土壤有机质含量达到20克/千克。').map(([, comparator]) => comparator), ['atLeast']);
  });

  test('a metal named in the metric’s own words is a ceiling still', () => {
    assert.deepEqual(read('土壤镉含量达到0.3毫克/千克。'), [['土壤镉含量', 'atMost', 0.3, '毫克/千克', 'level']]);
    assert.deepEqual(read('加强土壤污染防治,土壤重金属含量达到0.3毫克/千克。').map(([, comparator]) => comparator), ['atMost']);
  });
});

describe('Low 9: a 分别 list of levels or of animals names each item, no made-up name', () => {
  test('国家、省、市三级分别…: 国家级, 省级, 市级, in both scripts', () => {
    assert.deepEqual(read('国家、省、市三级分别创建示范村10个、20个、30个。').map(([metric]) => metric), ['国家级示范村', '省级示范村', '市级示范村']);
    assert.deepEqual(read('國家、省、市三級分別創建示範村10個、20個、30個。').map(([metric]) => metric), ['國家級示範村', '省級示範村', '市級示範村']);
  });

  test('市、县(区)两级分别…: 市级, 县(区)级', () => {
    assert.deepEqual(read('市、县(区)两级分别投入资金5亿元、3亿元。').map(([metric]) => metric), ['市级投入资金', '县(区)级投入资金']);
  });

  test('牛、羊奶产量分别…: 牛奶产量, 羊奶产量, as 牛、羊肉 is; in both scripts', () => {
    assert.deepEqual(read('牛、羊奶产量分别达到10万吨、5万吨。').map(([metric]) => metric), ['牛奶产量', '羊奶产量']);
    assert.deepEqual(read('牛、羊奶產量分別達到10萬噸、5萬噸。').map(([metric]) => metric), ['牛奶產量', '羊奶產量']);
    assert.deepEqual(read('猪、牛、羊肉产量分别达到10万吨、5万吨、3万吨。').map(([metric]) => metric), ['猪肉产量', '牛肉产量', '羊肉产量']);
  });
});
