/**
 * F181 (review r80 M4): `A、B分別牽頭` (each leads its part) read as two leads, with a warning that the document does not
 * say which part each leads (`respectiveLeads`), not as an invented unit `B分別` (`roleWordInUnitName`); and
 * `A牽頭,B、C按職責分工負責` (or `分別負責`) beside a lead: one error, `responsibleBesideLead`, naming the words as written,
 * with no invented unit `C按職責分工` beside it, so `--responsible-beside-lead` answers it.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkParsed } from '../src/node/after-parse.js';
import { diagnosticIn } from '../src/node/diagnostic-words.js';
import { readResponsibleBesideLead } from '../src/node/unit-names.js';
import { parsePlanText } from '../src/parse/parse-plan-text.js';

/** A Traditional document of one section whose task 1 has `units` after its text. */
const hant = (units: string) => ['某市2024年重點工作任務', '某市人民政府', '一、穩增長', `1.推進健康校園建設。${units}`].join('\n');
/** A Simplified one. */
const hans = (units: string) => ['某市2024年重点工作任务', '某市人民政府', '一、稳增长', `1.推进健康校园建设。${units}`].join('\n');

const checked = (text: string) => checkParsed(text, parsePlanText(text));
/** Task 1's lead and participating units, and every diagnostic as `severity code`. */
function readingOf(text: string): { lead: readonly string[]; participating: readonly string[]; said: string[] } {
  const parsed = checked(text);
  const { lead, participating } = parsed.tasks[0]!;
  return { lead, participating, said: parsed.diagnostics.map((d) => `${d.severity} ${d.code}`) };
}

describe('A、B分別牽頭: both lead, each its part (F181)', () => {
  test('the review\'s units: two leads and a warning, no invented unit, in either script', () => {
    assert.deepEqual(readingOf(hant('（市教育局、市衛生健康委分別牽頭）')), { lead: ['市教育局', '市衛生健康委'], participating: [], said: ['warning respectiveLeads'] });
    assert.deepEqual(readingOf(hans('（市教育局、市卫生健康委分别牵头）')), { lead: ['市教育局', '市卫生健康委'], participating: [], said: ['warning respectiveLeads'] });
  });

  test('the warning stands at 分別 and is said in each language, naming the words as written', () => {
    const text = hant('(市教育局、市衛生健康委分別牽頭)');
    const [d] = checked(text).diagnostics;
    assert.equal(d!.offset, text.indexOf('分別牽頭'));
    assert.match(d!.message, /^task 1: .*分別牽頭.*which part each leads/);
    assert.match(diagnosticIn(d!, 'zh-Hant').message, /^任務 1:「分別牽頭」/u);
    assert.match(diagnosticIn(d!, 'zh-Hans').message, /^任务 1:“分別牽頭”/u);
  });

  test('beside units that take part, and after a lead label', () => {
    assert.deepEqual(readingOf(hant('(市甲局、市乙局分別牽頭,市丙局配合)')), { lead: ['市甲局', '市乙局'], participating: ['市丙局'], said: ['warning respectiveLeads'] });
    assert.deepEqual(readingOf(hant('(牽頭單位:市甲局、市乙局分別牽頭)')), { lead: ['市甲局', '市乙局'], participating: [], said: ['warning respectiveLeads'] });
  });

  test('one unit alone cannot lead each its part: the error stays, nothing guessed', () => {
    assert.deepEqual(readingOf(hant('(市甲局分別牽頭)')).said, ['error roleWordInUnitName']);
  });
});

