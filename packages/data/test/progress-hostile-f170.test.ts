/**
 * F170 (security review r77 H1, M1, M2): hostile sheets and notes in the progress import. A sheet of 200,000 rows is
 * read without overflowing the stack (no array of unbounded length spread into one call), and its problems are said as
 * a count with the first of them, not 200,000 lines; a note with a bidirectional control character is a problem of its
 * cell, never a report that `parseProgressReport` then refuses; a target's `unitEn` is text a page shows.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { validatePlan } from '../src/load-plan.js';
import type { Plan } from '../src/schema.js';
import { dzPlanHere } from './helpers.js';
import { csv, importFiles, inEach, plan, utf8 } from './progress-import-helpers.js';

const ROWS = 200_000;
/** A unit's template header, then `rows` rows of an id no target has, each with a value: a problem each. */
const bigSheet = (rows = ROWS) => {
  const lines = ['填報單位:市科技局', '指標編號,任務,指標,計量單位,目標,完成時限,計量方式,牽頭單位,完成值,截至日期,備註'];
  for (let i = 0; i < rows; i++) lines.push('x,,,,,,,,1,,');
  return lines.join('\n');
};

describe('F170 r77 H1: a sheet of 200,000 rows', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dz-plan-f170-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const text = bigSheet();

  test('importProgressFiles reads it: each row a problem, no RangeError', async () => {
    const result = await importFiles([{ name: 'big.csv', data: utf8(text) }]);
    assert.equal(result.problems.length, ROWS);
    assert.equal(result.rejected, ROWS);
    assert.equal(result.report, undefined);
  });

  // The command lists what the library found: 250 rows show the listing as well as 200,000 (the overflow is the test
  // above's), at a thousandth of the cost.
  test('dz-plan progress import: exit 1, the first 100 problems and a count of the rest, not a line each', async () => {
    writeFileSync(join(dir, 'big.csv'), bigSheet(250));
    const r = await dzPlanHere('progress', 'import', join(dir, 'big.csv'), '-o', join(dir, 'out.json'), '--lang', 'en');
    assert.equal(r.status, 1, r.stderr.slice(0, 2000));
    const lines = r.stderr.trimEnd().split('\n');
    assert.ok(lines.length < 200, `${lines.length} lines`);
    const problems = lines.filter((line) => line.startsWith('big.csv, row '));
    assert.equal(problems.length, 100);
    assert.equal(problems[0], 'big.csv, row 3, 指標編號: "x" is not a target id of this plan');
    assert.equal(lines[lines.indexOf(problems.at(-1)!) + 1], '… and 150 more problems, not listed');
    assert.match(lines.at(-1)!, /^dz-plan: nothing written: 250 problems/);
  });
});

describe('F170 r77 M1: a note with a bidirectional control character', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dz-plan-f170-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const sheet = () => csv('bidi.csv', 't09.1,2100,2023-06-30,\u202Eabc', 't09.2,300,2023-06-30,fine');

  test('is a problem of its row and column, in each language; the row is not in the report', async () => {
    const results = await inEach([sheet()]);
    const expected = {
      'zh-Hant': 'bidi.csv 第 2 行「備註」欄:含有雙向控制字元(U+202A–U+202E、U+2066–U+2069),會使文字顯示的次序與儲存的不同,請刪去',
      'zh-Hans': 'bidi.csv 第 2 行“備註”列:含有双向控制字符(U+202A–U+202E、U+2066–U+2069),会使文字显示的顺序与存储的不同,请删去',
      en: 'bidi.csv, row 2, 備註: contains a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which shows the text in another order than it is stored: remove it',
    };
    for (const [lang, result] of Object.entries(results)) {
      assert.equal(result.problems.length, 1, lang);
      const [problem] = result.problems;
      assert.equal(problem!.code, 'bidiControl');
      assert.equal(problem!.row, 2);
      assert.equal(problem!.text, '\u202Eabc');
      assert.equal(problem!.message, expected[lang as keyof typeof expected], lang);
      assert.deepEqual(result.report?.entries.map((e) => e.target), ['t09.2']);
    }
  });

  test('dz-plan progress import refuses it, exit 1, and writes nothing', async () => {
    writeFileSync(join(dir, 'bidi.csv'), sheet().data);
    const r = await dzPlanHere('progress', 'import', join(dir, 'bidi.csv'), '-o', join(dir, 'out.json'), '--lang', 'en');
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /^bidi\.csv, row 2, 備註: contains a bidirectional control character/m);
  });
});

describe('F170 r77 M2: targets[].unitEn', () => {
  test('with a bidirectional control character is refused, named by its path', () => {
    const copy = JSON.parse(JSON.stringify(plan)) as Plan & { targets: { unitEn: string }[] };
    copy.targets[0]!.unitEn = 'base \u202Estations';
    const result = validatePlan(copy);
    const issues = result.success ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`);
    assert.ok(issues.some((issue) => issue.startsWith('targets[0].unitEn: contains a bidirectional control character')), issues.join('\n'));
  });
});
