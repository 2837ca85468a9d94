/**
 * F262 (review r107 L2): the extension of `-o`. `summary --format csv -o 摘要.md` wrote CSV into a .md (exit 0);
 * `import -o r.2023.06` and `summary -o 摘要.2023-06-30` were refused for an extension `.06`, `.2023-06-30`, though a
 * name without an extension is accepted: a suffix of digits (a date) is no file type.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { dzPlanHere } from './helpers.js';

let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'dz-plan-r107-out-'));
  writeFileSync(join(dir, 'r.json'), JSON.stringify({ plan: 'dezhou-2023-green-low-carbon', asOf: '2023-06-30', entries: [{ target: 't22.1', value: 10 }] }));
});
after(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);
const run = (...args: string[]) => dzPlanHere('progress', ...args);

describe('L2: -o and --format', () => {
  test('summary --format csv -o 摘要.md is refused (exit 2), nothing written; the format of the extension is accepted', async () => {
    const r = await run('summary', at('r.json'), '--unit', '商務局', '--format', 'csv', '-o', at('摘要.md'));
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /-o .*摘要\.md 的副檔名是 \.md,而 --format 是 csv:請讓兩者一致,或去掉 --format/u);
    assert.equal(existsSync(at('摘要.md')), false);
    const en = await run('summary', at('r.json'), '--format', 'md', '-o', at('summary.csv'), '--lang', 'en');
    assert.equal(en.status, 2, en.stderr);
    assert.match(en.stderr, /-o .*summary\.csv ends in \.csv but --format is md: make them agree, or leave out --format/);
    const ok = await run('summary', at('r.json'), '--unit', '商務局', '--format', 'csv', '-o', at('摘要.csv'));
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(readFileSync(at('摘要.csv'), 'utf8'), /t22\.1/);
  });

  test('a name ending in a date or digits has no extension: summary writes text, import JSON', async () => {
    const s = await run('summary', at('r.json'), '--unit', '商務局', '-o', at('摘要.2023-06-30'));
    assert.equal(s.status, 0, s.stderr);
    assert.match(readFileSync(at('摘要.2023-06-30'), 'utf8'), /t22\.1/);
    const book = new ExcelJS.Workbook();
    book.addWorksheet('進度').addRows([['指標編號', '完成值', '截至日期'], ['t22.1', 10, '2023-06-30']]);
    await book.xlsx.writeFile(at('q.xlsx'));
    const i = await run('import', at('q.xlsx'), '-o', at('r.2023.06'));
    assert.equal(i.status, 0, i.stderr);
    assert.equal(JSON.parse(readFileSync(at('r.2023.06'), 'utf8')).asOf, '2023-06-30');
    // A file type is still checked: one with a letter is an extension.
    assert.equal((await run('import', at('q.xlsx'), '-o', at('r.2023.xlsx'))).status, 2);
  });
});

describe('F262 left: --help says that --format and -o must agree', () => {
  // The error says it (above); the help, read first, did not: `--format md -o x.csv` was learnt by being refused.
  for (const [lang, agree] of [
    ['zh-Hant', /--format 並用時兩者須一致/u],
    ['zh-Hans', /--format 并用时两者须一致/u],
    ['en', /with --format, the two must agree/],
  ] as const) {
    test(`progress summary --help --lang ${lang}`, async () => {
      const r = await run('summary', '--help', '--lang', lang);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout.replace(/\n\s*/g, ''), agree);
    });
  }
});
