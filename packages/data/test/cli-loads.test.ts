/**
 * Each `dz-plan` command loads only what it needs, as Node runs it: `bin/dz-plan.js` under module hooks that log
 * every module resolved (fixtures/module-log/). OpenCC alone builds its dictionaries for about 0.2 s and 80 MB when
 * loaded, so a command that does not convert scripts must not reach it: `progress template` took 0.8 s and 154 MB
 * when it did, 0.3 s and 70 MB without.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { cliScratch, dzPlanWith, fixturesDir, type Scratch, seedPath } from './helpers.js';

/** The packages a command loaded: `dz-plan ARGS` run with the module log, and the packages under node_modules it names. */
let runs = 0;
function packagesLoaded(scratch: Scratch, ...args: string[]): { status: number | null; stderr: string; packages: Set<string> } {
  const log = scratch.at(`modules-${++runs}.txt`);
  const register = resolve(fixturesDir, 'module-log/register.mjs');
  const result = dzPlanWith({ node: ['--import', register], env: { ...process.env, DZ_MODULE_LOG: log } }, ...args);
  const urls = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
  // The log sees every module, the CLI's own first: an empty log would make "loads nothing" pass unchecked.
  assert.ok(urls.some((url) => url.endsWith('/dist/cli.js')), `the module log of dz-plan ${args.join(' ')} names dist/cli.js`);
  const packages = new Set(urls.flatMap((url) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1] ?? []));
  return { status: result.status, stderr: result.stderr, packages };
}

/** What building a plan from a document needs, and a page or a report does not. */
const PLAN_BUILDING = ['opencc-js', 'pinyin-pro', 'mammoth'];

describe('dz-plan loads what each command needs', () => {
  const scratch = cliScratch('dz-plan-loads-');

  test('build converts scripts: it loads OpenCC and pinyin-pro (the log sees them)', () => {
    const { status, stderr, packages } = packagesLoaded(scratch, 'build', seedPath, '-o', scratch.at('plan.json'));
    assert.equal(status, 0, stderr);
    for (const name of ['opencc-js', 'pinyin-pro']) assert.ok(packages.has(name), `${name} in ${[...packages].join(', ')}`);
  });

  test('progress template, as CSV: none of what building plans needs, and no ExcelJS', () => {
    const { status, stderr, packages } = packagesLoaded(scratch, 'progress', 'template', '-o', scratch.at('sheet.csv'));
    assert.equal(status, 0, stderr);
    for (const name of [...PLAN_BUILDING, 'exceljs']) assert.ok(!packages.has(name), `${name} loaded by progress template`);
  });

  test('progress template, as .xlsx: ExcelJS, and none of what building plans needs', () => {
    const { status, stderr, packages } = packagesLoaded(scratch, 'progress', 'template', '-o', scratch.at('sheet.xlsx'));
    assert.equal(status, 0, stderr);
    assert.ok(packages.has('exceljs'));
    for (const name of PLAN_BUILDING) assert.ok(!packages.has(name), `${name} loaded by progress template`);
  });

  test('a usage mistake in progress still says what is wrong, without loading what building plans needs', () => {
    const { status, stderr, packages } = packagesLoaded(scratch, 'progress', 'template', '--lang', 'fr');
    assert.equal(status, 2);
    assert.match(stderr, /fr/);
    assert.match(stderr, /dz-plan progress template/, 'with the usage');
    for (const name of PLAN_BUILDING) assert.ok(!packages.has(name), `${name} loaded by a usage mistake`);
  });

  test('parse, summary and --help: no dependency at all', () => {
    for (const args of [['parse', seedPath], ['summary'], ['--help']]) {
      const { status, stderr, packages } = packagesLoaded(scratch, ...args);
      assert.equal(status, 0, `${args.join(' ')}: ${stderr}`);
      assert.deepEqual([...packages], [], `dz-plan ${args[0]} loaded ${[...packages].join(', ')}`);
    }
  });
});
