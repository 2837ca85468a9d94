/**
 * F135 (review r69 M1, M2, M10): one home for a change's words, its direction and a fraction written for a percent.
 * M1: the words of a fall or a rise had two lists (a value written with its direction, and the note beside a value
 * below zero), so 回落7% was "not a number" where 下降7% was told its size, and a note ↓7.5% told nothing. M10: the
 * direction of a change target was derived in five places with different rules. M2: 0.5% for a 90% target was
 * refused as a fraction, though a percent written with its % sign is the percent meant.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describeReadingProblem, parseReadingValue, type Target } from '../src/index.js';
import { getTarget } from '../src/dezhou-2023.js';
import { changeDirection } from '../src/change-direction.js';
import { checkReading } from '../src/read-value.js';
import { planFromText } from '../src/node/plan-from-text.js';
import { contradictedChange, risesInsteadOfFalling } from '../src/progress/reversed-changes.js';
import { importProgressFiles, progressTemplate } from '../src/progress/index.js';
import { csv, importFiles } from './progress-import-helpers.js';

/** Every word of a fall and of a rise either list held, in both scripts. */
const fallWords = ['下降', '降低', '減少', '减少', '下滑', '回落', '↓'];
const riseWords = ['增長', '增长', '提高', '增加', '上升', '上漲', '上涨', '回升', '反彈', '反弹', '↑'];

describe('M1: one list of the words of a fall and of a rise', () => {
  const cut = getTarget('t26.4')!; // 萬元GDP用水量較2020年下降12%
  const growth = getTarget('t03.3')!; // 全社會研發經費增長10%
  const said = (text: string, target: Target) => describeReadingProblem({ code: 'notANumber', text }, target, 'en');

  test('each word is read alike in a value (told its size) and in a note beside a value below zero (a contradiction)', () => {
    for (const word of fallWords) {
      assert.match(said(`${word}7%`, cut), /write only the size of the change here: for down 7%, write 7$/, word);
      assert.match(said(`${word}2%`, growth), /goes against the target: for down 2%, write -2 /, word);
      assert.equal(contradictedChange(cut, -7.5, `較2020年${word}7.5%`), true, word);
      assert.equal(contradictedChange(growth, -2, `同比${word}2%`), false, word);
    }
    for (const word of riseWords) {
      assert.match(said(`${word}3%`, cut), /goes against the target: for up 3%, write -3 /, word);
      assert.match(said(`${word}2%`, growth), /write only the size of the change here: for up 2%, write 2$/, word);
      assert.equal(contradictedChange(growth, -2, `同比${word}2%`), true, word);
      assert.equal(contradictedChange(cut, -7.5, `較2020年${word}7.5%`), false, word);
    }
  });

  test('the review\'s rows (t26.4, 下降12%) through the import: 回落7% and 上涨3% as 下降7%, a note ↓7.5% as 較2020年回落7.5%', async () => {
    const rows = ['下降7%', '回落7%', '上涨3%', '↓7%'].map((value) => `t26.4,${value},2023-12-31,`);
    const notes = ['較2020年回落7.5%', '↓7.5%'].map((note) => `t26.4,-7.5,2023-12-31,${note}`);
    const { problems } = await importFiles([csv('a.csv', ...rows, ...notes)]);
    assert.deepEqual(
      problems.map((p) => [p.code, p.message.replace(/^a\.csv, row \d, 完成值: /, '')]),
      [
        ['notANumber', '"下降7%": write only the size of the change here: for down 7%, write 7'],
        ['notANumber', '"回落7%": write only the size of the change here: for down 7%, write 7'],
        ['notANumber', '"上涨3%": write only the size of the change here; it goes against the target: for up 3%, write -3 (a negative value is a rise, not a fall)'],
        ['notANumber', '"↓7%": write only the size of the change here: for down 7%, write 7'],
        ['contradictedChange', 't26.4 reads -7.5, a rise, but the note (備註) says it fell ("較2020年回落7.5%"): if it fell by 7.5%, write 7.5'],
        ['contradictedChange', 't26.4 reads -7.5, a rise, but the note (備註) says it fell ("↓7.5%"): if it fell by 7.5%, write 7.5'],
      ],
    );
  });
});

