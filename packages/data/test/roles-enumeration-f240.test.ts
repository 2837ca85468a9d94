/**
 * F240: roles in words with 、 between their groups, as counties write them (`縣發改局牽頭、縣財政局配合`), and 。 after
 * a role word before the remark (`縣財政局配合。按職責分工負責`), read as after a comma: the units with their roles and
 * the remark in no name, in every place units are read (the brackets at the task's end, a leading bracket, the last
 * line). 、 between plain names, and after a name with no role word, stays a name separator.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parsePlanTextChecked, planFromText } from '../src/node/index.js';

const doc = (task: string) => `嘉祥縣人民政府\n嘉祥縣2023年重點工作任務\n一、實體經濟\n${task}\n`;
const said = (diagnostics: readonly { code: string; severity: string; message: string }[]) => diagnostics.map((d) => `${d.severity} ${d.code}: ${d.message}`);
const reading = (task: string) => {
  const parsed = parsePlanTextChecked(doc(task));
  const [first] = parsed.tasks;
  return { roles: [first?.lead, first?.participating], title: first?.title, body: first?.body, said: said(parsed.diagnostics) };
};

describe('、 after a role word ends a group of names, as a comma does', () => {
  // Each form, and the form with commas it reads as.
  const forms = [
    ['at the end', '1.新建公園6處。（縣發改局牽頭、縣財政局配合）', '1.新建公園6處。（縣發改局牽頭，縣財政局配合）'],
    ['at the end, with the remark', '1.新建公園6處。（縣發改局牽頭、縣財政局配合、按職責分工負責）', '1.新建公園6處。（縣發改局牽頭，縣財政局配合，按職責分工負責）'],
    ['at the end, 。 before the remark', '1.新建公園6處。（縣發改局牽頭，縣財政局配合。按職責分工負責）', '1.新建公園6處。（縣發改局牽頭，縣財政局配合，按職責分工負責）'],
    ['at the end, two that take part', '1.新建公園6處。（縣發改局牽頭、縣財政局、縣民政局配合）', '1.新建公園6處。（縣發改局牽頭，縣財政局、縣民政局配合）'],
    ['at the end, Simplified', '1.新建公园6处。（县发改局牵头、县财政局配合）', '1.新建公园6处。（县发改局牵头，县财政局配合）'],
    ['in a leading bracket', '1.【縣發改局牽頭、縣財政局配合】新建公園6處。', '1.【縣發改局牽頭，縣財政局配合】新建公園6處。'],
    ['in a leading bracket, with the remark', '1.【縣發改局牽頭、縣財政局配合、按職責分工負責】新建公園6處。', '1.【縣發改局牽頭，縣財政局配合，按職責分工負責】新建公園6處。'],
    ['in a leading bracket, the remark in brackets', '1.【縣發改局牽頭、縣財政局配合（按職責分工負責）】新建公園6處。', '1.【縣發改局牽頭，縣財政局配合（按職責分工負責）】新建公園6處。'],
    ['at the end, the remark in brackets', '1.新建公園6處。（縣發改局牽頭、縣財政局配合（按職責分工負責））', '1.新建公園6處。（縣發改局牽頭，縣財政局配合（按職責分工負責））'],
    ['on the last line, the remark in brackets', '1.新建公園6處。\n縣發改局牽頭、縣財政局配合（按職責分工負責）。', '1.新建公園6處。\n縣發改局牽頭，縣財政局配合（按職責分工負責）。'],
    ['on the last line', '1.新建公園6處。\n縣發改局牽頭、縣財政局配合。', '1.新建公園6處。\n縣發改局牽頭，縣財政局配合。'],
    ['on the last line, with the remark', '1.新建公園6處。\n縣發改局牽頭、縣財政局配合、按職責分工負責。', '1.新建公園6處。\n縣發改局牽頭，縣財政局配合，按職責分工負責。'],
    ['on the last line, Simplified', '1.新建公园6处。\n县发改局牵头、县财政局、县民政局配合。', '1.新建公园6处。\n县发改局牵头，县财政局、县民政局配合。'],
  ] as const;

  test('the forms with commas: each unit with its role, no error', () => {
    for (const [, , comma] of forms) {
      const { roles, said: words } = reading(comma);
      assert.equal(roles[0]?.length, 1, comma);
      assert.ok(roles[1]?.length, comma);
      assert.deepEqual(words, [], comma);
    }
  });

  for (const [form, task, comma] of forms) {
    test(`${form}: the same units, title, body and words as with commas`, () => {
      assert.deepEqual(reading(task), reading(comma));
    });
  }

  test('a name ending in brackets, a parenthesis never closed, duties shared: as with commas, errors included', () => {
    const pairs = [
      ['1.新建公園6處。（各縣(市、區)政府牽頭、縣財政局配合）', '1.新建公園6處。（各縣(市、區)政府牽頭，縣財政局配合）'],
      ['1.新建公園6處。（縣發改局牽頭、縣財政局配合', '1.新建公園6處。（縣發改局牽頭，縣財政局配合'],
      ['1.新建公園6處。（縣發改局牽頭、縣財政局、縣民政局按職責分工負責）', '1.新建公園6處。（縣發改局牽頭，縣財政局、縣民政局按職責分工負責）'],
      ['1.新建公園6處。（縣發改局、縣住建局分別牽頭、縣財政局配合）', '1.新建公園6處。（縣發改局、縣住建局分別牽頭，縣財政局配合）'],
    ] as const;
    for (const [task, comma] of pairs) assert.deepEqual(reading(task), reading(comma), task);
    assert.deepEqual(reading(pairs[0][0]).roles, [['各縣(市、區)政府'], ['縣財政局']]);
    assert.deepEqual(reading(pairs[1][0]).said.map((w) => w.split(':')[0]), ['error unclosedUnits']);
    assert.deepEqual(reading(pairs[2][0]).said.map((w) => w.split(':')[0]), ['error responsibleBesideLead']);
  });

  test('the units of the finding, as the lead saw them', () => {
    assert.deepEqual(reading(forms[0][1]).roles, [['縣發改局'], ['縣財政局']]);
    assert.deepEqual(reading(forms[1][1]).roles, [['縣發改局'], ['縣財政局']]);
    assert.deepEqual(reading(forms[2][1]).roles, [['縣發改局'], ['縣財政局']]);
    assert.deepEqual(reading(forms[3][1]).roles, [['縣發改局'], ['縣財政局', '縣民政局']]);
  });

  test('in the plan built: the units as written, none with a role word', () => {
    for (const [form, task] of forms) {
      const { plan } = planFromText(doc(task));
      assert.ok(plan, form);
      const names = plan.units.map((u) => u.name['zh-Hant'] ?? u.name['zh-Hans']);
      assert.ok(names.length >= 2, form);
      for (const name of names) assert.match(name ?? '', /^[縣县][^牽牵配按、，。]+$/u, form);
    }
  });
});

describe('、 elsewhere, and the forms read before, are read as they were', () => {
  test('、 between plain names in brackets: no units, the bracket in the body', () => {
    const { roles, body, said: words } = reading('1.新建公園6處。（縣發改局、縣財政局）');
    assert.deepEqual(roles, [[], []]);
    assert.equal(body, '（縣發改局、縣財政局）');
    assert.deepEqual(words.map((w) => w.split(':')[0]), ['warning taskWithoutUnits']);
  });

  test('、 between plain names after 責任單位: all lead, as the list says no role', () => {
    const { roles, said: words } = reading('1.新建公園6處。（責任單位：縣發改局、縣財政局）');
    assert.deepEqual(roles, [['縣發改局', '縣財政局'], []]);
    assert.deepEqual(words.map((w) => w.split(':')[0]), ['warning rolesNotGiven']);
  });

  test('、 after a label: the label gives the role', () => {
    const { roles, said: words } = reading('1.新建公園6處。\n牽頭單位:縣發改局、縣財政局');
    assert.deepEqual(roles, [['縣發改局', '縣財政局'], []]);
    assert.deepEqual(words, []);
  });

  test('由…牽頭、…配合 on the last line is a sentence: it stays in the body', () => {
    const { roles, body, said: words } = reading('1.新建公園6處。\n由縣發改局牽頭、縣財政局配合。');
    assert.deepEqual(roles, [[], []]);
    assert.equal(body, '由縣發改局牽頭、縣財政局配合。');
    assert.deepEqual(words.map((w) => w.split(':')[0]), ['warning taskWithoutUnits']);
  });

  test('；between groups reads as it did', () => {
    const { roles, said: words } = reading('1.新建公園6處。（縣發改局牽頭；縣財政局配合）');
    assert.deepEqual(roles, [['縣發改局'], ['縣財政局']]);
    assert.deepEqual(words, []);
  });

  test('A、B牽頭，C配合: A and B lead', () => {
    const { roles, said: words } = reading('1.新建公園6處。（縣發改局、縣住建局牽頭，縣財政局配合）');
    assert.deepEqual(roles, [['縣發改局', '縣住建局'], ['縣財政局']]);
    assert.deepEqual(words, []);
  });

  test('no role after the last group: still an error, not a guess', () => {
    const { said: words } = reading('1.新建公園6處。（縣發改局牽頭、縣財政局）');
    // No role after the last group: unclear, an error as before (now that it has no role of its own).
    assert.ok(words.some((w) => w.startsWith('error ')));
  });
});
