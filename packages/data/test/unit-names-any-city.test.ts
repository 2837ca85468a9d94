/**
 * Unit names of any city's plan (review of the city prefix): the prefix a look-up ignores is the plan's own city,
 * taken from its issuer or title (濟南市, 济南市, Jinan Municipal), and the English one too (Dezhou Municipal,
 * Dezhou, Municipal); and plain JavaScript that passes a wrong option is told so.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dezhou } from '../src/dezhou-2023.js';
import { loadPlan } from '../src/load-plan.js';
import { planFromText } from '../src/node/plan-from-text.js';
import { importProgressFiles } from '../src/progress/import-files.js';
import { dezhouPlan } from '../src/dezhou-2023.js';

const jinanText = '濟南市2024年重點工作任務\n一、科技創新\n1.建設創新平台。新建創新平台10個。（牽頭單位：市科技局；參與單位：市財政局）\n';
const built = planFromText(jinanText, { year: 2024, issuer: '濟南市人民政府', title: '濟南市2024年重點工作任務' });
assert.ok(built.plan, JSON.stringify([built.diagnostics, built.issues]));
const jinan = loadPlan(JSON.parse(JSON.stringify(built.plan)));

describe("another city's prefix", () => {
  test('濟南市科技局, 济南市科技局, 市科技局 and 科技局 are one unit of the Jinan plan', () => {
    const tech = jinan.getUnit('市科技局');
    assert.ok(tech);
    for (const ref of ['科技局', '濟南市科技局', '济南市科技局', '濟南市 科技局']) assert.equal(jinan.getUnit(ref), tech, ref);
    assert.equal(jinan.tasksOfUnit('濟南市科技局')?.length, 1);
    const m = jinan.responsibilityMatrix({ units: ['濟南市科技局', '济南市财政局'] });
    assert.deepEqual(m.unknown.units, []);
    assert.deepEqual(m.rows.map((u) => u.name['zh-Hant']), ['市科技局', '市財政局']);
  });
  test("another city's prefix is not this plan's: 德州市科技局 is no unit of Jinan's, 濟南市科技局 none of Dezhou's", () => {
    assert.equal(jinan.getUnit('德州市科技局'), undefined);
    assert.equal(dezhou().getUnit('濟南市科技局'), undefined);
    assert.equal(jinan.getUnit('濟南市'), undefined);
  });
});

describe('English names without the city prefix', () => {
  const api = dezhou();
  test('Science and Technology Bureau, (Municipal) Development and Reform Commission, Customs', () => {
    assert.equal(api.getUnit('Science and Technology Bureau')?.id, 'science-technology-bureau');
    assert.equal(api.getUnit('Municipal Development and Reform Commission')?.id, 'development-reform-commission');
    assert.equal(api.getUnit('Development and Reform Commission')?.id, 'development-reform-commission');
    assert.equal(api.getUnit('dezhou municipal finance bureau')?.id, 'finance-bureau');
    assert.equal(api.getUnit('Customs')?.id, 'dezhou-customs');
    assert.deepEqual(api.responsibilityMatrix({ units: ['Development and Reform Commission'] }).unknown.units, []);
  });
  test('a prefix alone, or part of a word, names nothing', () => {
    for (const ref of ['Dezhou', 'Municipal', 'Dezhou Municipal', 'Bureau', 'development']) assert.equal(api.getUnit(ref), undefined, ref);
  });
});

describe('wrong options from plain JavaScript', () => {
  const api = dezhou();
  test("tasksOfUnit's and targetsOfUnit's role", () => {
    // @ts-expect-error: plain JavaScript
    assert.throws(() => api.tasksOfUnit('科技局', { role: 'leader' }), { name: 'RangeError', message: /role.*"leader".*lead.*participating.*any/ });
    // @ts-expect-error: plain JavaScript
    assert.throws(() => api.targetsOfUnit('科技局', { role: 'leader' }), RangeError);
    assert.equal(api.tasksOfUnit('科技局', { role: undefined })?.length, api.tasksOfUnit('科技局')?.length);
  });
  test("responsibilityMatrix's sort", () => {
    // @ts-expect-error: plain JavaScript
    assert.throws(() => api.responsibilityMatrix({ sort: 'lod' }), { name: 'RangeError', message: /sort.*"lod".*order.*load/ });
  });
  test('importProgressFiles: a file without data or arrayBuffer()', async () => {
    // @ts-expect-error: plain JavaScript
    await assert.rejects(importProgressFiles([{ name: 'a.csv', bytes: new Uint8Array() }], dezhouPlan), { name: 'TypeError', message: /a\.csv.*data.*arrayBuffer/ });
  });
  test('evaluateTarget: a target id instead of a Target', () => {
    // @ts-expect-error: plain JavaScript
    assert.throws(() => api.evaluateTarget('t09.1', { value: 1, asOf: '2023-06-30' }), { name: 'TypeError', message: /"t09\.1" is not a target: give api\.getTarget\("t09\.1"\)/ });
  });
});
