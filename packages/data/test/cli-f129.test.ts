/**
 * F129 (review r68 L1, L2): `dz-plan` for a supervision office. `node dist/cli.js …` printed nothing and exited 0 (only
 * the bin ran `main`); `progress template --help` was "沒有選項 --help" with exit 2, as was `parse --help`; and `import
 * --into` a report not written yet said only that the file was missing, not that a first report is written with -o.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { cliScratch, dzPlanHere, packageDir } from './helpers.js';

describe('L1: dist/cli.js run directly, and each command’s --help', () => {
  cliScratch('dz-plan-f129-');

  test('node dist/cli.js (or dist/cli, Node finding the extension) runs as the bin does: a progress subcommand’s help, exit 0', () => {
    for (const script of ['dist/cli.js', 'dist/cli']) {
      const run = spawnSync(process.execPath, [script, 'progress', 'template', '--help', '--lang', 'en'], { cwd: packageDir, encoding: 'utf8', timeout: 60_000 });
      assert.equal(run.status, 0, `${script}: ${run.stderr}`);
      assert.match(run.stdout, /^Usage:\n {2}dz-plan progress template /, script);
    }
  });

  test('progress template|import|diff --help (-h): that command’s help alone, in the language of --lang, exit 0', async () => {
    for (const command of ['template', 'import', 'diff']) {
      for (const flag of ['--help', '-h']) {
        const { status, stdout, stderr } = await dzPlanHere('progress', command, flag);
        assert.equal(status, 0, `${command} ${flag}: ${stderr}`);
        assert.equal(stderr, '');
        assert.match(stdout, new RegExp(`^用法:\\n {2}dz-plan progress ${command} `), `${command} ${flag}`);
        assert.equal(stdout.match(/dz-plan progress/g)?.length, 1, `${command} alone: ${stdout}`);
        assert.match(stdout, /--max-bytes\(預設 /);
      }
    }
    // Even with the command's other arguments, or after them; in zh-Hans and English as asked.
    const hans = await dzPlanHere('progress', 'import', 'a.csv', '--into', 'june.json', '--help', '--lang', 'zh-Hans');
    assert.equal(hans.status, 0, hans.stderr);
    assert.match(hans.stdout, /^用法:\n {2}dz-plan progress import FILE\.\.\. [^]*?\n {32}把填好的表格/);
    const en = await dzPlanHere('progress', 'diff', '--lang', 'en', '-h');
    assert.match(en.stdout, /^Usage:\n {2}dz-plan progress diff old\.json new\.json .*\n.*the targets whose latest value changed/);
  });

  test('a usage error in one progress command: the error, then that command’s usage alone, exit 2', async () => {
    for (const command of ['template', 'import', 'diff', 'summary']) {
      const { status, stderr } = await dzPlanHere('progress', command, '--bogus', '--lang', 'en');
      assert.equal(status, 2, `${command}: ${stderr}`);
      assert.match(stderr, new RegExp(`^dz-plan: Unknown option '--bogus'[^]*\\nUsage:\\n {2}dz-plan progress ${command} `), command);
      assert.equal(stderr.match(/dz-plan progress/g)?.length, 1, `${command} alone: ${stderr}`);
    }
  });

  test('parse, summary, build and lint --help: that command’s usage on stdout, exit 0, as dz-plan --help', async () => {
    for (const command of ['parse', 'summary', 'build', 'lint']) {
      const { status, stdout, stderr } = await dzPlanHere(command, '--help');
      assert.equal(status, 0, `${command}: ${stderr}`);
      assert.match(stdout, new RegExp(`^Usage:\\n {2}dz-plan ${command} `), command);
      assert.doesNotMatch(stdout, /dz-plan progress/, `${command} alone`);
    }
    const all = await dzPlanHere('--help');
    assert.match(all.stdout, /^Usage:\n {2}dz-plan parse FILE /);
    for (const command of ['summary', 'build', 'lint', 'progress template', 'progress import', 'progress diff']) assert.match(all.stdout, new RegExp(`^ {2}dz-plan ${command} `, 'm'));
  });
});

describe('L2: import --into a report that does not exist yet', () => {
  const { at } = cliScratch('dz-plan-f129-into-');

  test('says that --into adds to an existing report and that a first report is written with -o, in each language', async () => {
    writeFileSync(at('m1.csv'), '指標編號,完成值,截至日期\r\nt09.1,1500,2023-06-30\r\n');
    const fresh = at('fresh.json');
    const said = {
      'zh-Hant': `dz-plan: 報告:無法讀取 ${fresh}:找不到這個檔案。--into 是在已有的報告後追加一期;第一份報告請用 -o ${fresh} 寫出\n`,
      'zh-Hans': `dz-plan: 报告:无法读取 ${fresh}:找不到这个文件。--into 是在已有的报告后追加一期;第一份报告请用 -o ${fresh} 写出\n`,
      en: `dz-plan: report: cannot read ${fresh}: no such file. --into adds a period to an existing report; write a first report with -o ${fresh}\n`,
    };
    for (const [lang, message] of Object.entries(said)) {
      const { status, stderr } = await dzPlanHere('progress', 'import', at('m1.csv'), '--into', fresh, '--lang', lang);
      assert.equal(status, 2, lang);
      assert.equal(stderr, message);
    }
    // A report that is there but cannot be read (a folder) keeps its own reason, without the hint.
    const folder = await dzPlanHere('progress', 'import', at('m1.csv'), '--into', at(''), '--lang', 'en');
    assert.equal(folder.status, 2);
    assert.doesNotMatch(folder.stderr, /first report/);
  });
});
