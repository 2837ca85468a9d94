/**
 * F288 (leftovers of F283, review r117/r118): unit lines read by `dz-plan parse` and `build` (`parsePlanTextChecked`,
 * `planFromText`): names ending in 機構 or a station's 臺/台 under a label alone on its line, 等單位 right after a name,
 * and label lines followed by a line of text.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnosticIn } from '../src/node/diagnostic-words.js';
import { parsePlanTextChecked, planFromText } from '../src/node/index.js';

const HANT = ['德州市人民政府', '德州市2024年重點工作任務', '一、經濟發展'];
const HANS = ['德州市人民政府', '德州市2024年重点工作任务', '一、经济发展'];
const doc = (...lines: string[]) => [...HANT, ...lines].join('\n') + '\n';
const said = (diagnostics: readonly { code: string; severity: string; line: number; message: string }[]) => diagnostics.map((d) => `${d.severity} ${d.line} ${d.code}: ${d.message}`);
const reading = (text: string) => {
  const parsed = parsePlanTextChecked(text);
  return { tasks: parsed.tasks.map((t) => [t.lead, t.participating]), bodies: parsed.tasks.map((t) => t.body), said: said(parsed.diagnostics), diagnostics: parsed.diagnostics };
};
const NEXT = ['2.建設完整社區。新建完整社區試點20個。', '牽頭單位：市住房城鄉建設局'];
/** The names of a built plan's units, in the document's script. */
const builtUnits = (text: string, script: 'zh-Hant' | 'zh-Hans' = 'zh-Hant') => {
  const { plan, diagnostics } = planFromText(text);
  assert.ok(plan, said(diagnostics).join('\n'));
  return plan.units.map((u) => u.name[script]);
};

describe('names ending in 機構, or in a station’s 臺/台, under a label alone on its line (F288 1)', () => {
  test('各金融機構: read as a unit with the one above it, nothing said, and built', () => {
    const text = doc('1.強化金融。', '牽頭單位：', '市財政局', '配合單位：', '人民銀行德州市中心支行、各金融機構', ...NEXT);
    const r = reading(text);
    assert.deepEqual(r.tasks[0], [['市財政局'], ['人民銀行德州市中心支行', '各金融機構']]);
    assert.deepEqual(r.said, []);
    assert.ok(builtUnits(text).includes('各金融機構'));
  });

  test('in brackets too (read already: a guard)', () => {
    const r = reading(doc('1.強化金融。(牽頭單位:市地方金融監管局,參與單位:各金融機構)', ...NEXT));
    assert.deepEqual(r.tasks[0], [['市地方金融監管局'], ['各金融機構']]);
    assert.deepEqual(r.said, []);
  });

  test('德州廣播電視臺, and zh-Hans 德州广播电视台', () => {
    const hant = doc('1.加強宣傳。', '責任單位：', '市委宣傳部、德州日報社、德州廣播電視臺', ...NEXT);
    assert.deepEqual(reading(hant).tasks[0], [['市委宣傳部', '德州日報社', '德州廣播電視臺'], []]);
    assert.ok(builtUnits(hant).includes('德州廣播電視臺'));
    const hans = [...HANS, '1.加强宣传。', '责任单位：', '市委宣传部、德州日报社、德州广播电视台', '2.建设完整社区。新建完整社区试点20个。', '牵头单位：市住房城乡建设局'].join('\n') + '\n';
    assert.deepEqual(reading(hans).tasks[0], [['市委宣传部', '德州日报社', '德州广播电视台'], []]);
    assert.ok(builtUnits(hans, 'zh-Hans').includes('德州广播电视台'));
  });

  test('a platform (平臺, zh-Hans 平台) is no unit: the line under the empty label stays text, said', () => {
    for (const line of ['搭建政銀企對接平臺', '搭建政银企对接平台', '市金融服務平臺']) {
      const r = reading(doc('1.強化金融。', '責任單位：', line, ...NEXT));
      assert.deepEqual(r.tasks[0], [[], []], line);
      const error = r.said.find((s) => s.includes('textAfterUnits'));
      assert.ok(error?.startsWith('error 6 ') && error.includes('責任單位'), `${line}\n${r.said.join('\n')}`);
    }
  });
});