describe('按職責分工負責 or 分別負責 beside a lead: one error (F181)', () => {
  const shared = hant('(市甲局牽頭,市乙局、市丙局按職責分工負責)');

  test('responsibleBesideLead alone, naming the words as written; the names without them', () => {
    const parsed = checked(shared);
    assert.deepEqual(parsed.diagnostics.map((d) => `${d.severity} ${d.code}`), ['error responsibleBesideLead']);
    const [d] = parsed.diagnostics;
    assert.equal(d!.offset, shared.indexOf('按職責分工負責'));
    assert.match(d!.message, /^task 1: 按職責分工負責 beside 牽頭: whether the units before 按職責分工負責 lead/);
    assert.match(diagnosticIn(d!, 'zh-Hant').message, /^任務 1:「牽頭」旁的「按職責分工負責」/u);
    assert.deepEqual(parsed.tasks[0]!.lead, ['市甲局', '市乙局', '市丙局']);
    assert.deepEqual(readingOf(hans('(市甲局牵头,市乙局、市丙局分别负责)')), { lead: ['市甲局', '市乙局', '市丙局'], participating: [], said: ['error responsibleBesideLead'] });
  });

  test('--responsible-beside-lead participating answers it: the others take part', () => {
    const read = readResponsibleBesideLead(shared, checked(shared), 'participating');
    assert.deepEqual(read.diagnostics, []);
    assert.deepEqual([read.tasks[0]!.lead, read.tasks[0]!.participating], [['市甲局'], ['市乙局', '市丙局']]);
  });

  test('without a lead beside it, A、B分別負責 stays the error it was', () => {
    assert.deepEqual(readingOf(hant('(市甲局、市乙局分別負責)')).said, ['error roleWordInUnitName']);
  });
});

describe('分別 among units, in its other forms (F183, review r81 H1, M3)', () => {
  test('按職責 or 根據職責 before 分別牽頭 is no part of the last name', () => {
    assert.deepEqual(readingOf(hans('（市教育局、市住房城乡建设局按职责分别牵头）')), { lead: ['市教育局', '市住房城乡建设局'], participating: [], said: ['warning respectiveLeads'] });
    assert.deepEqual(readingOf(hant('(市教育局、市住房城鄉建設局根據職責分別牽頭)')), { lead: ['市教育局', '市住房城鄉建設局'], participating: [], said: ['warning respectiveLeads'] });
    const text = hans('（市教育局、市住房城乡建设局根据职责分别牵头）');
    const [d] = checked(text).diagnostics;
    assert.equal(d!.offset, text.indexOf('根据职责分别牵头'));
    assert.match(d!.message, /^task 1: the units before 根据职责分别牵头 /);
  });

  test('the error is answered only when what is left is a clean name', () => {
    assert.deepEqual(readingOf(hans('（市教育局、市住房城乡建设局配合分别牵头）')).said, ['error roleWordInUnitName']);
  });

  test('分別配合 after a list: the units take part, no unit holds 分別', () => {
    assert.deepEqual(readingOf(hans('（市教育局牵头，市住房城乡建设局、市财政局分别配合）')), { lead: ['市教育局'], participating: ['市住房城乡建设局', '市财政局'], said: [] });
    assert.deepEqual(readingOf(hant('(市教育局牽頭,市住房城鄉建設局、市財政局按職責分別配合)')), { lead: ['市教育局'], participating: ['市住房城鄉建設局', '市財政局'], said: [] });
  });

  test('分別負責 after a lead label is 負責 beside a lead: one error, the names without the words', () => {
    assert.deepEqual(readingOf(hans('（牵头单位：市教育局、市住房城乡建设局分别负责）')), { lead: ['市教育局', '市住房城乡建设局'], participating: [], said: ['error responsibleBesideLead'] });
  });

  test('分別牽頭 after a comma after a label: the label\'s units lead each its part, and 分別牽頭 is no unit', () => {
    const text = hans('（牵头单位：市教育局、市住房城乡建设局，分别牵头）');
    assert.deepEqual(readingOf(text), { lead: ['市教育局', '市住房城乡建设局'], participating: [], said: ['warning respectiveLeads'] });
    assert.equal(checked(text).diagnostics[0]!.offset, text.indexOf('分别牵头'));
    assert.deepEqual(readingOf(hans('（牵头单位：市教育局、市住房城乡建设局，分别负责）')), { lead: ['市教育局', '市住房城乡建设局'], participating: [], said: ['error responsibleBesideLead'] });
  });
});

