/**
 * F221 (review r89 M4, M5): 按職責分工負責 inside a task's leading bracket of units is a remark, as after a list at the
 * task's end; a leading 【…】 not read as units (a topic, 【重點項目建設】) stays in the title but is no part of a target's
 * metric; units both in a leading bracket and at the task's end are said, naming both, not one list dropped silently.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parsePlanTextChecked, planFromText } from '../src/node/index.js';
import { diagnosticIn } from '../src/node/diagnostic-words.js';

const codes = (diagnostics: readonly { code: string; severity: string }[]) => diagnostics.map((d) => `${d.severity} ${d.code}`);
const roles = (task: { lead: readonly string[]; participating: readonly string[] } | undefined) => [task?.lead, task?.participating];
const doc = (task: string) => `嘉祥縣人民政府\n嘉祥縣2023年重點工作任務\n一、實體經濟\n${task}\n`;

describe('按職責分工負責 inside a leading bracket of units is a remark (M4)', () => {
  const plain = parsePlanTextChecked(doc('1.【縣發改局、縣財政局】全年實施重點項目50個。'));

  for (const [form, bracket] of [
    ['in brackets', '【縣發改局、縣財政局（按職責分工負責）】'],
    ['after a comma', '【縣發改局、縣財政局，按職責分工負責】'],
  ] as const) {
    test(`${form}: read as the list without it, the title after the bracket`, () => {
      const parsed = parsePlanTextChecked(doc(`1.${bracket}全年實施重點項目50個。`));
      assert.deepEqual(roles(parsed.tasks[0]), roles(plain.tasks[0]));
      assert.deepEqual(codes(parsed.diagnostics), codes(plain.diagnostics), parsed.diagnostics.map((d) => d.message).join('\n'));
      assert.equal(parsed.tasks[0]!.title, '全年實施重點項目50個');
    });
  }
});

describe('a leading bracket not read as units is no part of a target’s metric (M5)', () => {
  const metricOf = (task: string) => {
    const text = doc(task);
    const { plan, diagnostics } = planFromText(text);
    assert.ok(plan, codes(diagnostics).join(', '));
    const [target] = plan.targets;
    assert.ok(target);
    // The quote is the source's text at its offset.
    assert.equal(text.slice(target.offset, target.offset + target.quote.length), target.quote);
    return { plan, diagnostics, target };
  };
  const plain = metricOf('1.全年實施重點項目50個。（牽頭單位：縣發改局）').target;

  test('a topic: kept in the title, out of the metric and the quote', () => {
    const { plan, target, diagnostics } = metricOf('1.【重點項目建設】全年實施重點項目50個。（牽頭單位：縣發改局）');
    assert.equal(plan.tasks[0]!.title['zh-Hant'], '【重點項目建設】全年實施重點項目50個');
    assert.equal(target.metric['zh-Hant'], plain.metric['zh-Hant']);
    assert.equal(target.quote, plain.quote);
    assert.deepEqual(codes(diagnostics), []);
  });

  test('units at both ends: those at the end are read, and a warning names both', () => {
    const { plan, target, diagnostics } = metricOf('1.【縣發改局】全年實施重點項目50個。（牽頭單位：縣財政局）');
    assert.deepEqual(plan.units.map((u) => u.name['zh-Hant']), ['縣財政局']);
    assert.equal(target.metric['zh-Hant'], plain.metric['zh-Hant']);
    assert.deepEqual(codes(diagnostics), ['warning duplicateUnitInTask']);
    const [said] = diagnostics;
    assert.match(said!.message, /【縣發改局】/u);
    assert.match(said!.message, /縣財政局/u);
    assert.match(diagnosticIn(said!, 'zh-Hant').message, /^任務 1.*【縣發改局】.*縣財政局/u);
  });
});

describe('roles in words and the remark in a leading bracket: read as the same list at the task’s end (F224, r90 M3)', () => {
  const said = (diagnostics: readonly { code: string; severity: string; message: string }[]) => diagnostics.map((d) => `${d.severity} ${d.code}: ${d.message}`);
  const list = '縣發改局牽頭，縣財政局配合，按職責分工負責';
  const atEnd = parsePlanTextChecked(doc(`1.新建公園6處。（${list}）`));
  const leading = parsePlanTextChecked(doc(`1.【${list}】新建公園6處。`));

  test('its units read, the title after the bracket, and the same words: none, as each unit has its role (F232)', () => {
    assert.deepEqual(roles(leading.tasks[0]), roles(atEnd.tasks[0]));
    assert.deepEqual(roles(leading.tasks[0]), [['縣發改局'], ['縣財政局']]);
    assert.equal(leading.tasks[0]!.title, '新建公園6處');
    assert.deepEqual(said(leading.diagnostics), said(atEnd.diagnostics));
    assert.deepEqual(codes(leading.diagnostics), []);
  });

  test('the option for responsibleBesideLead reads it alike', () => {
    const option = { responsibleBesideLead: 'participating' } as const;
    const end = parsePlanTextChecked(doc(`1.新建公園6處。（${list}）`), option);
    const start = parsePlanTextChecked(doc(`1.【${list}】新建公園6處。`), option);
    assert.deepEqual(roles(start.tasks[0]), roles(end.tasks[0]));
    assert.deepEqual(said(start.diagnostics), said(end.diagnostics));
  });
});
