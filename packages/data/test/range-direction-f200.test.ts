/**
 * F200: a range that is a change keeps its direction. 较2020年下降10%—12%, 较年初下降0.5—1个百分点 and
 * 森林覆盖率提高1—2个百分点 have the comparator `range`, which said no direction: `changeDirection` read every range of a
 * change as a rise, so a clerk who wrote 下降11% against 下降10%—12% was told to write -11, the sentence said 增长11%,
 * and a range in points with a base was said as a gap between two rates (反向1个百分点). The extract now keeps the
 * change's comparator beside the range (`direction`), which `changeDirection` reads, and reads 回落 as a fall.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { changeDirection, describeReadingProblem, describeTarget, describeTargetInWords, evaluateTarget, type Target } from '../src/index.js';
import { extractTargets } from '../src/extract-targets.js';
import { readingOrGapInWords } from '../src/gap-in-words.js';
import { planFromText } from '../src/node/plan-from-text.js';
import { progressTemplate, sheetColumns } from '../src/progress/index.js';
import { contradictedChange, risesInsteadOfFalling } from '../src/progress/reversed-changes.js';

const text =
  '1.甲。单位GDP能耗较2020年下降10%—12%,不良贷款率较年初下降0.5—1个百分点,森林覆盖率提高1—2个百分点,地区生产总值增速回落0.5个百分点,农村居民收入增速高于城镇居民1—2个百分点。（牵头单位：市工信局）';
const proposals = extractTargets(text, { year: 2024 });
const built = planFromText(text, { title: '测试', issuer: '某市人民政府', year: 2024 }).plan!;
const targets: Target[] = built.targets;
const plan = { ...built, targets };
const [fall, ratioFall, forest, slowed, gap] = targets as [Target, Target, Target, Target, Target];

describe('F200: the parser keeps the direction of a range that is a change, and reads 回落 as a fall', () => {
  test('the comparator and the direction of each sentence', () => {
    assert.deepEqual(
      proposals.map((p) => [p.quote, p.comparator, p.direction]),
      [
        ['单位GDP能耗较2020年下降10%—12%', 'range', 'decreaseBy'],
        ['不良贷款率较年初下降0.5—1个百分点', 'range', 'decreaseBy'],
        ['森林覆盖率提高1—2个百分点', 'range', 'increaseBy'],
        ['地区生产总值增速回落0.5个百分点', 'decreaseBy', undefined],
        ['农村居民收入增速高于城镇居民1—2个百分点', 'range', undefined],
      ],
    );
  });

  test('planFromText keeps it on the targets, as the proposals have it', () => {
    assert.deepEqual(
      targets.map((t) => t.direction),
      proposals.map((p) => p.direction),
    );
    assert.equal(fall.direction, 'decreaseBy');
  });

  test('changeDirection reads it: a fall for 下降10%—12%, 下降0.5—1个百分点 and 回落; a gap has none', () => {
    assert.deepEqual(targets.map((t) => changeDirection(t)), ['decreaseBy', 'decreaseBy', 'increaseBy', 'decreaseBy', undefined]);
  });
});

describe('F200: every reader says the direction of 较2020年下降10%—12%', () => {
  const measure = sheetColumns.indexOf('measure');
  const measureOf = (t: Target) => progressTemplate(plan, { lang: 'zh-Hans' }).rows.find((row) => row[0] === t.id)![measure]!;

  test('the template asks for the fall; a range in points with a base for the change; a gap for the gap', () => {
    assert.equal(measureOf(fall), '较2020年下降幅度(填正数,如降了7%填 7;不降反升填负数)');
    assert.equal(measureOf(ratioFall), '较年初下降幅度(填正数,如下降了0.5个百分点填 0.5;不降反升填负数)');
    assert.equal(measureOf(forest), '较上年末上升幅度(填正数,如提高了1个百分点填 1;不升反降填负数)');
    assert.equal(measureOf(slowed), '同比下降幅度(填正数,如下降了0.5个百分点填 0.5;不降反升填负数)');
    assert.match(measureOf(gap), /^相差的百分点\(/);
  });

  test('下降11% written for it is told to write 11, not -11', () => {
    assert.equal(describeReadingProblem({ code: 'notANumber', text: '下降11%' }, fall, 'en'), '"下降11%": write only the size of the change here: for down 11%, write 11');
    assert.match(describeReadingProblem({ code: 'notANumber', text: '增长1%' }, fall, 'en'), /goes against the target: for up 1%, write -1 /);
  });

  test('a fall of more than the whole is refused as a mistyped figure; a rise of 150% below zero is not a fall', () => {
    assert.throws(() => evaluateTarget(fall, { value: 150, asOf: '2024-12-31' }), (e: Error & { code?: string }) => e.code === 'overWhole');
    assert.doesNotThrow(() => evaluateTarget(fall, { value: -150, asOf: '2024-12-31' }));
  });

  test('a value below zero is a rise: the import\'s warning, and a note saying it fell contradicts it', () => {
    assert.equal(risesInsteadOfFalling(fall, -3), true);
    assert.equal(contradictedChange(fall, -3, '较2020年下降3%'), true);
  });

  test('11 is reached and said as 下降11%; -1 as 增长1%, the wrong way', () => {
    const reached = evaluateTarget(fall, { value: 11, asOf: '2024-12-31' }, { lang: 'zh-Hans' });
    assert.equal(reached.status, 'met');
    assert.match(reached.sentence, /为下降11%,目标下降10—12%/);
    assert.match(evaluateTarget(fall, { value: -1, asOf: '2024-12-31' }, { lang: 'zh-Hans' }).sentence, /为增长1%,.*反向变化/);
  });

  test("the target's words say the direction of its range: 下降10—12%, ↓ 10—12%; a gap's range says none", () => {
    assert.equal(describeTargetInWords(fall, 'zh-Hans'), '下降10—12%(较2020年)');
    assert.equal(describeTargetInWords(fall, 'en'), 'a decrease of 10–12% from 2020');
    assert.equal(describeTarget(fall, 'zh-Hans'), '↓ 10—12%(较2020年)');
    assert.equal(describeTarget(forest, 'zh-Hans').startsWith('↑ '), true);
    assert.equal(describeTarget(gap, 'zh-Hans').startsWith('1—2'), true);
    assert.match(evaluateTarget(fall, { value: 11, asOf: '2024-12-31' }, { lang: 'zh-Hans' }).sentence, /目标下降10—12%\(较2020年\)/);
  });

  test('a range in points with a base is said as a change, not as a gap the other way round', () => {
    assert.equal(readingOrGapInWords(ratioFall, 0.8, 'zh-Hans'), '下降0.8个百分点');
    assert.equal(readingOrGapInWords(forest, -1, 'zh-Hans'), '下降1个百分点');
    assert.equal(readingOrGapInWords(gap, -1, 'zh-Hans'), '低于城镇居民1个百分点');
  });
});
