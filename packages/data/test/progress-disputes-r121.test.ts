/**
 * Review r121 F1–F3: two co-lead units' figures for one target and date in separate `--into` imports (the second replaced
 * the first, the order of the imports choosing the published figure); `diff` silent on stderr, exit 0, for the latest
 * published figure corrected at its own date; a target whose units' figures conflict summed up as not reported.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { parseProgressReport } from '../src/progress-report.js';
import { dzPlanHere } from './helpers.js';
import { plan } from './progress-import-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'r121-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);
const sheet = (name: string, unit: string, ...rows: string[]) => {
  writeFileSync(at(name), [`填報單位:${unit}`, '指標編號,完成值,截至日期,備註', ...rows].join('\r\n'));
  return at(name);
};
const kj = sheet('kj.csv', '市科技局', 't03.1,105,2023-12-31,', 't03.2,910,2023-12-31,');
const gx = sheet('gx.csv', '市工業和信息化局', 't03.1,98,2023-12-31,', 't03.2,910,2023-12-31,含新認定');
const readReport = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
/** kj.csv imported alone, then gx.csv `--into` a copy of it with `more` arguments. */
const both = async (name: string, ...more: string[]) => {
  assert.equal((await dzPlanHere('progress', 'import', kj, '-o', at(name))).status, 0);
  return dzPlanHere('progress', 'import', gx, '--into', at(name), ...more);
};

describe('r121 F1: another unit\'s figure for the same target and date, --into', () => {
  test('is a conflict naming both units, as in one import: exit 1, nothing written', async () => {
    const before = await dzPlanHere('progress', 'import', kj, '-o', at('f1.json'));
    assert.equal(before.status, 0);
    const written = readFileSync(at('f1.json'), 'utf8');
    const run = await dzPlanHere('progress', 'import', gx, '--into', at('f1.json'));
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /t03\.1\(2023-12-31\).*市科技局 105家.*市工業和信息化局 98家.*請兩單位核定一個數/);
    assert.doesNotMatch(run.stderr, /改為/);
    assert.equal(readFileSync(at('f1.json'), 'utf8'), written);
  });

  test('--partial: neither figure kept, the dispute recorded; t03.2, agreed, both units\'', async () => {
    const run = await both('f1p.json', '--partial');
    assert.equal(run.status, 3, run.stderr);
    const report = readReport(at('f1p.json'));
    assert.deepEqual(report.entries.map((e: { target: string }) => e.target), ['t03.2']);
    assert.deepEqual(report.disputes, [
      { target: 't03.1', figures: [{ value: 105, reportedBy: ['science-technology-bureau'] }, { value: 98, reportedBy: ['industry-information-technology-bureau'] }] },
    ]);
    assert.equal(parseProgressReport(report, plan).success, true);
  });

  test('a unit correcting its own figure stays a correction (改為)', async () => {
    assert.equal((await dzPlanHere('progress', 'import', kj, '-o', at('own.json'))).status, 0);
    const again = sheet('kj2.csv', '市科技局', 't03.1,106,2023-12-31,');
    const run = await dzPlanHere('progress', 'import', again, '--into', at('own.json'));
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /105家 改為 106家/);
    assert.equal(readReport(at('own.json')).entries.find((e: { target: string }) => e.target === 't03.1').value, 106);
  });

  test('a later import agreeing on one figure clears the dispute', async () => {
    await both('agreed.json', '--partial');
    const agreed = sheet('kj3.csv', '市科技局', 't03.1,98,2023-12-31,');
    const run = await dzPlanHere('progress', 'import', agreed, '--into', at('agreed.json'));
    assert.equal(run.status, 0, run.stderr);
    const report = readReport(at('agreed.json'));
    assert.equal(report.disputes, undefined);
    assert.deepEqual(report.entries.find((e: { target: string }) => e.target === 't03.1'), {
      target: 't03.1',
      value: 98,
      reportedBy: ['industry-information-technology-bureau', 'science-technology-bureau'],
    });
  });
});

describe('r121 F2: the latest published figure corrected at its own date', () => {
  const report = (value: number) => JSON.stringify({ plan: 'dezhou-2023-green-low-carbon', asOf: '2023-11-30', entries: [{ target: 't09.1', value }] });
  writeFileSync(at('o.json'), report(2800));
  writeFileSync(at('n.json'), report(2700));
  test('is listed on stderr, exit 1, in each language', async () => {
    const expected = {
      'zh-Hant': /n\.json:指標 t09\.1\(2023-11-30\):.*o\.json 的 2800個 更正為 2700個/,
      'zh-Hans': /n\.json:指标 t09\.1\(2023-11-30\):.*o\.json 的 2800个 更正为 2700个/,
      en: /n\.json: t09\.1 at 2023-11-30: 2,800 base stations of .*o\.json corrected to 2,700 base stations/,
    };
    for (const [lang, line] of Object.entries(expected)) {
      const run = await dzPlanHere('progress', 'diff', at('o.json'), at('n.json'), '--lang', lang);
      assert.equal(run.status, 1, `${lang}: ${run.stderr}`);
      assert.match(run.stderr, line, lang);
    }
  });
});

describe('r121 F3: a target whose units\' figures conflict, summed up', () => {
  test('is awaiting agreement, not unreported, in each format and language', async () => {
    await both('f3.json', '--partial');
    const expected = { 'zh-Hant': '數值待核定', 'zh-Hans': '数值待核定', en: 'awaiting agreement between units' } as const;
    for (const [lang, words] of Object.entries(expected)) {
      for (const format of ['text', 'md', 'csv']) {
        const run = await dzPlanHere('progress', 'summary', at('f3.json'), '--format', format, '--lang', lang);
        const line = run.stdout.split('\n').find((l) => l.includes(words));
        assert.ok(line, `${lang} ${format}: ${run.stdout}`);
        assert.match(run.stdout, /105/, `${lang} ${format}`);
        assert.match(run.stdout, /98/, `${lang} ${format}`);
        const row = run.stdout.split('\n').find((l) => l.includes('t03.1'));
        assert.ok(row && !/未報送|未报送|not reported/.test(row), `${lang} ${format}: ${row}`);
      }
    }
  });
});
