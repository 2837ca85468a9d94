/**
 * Reviews r113 and r114 (another city's documents, read as a careful reader would, F279): a per-person standard
 * (低保标准提高到每人每月900元) is a level, named by its standard; 力争 after its clause's subject governs that clause
 * only; an unbracketed 其中 list of levels names the noun of its total; a time limit to finish by (1个工作日办结) is a
 * ceiling; a line break inside a target is read across; a bare 产值 takes its sentence's noun. Read as `dz-plan build`
 * reads a body (`extractTargetsAndUnread`, the plan's year known), in both scripts where the words differ.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluateTarget } from '../src/evaluate-target.js';
import { extractTargetsAndUnread, type ProposedTarget } from '../src/extract-targets.js';
import type { Target } from '../src/schema.js';

/** The targets of `text` in a plan of 2024; each quote checked at its offset. */
function targets(text: string): ProposedTarget[] {
  return extractTargetsAndUnread(text, { year: 2024 }).targets.map((p) => {
    assert.equal(text.slice(p.offset, p.offset + p.quote.length), p.quote, 'the quote is the text at its offset');
    return p;
  });
}

/** Each target of `text` as its metric, comparator, value, unit and measure. */
const read = (text: string): unknown[][] => targets(text).map((p) => [p.metric, p.comparator, p.value, p.unit, p.measure]);

/** The proposal as a target of a plan, due at the end of 2024. */
function asTarget(p: ProposedTarget): Target {
  return {
    id: 't01.1',
    taskId: 't01',
    metric: { 'zh-Hant': p.metric, 'zh-Hans': p.metric, en: '' },
    valueText: p.valueText,
    value: p.value,
    unit: p.unit,
    unitEn: '',
    comparator: p.comparator,
    measure: p.measure,
    firmness: p.firmness,
    deadline: '2024-12-31',
  } as Target;
}

describe('r113 F2: a per-person standard is a level, named by its standard', () => {
  test('the review’s sentence: 城乡低保标准, at least 900元, a level', () => {
    assert.deepEqual(read('城乡低保标准提高到每人每月900元。'), [['城乡低保标准', 'atLeast', 900, '元', 'level']]);
    assert.deepEqual(read('城鄉低保標準提高到每人每月900元。'), [['城鄉低保標準', 'atLeast', 900, '元', 'level']]);
  });

  test('per year, a lowest standard, 达到, and 每人每年 after the verb', () => {
    assert.deepEqual(read('农村低保标准提高到每人每年8000元。'), [['农村低保标准', 'atLeast', 8000, '元', 'level']]);
    assert.deepEqual(read('基础养老金最低标准提高到每人每月200元。'), [['基础养老金最低标准', 'atLeast', 200, '元', 'level']]);
    assert.deepEqual(read('城市低保标准达到每人每月900元。'), [['城市低保标准', 'atLeast', 900, '元', 'level']]);
  });

  test('the quote keeps the per-person words: a reader sees what the 900元 is per', () => {
    assert.equal(targets('城乡低保标准提高到每人每月900元。')[0]!.quote, '城乡低保标准提高到每人每月900元');
  });

  test('460元 at mid-year has not reached 900元: below target, never 进度正常', () => {
    const [p] = targets('城乡低保标准提高到每人每月900元。');
    const result = evaluateTarget(asTarget(p!), { value: 460, asOf: '2024-06-30' }, { lang: 'zh-Hans' });
    assert.notEqual(result.status, 'onTrack');
    assert.doesNotMatch(result.sentence, /进度正常/);
  });

  test('an amount the year adds stays a flow (a subsidy paid out, 新增 per person aside)', () => {
    assert.deepEqual(read('发放创业担保贷款10亿元。').map(([, , , , measure]) => measure), ['flow']);
    assert.deepEqual(read('城乡居民人均可支配收入达到5万元。').map(([metric, , , , measure]) => [metric, measure]), [['城乡居民人均可支配收入', 'level']]);
  });
});

