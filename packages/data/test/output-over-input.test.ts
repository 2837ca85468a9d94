/**
 * `-o` naming one of the command's own inputs is refused (exit 2) before anything is written: `dz-plan build doc.txt
 * -o doc.txt` replaced the document with the plan JSON, and `progress template/import -o` could replace the plan or
 * the sheet it read. The same file under another name (./, a symlink) is caught too; `import --into` writing back
 * into its report stays as it is.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { refuseOutputOverInput } from '../src/node/output-path.js';
import { dzPlanHere, fixturesDir } from './helpers.js';

describe('-o over an input', () => {
  let dir = '';
  const at = (name: string) => join(dir, name);
  before(() => (dir = mkdtempSync(join(tmpdir(), 'dz-plan-output-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('build refuses to write its plan over its document, under any name of it, and over its overlay, in --lang', async () => {
    const doc = at('doc.txt');
    copyFileSync(resolve(fixturesDir, 'invented-simplified.txt'), doc);
    const original = readFileSync(doc, 'utf8');
    symlinkSync(doc, at('link.txt'));
    for (const output of [doc, relative(process.cwd(), doc), at('link.txt')]) {
      const run = await dzPlanHere('build', doc, '--issuer', '虚构市人民政府', '-o', output);
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr, /-o .* 就是輸入的檔案 .*doc\.txt:寫入會蓋掉它/);
      assert.equal(readFileSync(doc, 'utf8'), original, `${output}: the document is as it was`);
    }
    const overlay = at('overlay.json');
    writeFileSync(overlay, '{}');
    const overOverlay = await dzPlanHere('build', doc, '--issuer', '虚构市人民政府', '--overlay', overlay, '-o', overlay, '--lang', 'en');
    assert.equal(overOverlay.status, 2);
    assert.match(overOverlay.stderr, /-o .*overlay\.json is the input .*overlay\.json: writing would replace it; give another output file/);
    assert.equal(readFileSync(overlay, 'utf8'), '{}');
    const elsewhere = await dzPlanHere('build', doc, '--issuer', '虚构市人民政府', '-o', at('plan.json'));
    assert.equal(elsewhere.status, 0, elsewhere.stderr);
  });

  test('progress template refuses to write over its --plan, and import over a sheet it reads or its --plan', async () => {
    const plan = at('plan.json');
    assert.equal((await dzPlanHere('build', at('doc.txt'), '--issuer', '虚构市人民政府', '-o', plan)).status, 0);
    const planText = readFileSync(plan, 'utf8');
    // A template is .csv or .xlsx: a plan saved under such a name is what it could write over.
    const planAsCsv = at('plan.csv');
    copyFileSync(plan, planAsCsv);
    const template = await dzPlanHere('progress', 'template', '--plan', planAsCsv, '-o', planAsCsv, '--lang', 'zh-Hans');
    assert.equal(template.status, 2, template.stderr);
    assert.match(template.stderr, /-o .*plan\.csv 就是输入的文件 .*plan\.csv:写入会覆盖它/);
    assert.equal(readFileSync(planAsCsv, 'utf8'), planText);

    const sheet = at('sheet.csv');
    assert.equal((await dzPlanHere('progress', 'template', '--plan', plan, '-o', sheet)).status, 0);
    const sheetText = readFileSync(sheet, 'utf8');
    for (const args of [[sheet, '-o', sheet], [sheet, '-o', plan]]) {
      const run = await dzPlanHere('progress', 'import', ...args, '--plan', plan, '--lang', 'en');
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr, /is the input .*: writing would replace it/);
    }
    assert.equal(readFileSync(sheet, 'utf8'), sheetText);
    assert.equal(readFileSync(plan, 'utf8'), planText);
  });

  test('a device is no file to replace: /dev/null (as /dev/stdin and /dev/stdout on one terminal are) is not refused', async () => {
    await refuseOutputOverInput('/dev/null', ['/dev/null'], 'en');
    await assert.rejects(refuseOutputOverInput(at('plan.json'), [at('plan.json')], 'en'), /is the input/, 'a file still is');
  });
});
