/** `dz-plan` run in this process: summary FILE, the document commands' file errors, and progress's exit codes and last lines. */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { latestIsoDate } from '../src/local-date.js';
import { cliScratch, dzPlanHere, escapeRegExp, fixturesDir, repoRoot } from './helpers.js';

describe('dz-plan summary FILE', () => {
  const { at } = cliScratch('dz-plan-summary-', 'index.js');

  test('an empty document prints its diagnostics as parse does and exits 1', async () => {
    writeFileSync(at('empty.txt'), '');
    const parse = await dzPlanHere('parse', at('empty.txt'));
    const r = await dzPlanHere('summary', at('empty.txt'));
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(parse.stdout, /noTasks/);
    assert.match(r.stdout + r.stderr, /noTasks/);
  });

  test('a document FILE gets its targets counted, as build finds them', async () => {
    const file = resolve(fixturesDir, 'invented-simplified.txt');
    const r = await dzPlanHere('summary', file);
    assert.equal(r.status, 0, r.stderr);
    const built = await dzPlanHere('build', file, '--issuer', '虚构市人民政府');
    assert.equal(built.status, 0, built.stderr);
    const plan = JSON.parse(built.stdout) as { targets: unknown[] };
    assert.ok(plan.targets.length > 0, 'the fixture has targets');
    assert.match(r.stdout, new RegExp(`^targets: ${plan.targets.length}$`, 'm'));
  });

  test("counts a one-sentence task's targets and leaves out a 分別 value with no subject, as build does, and says why", async () => {
    // Task 1 is all title (its target is there); task 2's 15% and 20% pair with no subject: build proposes neither.
    writeFileSync(
      at('counts.txt'),
      '某市2023年重點工作任務\n一、總體要求\n1.新開通5G基站3000個以上。(牽頭單位:市工業和信息化局)\n2.財政收入。一般公共預算收入和稅收收入,分別增長15%、20%,新增就業1萬人。(牽頭單位:市財政局)\n',
    );
    const built = await dzPlanHere('build', at('counts.txt'), '--issuer', '某市人民政府');
    assert.equal(built.status, 0, built.stderr);
    const plan = JSON.parse(built.stdout) as { targets: unknown[] };
    assert.equal(plan.targets.length, 2, 'the 5G base stations and the jobs');
    const r = await dzPlanHere('summary', at('counts.txt'));
    assert.match(r.stdout, /^targets: 2$/m);
    assert.equal((r.stdout.match(/respectiveWithoutSubject/g) ?? []).length, 2, r.stdout);
  });

  test('a plan JSON is validated and counted: sections, tasks, units and targets', async () => {
    writeFileSync(at('plan.json'), JSON.stringify(dezhouPlan));
    const r = await dzPlanHere('summary', at('plan.json'));
    assert.equal(r.status, 0, r.stderr);
    for (const line of ['sections: 11', 'tasks: 69', 'units: 48', 'assignments: 186', `targets: ${dezhouPlan.targets.length}`]) {
      assert.ok(r.stdout.split('\n').includes(line), `"${line}" in:\n${r.stdout}`);
    }
    writeFileSync(at('bad-plan.json'), JSON.stringify({ ...dezhouPlan, tasks: 'none' }));
    const bad = await dzPlanHere('summary', at('bad-plan.json'));
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /tasks/);
    assert.doesNotMatch(bad.stdout, /^tasks: 0$/m);
    assert.doesNotMatch(bad.stderr, /at \w+ \(/, 'no stack trace');
  });
});

describe('the document commands word a file that cannot be read or written as the progress commands do', () => {
  const { at } = cliScratch('dz-plan-files-', 'index.js');

  test('parse and summary of a missing file: the reason in zh-Hant by default, exit 2', async () => {
    for (const command of ['parse', 'summary']) {
      const r = await dzPlanHere(command, at('missing.txt'));
      assert.equal(r.status, 2, command);
      assert.equal(r.stderr, `dz-plan: 無法讀取 ${at('missing.txt')}:找不到這個檔案\n`, command);
    }
    const en = await dzPlanHere('parse', at('missing.txt'), '--lang', 'zh-Hans');
    assert.equal(en.stderr, `dz-plan: 无法读取 ${at('missing.txt')}:找不到这个文件\n`);
  });

  test('build -o into a missing folder, and build of a missing file: worded, exit 2', async () => {
    const file = resolve(fixturesDir, 'invented-simplified.txt');
    const out = at('no/such/dir/plan.json');
    let r = await dzPlanHere('build', file, '--issuer', '虚构市人民政府', '-o', out);
    assert.equal(r.status, 2);
    assert.match(r.stderr, new RegExp(`^dz-plan: 無法寫入 ${escapeRegExp(out)}:所在的資料夾不存在$`, 'm'));
    r = await dzPlanHere('build', at('nope.txt'), '--lang', 'zh-Hant');
    assert.equal(r.status, 2);
    assert.equal(r.stderr, `dz-plan: 無法讀取 ${at('nope.txt')}:找不到這個檔案\n`);
    assert.doesNotMatch(r.stderr, /ENOENT/);
  });
});