describe('r114 F4: 力争 after its clause’s subject governs that clause only', () => {
  test('the review’s sentence: the ceiling after it is plain', () => {
    assert.deepEqual(
      targets('城鎮新增就業力爭達到12萬人,城鎮調查失業率控制在5.5%以內。').map((p) => [p.metric, p.firmness]),
      [
        ['城鎮新增就業', 'strive'],
        ['城鎮調查失業率', 'plain'],
      ],
    );
  });

  test('确保 after its subject too; a sentence-leading 力争 or 确保 still reaches the sentence', () => {
    assert.deepEqual(targets('城镇新增就业确保达到12万人,城镇调查失业率控制在5.5%以内。').map((p) => p.firmness), ['ensure', 'plain']);
    assert.deepEqual(targets('力争城镇新增就业达到12万人,城镇调查失业率控制在5.5%以内。').map((p) => p.firmness), ['strive', 'strive']);
    assert.deepEqual(targets('全年力争城镇新增就业达到12万人,城镇调查失业率控制在5.5%以内。').map((p) => p.firmness), ['strive', 'strive']);
    assert.deepEqual(targets('到2025年,力争城镇新增就业达到12万人,城镇调查失业率控制在5.5%以内。').map((p) => p.firmness), ['strive', 'strive']);
  });
});

describe('r113 F6: an unbracketed 其中 list of levels names the noun of its total', () => {
  test('the review’s sentence: 国家级农业产业化龙头企业, 省级农业产业化龙头企业', () => {
    assert.deepEqual(
      targets('农业产业化龙头企业达到500家，其中国家级12家、省级80家。').map((p) => [p.quote, p.metric]),
      [
        ['农业产业化龙头企业达到500家', '农业产业化龙头企业'],
        ['国家级12家', '国家级农业产业化龙头企业'],
        ['省级80家', '省级农业产业化龙头企业'],
      ],
    );
  });

  test('as the bracketed form reads, whose last item keeps no closing bracket', () => {
    assert.deepEqual(
      targets('农业产业化龙头企业达到500家（其中：国家级12家、省级80家）。').map((p) => [p.quote, p.metric]),
      [
        ['农业产业化龙头企业达到500家', '农业产业化龙头企业'],
        ['国家级12家', '国家级农业产业化龙头企业'],
        ['省级80家', '省级农业产业化龙头企业'],
      ],
    );
    assert.deepEqual(targets('新建城市书房20处，其中市级5处、区县级15处。').map((p) => p.metric), ['新建城市书房', '市级城市书房', '区县级城市书房']);
  });
});

describe('r113 F8: a time limit to finish by is a ceiling', () => {
  test('the review’s sentence: 抵押登记 at most 1个工作日', () => {
    assert.deepEqual(read('抵押登记实现1个工作日办结。'), [['抵押登记', 'atMost', 1, '个工作日', 'level']]);
  });

  test('within it (内), and a bare span is still no target', () => {
    assert.deepEqual(read('不动产抵押登记3个工作日内办结。').map(([, comparator, value]) => [comparator, value]), [['atMost', 3]]);
    assert.deepEqual(read('连续3个工作日开展巡查。'), []);
  });
});

describe('r113 F11: a line break inside a target is read across', () => {
  test('提高 ↵ 2个百分点 is a rise of the share named before the break', () => {
    const text = '4.推动工业技改。工业技改投资增长10%，规模以上工业增加值增长7%左右，高新技术产业产值占比提高\n2个百分点。（牵头单位：市工业和信息化局）';
    const last = targets(text).at(-1)!;
    assert.deepEqual([last.metric, last.comparator, last.value, last.unit, last.metricMissing], ['高新技术产业产值占比', 'increaseBy', 2, '个百分点', undefined]);
  });
});

describe('r113 F7: a bare total takes its sentence’s noun', () => {
  test('产值 after 新能源汽车产量 is 新能源汽车产值', () => {
    assert.deepEqual(read('新能源汽车产量增长30%，产值突破100亿元。').map(([metric]) => metric), ['新能源汽车产量', '新能源汽车产值']);
  });
});

