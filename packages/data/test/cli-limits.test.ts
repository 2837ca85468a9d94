/**
 * dz-plan and readDocument on hostile files (issue 14, item 7): an input-size limit (20 MiB by default, `--max-bytes`
 * to change it) that stops reading an endless file such as /dev/zero; binary or non-UTF-8 input is an error naming
 * the file; every such failure exits 2 with a message, never a crash, a hang or a silent parse.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { DEFAULT_MAX_BYTES, readDocument } from '../src/node/read-document.js';
import { type CliRun, cliScratch, dzPlanHere, dzPlanWith } from './helpers.js';

/** Runs the built CLI in a process of its own, with a heap far below what an unbounded read of /dev/zero would need. */
const spawn = (...args: string[]): CliRun => dzPlanWith({ node: ['--max-old-space-size=200'] }, ...args);

/** Runs the CLI's `main` in this process (what bin/dz-plan.js runs), collecting what it prints. */
const run = dzPlanHere;

const limit = DEFAULT_MAX_BYTES.toLocaleString('en');

describe('dz-plan input limits', () => {
  const scratch = cliScratch('dz-plan-limits-');
  let small: string;
  const smallText = `一、甲\n${Array.from({ length: 40 }, (_, i) => `${i + 1}.推動乙。(牽頭單位:市甲局)\n`).join('')}`;
  before(() => {
    small = scratch.at('small.txt');
    writeFileSync(small, smallText);
  });

  test(`reading /dev/zero stops at the ${limit}-byte default with exit 2 and a message naming the file, the limit and --max-bytes`, async () => {
    // In English (--lang en; zh-Hant by default, as the progress commands), to match the reader's own words.
    const { status, stderr } = spawn('parse', '/dev/zero', '--lang', 'en');
    assert.equal(status, 2, stderr);
    assert.match(stderr, new RegExp(`/dev/zero is larger than ${limit} bytes.*--max-bytes`));
    const build = await run('build', '/dev/zero', '--lang', 'en');
    assert.equal(build.status, 2, build.stderr);
    assert.match(build.stderr, new RegExp(`/dev/zero is larger than ${limit} bytes.*--max-bytes`));
    for (const command of ['summary', 'lint']) {
      const lowered = await run(command, '/dev/zero', '--max-bytes', '1000', ...(command === 'summary' ? ['--lang', 'en'] : []));
      assert.equal(lowered.status, 2, command);
      assert.match(lowered.stderr, /\/dev\/zero is larger than 1,000 bytes/, command);
    }
  });

  test('progress import and diff read their sheets and reports within the limit too: /dev/zero stops with exit 2', async () => {
    // progress speaks zh-Hant unless told otherwise (--lang).
    const sheet = spawn('progress', 'import', '/dev/zero');
    assert.equal(sheet.status, 2, sheet.stderr);
    assert.match(sheet.stderr, new RegExp(`/dev/zero 超過 ${limit} 位元組的上限\\(可用 --max-bytes 調高\\)`));
    const lowered = await run('progress', 'import', small, '--max-bytes', '100', '--lang', 'en');
    assert.equal(lowered.status, 2, lowered.stderr);
    assert.match(lowered.stderr, /small\.txt is larger than 100 bytes.*--max-bytes/);
    const diff = await run('progress', 'diff', '/dev/zero', small, '--max-bytes', '1000', '--lang', 'en');
    assert.equal(diff.status, 2, diff.stderr);
    assert.match(diff.stderr, /\/dev\/zero is larger than 1,000 bytes/);
    const into = await run('progress', 'import', small, '--into', '/dev/zero', '--max-bytes', '1000', '--lang', 'en');
    assert.equal(into.status, 2, into.stderr);
    assert.match(into.stderr, /\/dev\/zero is larger than 1,000 bytes/);
  });

  test('--max-bytes lowers or raises the limit for parse, summary and build; a bad value is a usage error', async () => {
    for (const command of ['parse', 'summary', 'build']) {
      const tight = await run(command, small, '--max-bytes', '100', '--lang', 'en');
      assert.equal(tight.status, 2, command);
      assert.match(tight.stderr, /small\.txt is larger than 100 bytes/, command);
      // zh-Hant unless told otherwise, as the progress commands say it.
      assert.match((await run(command, small, '--max-bytes', '100')).stderr, /small\.txt 超過 100 位元組的上限\(可用 --max-bytes 調高\)/, command);
      const roomy = await run(command, small, `--max-bytes=${DEFAULT_MAX_BYTES * 2}`, ...(command === 'build' ? ['--title', 'T', '--issuer', '甲市人民政府', '--year', '2024', '-o', scratch.at('p.json')] : []));
      assert.equal(roomy.status, 0, `${command}: ${roomy.stderr}`);
    }
    for (const [command, bad] of [['parse', 'ten'], ['build', '0'], ['summary', '-5']] as const) {
      const { status, stderr } = await run(command, small, `--max-bytes=${bad}`);
      assert.equal(status, 2, bad);
      assert.match(stderr, new RegExp(`--max-bytes must be a whole number of bytes above 0, not "${bad}"`), bad);
      // Said with the usage, as every other option mistake (an unreadable FILE is said alone).
      assert.match(stderr, /^Usage:/m, `${command} --max-bytes=${bad}`);
    }
  });

  test('random bytes, a NUL in text and Latin-1 text are refused with exit 2, naming the file', async () => {
    const files: [string, Buffer, RegExp][] = [
      ['random.txt', randomBytes(64 * 1024), /random\.txt is (binary|not UTF-8 text)/],
      ['nul.txt', Buffer.from('1.甲。\u0000(牽頭單位:市甲局)\n'), /nul\.txt is binary, not text \(a NUL byte at byte 8\)/],
      ['latin1.txt', Buffer.from('1. caf\xe9。\n', 'latin1'), /latin1\.txt is not UTF-8 text/],
    ];
    for (const [name, bytes, message] of files) {
      const file = scratch.at(name);
      writeFileSync(file, bytes);
      await assert.rejects(readDocument(file), message);
      // Every command reads documents through readDocument: each is run on one of the files.
      const command = ['parse', 'summary', 'build'][files.findIndex((f) => f[0] === name)]!;
      {
        const { status, stderr, stdout } = await run(command, file, '--lang', 'en');
        assert.equal(status, 2, `${command} ${name}: ${stderr}`);
        assert.match(stderr, message, `${command} ${name}`);
        assert.equal(stdout, '', `${command} ${name} printed nothing`);
      }
    }
  });

  test('a replacement character written in UTF-8 is text, not an encoding error', async () => {
    const file = scratch.at('fffd.txt');
    writeFileSync(file, '1.甲\uFFFD。(牽頭單位:市甲局)\n');
    assert.equal(await readDocument(file), '1.甲\uFFFD。(牽頭單位:市甲局)\n');
  });

  test('readDocument takes maxBytes and rejects /dev/zero past it', async () => {
    await assert.rejects(readDocument('/dev/zero', { maxBytes: 4096 }), /\/dev\/zero is larger than 4,096 bytes/);
    assert.equal(await readDocument(small, { maxBytes: 100_000 }), smallText);
  });
});