describe('F181\'s leftovers: 分別牽頭 on a line of its own, 按職責分工落實 beside a lead (F187)', () => {
  test('A、B分別牽頭 on a line of its own after the task: both lead, with the warning, and the line leaves the body', () => {
    const text = hant('\n市教育局、市衛生健康委分別牽頭。');
    assert.deepEqual(readingOf(text), { lead: ['市教育局', '市衛生健康委'], participating: [], said: ['warning respectiveLeads'] });
    assert.equal(checked(text).tasks[0]!.body, '');
    assert.equal(checked(text).diagnostics[0]!.offset, text.indexOf('分別牽頭'));
    assert.deepEqual(readingOf(hans('\n市教育局、市卫生健康委分别牵头，市财政局配合。')), { lead: ['市教育局', '市卫生健康委'], participating: ['市财政局'], said: ['warning respectiveLeads'] });
  });

  test('one unit alone before 分別牽頭 on its own line is no line of roles: the task without units is said', () => {
    assert.deepEqual(readingOf(hant('\n市教育局分別牽頭。')).said, ['warning taskWithoutUnits']);
  });

  test('A牽頭,B、C按職責分工落實: one responsibleBesideLead naming the words, B and C without them', () => {
    const text = hant('(市甲局牽頭,市乙局、市丙局按職責分工落實)');
    const parsed = checked(text);
    assert.deepEqual(parsed.diagnostics.map((d) => `${d.severity} ${d.code}`), ['error responsibleBesideLead']);
    assert.equal(parsed.diagnostics[0]!.offset, text.indexOf('按職責分工落實'));
    assert.match(parsed.diagnostics[0]!.message, /^task 1: 按職責分工落實 beside 牽頭: whether the units before 按職責分工落實 lead/);
    assert.deepEqual(parsed.tasks[0]!.lead, ['市甲局', '市乙局', '市丙局']);
    const read = readResponsibleBesideLead(text, parsed, 'participating');
    assert.deepEqual([read.tasks[0]!.lead, read.tasks[0]!.participating, read.diagnostics], [['市甲局'], ['市乙局', '市丙局'], []]);
  });

  test('推進 and 實施 after 按職責分工 alike, and on a line of its own', () => {
    assert.deepEqual(readingOf(hans('（市甲局牵头，市乙局、市丙局按职责分工推进）')), { lead: ['市甲局', '市乙局', '市丙局'], participating: [], said: ['error responsibleBesideLead'] });
    assert.deepEqual(readingOf(hant('(市甲局牽頭,市乙局按職責分工實施)')), { lead: ['市甲局', '市乙局'], participating: [], said: ['error responsibleBesideLead'] });
    const line = hant('\n市甲局牽頭,市乙局、市丙局按職責分工落實。');
    assert.deepEqual(readingOf(line), { lead: ['市甲局', '市乙局', '市丙局'], participating: [], said: ['error responsibleBesideLead'] });
    const read = readResponsibleBesideLead(line, checked(line), 'participating');
    assert.deepEqual([read.tasks[0]!.lead, read.tasks[0]!.participating, read.diagnostics], [['市甲局'], ['市乙局', '市丙局'], []]);
  });

  test('--responsible-beside-lead lead: the units before 按職責分工落實 lead, where the group after it takes part', () => {
    const text = hant('(市甲局牽頭,市乙局、市丙局按職責分工落實,市丁局配合)');
    const read = readResponsibleBesideLead(text, checked(text), 'lead');
    assert.deepEqual([read.tasks[0]!.lead, read.tasks[0]!.participating, read.diagnostics], [['市甲局', '市乙局', '市丙局'], ['市丁局'], []]);
  });

  test('按職責分工負責 on a line of its own: the one error it gives in brackets', () => {
    assert.deepEqual(readingOf(hant('\n市甲局牽頭,市乙局、市丙局按職責分工負責。')), { lead: ['市甲局', '市乙局', '市丙局'], participating: [], said: ['error responsibleBesideLead'] });
  });
});
