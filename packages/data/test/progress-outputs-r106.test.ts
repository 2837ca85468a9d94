/**
 * F257 (review r106 L6, L7): the files `dz-plan progress` writes. `import -o out.xlsx` wrote JSON into an .xlsx and
 * `summary -o 摘要.xlsx` text into one (exit 0); `template -o same.xlsx` overwrote a returned sheet with its figures.
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
  dir = mkdtempSync(join(tmpdir(), 'dz-plan-r106-out-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);
const run = (...args: string[]) => dzPlanHere('progress', ...args);

describe('L6: an output file whose extension is not what the command writes', () => {
  test('import -o out.xlsx is refused, naming the extension and .json; nothing written', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('進度').addRows([['指標編號', '完成值', '截至日期'], ['t22.1', 10, '2023-06-30']]);
    await book.xlsx.writeFile(at('q.xlsx'));
    const r = await run('import', at('q.xlsx'), '-o', at('out.xlsx'));
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /-o .*out\.xlsx 的副檔名是 \.xlsx:progress import 寫出的報告是 JSON,請用 \.json 檔/u);
    assert.equal(existsSync(at('out.xlsx')), false);
    const en = await run('import', at('q.xlsx'), '-o', at('out.csv'), '--lang', 'en');
    assert.equal(en.status, 2);
    assert.match(en.stderr, /-o .*out\.csv ends in \.csv: progress import writes the report as JSON; name a \.json file/);
    assert.equal(existsSync(at('out.csv')), false);
    const ok = await run('import', at('q.xlsx'), '-o', at('out.json'));
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal(JSON.parse(readFileSync(at('out.json'), 'utf8')).asOf, '2023-06-30');
  });

  test('summary -o 摘要.xlsx is refused, naming the extension and the summary’s formats; nothing written', async () => {
    writeFileSync(at('r.json'), JSON.stringify({ plan: 'dezhou-2023-green-low-carbon', asOf: '2023-06-30', entries: [{ target: 't22.1', value: 10 }] }));
    const r = await run('summary', at('r.json'), '--unit', '商務局', '-o', at('摘要.xlsx'));
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /-o .*摘要\.xlsx 的副檔名是 \.xlsx:progress summary 寫出文字\(\.txt\)、Markdown\(\.md\)或 CSV\(\.csv\)/u);
    assert.equal(existsSync(at('摘要.xlsx')), false);
    const en = await run('summary', at('r.json'), '-o', at('summary.docx'), '--format', 'md', '--lang', 'en');
    assert.equal(en.status, 2);
    assert.match(en.stderr, /summary\.docx ends in \.docx: progress summary writes text \(\.txt\), Markdown \(\.md\) or CSV \(\.csv\)/);
    for (const name of ['摘要.txt', '摘要.md', '摘要.csv', '摘要']) {
      const ok = await run('summary', at('r.json'), '--unit', '商務局', '-o', at(name));
      assert.equal(ok.status, 0, `${name}: ${ok.stderr}`);
      assert.match(readFileSync(at(name), 'utf8'), /t22\.1/);
    }
  });
});

describe('L7: template -o over an existing file', () => {
  test('is refused, the file untouched; --force writes it', async () => {
    const first = await run('template', '--unit', '商務局', '-o', at('same.xlsx'));
    assert.equal(first.status, 0, first.stderr);
    // The sheet returned with its figures, under the same name.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(at('same.xlsx'));
    book.worksheets[0]!.getRow(2).getCell(9).value = 12;
    await book.xlsx.writeFile(at('same.xlsx'));
    const filled = readFileSync(at('same.xlsx'));
    const r = await run('template', '--unit', '商務局', '-o', at('same.xlsx'));
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /same\.xlsx 已經存在:不會蓋掉它\(可能是填好交回的表\);請給另一個檔名,或加 --force 覆寫/u);
    assert.deepEqual(readFileSync(at('same.xlsx')), filled, 'untouched');
    const en = await run('template', '--unit', '商務局', '-o', at('same.xlsx'), '--lang', 'en');
    assert.equal(en.status, 2);
    assert.match(en.stderr, /same\.xlsx already exists: not overwritten \(it may be a sheet filled in and sent back\); give another file name, or --force to overwrite it/);
    const forced = await run('template', '--unit', '商務局', '-o', at('same.xlsx'), '--force');
    assert.equal(forced.status, 0, forced.stderr);
    assert.notDeepEqual(readFileSync(at('same.xlsx')), filled);
  });
});