describe('r115 (F280): what f63fafc1 misread, read as before', () => {
  const firmness = (text: string): unknown[] => targets(text).map((p) => p.firmness);

  test('F1: a scope word or a date before 力争/确保 is no subject: the firm word reaches the sentence', () => {
    assert.deepEqual(firmness('全市力争新能源汽车保有量达到5万辆，充电桩达到1000个。'), ['strive', 'strive']);
    assert.deepEqual(firmness('我市力争新能源汽车保有量达到5万辆，充电桩达到1000个。'), ['strive', 'strive']);
    assert.deepEqual(firmness('各县市区确保完成老旧小区改造200个，新建口袋公园10个。'), ['ensure', 'ensure']);
    assert.deepEqual(firmness('五月底前力争新能源汽车保有量达到5万辆，新建公园10个。'), ['strive', 'strive']);
    assert.deepEqual(firmness('二〇二四年力争新能源汽车保有量达到5万辆，充电桩达到1000个。'), ['strive', 'strive']);
    assert.deepEqual(firmness('到“十四五”末力争新能源汽车保有量达到5万辆，充电桩达到1000个。'), ['strive', 'strive']);
  });

  test('F2: a 其中 part of a 力争 total, and a list with no verb of its own, keep 力争', () => {
    assert.deepEqual(firmness('城镇新增就业力争达到12万人，其中高校毕业生5万人。'), ['strive', 'strive']);
    assert.deepEqual(firmness('新能源汽车保有量力争达到5万辆，充电桩1000个、换电站20座。'), ['strive', 'strive', 'strive']);
  });

  test('F3: 每户 elsewhere in the clause does not make a total a level', () => {
    assert.deepEqual(read('全年为困难群众每户发放取暖补贴共计2000万元。').map(([, , , , measure]) => measure), ['flow']);
    assert.notDeepEqual(read('发放创业担保贷款每户最高30万元。').map(([, , , , measure]) => measure), ['level']);
  });

  test('F4: no reading across a line break after a sub-heading, nor across a blank line', () => {
    const body = '推进城乡融合发展。\n工作目标\n30个村完成美丽乡村改造，\n200个村完成厕所改造。';
    assert.deepEqual(targets(body)[0] && [targets(body)[0]!.metric, targets(body)[0]!.quote], ['村完成美丽乡村改造', '30个村完成美丽乡村改造']);
    for (const p of targets('高新技术产业产值占比提高\n\n2个百分点。')) assert.doesNotMatch(p.quote, /\n\s*\n/);
  });

  test('F5: a level-only item of a 其中 list takes the earlier item’s noun with its own level', () => {
    assert.deepEqual(targets('规上工业企业达到1500家，其中国家级专精特新企业12家、省级80家。').map((p) => p.metric).at(-1), '省级专精特新企业');
    assert.deepEqual(targets('规上工业企业达到1500家（其中：国家级专精特新12家、省级80家）。').map((p) => p.metric).at(-1), '省级专精特新');
    assert.deepEqual(targets('规上工业企业达到1500家(其中国家级专精特新12家、省级80家)。').map((p) => p.metric).at(-1), '省级专精特新');
    assert.deepEqual(targets('规上工业企业达到1500家，其中国家级专精特新企业12家、省级80家、市级200家。').map((p) => p.metric).slice(2), ['省级专精特新企业', '市级专精特新企业']);
    assert.equal(targets('规上工业企业达到1500家，其中专精特新企业12家、省级80家。').at(-1)!.metric, '省级', 'no level to replace: the level alone, for lint to flag, never a confident wrong name');
  });
});

