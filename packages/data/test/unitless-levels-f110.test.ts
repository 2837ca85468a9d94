/**
 * Targets of a quantity with no unit (r65 L3, F106 → F110): a plan bounds an index, a coefficient or a ratio as it
 * bounds any level (数据中心PUE值控制在1.3以内, 基尼系数低于0.4), and a supervision office tracks it so. `Target.unit`
 * is `''` for it: read from the document, added in an overlay, shown with no unit in every language, judged as a
 * level, filled in a progress sheet as a bare number.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargetsAndUnread } from '../src/extract-targets.js';
import { describeTarget, describeTargetInWords, formatAmount } from '../src/describe-target.js';
import { createPlanApi, evaluatePlanTarget, PlanSchema, type Plan, type Target } from '../src/index.js';
import { applyOverlay } from '../src/node/overlay.js';
import { planFromText } from '../src/node/plan-from-text.js';
import { importProgressFiles, progressTemplate, templateCsv } from '../src/progress/index.js';
import { missingEnglish, withEnglishFallback } from '../src/english-fallback.js';
import { checkReading } from '../src/read-value.js';

const langs = ['zh-Hant', 'zh-Hans', 'en'] as const;

/** A Simplified document of one task: four values of no unit, and a count whose unit is missing. */
const body = '数据中心PUE值控制在1.3以内,基尼系数低于0.4,空气质量综合指数下降到4.5以下,容积率不低于1.2,新建基站达到500以上。';
const doc = `1.推进绿色低碳发展。${body}(牵头单位:市发展改革委)`;
const built = planFromText(doc, { title: '测试', issuer: '某市人民政府', year: 2024 });
const plan = built.plan!;

/** Whether a text shows a value with something wrong around it: undefined, a space doubled or dangling, a unit made up. */
const badlyShown = (text: string): boolean => /undefined|NaN|\s{2}|\s$|^\s|\s[,.;:)]|\d\s+[,.;:)(]|\d\s*[個个項项]/u.test(text);

describe('the parser reads a bounded value of an index, a coefficient or a ratio as a target with no unit', () => {
  test('the four values: their metric, comparator and value, unit empty, quotes verbatim at their offsets', () => {
    const { targets, unread } = extractTargetsAndUnread(body, { year: 2024 });
    assert.deepEqual(
      targets.map((t) => [t.metric, t.comparator, t.value, t.unit, t.measure, t.quote]),
      [
        ['数据中心PUE值', 'atMost', 1.3, '', 'level', '数据中心PUE值控制在1.3以内'],
        ['基尼系数', 'atMost', 0.4, '', 'level', '基尼系数低于0.4'],
        ['空气质量综合指数', 'atMost', 4.5, '', 'level', '空气质量综合指数下降到4.5以下'],
        ['容积率', 'atLeast', 1.2, '', 'level', '容积率不低于1.2'],
      ],
    );
    for (const t of targets) assert.equal(body.slice(t.offset, t.offset + t.quote.length), t.quote);
    // A count whose unit is missing is no such metric: said, not read.
    assert.deepEqual(unread.map((u) => [u.reason, u.numeral]), [['noUnit', '500']]);
  });

  test('由1.5降至1.3以下: a level at most 1.3 from a baseline of 1.5, not a change', () => {
    const text = '全市数据中心PUE值由1.5降至1.3以下。';
    const [t, ...more] = extractTargetsAndUnread(text, { year: 2024 }).targets;
    assert.deepEqual(more, []);
    assert.deepEqual([t!.metric, t!.comparator, t!.value, t!.unit, t!.measure, t!.baseline, t!.quote], ['全市数据中心PUE值', 'atMost', 1.3, '', 'level', 1.5, '全市数据中心PUE值由1.5降至1.3以下']);
    assert.equal(text.slice(t!.offset, t!.offset + t!.quote.length), t!.quote);
  });

  test('dz-plan build: four targets of unit "" (no unitZh), no warning that a target needs a unit; the count still said', () => {
    assert.deepEqual(built.issues, []);
    assert.deepEqual(
      plan.targets.map((t) => [t.id, t.metric['zh-Hant'], t.comparator, t.valueText, t.unit, t.unitZh]),
      [
        ['t01.1', '數據中心PUE值', 'atMost', '1.3', '', undefined],
        ['t01.2', '基尼係數', 'atMost', '0.4', '', undefined],
        ['t01.3', '空氣質量綜合指數', 'atMost', '4.5', '', undefined],
        ['t01.4', '容積率', 'atLeast', '1.2', '', undefined],
      ],
    );
    for (const t of plan.targets) assert.equal(doc.slice(t.offset, t.offset + t.quote.length), t.quote);
    const notRead = built.diagnostics.filter((d) => d.code === 'numeralNotRead').map((d) => d.message);
    assert.deepEqual(notRead, ['task 1: the numeral 500 has no unit and is not read as a target; if it is one, add it in an overlay (targets.add)']);
  });
});

