/**
 * A reviewer's plans of other cities (round 37): a bare 責任單位 list was read as all leads without a word. Read after
 * the parse (`node/list-roles.ts`): as the document says (排在首位的為牽頭單位), else said (`rolesNotGiven`).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnosticIn } from '../src/node/diagnostic-words.js';
import { planFromText } from '../src/node/plan-from-text.js';
import { otherCity, unitNamesOf } from './helpers.js';
import { parsePlanText } from '../src/parse-plan-text.js';

const build = (text: string) => planFromText(text, otherCity);
const unitsOf = (text: string) => unitNamesOf(text);

describe('a 責任單位 list that says no roles', () => {
  const task = '1.甲。新建基站500个。\n责任单位：市发展改革委，市财政局，各县（市、区）人民政府\n';
  const said = (text: string) => build(text).diagnostics.filter((d) => d.code === 'rolesNotGiven');

  test('without a word of the document on it, all lead, and a warning says so (rolesNotGiven)', () => {
    assert.deepEqual(unitsOf(task), [[1, ['市发展改革委', '市财政局', '各县（市、区）人民政府'], []]]);
    const warnings = said(task);
    assert.deepEqual(warnings.map((d) => [d.severity, d.line]), [['warning', 2]]);
    assert.match(warnings[0]!.message, /^task 1 lists its units without saying which leads; all are taken as leads/);
  });
  test('a document that says the first listed leads: the first leads, the others take part, nothing said', () => {
    for (const note of [
      '注：责任单位中排在首位的为牵头单位。',
      '註:責任單位中排在第一位的為牽頭單位',
      '说明：涉及多个单位的，第一个单位为牵头单位。',
      '责任单位排名第一的为牵头单位，其他为配合单位。',
      '（列在首位的单位为牵头单位）',
    ]) {
      const text = `${note}\n${task}`;
      assert.deepEqual(unitsOf(text), [[1, ['市发展改革委'], ['市财政局', '各县（市、区）人民政府']]], note);
      assert.deepEqual(said(text), [], note);
    }
    // At the end of the document, as a footnote, too.
    assert.deepEqual(unitsOf(`${task}\n注：责任单位中排在首位的为牵头单位。`)[0], [1, ['市发展改革委'], ['市财政局', '各县（市、区）人民政府']]);
  });
  test('a sentence with 第一 and 牽頭 in it is no such note', () => {
    const text = `${task}2.乙。第一批项目由市发改委牵头推进。新建基站600个。\n责任单位：市工信局，市财政局\n`;
    assert.deepEqual(unitsOf(text)[1], [2, ['市工信局', '市财政局'], []]);
    assert.equal(said(text).length, 2);
  });
  test('one unit, or roles given anywhere in the list: nothing to say', () => {
    for (const units of ['责任单位：市财政局', '牵头单位：市发展改革委、市财政局', '责任单位：市发展改革委、市财政局；配合单位：市统计局', '责任单位：市发展改革委（牵头）、市财政局']) {
      assert.deepEqual(said(`1.甲。新建基站500个。\n${units}\n`), [], units);
    }
    // The note changes no list that gives roles.
    assert.deepEqual(unitsOf('注：排在首位的为牵头单位。\n1.甲。新建基站500个。\n责任单位：市财政局、市统计局；牵头单位：市发展改革委\n')[0], [1, ['市财政局', '市统计局', '市发展改革委'], []]);
  });
  test('said in each language of the CLI', () => {
    const [warning] = said(task);
    assert.ok(warning);
    assert.match(diagnosticIn(warning, 'zh-Hans').message, /^任务 1 列出的责任单位没有写明谁牵头,都当作牵头单位/);
    assert.match(diagnosticIn(warning, 'zh-Hant').message, /^任務 1 列出的責任單位沒有寫明誰牽頭,都當作牽頭單位/);
    assert.equal(diagnosticIn(warning, 'en').message, warning.message);
  });
});

test('parsePlanText, in a browser within its 4 KiB, reads the list as before: all lead, nothing said', () => {
  const parsed = parsePlanText('注：责任单位中排在首位的为牵头单位。\n1.甲。新建基站500个。\n责任单位：市发展改革委，市财政局\n');
  assert.deepEqual([parsed.tasks[0]?.lead, parsed.tasks[0]?.participating], [['市发展改革委', '市财政局'], []]);
  assert.deepEqual(parsed.diagnostics.map((d) => d.code), ['noSections']);
});