describe('dz-plan progress: exit codes and last lines', () => {
  const { at } = cliScratch('dz-plan-progress-review-', 'progress/index.js');

  test('a report that is JSON but not valid is listed issue by issue, exit 1; one that is not JSON exits 2', async () => {
    writeFileSync(at('feb30.json'), JSON.stringify({ plan: dezhouPlan.id, asOf: '2023-02-30', entries: [] }));
    writeFileSync(at('other.json'), JSON.stringify({ plan: 'another-plan', asOf: '2023-06-30', entries: [] }));
    writeFileSync(at('ok.json'), JSON.stringify({ plan: dezhouPlan.id, asOf: '2023-06-30', entries: [] }));
    writeFileSync(at('broken.json'), '{"plan": ');
    for (const bad of ['feb30.json', 'other.json']) {
      const r = await dzPlanHere('progress', 'diff', at(bad), at('ok.json'), '--lang', 'en');
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stderr, new RegExp(`^${escapeRegExp(at(bad))}: `, 'm'));
    }
    const broken = await dzPlanHere('progress', 'diff', at('broken.json'), at('ok.json'), '--lang', 'en');
    assert.equal(broken.status, 2);
    // The guide says so: the CLI's convention is 1 for problems of the data, each listed, 2 for a file it cannot take.
    const guide = readFileSync(resolve(repoRoot, 'docs/guide-progress.md'), 'utf8').replace(/\s+/g, ' ');
    assert.doesNotMatch(guide, /report that is not JSON or not valid/);
    assert.match(guide, /A report that is JSON but not valid [^.]*\.[^.]*the exit code is 1\./);
  });

  test('no good reading: no --partial advice; one problem is singular in English', async () => {
    writeFileSync(at('one-bad.csv'), '指標編號,完成值,截至日期\r\nt09.1,二千,2023-06-30\r\n');
    const en = await dzPlanHere('progress', 'import', at('one-bad.csv'), '--lang', 'en');
    assert.equal(en.status, 1);
    assert.match(en.stderr, /^dz-plan: nothing written: 1 problem \(fix it\)$/m);
    const zh = await dzPlanHere('progress', 'import', at('one-bad.csv'));
    assert.equal(zh.status, 1);
    assert.match(zh.stderr, /^dz-plan:未寫入:有 1 個問題\(請改正\)$/m);
    assert.doesNotMatch(zh.stderr, /--partial/);
    const hans = await dzPlanHere('progress', 'import', at('one-bad.csv'), '--lang', 'zh-Hans');
    assert.match(hans.stderr, /^dz-plan:未写入:有 1 个问题\(请改正\)$/m);
  });

  test('--into: a reading of the report dated after today asks for the date to be corrected, not a later --as-of', async () => {
    writeFileSync(at('slip.json'), JSON.stringify({ plan: dezhouPlan.id, asOf: '2999-01-01', entries: [{ target: 't38.3', value: 90 }] }));
    writeFileSync(at('june.csv'), '指標編號,完成值\r\nt04.3,2.1萬\r\n');
    const en = await dzPlanHere('progress', 'import', at('june.csv'), '--into', at('slip.json'), '--lang', 'en');
    assert.equal(en.status, 1, en.stderr);
    assert.match(en.stderr, new RegExp(`t38\\.3 at 2999-01-01: 2999-01-01 is after today \\(${latestIsoDate()}\\)`));
    assert.doesNotMatch(en.stderr, /later --as-of/);
    assert.match(en.stderr, /Correct the date in the report$/m);
    const zh = await dzPlanHere('progress', 'import', at('june.csv'), '--into', at('slip.json'));
    assert.equal(zh.status, 1, zh.stderr);
    assert.doesNotMatch(zh.stderr, /較晚的 --as-of/);
    assert.match(zh.stderr, /請改正報告中的日期/);
  });
});