describe('等單位 right after a name (F288 2)', () => {
  test('市民政局等單位 in brackets: read as 市民政局, no role-word error, and built', () => {
    const text = doc('1.強化養老服務。（牽頭單位：市民政局等單位）', ...NEXT);
    const r = reading(text);
    assert.deepEqual(r.tasks[0], [['市民政局'], []]);
    assert.deepEqual(r.said, []);
    assert.ok(builtUnits(text).includes('市民政局'));
  });

  test('on a label line, among others, and zh-Hans 等单位', () => {
    const r = reading(doc('1.強化養老服務。', '牽頭單位：市財政局', '配合單位：市衛生健康委、市民政局等單位', ...NEXT));
    assert.deepEqual(r.tasks[0], [['市財政局'], ['市衛生健康委', '市民政局']]);
    assert.deepEqual(r.said, []);
    const hans = reading([...HANS, '1.强化养老服务。（牵头单位：市财政局；配合单位：市民政局等单位）', '2.建设完整社区。新建完整社区试点20个。', '牵头单位：市住房城乡建设局'].join('\n') + '\n');
    assert.deepEqual(hans.tasks[0], [['市财政局'], ['市民政局']]);
    assert.deepEqual(hans.said, []);
  });

  test('單位 in a name without 等 before it is still the parser’s error', () => {
    const r = reading(doc('1.強化養老服務。（牽頭單位：市民政局單位）', ...NEXT));
    assert.ok(r.said.some((s) => s.includes('roleWordInUnitName')), r.said.join('\n'));
  });
});

describe('label lines followed by a line of text (F288 3)', () => {
  const TEXT = '各縣市區要加強組織領導，確保按期完成。';

  test('the exact shape: （牽頭單位：市發展改革委） on its own line, then a paragraph: the units read, the text said at its line', () => {
    const r = reading(doc('1.推進項目建設。全年完成投資50億元。', '（牽頭單位：市發展改革委）', TEXT, ...NEXT));
    assert.deepEqual(r.tasks[0], [['市發展改革委'], []]);
    assert.deepEqual(r.said.map((s) => s.split(':')[0]), ['error 6 textAfterUnits']);
  });

  test('two label lines, then a paragraph: the second line’s units are read, and the error names the paragraph’s line', () => {
    const text = doc('1.強化宣傳。全年開展宣傳活動10次。', '牽頭單位：市委宣傳部', '配合單位：市文化和旅遊局、市教育局', TEXT, ...NEXT);
    const r = reading(text);
    assert.deepEqual(r.tasks[0], [['市委宣傳部'], ['市文化和旅遊局', '市教育局']]);
    assert.deepEqual(r.said.map((s) => s.split(':')[0]), ['error 7 textAfterUnits']);
    const error = r.diagnostics.find((d) => d.code === 'textAfterUnits')!;
    assert.equal(error.column, 1);
    for (const lang of ['zh-Hant', 'zh-Hans'] as const) assert.match(diagnosticIn(error, lang).message, /任[務务] 1/);
    // With --lenient the plan keeps both lines' units.
    const { plan } = planFromText(text, { lenient: true });
    assert.deepEqual(plan!.tasks[0]!.participating.length, 2);
    assert.ok(plan!.units.some((u) => u.name['zh-Hant'] === '市文化和旅遊局'));
  });

  test('a label line, a field line, then a paragraph: the units read, the field not among them, the paragraph said', () => {
    const r = reading(doc('1.強化宣傳。全年開展宣傳活動10次。', '牽頭單位：市委宣傳部', '配合單位：市教育局', '完成時限：2024年12月底前', TEXT, ...NEXT));
    assert.deepEqual(r.tasks[0], [['市委宣傳部'], ['市教育局']]);
    assert.deepEqual(r.said.map((s) => s.split(':')[0]), ['error 8 textAfterUnits']);
  });
});