describe('r117 (F285): what 771a8333 misread, read as before', () => {
  test('F3: 每人/每户 before the comparison verb makes a level, in both scripts', () => {
    for (const text of ['困难残疾人生活补贴每人每月提高到100元。', '困難殘疾人生活補貼每人每月提高到100元。']) {
      const [p] = targets(text);
      assert.deepEqual([p!.comparator, p!.value, p!.measure], ['atLeast', 100, 'level'], text);
      const result = evaluateTarget(asTarget(p!), { value: 80, asOf: '2024-09-30' }, { lang: 'zh-Hans' });
      assert.notEqual(result.status, 'onTrack', text);
      assert.doesNotMatch(result.sentence, /进度正常/, text);
    }
    for (const text of ['城乡居民医保财政补助每人每年不低于610元。', '城鄉居民醫保財政補助每人每年不低於610元']) {
      const [p] = targets(text);
      assert.deepEqual([p!.comparator, p!.value, p!.measure], ['atLeast', 610, 'level'], text);
      assert.notEqual(evaluateTarget(asTarget(p!), { value: 400, asOf: '2024-06-30' }, { lang: 'zh-Hans' }).status, 'onTrack', text);
    }
  });

  test('F3: a total (共计, 合计) in the clause of 每户 stays a flow; 每户最高 is no standard', () => {
    assert.deepEqual(read('全年为困难群众每户每年共计发放取暖补贴2000万元。').map(([, , , , measure]) => measure), ['flow']);
    assert.deepEqual(read('全年為困難群眾每戶合計發放取暖補貼2000萬元。').map(([, , , , measure]) => measure), ['flow']);
    assert.deepEqual(read('困难群众取暖补贴合计每户每年达到2000万元。').map(([, , , , measure]) => measure), ['flow']);
    assert.notDeepEqual(read('發放創業擔保貸款每戶最高30萬元。').map(([, , , , measure]) => measure), ['level']);
  });

  test('F5: a level-only 其中 item takes the earlier item’s noun in Traditional text too', () => {
    assert.equal(targets('規上工業企業達到1500家，其中國家級專精特新企業12家、省級80家。').at(-1)!.metric, '省級專精特新企業');
    assert.equal(targets('新增農民合作社200家，其中國家級示範社5家、省級示範社20家、市級50家').at(-1)!.metric, '市級示範社');
    assert.equal(targets('新增农民合作社200家，其中国家级示范社5家、省级示范社20家、市级50家').at(-1)!.metric, '市级示范社');
  });

  test('F8: a clause with its own subject and a bound after its value is no verbless list after 力争', () => {
    assert.deepEqual(
      targets('城鎮新增就業力爭達到1.2萬人，城鎮調查失業率5.5%以內。').map((p) => [p.metric, p.firmness]),
      [
        ['城鎮新增就業', 'strive'],
        ['城鎮調查失業率', 'plain'],
      ],
    );
    assert.deepEqual(targets('城镇新增就业力争达到1.2万人，城镇调查失业率5.5%以内。').map((p) => p.firmness), ['strive', 'plain']);
  });

  test('F9: a hard wrap after a flow verb and its noun is read through', () => {
    assert.deepEqual(read('全年新建5G基站\n3000個。'), [['新建5G基站', 'exact', 3000, '個', 'flow']]);
    assert.deepEqual(read('全年新建5G基站\n3000个。'), [['新建5G基站', 'exact', 3000, '个', 'flow']]);
    assert.deepEqual(read('城鎮新增就業\n1.2萬人。').map(([metric]) => metric), ['城鎮新增就業']);
    assert.deepEqual(read('城镇新增就业\n1.2万人。').map(([metric]) => metric), ['城镇新增就业']);
  });

  test('F9: never after a heading’s line, nor a line that is its own sentence, nor across a blank line', () => {
    assert.equal(targets('推进城乡融合发展\n30个村完成美丽乡村改造，200个村完成厕所改造。')[0]!.quote, '30个村完成美丽乡村改造');
    assert.equal(targets('一、新建5G基站\n3000个。')[0]!.quote, '3000个');
    assert.equal(targets('（一）新建5G基站\n3000个。')[0]!.quote, '3000个');
    assert.equal(targets('新建项目目标\n300个。')[0]!.quote, '300个');
    for (const p of targets('全年新建5G基站\n\n3000个。')) assert.doesNotMatch(p.quote, /\n/);
  });
});
