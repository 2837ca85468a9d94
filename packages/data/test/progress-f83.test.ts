/**
 * F83 (review r58 Low 2): an import `--into` whose new rows conflict at a target and date the report already holds a
 * reading at. The conflict names the report's reading too, and the report written does not keep it as if agreed: the
 * figures disagree, so it is held back as the new rows are, removed from the report and said so, with what to do.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { HeldBackReading } from '../src/progress/index.js';
import { dzPlanHere } from './helpers.js';
import { csv, importFiles } from './progress-import-helpers.js';

const header = '指標編號,完成值,截至日期,備註\n';
const base = `${header}t09.1,2100,2023-06-30,水利\nt09.2,50,2023-06-30,\n`;
// Two units' sheets (rows of one sheet alone are an id typed twice, F128).
const conflicting = `${header}t09.1,2200,2023-06-30,农业\nt09.2,55,2023-06-30,\n`;
const otherUnit = `${header}t09.1,2300,2023-06-30,工信\n`;

describe('F83: import --into with conflicting rows where the report has a reading', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dz-plan-f83-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const at = (name: string) => join(dir, name);
  const setUp = async (report: string, baseCsv = base) => {
    writeFileSync(at('i1.csv'), baseCsv);
    writeFileSync(at('i2.csv'), conflicting);
    writeFileSync(at('i3.csv'), otherUnit);
    assert.equal((await dzPlanHere('progress', 'import', at('i1.csv'), '-o', at(report))).status, 0);
  };
  const entries = (report: string) => JSON.parse(readFileSync(at(report), 'utf8')).entries;

  test('--partial: the conflict names the report\'s 2100, which is removed from the report written and said so', async () => {
    await setUp('p.json');
    const r = await dzPlanHere('progress', 'import', at('i2.csv'), at('i3.csv'), '--into', at('p.json'), '--partial', '--lang', 'en');
    assert.equal(r.status, 3, r.stderr);
    assert.match(r.stderr, /^i2\.csv, row 2, 完成值: .*i3\.csv, row 2 \(2,300\).*where the report holds 2,100.*$/m);
    assert.match(r.stderr, /^i3\.csv, row 2, 完成值: .*i2\.csv, row 2 \(2,200\).*where the report holds 2,100.*$/m);
    assert.match(r.stderr, new RegExp(`^${at('p.json').replaceAll('.', '\\.')}: t09\\.1 at 2023-06-30: 2,100 base stations removed from the report: the figure at that date is in dispute \\(this import's rows disagree\\); the units are to settle one figure and import it$`, 'm'));
    assert.deepEqual(entries('p.json'), [{ target: 't09.2', value: 55 }]);
  });

  test('the report\'s figure equal to one of the new ones (2200 against 2200 and 2300): still held back', async () => {
    await setUp('q.json', base.replace('2100', '2200'));
    const r = await dzPlanHere('progress', 'import', at('i2.csv'), at('i3.csv'), '--into', at('q.json'), '--partial', '--lang', 'en');
    assert.equal(r.status, 3, r.stderr);
    assert.match(r.stderr, /where the report holds 2,200/);
    assert.match(r.stderr, /t09\.1 at 2023-06-30: 2,200 base stations removed from the report/);
    assert.deepEqual(entries('q.json'), [{ target: 't09.2', value: 55 }]);
  });

  test('without --partial: the conflict names the report\'s reading, and nothing is written', async () => {
    await setUp('n.json');
    const before = readFileSync(at('n.json'), 'utf8');
    const r = await dzPlanHere('progress', 'import', at('i2.csv'), at('i3.csv'), '--into', at('n.json'), '--lang', 'en');
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /where the report holds 2,100/);
    assert.doesNotMatch(r.stderr, /removed from the report/);
    assert.equal(readFileSync(at('n.json'), 'utf8'), before);
  });

  test('in each language', async () => {
    const expected = {
      'zh-Hant': [/^i2\.csv 第 2 行「完成值」欄:t09\.1 同一日期有不同的數值:本行 2200,i3\.csv 第 2 行 2300,報告原有 2100:請各單位核定一個數$/m, /:指標 t09\.1\(2023-06-30\):報告原有的 2100個 在該日期有爭議\(本次匯入的各行數值不一\),已從報告中刪去:請各單位核定一個數,再匯入核定的數$/m],
      'zh-Hans': [/^i2\.csv 第 2 行“完成值”列:t09\.1 同一日期有不同的数值:本行 2200,i3\.csv 第 2 行 2300,报告原有 2100:请各单位核定一个数$/m, /:指标 t09\.1\(2023-06-30\):报告原有的 2100个 在该日期有争议\(本次导入的各行数值不一\),已从报告中删去:请各单位核定一个数,再导入核定的数$/m],
    };
    for (const [lang, lines] of Object.entries(expected)) {
      await setUp(`${lang}.json`);
      const r = await dzPlanHere('progress', 'import', at('i2.csv'), at('i3.csv'), '--into', at(`${lang}.json`), '--partial', '--lang', lang);
      assert.equal(r.status, 3, r.stderr);
      for (const line of lines) assert.match(r.stderr, line);
      assert.deepEqual(entries(`${lang}.json`), [{ target: 't09.2', value: 55 }]);
    }
  });

  test('an import --into without a conflict is unchanged: the report\'s reading replaced, said as before', async () => {
    await setUp('u.json');
    writeFileSync(at('ok.csv'), `${header}t09.1,2200,2023-06-30,农业\n`);
    const r = await dzPlanHere('progress', 'import', at('ok.csv'), '--into', at('u.json'), '--lang', 'en');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /t09\.1 at 2023-06-30: 2,100 base stations replaced by 2,200 base stations$/m);
    assert.doesNotMatch(r.stderr, /removed|report holds/);
    assert.deepEqual(entries('u.json'), [{ target: 't09.2', value: 50 }, { target: 't09.1', value: 2200, note: '农业' }]);
  });

  test('--partial when the conflicting rows are the import\'s only rows: nothing is written, the report keeps its reading', async () => {
    // Review r60 had it written without its reading; r72 M4: --partial deletes no reading of the report for an import
    // that adds none. The conflicts name the report's 2100; nothing is said removed.
    await setUp('o.json');
    const before = readFileSync(at('o.json'), 'utf8');
    writeFileSync(at('only.csv'), `${header}t09.1,2200,2023-06-30,农业\nt09.1,2300,2023-06-30,工信\n`);
    const r = await dzPlanHere('progress', 'import', at('only.csv'), '--into', at('o.json'), '--partial', '--lang', 'en');
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /where the report holds 2,100/);
    assert.doesNotMatch(r.stderr, /removed from the report/);
    assert.equal(readFileSync(at('o.json'), 'utf8'), before);
  });

  test('the library: the report\'s reading at a conflict is returned as held back, and a conflict elsewhere names none', async () => {
    const appendTo = { plan: 'dezhou-2023-green-low-carbon', asOf: '2023-06-30', entries: [{ target: 't09.1', value: 2100 }, { target: 't09.2', value: 50, asOf: '2023-03-31' }] };
    const result = await importFiles([csv('a.csv', 't09.1,2200,2023-06-30,', 't09.1,2300,2023-06-30,', 't09.2,60,2023-06-30,', 't09.2,61,2023-06-30,')], 'en', { appendTo });
    // `HeldBackReading`, a `DatedReading` with who is to settle it, is the public type of `heldBack` (exported from
    // `@dz-tasks/data/progress`, r69 L7): rows of one sheet, its target ids to check (F146).
    const heldBack: readonly HeldBackReading[] = [{ target: 't09.1', value: 2100, asOf: '2023-06-30', settle: { by: 'targetIds' } }];
    assert.deepEqual(result.heldBack, heldBack);
    assert.match(result.problems[0]!.message, /where the report holds 2,100/);
    assert.doesNotMatch(result.problems[2]!.message, /report holds/);
  });
});
