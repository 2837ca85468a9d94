/** The built `dz-plan` CLI, run as a user would: `node bin/dz-plan.js …` from packages/data. */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { cliScratch, dzPlan, fixturesDir, packageDir, seedPath } from './helpers.js';

describe('dz-plan CLI', () => {
  const scratch = cliScratch('dz-plan-cli-');

  test('summary prints the Dezhou counts', () => {
    const { status, stdout, stderr } = dzPlan('summary');
    assert.equal(status, 0, stderr);
    const lines = stdout.split('\n');
    for (const line of ['sections: 11', 'tasks: 69', 'units: 48', 'assignments: 186', `targets: ${dezhouPlan.targets.length}`]) {
      assert.ok(lines.includes(line), `"${line}" in:\n${stdout}`);
    }
    assert.ok(stdout.startsWith(`${dezhouPlan.title['zh-Hant']}\n`));
    assert.equal(lines.filter((l) => / — \d+ tasks, \d+ targets$/.test(l)).length, 11, 'one line per section');
  });

  test('summary FILE counts a document of the same form', () => {
    const { status, stdout } = dzPlan('summary', resolve(fixturesDir, 'invented-simplified.txt'));
    assert.equal(status, 0);
    assert.match(stdout, /^sections: 12$/m);
    assert.match(stdout, /^tasks: 15$/m);
    assert.match(stdout, /^units: 18$/m);
  });

  test('parse SEED --json prints the parsed structure: 69 tasks', () => {
    const { status, stdout, stderr } = dzPlan('parse', seedPath, '--json');
    assert.equal(status, 0, stderr);
    const parsed = JSON.parse(stdout) as { sections: unknown[]; tasks: { number: number }[]; units: string[] };
    assert.equal(parsed.tasks.length, 69);
    assert.equal(parsed.sections.length, 11);
    assert.equal(parsed.units.length, 48);
    assert.deepEqual(parsed.tasks.map((t) => t.number), Array.from({ length: 69 }, (_, i) => i + 1));
  });

  test('parse FILE prints sections, tasks and diagnostics as text', () => {
    const { status, stdout } = dzPlan('parse', resolve(fixturesDir, 'invented-simplified.txt'));
    assert.equal(status, 0);
    assert.match(stdout, /^十二、抓好组织实施$/m);
    assert.match(stdout, /^ {2}4\. 引育创新人才 {2}\(牵头: 市委组织部（市人才办）; 参与: 市人力资源社会保障局、市科技局\)$/m, 'roles labelled in the document’s script');
    assert.match(stdout, /^12 sections, 15 tasks, 18 units$/m);
    assert.match(stdout, /^warning 30:1 taskWithoutUnits: task 15 names no responsible units «15\.加强组织领导。.*»$/m);
  });

  test("parse shows a document's control characters as escapes, never sends them to the terminal", () => {
    const file = scratch.at('escape.txt');
    writeFileSync(file, '一、總體要求\n1.推進\x1b[2K\x1b[1A工作。(牽頭單位:市發改委)\n');
    const { stdout } = dzPlan('parse', file, '--lenient');
    assert.doesNotMatch(stdout, /\x1b/);
    assert.match(stdout, /推進\\x1B\[2K\\x1B\[1A工作/);
  });

  test("parse shows a document's bidirectional controls as escapes: a line cannot be shown reordered (a security review)", () => {
    const file = scratch.at('bidi.txt');
    // U+202E turns what follows right to left: on a terminal, 市發改委 would be shown at the line's other end.
    writeFileSync(file, '一、總體要求\n1.推進工作\u202e(單位:市財政局)\u202c\u2066\u2069\u200f。(牽頭單位:市發改委)\n');
    const { stdout } = dzPlan('parse', file, '--lenient');
    assert.doesNotMatch(stdout, /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    assert.match(stdout, /推進工作\\u202E\(單位:市財政局\)\\u202C\\u2066\\u2069\\u200F/);
  });

  test('on a terminal, standard output shows control characters too (JSON leaves C1 as it is); to a file or pipe, the data stays as it is', async () => {
    const file = scratch.at('c1.txt');
    writeFileSync(file, '一、總體要求\n1.推進\u009b2J工作。(牽頭單位:市發改委)\n');
    const { main } = await import('../src/cli.js');
    const printed: string[] = [];
    const { log } = console;
    const wasTty = process.stdout.isTTY;
    console.log = (line: string) => void printed.push(line);
    try {
      for (const tty of [true, false]) {
        process.stdout.isTTY = tty;
        printed.length = 0;
        await main(['parse', file, '--json', '--lenient'], undefined, () => undefined);
        const out = printed.join('\n');
        if (tty) {
          assert.doesNotMatch(out, /\u009b/);
          assert.match(out, /推進\\x9B2J工作/);
        } else assert.match(out, /推進\u009b2J工作/, 'the data as it is, for a file');
      }
    } finally {
      console.log = log;
      process.stdout.isTTY = wasTty;
    }
  });

  test('parse of a file without tasks exits 1 with a noTasks error', () => {
    const file = scratch.at('garbage.txt');
    writeFileSync(file, 'nothing to see here');
    const { status, stdout } = dzPlan('parse', file);
    assert.equal(status, 1);
    assert.match(stdout, /^error 1:1 noTasks: .* «nothing to see here»$/m);
  });

  test('an unknown command exits 2 with a message and the usage', () => {
    const { status, stderr } = dzPlan('frobnicate');
    assert.equal(status, 2);
    assert.match(stderr, /dz-plan: unknown command "frobnicate"/);
    assert.match(stderr, /Usage:/);
  });

  test('a missing file exits 2 with "無法讀取" and why (zh-Hant by default)', () => {
    const missing = scratch.at('no-such-file.txt');
    for (const args of [['parse', missing], ['summary', missing]]) {
      const { status, stderr } = dzPlan(...args);
      assert.equal(status, 2, args.join(' '));
      assert.match(stderr, /無法讀取 .*:找不到這個檔案/);
      assert.ok(stderr.includes(missing));
    }
  });

  test('parse without a FILE exits 2; --help exits 0; no command exits 2 with the usage', () => {
    assert.equal(dzPlan('parse').status, 2);
    assert.match(dzPlan('parse', '--json').stderr, /parse needs a FILE/);
    const help = dzPlan('--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Usage:/);
    const none = dzPlan();
    assert.equal(none.status, 2);
    assert.match(none.stderr, /Usage:/);
  });

  test('--version (-v) prints the package version and exits 0, and the usage names it (a review: neither CLI had one)', () => {
    const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const run = dzPlan(flag);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stdout.trim(), version);
    }
    assert.match(dzPlan('--help').stdout, /dz-plan --version/);
  });
});