test('an overlay adds a target with unit "" (a value with no bound word, which the parser leaves: 能效比力争3.0)', () => {
  const withRatio = planFromText('1.甲。新建空调能效比力争3.0。(牵头单位:市工信局)', { title: '测试', issuer: '某市人民政府', year: 2024 });
  assert.deepEqual(withRatio.plan!.targets, []);
  const source = '1.甲。新建空调能效比力争3.0。(牵头单位:市工信局)';
  const add = { task: 1, quote: '新建空调能效比力争3.0', valueText: '3.0', value: 3, unit: '', comparator: 'atLeast', measure: 'level', metric: { 'zh-Hans': '新建空调能效比' } };
  const { plan: overlaid, issues } = applyOverlay(withRatio.plan!, { targets: { add: [add] } }, source);
  assert.deepEqual(issues, []);
  const target = overlaid!.targets[0]!;
  assert.deepEqual([target.unit, target.unitEn, target.unitZh, describeTarget(target, 'zh-Hant')], ['', '', undefined, '≥ 3.0']);
  assert.ok(PlanSchema.safeParse(overlaid).success);
});

describe('shown with no unit in every language', () => {
  const pue = plan.targets[0]!;
  const shown = withEnglishFallback(plan).targets[0]!;

  test('describeTarget, describeTargetInWords and formatAmount: the number alone', () => {
    for (const target of [pue, shown]) {
      assert.deepEqual(langs.map((lang) => describeTarget(target, lang)), ['≤ 1.3', '≤ 1.3', '≤ 1.3']);
      assert.deepEqual(langs.map((lang) => describeTargetInWords(target, lang)), ['不超過1.3', '不超过1.3', 'at most 1.3']);
      assert.deepEqual(langs.map((lang) => formatAmount(target, 1.25, lang)), ['1.25', '1.25', '1.25']);
    }
  });

  test('no English unit is missing where there is no unit (dz-plan lint counts what a person must write)', () => {
    const written = { ...plan, targets: plan.targets.map((t) => ({ ...t, unitEn: 'units' })) };
    assert.equal(missingEnglish(plan), missingEnglish(written));
  });

  test('an evaluated reading’s sentence in each language: no stray space, no undefined, no unit made up', () => {
    const api = createPlanApi(plan);
    for (const lang of langs) {
      const { sentence } = api.evaluateTarget(api.getTarget(pue.id)!, { value: 1.25, asOf: '2024-06-30' }, { lang })!;
      assert.ok(!badlyShown(sentence), sentence);
      assert.ok(sentence.includes(lang === 'en' ? ': 1.25 as of' : '為1.25,'.replace('為', lang === 'zh-Hans' ? '为' : '為')), sentence);
    }
  });
});

