/** The built `dz-plan` CLI, run as a user would: `node bin/dz-plan.js …` from packages/data. */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { distDir, fixturesDir, packageDir, seedPath } from './helpers.js';

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['bin/dz-plan.js', ...args], { cwd: packageDir, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('dz-plan CLI', () => {
  let scratch: string;
  before(() => {
    if (!existsSync(resolve(distDir, 'cli.js'))) {
      execFileSync('npm', ['run', 'build'], { cwd: packageDir, stdio: 'inherit', timeout: 120_000 });
    }
    scratch = mkdtempSync(join(tmpdir(), 'dz-plan-cli-'));
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  test('summary prints the Dezhou counts', () => {
    const { status, stdout, stderr } = run('summary');
    assert.equal(status, 0, stderr);
    const lines = stdout.split('\n');
    for (const line of ['sections: 11', 'tasks: 69', 'units: 48', 'assignments: 186', `targets: ${dezhouPlan.targets.length}`]) {
      assert.ok(lines.includes(line), `"${line}" in:\n${stdout}`);
    }
    assert.ok(stdout.startsWith(`${dezhouPlan.title['zh-Hant']}\n`));
    assert.equal(lines.filter((l) => / — \d+ tasks, \d+ targets$/.test(l)).length, 11, 'one line per section');
  });

  test('summary FILE counts a document of the same form', () => {
    const { status, stdout } = run('summary', resolve(fixturesDir, 'invented-simplified.txt'));
    assert.equal(status, 0);
    assert.match(stdout, /^sections: 12$/m);
    assert.match(stdout, /^tasks: 15$/m);
    assert.match(stdout, /^units: 18$/m);
  });

  test('parse SEED --json prints the parsed structure: 69 tasks', () => {
    const { status, stdout, stderr } = run('parse', seedPath, '--json');
    assert.equal(status, 0, stderr);
    const parsed = JSON.parse(stdout) as { sections: unknown[]; tasks: { number: number }[]; units: string[] };
    assert.equal(parsed.tasks.length, 69);
    assert.equal(parsed.sections.length, 11);
    assert.equal(parsed.units.length, 48);
    assert.deepEqual(parsed.tasks.map((t) => t.number), Array.from({ length: 69 }, (_, i) => i + 1));
  });

  test('parse FILE prints sections, tasks and diagnostics as text', () => {
    const { status, stdout } = run('parse', resolve(fixturesDir, 'invented-simplified.txt'));
    assert.equal(status, 0);
    assert.match(stdout, /^十二、抓好组织实施$/m);
    assert.match(stdout, /^ {2}4\. 引育创新人才 {2}\(牽頭: 市委组织部（市人才办）; 參與: 市人力资源社会保障局、市科技局\)$/m);
    assert.match(stdout, /^12 sections, 15 tasks, 18 units$/m);
    assert.match(stdout, /^warning 30:1 taskWithoutUnits: task 15 names no responsible units «15\.加强组织领导。.*»$/m);
  });

  test('parse of a file without tasks exits 1 with a noTasks error', () => {
    const file = join(scratch, 'garbage.txt');
    writeFileSync(file, 'nothing to see here');
    const { status, stdout } = run('parse', file);
    assert.equal(status, 1);
    assert.match(stdout, /^error 1:1 noTasks: .* «nothing to see here»$/m);
  });

  test('an unknown command exits 2 with a message and the usage', () => {
    const { status, stderr } = run('frobnicate');
    assert.equal(status, 2);
    assert.match(stderr, /dz-plan: unknown command "frobnicate"/);
    assert.match(stderr, /Usage:/);
  });

  test('a missing file exits 2 with "cannot read"', () => {
    const missing = join(scratch, 'no-such-file.txt');
    for (const args of [['parse', missing], ['summary', missing]]) {
      const { status, stderr } = run(...args);
      assert.equal(status, 2, args.join(' '));
      assert.match(stderr, /cannot read/);
      assert.ok(stderr.includes(missing));
    }
  });

  test('parse without a FILE exits 2; --help exits 0; no command exits 2 with the usage', () => {
    assert.equal(run('parse').status, 2);
    assert.match(run('parse', '--json').stderr, /parse needs a FILE/);
    const help = run('--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Usage:/);
    const none = run();
    assert.equal(none.status, 2);
    assert.match(none.stderr, /Usage:/);
  });
});
