/**
 * F274 (review r112 F6): a target whose entry of the report was refused (F268) was listed under 無法判斷 with no reason,
 * and the CSV had a second row for the same target id (未採用). Now the target says why it cannot be judged where it is
 * listed (text, Markdown, CSV; each language): which entry was not used and the first sentence of why; the CSV has one
 * row per plan target, a refused entry's reason in its target's 說明 cell, and a 未採用 row only for an entry that names
 * no target of the plan. The closing list of refused entries, the exit status and stderr are as they were.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { readCsv } from '../src/progress/index.js';
import type { Language } from '../src/schema.js';
import { dzPlanHere, reportJson } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'dz-f274-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

// The brief's June report: t26.4 read, t09.1 given a figure dated after the report (a forecast).
const june = at('june.json', reportJson('2023-06-30', [{ target: 't26.4', value: 3 }, { target: 't09.1', value: 1600, asOf: '2023-07-15' }]));

/** What each language says at the target: the entry not used, and the first sentence of why (not the advice after it). */
const said: Record<Language, { line: RegExp; label: string; advice: string; unjudged: string; refused: string; notUsed: string; target: string; status: string; note: string }> = {
  'zh-Hant': {
    line: /^ {4}未採用報告中的條目 entries\[1\]:此項日期 2023-07-15 晚於報告日期 2023-06-30/,
    label: '無法判斷',
    advice: '若為實際完成值',
    unjudged: '無法判斷(1 個)',
    refused: '報告中未採用的條目(1 條)',
    notUsed: '未採用',
    target: '指標編號',
    status: '狀態',
    note: '說明',
  },
  'zh-Hans': {
    line: /^ {4}未采用报告中的条目 entries\[1\]:此项日期 2023-07-15 晚于报告日期 2023-06-30/,
    label: '无法判断',
    advice: '若为实际完成值',
    unjudged: '无法判断(1 个)',
    refused: '报告中未采用的条目(1 条)',
    notUsed: '未采用',
    target: '指标编号',
    status: '状态',
    note: '说明',
  },
  en: {
    line: /^ {4}entries\[1\] of the report not used: the entry is dated 2023-07-15, after the report's date 2023-06-30/,
    label: 'cannot be judged',
    advice: 'Correct the date',
    unjudged: 'Cannot be judged (1)',
    refused: 'Entries of the report not used (1)',
    notUsed: 'not used',
    target: 'Target id',
    status: 'Status',
    note: 'Note',
  },
};
const langs = Object.keys(said) as Language[];

/** {@link said}'s line without its indent: as a cell says it. */
const inCell = (line: RegExp) => new RegExp(line.source.replace('^ {4}', '^'));

/** A Markdown cell as it reads (`markdownText` escapes `[` as `\\[`). */
const unescaped = (cell: string) => cell.replace(/\\(.)/g, '$1');

/** The CSV's rows as cells, its header first. */
const csvRows = (text: string) => readCsv('summary.csv', text).rows.map((row) => row.cells);