describe('M10: one direction of a change target, read alike by the sheet, the words and the checks', () => {
  // Another city's plan: t01.1 a growth held under a ceiling, t01.2 a growth to fall, t01.3 a change to fall, t01.4 a
  // growth; t01.5 t01.1 as a curated plan may state it, a change against a base year held under a ceiling.
  const parsed = planFromText(
    '1.甲。居民消费价格涨幅控制在3%以内,粮食产量较上年下降不超过2%,万元GDP用水量较2020年下降12%,规上工业增加值增长8%。（牵头单位：市工信局）',
    { title: '测试', issuer: '某市人民政府', year: 2024 },
  ).plan!;
  const t01 = parsed.targets[0]!;
  const capped: Target = { ...t01, id: 't01.5', measure: 'change', baselineYear: 2020, metric: { 'zh-Hant': '能源消費總量', 'zh-Hans': '能源消费总量', en: 'Energy use' } };
  const plan = { ...parsed, targets: [...parsed.targets, capped], tasks: parsed.tasks.map((task) => ({ ...task, targetIds: [...task.targetIds, 't01.5'] })) };

  /** The direction each place reads for the target (`fall`, `rise` or `none`), and the one home's, `changeDirection`. */
  function directions(target: Target) {
    const template = progressTemplate(plan, { lang: 'en' }).rows.find((row) => row[0] === target.id)![6]!;
    const written = describeReadingProblem({ code: 'notANumber', text: '下降1%' }, target, 'en');
    const over = (value: number) => checkReading(target, { value, asOf: '2024-06-30' }, '2024-01-01')?.code === 'overWhole';
    const note = (words: string) => contradictedChange(target, -1, words);
    return {
      template: /^(?:fall|rise|growth)/.exec(template)?.[0]?.replace('growth', 'rise') ?? 'none',
      words: / write 1$/.test(written) ? 'fall' : / write -1 /.test(written) ? 'rise' : 'none',
      overWhole: over(150) ? 'fall' : over(-150) ? 'rise' : 'none',
      note: note('同比下降1%') ? 'fall' : note('同比上升1%') ? 'rise' : 'none',
      warning: risesInsteadOfFalling(target, -1) ? 'fall' : 'rise',
      home: { decreaseBy: 'fall', increaseBy: 'rise', none: 'none' }[changeDirection(target) ?? 'none'],
    };
  }

  test('the plan holds the kinds this test is about', () => {
    assert.deepEqual(
      plan.targets.map((t) => `${t.id} ${t.measure} ${t.comparator} ${t.value}`),
      ['t01.1 growth atMost 3', 't01.2 growth decreaseBy 2', 't01.3 change decreaseBy 12', 't01.4 growth increaseBy 8', 't01.5 change atMost 3'],
    );
  });

  test('a target stated as a fall falls, any other change rises, in every place', () => {
    const everywhere = (way: string) => ({ template: way, words: way, overWhole: way, note: way, warning: way, home: way });
    assert.deepEqual(Object.fromEntries(plan.targets.map((target) => [target.id, directions(target)])), {
      't01.1': everywhere('rise'),
      't01.2': everywhere('fall'),
      't01.3': everywhere('fall'),
      't01.4': everywhere('rise'),
      't01.5': everywhere('rise'),
    });
  });

  test('through the import: a growth held under 3% read -1 beside 同比上涨1% contradicts its note, -150 is over the whole', async () => {
    const lines = ['t01.1,-1,2024-06-30,同比上涨1%', 't01.1,-150,2024-09-30,', 't01.5,-1,2024-06-30,较2020年上涨1%'];
    const { problems } = await importProgressFiles([csv('a.csv', ...lines)], plan, { lang: 'en', today: '2025-01-31' });
    assert.deepEqual(problems.map((p) => [p.row, p.code]), [[2, 'contradictedChange'], [3, 'overWhole'], [4, 'contradictedChange']]);
    assert.match(problems[0]!.message, /t01\.1 reads -1, a fall, but the note \(備註\) says it rose \("同比上涨1%"\): if it rose by 1%, write 1$/);
    assert.match(problems[1]!.message, /a fall of 150% is over 100%/);
  });
});

describe('M2: a value written with its % sign is never a fraction; a bare one may be', () => {
  const rate = getTarget('t26.7')!; // 節水型社會建成率 90%

  test('0.5% and 0.086% for a 90% target are read; a bare 0.5 is refused (the sheet and the elements\' value read so)', () => {
    assert.deepEqual([parseReadingValue('0.5%', rate), parseReadingValue('0.086%', rate)], [{ value: 0.5 }, { value: 0.086 }]);
    assert.deepEqual(parseReadingValue('0.5', rate), { problem: { code: 'fractionForPercent', value: 0.5, suggestion: 50 } });
    assert.deepEqual(parseReadingValue('0.5％', rate), { value: 0.5 });
  });

  test('through the import: t26.7,0.5%,2023-02-28 is imported as 0.5; a bare 0.5 is refused, told 50 or 50%', async () => {
    const percent = await importFiles([csv('a.csv', 't26.7,0.5%,2023-02-28,')]);
    assert.deepEqual([percent.problems, percent.report?.entries.map((e) => [e.target, e.value])], [[], [['t26.7', 0.5]]]);
    const { problems } = await importFiles([csv('b.csv', 't26.7,0.5,2023-02-28,')]);
    assert.deepEqual(problems.map((p) => p.code), ['fractionForPercent']);
    assert.match(problems[0]!.message, /0\.5 looks like a fraction, but the target \(90%\) is in percent: write 50 or 50%$/);
  });

  test('a value column renamed (1-6月完成值) whose only value is such a fraction is still named as the value column', async () => {
    const sheet = { name: 'a.csv', data: new TextEncoder().encode('指標編號,1-6月完成值,截至日期\r\nt26.7,0.5,2023-06-30') };
    const { problems } = await importFiles([sheet]);
    assert.deepEqual(problems.map((p) => [p.code, p.column]), [['missingColumn', '1-6月完成值']]);
  });
});
