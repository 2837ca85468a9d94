/**
 * F268 (review r111 F5): one entry refused (dated after its report, an unknown target…) withheld the whole progress
 * summary, though its help promises the summary is written all the same. The summary is written from the other
 * entries; each refused entry is in it (text, Markdown, CSV) with its target and why, its target listed as one that
 * cannot be judged (saying why: F274, whose tests are in `summary-refused-at-target-f274.test.ts`); the issues still go to stderr and the exit code is 1. A problem of the report itself still writes
 * nothing, and `progress diff` still compares no report with a refused entry.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { dzPlanHere, reportJson } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'dz-f268-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

// The office's June report: good entries, and t09.1 given a figure dated after the report (a forecast).
const good = [
  { target: 't26.4', value: 3 },
  { target: 't29.1', value: 0, asOf: '2023-05-31' },
];
const june = at('june.json', reportJson('2023-06-30', [...good, { target: 't09.1', value: 1600, asOf: '2023-07-15' }]));

describe('F268: a refused entry does not withhold the summary', () => {
  test('more bad entries than the issues listed at once (1,000): the summary still, every one refused (review r112 F5)', async () => {
    const bad = Array.from({ length: 1100 }, () => ({ target: 't09.1', value: 'x' as unknown as number, asOf: '2023-06-30' }));
    const many = at('many.json', reportJson('2023-06-30', [...good, ...bad]));
    const r = await dzPlanHere('progress', 'summary', many, '--lang', 'en');
    assert.equal(r.status, 1, r.stderr.slice(0, 500));
    assert.match(r.stdout, /^Entries of the report not used \(1100\)$/m, r.stdout.slice(-500));
    assert.match(r.stdout, /^  t26\.4 /m, 'the good entries judged');
  });

  test('text: the summary is written from the other entries, the refused one listed with its target and why; exit 1', async () => {
    const r = await dzPlanHere('progress', 'summary', june);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /june\.json: entries\[2\]\.asOf: 此項日期 2023-07-15 晚於報告日期 2023-06-30/);
    const lines = r.stdout.split('\n');
    assert.match(lines[0]!, /june\.json/, r.stdout);
    // The good entries are judged as ever: t26.4 read, not listed as unreported.
    const unreported = lines.findIndex((l) => l.startsWith('未報送('));
    assert.ok(unreported > 0, r.stdout);
    assert.ok(lines.findIndex((l) => /^  t26\.4 .*3/.test(l)) > 0 && lines.findIndex((l) => /^  t26\.4 /.test(l)) < unreported, r.stdout);
    // t09.1 cannot be judged: listed there, not as unreported.
    const unjudged = lines.findIndex((l) => l.startsWith('無法判斷('));
    assert.ok(unjudged > unreported, r.stdout);
    assert.ok(lines.slice(unjudged).some((l) => /^  t09\.1 /.test(l)), r.stdout);
    assert.ok(!lines.slice(unreported, unjudged).some((l) => /^  t09\.1 /.test(l)), r.stdout);
    // The refused entry, in the summary itself: its target and why.
    const refused = lines.findIndex((l) => l.startsWith('報告中未採用的條目(1 條)'));
    assert.ok(refused > unjudged, r.stdout);
    assert.match(lines[refused + 1]!, /^  t09\.1 entries\[2\]\.asOf: 此項日期 2023-07-15 晚於報告日期 2023-06-30/);
  });

  test('an entry with no target of the plan is listed by its place; Markdown and CSV, in English', async () => {
    const file = at('unknown.json', reportJson('2023-06-30', [...good, { target: 't99.9', value: 5 }, { target: 't09.1', value: 'many' }]));
    const md = await dzPlanHere('progress', 'summary', file, '--format', 'md', '--lang', 'en');
    assert.equal(md.status, 1, md.stderr);
    assert.match(md.stderr, /unknown\.json: entries\[2\]\.target: .*t99\.9/);
    assert.match(md.stdout, /^## Cannot be judged \(1\)\n\n.*\n.*\n\| t09\.1 \|/m);
    assert.match(md.stdout, /\n\n## Entries of the report not used \(2\)\n\n\| Target id \| Entry \| Why \|\n\| --- \| --- \| --- \|\n\|  \| entries\\\[2\\\]\.target \| .*t99\.9.* \|\n\| t09\.1 \| entries\\\[3\\\]\.value \| .+ \|$/m);
    const csv = await dzPlanHere('progress', 'summary', file, '--format', 'csv', '--lang', 'en');
    assert.equal(csv.status, 1, csv.stderr);
    const rows = csv.stdout.split('\r\n');
    // How many fields a row has: its commas outside quotes, and one.
    const fields = (row: string) => row.replace(/"(?:[^"]|"")*"/g, '').split(',').length;
    const width = fields(rows[0]!);
    // A row of its own only for the entry that names no target of the plan; t09.1's says why in its own row (F274).
    const refused = rows.filter((row) => row.includes(',not used,'));
    assert.equal(refused.length, 1, csv.stdout);
    assert.match(refused[0]!, /^,.*not used,"?entries\[2\]\.target: .*t99\.9/);
    for (const row of refused) assert.equal(fields(row), width, row);
    assert.match(csv.stdout, /^t09\.1,.*,cannot be judged,"?entries\[3\] of the report not used: /m);
  });

  test('a target given two values at one date is not judged on the first (no silent guess); one unit lists its own', async () => {
    const twice = at('twice.json', reportJson('2023-06-30', [...good, { target: 't09.1', value: 1200 }, { target: 't9.1', value: 2900 }]));
    const r = await dzPlanHere('progress', 'summary', twice, '--lang', 'en');
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /twice\.json: entries\[3\]: /);
    const lines = r.stdout.split('\n');
    const unjudged = lines.findIndex((l) => l.startsWith('Cannot be judged (1)'));
    assert.match(lines[unjudged + 1]!, /^  t09\.1 /, r.stdout);
    assert.doesNotMatch(r.stdout, /1,200/, 'neither figure is taken for it');
    assert.match(r.stdout, /\nEntries of the report not used \(1\)\n  t09\.1 entries\[3\]: .*entries\[2\]/);
    // Of one unit: t09.1 is the bureau of industry's, not the water bureau's; an entry that names no target is everyone's.
    const unknown = at('unknown-twice.json', reportJson('2023-06-30', [...good, { target: 't09.1', value: 1600, asOf: '2023-07-15' }, { target: 't99.9', value: 5 }]));
    const water = await dzPlanHere('progress', 'summary', unknown, '--lang', 'en', '--unit', '市水利局');
    assert.equal(water.status, 1, water.stderr);
    assert.match(water.stdout, /\nEntries of the report not used \(1\)\n  entries\[3\]\.target: .*t99\.9/);
    assert.doesNotMatch(water.stdout, /t09\.1/);
  });

  test('a problem of the report itself still writes no summary', async () => {
    const badDate = at('bad-date.json', JSON.stringify({ plan: 'dezhou-2023-green-low-carbon', asOf: '2023-06-31', entries: good }));
    const other = at('other.json', JSON.stringify({ plan: 'another-plan', asOf: '2023-06-30', entries: good }));
    const both = at('both.json', JSON.stringify({ plan: 'dezhou-2023-green-low-carbon', asOf: 20230630, entries: [{ target: 't99.9', value: 1 }] }));
    for (const file of [badDate, other, both]) {
      const r = await dzPlanHere('progress', 'summary', file);
      assert.equal(r.status, 1, file);
      assert.equal(r.stdout, '', file);
      assert.notEqual(r.stderr, '', file);
    }
    // A file that is not JSON is a mistake in the input, as before (exit 2).
    const notJson = await dzPlanHere('progress', 'summary', at('not-json.json', '{'));
    assert.equal(notJson.status, 2);
    assert.equal(notJson.stdout, '');
  });

  test('progress diff still compares no report with a refused entry', async () => {
    const may = at('may.json', reportJson('2023-05-31', good));
    const r = await dzPlanHere('progress', 'diff', may, june);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /entries\[2\]\.asOf/);
  });
});

describe('F268: entries checked against the others once every value is valid', () => {
  test('an entry dated after the report beside a value that is not a number: both refused, named by their place in the report', async () => {
    const file = at('two-kinds.json', reportJson('2023-06-30', [{ target: 't26.4', value: 'three' }, ...good, { target: 't09.1', value: 1600, asOf: '2023-07-15' }]));
    const r = await dzPlanHere('progress', 'summary', file, '--lang', 'en');
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /two-kinds\.json: entries\[0\]\.value: /);
    assert.match(r.stderr, /two-kinds\.json: entries\[3\]\.asOf: the entry is dated 2023-07-15/);
    assert.match(r.stdout, /\nEntries of the report not used \(2\)\n  t26\.4 entries\[0\]\.value: .*\n  t09\.1 entries\[3\]\.asOf: the entry is dated 2023-07-15/);
    // Each target with why under it (F274).
    assert.match(r.stdout, /\nCannot be judged \(2\)\n  t09\.1 .*\n    entries\[3\] of the report not used: .*\n  t26\.4 .*\n    entries\[0\] of the report not used: /);
  });
});