describe('F274: a refused entry\'s target says why it cannot be judged', () => {
  for (const lang of langs) {
    test(`text (${lang}): the line under the target names the entry and why; the closing list, stderr and exit status as before`, async () => {
      const w = said[lang];
      const r = await dzPlanHere('progress', 'summary', june, '--lang', lang);
      assert.equal(r.status, 1, r.stderr);
      // stderr: the issue, named once with its report, as F268 names it, and nothing more.
      assert.equal(r.stderr.trimEnd().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, /june\.json: entries\[1\]\.asOf: /);
      const lines = r.stdout.split('\n');
      const unjudged = lines.indexOf(w.unjudged);
      assert.ok(unjudged > 0, r.stdout);
      assert.match(lines[unjudged + 1]!, /^ {2}t09\.1 /);
      assert.match(lines[unjudged + 2]!, w.line);
      assert.ok(!lines[unjudged + 2]!.includes(w.advice), `short: the first sentence only: ${lines[unjudged + 2]}`);
      // The report author's to-do list, keyed by entry, is kept at the end.
      const refused = lines.indexOf(w.refused);
      assert.ok(refused > unjudged + 2, r.stdout);
      assert.match(lines[refused + 1]!, /^ {2}t09\.1 entries\[1\]\.asOf: /);
      assert.ok(lines[refused + 1]!.includes(w.advice), 'the closing list keeps the whole reason');
    });

    test(`Markdown (${lang}): the target's status cell says why`, async () => {
      const w = said[lang];
      const r = await dzPlanHere('progress', 'summary', june, '--lang', lang, '--format', 'md');
      assert.equal(r.status, 1, r.stderr);
      const row = r.stdout.split('\n').find((l) => l.startsWith('| t09.1 |'));
      assert.ok(row, r.stdout);
      const status = unescaped(row.split(' | ')[5]!);
      assert.ok(status.startsWith(w.label), status);
      assert.match(status, new RegExp(w.line.source.replace('^ {4}', '')), status);
      assert.ok(!status.includes(w.advice), status);
      assert.equal(row.split(' | ').length, 8, 'the table is as wide as before');
      assert.ok(r.stdout.includes(`## ${w.refused}`), 'the closing table is kept');
    });

    test(`CSV (${lang}): one row per plan target, the reason in the target's note cell`, async () => {
      const w = said[lang];
      const r = await dzPlanHere('progress', 'summary', june, '--lang', lang, '--format', 'csv');
      assert.equal(r.status, 1, r.stderr);
      const [header, ...rows] = csvRows(r.stdout);
      const [id, status, note] = [w.target, w.status, w.note].map((name) => header!.indexOf(name)) as [number, number, number];
      assert.deepEqual(
        rows.map((row) => row[id]),
        dezhouPlan.targets.map((t) => t.id),
        'a row per target of the plan, in plan order, none twice',
      );
      const row = rows.find((cells) => cells[id] === 't09.1')!;
      assert.match(row[note]!, inCell(w.line));
      assert.ok(!rows.some((cells) => cells[status] === w.notUsed), 'no 未採用 row: the refused entry names a target of the plan');
    });
  }

  test('CSV: several refused entries of one target are joined in its cell; an entry of no target of the plan keeps a 未採用 row', async () => {
    const file = at('three.json', reportJson('2023-06-30', [
      { target: 't26.4', value: 3 },
      { target: 't09.1', value: 'many' },
      { target: 't99.9', value: 5 },
      { value: 7 },
      { target: 't09.1', value: 1600, asOf: '2023-07-15' },
    ]));
    const r = await dzPlanHere('progress', 'summary', file, '--lang', 'en', '--format', 'csv');
    assert.equal(r.status, 1, r.stderr);
    const [header, ...rows] = csvRows(r.stdout);
    const [id, status, note] = ['Target id', 'Status', 'Note'].map((name) => header!.indexOf(name)) as [number, number, number];
    const fiveG = rows.filter((cells) => cells[id] === 't09.1');
    assert.equal(fiveG.length, 1, r.stdout);
    assert.equal(fiveG[0]![status], 'cannot be judged');
    assert.match(fiveG[0]![note]!, /^entries\[1\] of the report not used: .+; entries\[4\] of the report not used: the entry is dated 2023-07-15/);
    // The entries that name no target of the plan: a row each, with no target id, and nothing else is 'not used'.
    const notUsed = rows.filter((cells) => cells[status] === 'not used');
    assert.deepEqual(notUsed.map((cells) => cells[id]), ['', '']);
    assert.match(notUsed[0]![note]!, /^entries\[2\]\.target: .*t99\.9/);
    assert.match(notUsed[1]![note]!, /^entries\[3\]\.target: /);
    assert.equal(rows.length, dezhouPlan.targets.length + 2);
  });

  test('text: an entry with two issues says both at its target, and an overdue target says why too', async () => {
    // Both the value and the date of t09.1's entry are wrong: one entry, two reasons. At 2024-01-15 t09.1 is past its deadline.
    const file = at('two-issues.json', reportJson('2024-01-15', [{ target: 't26.4', value: 3 }, { target: 't09.1', value: 'x', asOf: '2023-02-30' }]));
    const r = await dzPlanHere('progress', 'summary', file, '--lang', 'en');
    assert.equal(r.status, 1, r.stderr);
    const lines = r.stdout.split('\n');
    const closing = lines.findIndex((l) => l.startsWith('Entries of the report not used'));
    const items = lines.slice(0, closing).flatMap((l, i) => (/^ {2}t09\.1 /.test(l) ? [i] : []));
    assert.equal(items.length, 2, `past the deadline, and cannot be judged: ${r.stdout}`);
    for (const i of items) assert.match(lines[i + 1]!, /^ {4}entries\[1\] of the report not used: .+; .+/);
  });
});