describe('judged as any level', () => {
  const pue = plan.targets[0]!;
  const floor = plan.targets[3]!;
  const judge = (target: Target, value: number, asOf: string, p: Plan = plan) => evaluatePlanTarget(p, target, { value, asOf }, { lang: 'zh-Hant' });

  test('≤ 1.3 read 1.25: on track before the deadline, met at it; ≥ 1.2 read 1.1 below it, missed at it', () => {
    assert.equal(judge(pue, 1.25, '2024-06-30').status, 'onTrack');
    assert.equal(judge(pue, 1.25, '2024-12-31').status, 'met');
    assert.equal(judge(floor, 1.1, '2024-06-30').status, 'belowTarget');
    assert.equal(judge(floor, 1.1, '2024-12-31').status, 'missed');
  });

  test('paced down from its baseline (由1.5降至1.3以下): 1.4 in September is behind; no percent rule refuses a reading', () => {
    const paced = planFromText('1.甲。全市数据中心PUE值由1.5降至1.3以下。(牵头单位:市工信局)', { title: '测试', issuer: '某市人民政府', year: 2024 }).plan!;
    const target = paced.targets[0]!;
    assert.deepEqual([target.unit, target.baseline], ['', 1.5]);
    assert.equal(judge(target, 1.4, '2024-09-30', paced).status, 'behind');
    assert.equal(judge(target, 1.3, '2024-12-31', paced).status, 'met');
    // 0.4 of a Gini coefficient is no fraction of a percent, nor 120 of an index over a whole.
    assert.equal(judge(plan.targets[1]!, 0.38, '2024-06-30').status, 'onTrack');
  });
});

describe('the progress sheet: the unit column says there is none; a bare number is read, a unit refused', () => {
  const unitColumn = 3;
  const valueColumn = 8;
  const dateColumn = 9;
  const fill = (lang: (typeof langs)[number], value: string) => {
    const template = progressTemplate(plan, { lang });
    const rows = template.rows.map((row) => (row[0] === 't01.1' ? row.map((cell, i) => (i === valueColumn ? value : i === dateColumn ? '2024-06-30' : cell)) : row));
    return { template, csv: templateCsv({ ...template, rows }) };
  };
  const load = (csv: string, lang: (typeof langs)[number]) => importProgressFiles([{ name: 'pue.csv', data: new TextEncoder().encode(csv) }], plan, { lang, today: '2024-07-01' });

  test('the template’s unit column, and 1.25 back from it in each language', async () => {
    for (const [lang, none] of [['zh-Hant', '無'], ['zh-Hans', '无'], ['en', 'none']] as const) {
      const { template, csv } = fill(lang, '1.25');
      const row = template.rows.find((r) => r[0] === 't01.1')!;
      assert.deepEqual([row[unitColumn], row[unitColumn + 1]], [none, '≤ 1.3'], lang);
      const result = await load(csv, lang);
      assert.deepEqual(result.problems, [], lang);
      assert.deepEqual(result.report!.entries.map((e) => [e.target, e.value, e.asOf ?? result.report!.asOf]), [['t01.1', 1.25, '2024-06-30']], lang);
    }
  });

  test('1.25%, 1.25个 and 1.25萬 are refused, saying the target has no unit', async () => {
    const said: Record<string, string> = {};
    for (const lang of langs) {
      for (const value of ['1.25%', '1.25个', '1.25萬']) {
        const result = await load(fill(lang, value).csv, lang);
        assert.equal(result.report?.entries.length ?? 0, 0);
        assert.equal(result.problems.length, 1, `${lang} ${value}`);
        const message = result.problems[0]!.message;
        // What was typed is quoted as typed; the rest names no unit, not even an empty one (「」).
        assert.ok(!badlyShown(message.replace(value, '')) && !/[「“"]\s*[」”"]/u.test(message), message);
        said[`${lang} ${value}`] = message;
      }
    }
    assert.match(said['en 1.25%']!, /no unit.*write the number alone/);
    assert.match(said['zh-Hant 1.25个']!, /沒有單位.*只填數字/);
    assert.match(said['zh-Hans 1.25%']!, /没有单位.*只填数字/);
    assert.match(said['en 1.25萬']!, /no unit.*write the number alone, such as 1\.25$/);
  });

  test('a date, or a figure a thousand times the target, is refused naming no unit; no 萬 is offered for a thousandth of it', async () => {
    for (const lang of langs) {
      for (const value of ['2024-06-30', '1300']) {
        const message = (await load(fill(lang, value).csv, lang)).problems[0]?.message ?? '';
        assert.ok(message && !/[「“"]\s*[」”"]|\(\s*\)|of\s*$|in\s*$/u.test(message), `${lang} ${value}: ${message}`);
      }
    }
    // 0.0001 of a PUE value is no 1萬 of anything: judged (under the limit), not refused as written in 萬.
    assert.equal(checkReading(plan.targets[0]!, { value: 0.0001, asOf: '2024-06-30' }, '2024-01-01'), undefined);
  });
});
