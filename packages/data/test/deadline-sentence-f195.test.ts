/**
 * Review r82 (a supervision office closing the year), F195: on the deadline the sentence carries no note on why a pace
 * is judged as it is (`目標數量少,容許相差一件` beside 未達成 contradicted the status; `無基數,不作進度判斷` read as if
 * nothing were judged); before it, the notes stay. And a 力爭 target says so in its words, compact and in a sentence,
 * in the three languages, with the status and tone of a firm one.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dezhouPlan, getTarget } from '../src/dezhou-2023.js';
import { describeTarget, describeTargetInWords, evaluateTarget, statusTones, type Language, type Target } from '../src/index.js';
import { sentence as en } from '../src/sentence-en.js';
import { sentence as zhHans } from '../src/sentence-zh-hans.js';
import { sentence as zhHant } from '../src/sentence-zh-hant.js';

const langs: readonly Language[] = ['zh-Hant', 'zh-Hans', 'en'];
const target = (id: string): Target => getTarget(id)!;
const sentences = (id: string, value: number, asOf: string) => langs.map((lang) => evaluateTarget(target(id), { value, asOf }, { lang }).sentence);

describe('on the deadline the sentence says no note about the pace (M5)', () => {
  test('t12.4, a few whole things, 3 of 4 on 2023-12-31: no one-short-allowed note beside 未達成', () => {
    assert.deepEqual(sentences('t12.4', 3, '2023-12-31'), [
      '新增上市企業:截至2023年12月31日為3家,目標4家,完成75%,序時進度100%,未達成。',
      '新增上市企业:截至2023年12月31日为3家,目标4家,完成75%,序时进度100%,未达成。',
      'Newly listed companies: 3 companies as of 31 December 2023, target 4 companies; 75% of the target, 100% of the period elapsed; missed.',
    ]);
    assert.equal(sentences('t38.2', 1, '2023-12-31')[0], '秸稈綜合利用重點縣:截至2023年12月31日為1個,目標2—3個,完成50%,序時進度100%,未達成。');
  });

  test('a level without a baseline (t14.2, t03.2), reached and short on the deadline: no 無基數,不作進度判斷', () => {
    assert.deepEqual(sentences('t14.2', 730, '2023-12-31'), [
      '新能源發電裝機:截至2023年12月31日為730萬千瓦,目標不少於730萬千瓦,已達到目標,已達成。',
      '新能源发电装机:截至2023年12月31日为730万千瓦,目标不少于730万千瓦,已达到目标,已达成。',
      'Installed new-energy generating capacity: 7.3 million kW as of 31 December 2023, target at least 7.3 million kW; target reached; met.',
    ]);
    assert.equal(sentences('t03.2', 720, '2023-12-31')[0], '科技型中小企業:截至2023年12月31日為720家,目標不少於900家,低於目標,未達成。');
  });

  test('every target of the plan, at its target and at half of it on its deadline, in every language: none of the pace notes', () => {
    const notes = [zhHant, zhHans, en].flatMap((w) => [w.noPace, w.conferred, w.single, w.few, w.byDeadline, w.notAnnual]);
    const carrying: string[] = [];
    for (const t of dezhouPlan.targets) {
      for (const value of [t.value, Math.floor(t.value / 2)]) {
        for (const lang of langs) {
          const { sentence } = evaluateTarget(t, { value, asOf: t.deadline }, { lang });
          if (notes.some((note) => sentence.includes(note))) carrying.push(sentence);
        }
      }
    }
    assert.deepEqual(carrying, []);
  });

  test('before the deadline the notes stay: a few, one thing, a designation, a rate built up, no baseline, inside a year', () => {
    assert.deepEqual(sentences('t12.4', 3, '2023-06-30'), [
      '新增上市企業:截至2023年6月30日為3家,目標4家,完成75%,序時進度50%(目標數量少,容許相差一件),進度正常。',
      '新增上市企业:截至2023年6月30日为3家,目标4家,完成75%,序时进度50%(目标数量少,容许相差一件),进度正常。',
      'Newly listed companies: 3 companies as of 30 June 2023, target 4 companies; 75% of the target, 50% of the period elapsed (a few whole things: one short of the pace is allowed); on track.',
    ]);
    const zh = (id: string, value: number) => sentences(id, value, '2023-06-30')[0];
    assert.equal(zh('t57.4', 0), '各縣(市、區)公益性零工市場:截至2023年6月30日,縣(市、區)中最少的為0家,目標為縣(市、區)各不少於1家,低於目標(目標為單個,不作進度判斷),尚未達到目標。');
    assert.equal(zh('t09.5', 1), '數字經濟核心產業增加值占比:截至2023年6月30日為1%,目標不少於3%,低於目標(到期時判斷,不作進度判斷),尚未達到目標。');
    assert.equal(zh('t14.2', 584), '新能源發電裝機:截至2023年6月30日為584萬千瓦,目標不少於730萬千瓦,低於目標(無基數,不作進度判斷),尚未達到目標。');
    assert.equal(zh('t26.4', 6), '萬元GDP用水量:截至2023年6月30日為下降6%,目標下降12%(較2020年),低於目標(非全年數據,不作進度判斷),尚未達到目標。');
    // A 力爭 designation (爭創): its note stays too, after the target's own words.
    assert.equal(zh('t12.3', 7), '省級以上製造業單項冠軍企業(產品):截至2023年6月30日為7家,目標力爭不少於8家,低於目標(須經評定,到期前不作進度判斷),待評定。');
  });
});

describe('a 力爭 target says so in its words (M2)', () => {
  test('compactly: the gauge’s and the card’s target line, the template’s 目標 column', () => {
    assert.deepEqual(langs.map((lang) => describeTarget(target('t44.1'), lang)), ['力爭 ↑ ≥ 10%', '力争 ↑ ≥ 10%', 'aim ↑ ≥ 10%']);
    assert.deepEqual(langs.map((lang) => describeTarget(target('t12.3'), lang)), ['力爭 ≥ 8家', '力争 ≥ 8家', 'aim ≥ 8 champions']);
    assert.deepEqual(langs.map((lang) => describeTarget(target('t48.2'), lang)), ['每個 力爭 ≥ 1家', '每个 力争 ≥ 1家', 'aim ≥ 1 warehouse each']);
  });

  test('in words: the sentence’s target', () => {
    assert.deepEqual(langs.map((lang) => describeTargetInWords(target('t44.1'), lang)), ['力爭增長10%以上', '力争增长10%以上', 'aiming for an increase of at least 10%']);
    assert.deepEqual(langs.map((lang) => describeTargetInWords(target('t29.1'), lang)), ['力爭3家', '力争3家', 'aiming for 3 factories']);
    assert.deepEqual(langs.map((lang) => describeTargetInWords(target('t43.1'), lang)), ['力爭約1500億元', '力争约1500亿元', 'aiming for about CNY 150 billion']);
    assert.equal(describeTargetInWords(target('t48.2'), 'zh-Hant'), '德城區、禹城市、樂陵市、武城縣等基礎較好的縣(市、區)各力爭不少於1家');
    assert.equal(
      describeTargetInWords(target('t48.2'), 'en'),
      'aiming for at least 1 warehouse in each well-placed county, county-level city or district (Decheng, Yucheng, Leling, Wucheng and others)',
    );
  });

  test('every one of the plan’s 24 力爭 targets says it, in both forms and every language; no other target does', () => {
    const said = (t: Target) => langs.every((lang) => /力爭 |力争 |^aim /.test(describeTarget(t, lang)));
    const saidInWords = (t: Target) => langs.every((lang) => /力爭|力争|^aiming for /.test(describeTargetInWords(t, lang)));
    const strive = dezhouPlan.targets.filter((t) => t.firmness === 'strive');
    assert.equal(strive.length, 24);
    assert.deepEqual(strive.filter((t) => !said(t) || !saidInWords(t)).map((t) => t.id), []);
    const others = dezhouPlan.targets.filter((t) => t.firmness !== 'strive');
    assert.deepEqual(others.filter((t) => langs.some((lang) => /力爭|力争|aim/.test(describeTarget(t, lang) + describeTargetInWords(t, lang)))).map((t) => t.id), []);
  });

  test('a missed 力爭 target (t44.1 at 8%) is 未達成 with a firm one’s tone: only the target’s words differ', () => {
    const strive = target('t44.1');
    const firm: Target = { ...strive, firmness: 'ensure' };
    const reading = { value: 8, asOf: '2023-12-31' };
    const [a, b] = [strive, firm].map((t) => evaluateTarget(t, reading));
    assert.equal(a!.status, 'missed');
    assert.equal(b!.status, 'missed');
    assert.equal(statusTones[a!.status], 'alert');
    assert.equal(a!.sentence, '各類貸款年均增速:截至2023年12月31日為增長8%,目標力爭增長10%以上,低於目標,未達成。');
    assert.equal(b!.sentence, '各類貸款年均增速:截至2023年12月31日為增長8%,目標增長10%以上,低於目標,未達成。');
    assert.deepEqual(langs.map((lang) => evaluateTarget(strive, reading, { lang }).sentence).slice(1), [
      '各类贷款年均增速:截至2023年12月31日为增长8%,目标力争增长10%以上,低于目标,未达成。',
      'Average annual growth of loans of all kinds: an increase of 8% as of 31 December 2023, target aiming for an increase of at least 10%; below the target; missed.',
    ]);
  });

  test('a level without a baseline, 力爭, short on the deadline (t15.2 at 40萬千瓦): the word, no pace note', () => {
    assert.deepEqual(sentences('t15.2', 40, '2023-12-31'), [
      '在運儲能裝機容量:截至2023年12月31日為40萬千瓦,目標力爭不少於50萬千瓦,低於目標,未達成。',
      '在运储能装机容量:截至2023年12月31日为40万千瓦,目标力争不少于50万千瓦,低于目标,未达成。',
      'Energy-storage capacity in operation: 400,000 kW as of 31 December 2023, target aiming for at least 500,000 kW; below the target; missed.',
    ]);
  });
});
