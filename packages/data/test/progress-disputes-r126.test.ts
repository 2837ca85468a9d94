/**
 * Review r126: a unit's sheet sent again after the office settled a dispute replaced the office's figure (F2); a dispute
 * that was all an import held was lost (F1); the refusal without --partial said the dispute was recorded (F8); a dispute
 * dated after the report's date was accepted (F7).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { parseProgressReport } from '../src/progress-report.js';
import { dzPlanHere } from './helpers.js';
import { plan } from './progress-import-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'r126-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);
const sheet = (name: string, unit: string | undefined, ...rows: string[]) => {
  writeFileSync(at(name), [...(unit ? [`填報單位:${unit}`] : []), '指標編號,完成值,截至日期,備註', ...rows].join('\r\n'));
  return at(name);
};
const kj = sheet('a1.csv', '市科技局', 't03.1,105,2023-12-31,');
const gx = sheet('b1.csv', '市工業和信息化局', 't03.1,98,2023-12-31,');
const office = sheet('office.csv', undefined, 't03.1,100,2023-12-31,核定');
const readReport = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const ok = async (...args: string[]) => {
  const run = await dzPlanHere('progress', 'import', ...args);
  assert.ok(run.status === 0 || run.status === 3, run.stderr);
};
/** A report whose dispute on t03.1 the office settled at 100. */
const settled = async (name: string) => {
  await ok(kj, '-o', at(name));
  await ok(gx, '--into', at(name), '--partial');
  await ok(office, '--into', at(name));
  assert.equal(readReport(at(name)).entries[0].value, 100);
};

describe('r126 F2: a unit\'s figure beside the office\'s own', () => {
  test('is refused, the office\'s figure standing, in each language; nothing written', async () => {
    await settled('f2.json');
    const written = readFileSync(at('f2.json'), 'utf8');
    const expected = {
      'zh-Hant': /t03\.1\(2023-12-31\).*市工業和信息化局 98家 未寫入.*督查辦自己的數值 100家 不變/,
      'zh-Hans': /t03\.1\(2023-12-31\).*市工业和信息化局 98家 未写入.*督查办自己的数值 100家 不变/,
      en: /t03\.1 at 2023-12-31.*98 .*not written.*the office's own figure, 100 .*stands/,
    };
    for (const [lang, line] of Object.entries(expected)) {
      const run = await dzPlanHere('progress', 'import', gx, '--into', at('f2.json'), '--lang', lang);
      assert.equal(run.status, 1, `${lang}: ${run.stderr}`);
      assert.match(run.stderr, line, lang);
      assert.doesNotMatch(run.stderr, /改為|改为|corrected to/, lang);
      assert.equal(readFileSync(at('f2.json'), 'utf8'), written, lang);
    }
  });

  test('--partial: the unit\'s row left out, the office\'s figure kept', async () => {
    await settled('f2p.json');
    const run = await dzPlanHere('progress', 'import', gx, '--into', at('f2p.json'), '--partial');
    assert.equal(run.status, 3, run.stderr);
    assert.deepEqual(readReport(at('f2p.json')).entries.find((e: { target: string }) => e.target === 't03.1'), { target: 't03.1', value: 100, note: '核定' });
  });
});

describe('r126 F1: a dispute that is all an import holds', () => {
  test('-o --partial writes it', async () => {
    const run = await dzPlanHere('progress', 'import', kj, gx, '-o', at('only.json'), '--partial');
    assert.equal(run.status, 3, run.stderr);
    const report = readReport(at('only.json'));
    assert.deepEqual(report.entries, []);
    assert.deepEqual(report.disputes, [
      { target: 't03.1', figures: [{ value: 105, reportedBy: ['science-technology-bureau'] }, { value: 98, reportedBy: ['industry-information-technology-bureau'] }] },
    ]);
    assert.equal(parseProgressReport(report, plan).success, true);
  });

  test('--into --partial records it in the report', async () => {
    writeFileSync(at('sep.json'), JSON.stringify({ plan: 'dezhou-2023-green-low-carbon', asOf: '2023-12-31', entries: [{ target: 't03.2', value: 910 }] }));
    const run = await dzPlanHere('progress', 'import', kj, gx, '--into', at('sep.json'), '--partial');
    assert.equal(run.status, 3, run.stderr);
    const report = readReport(at('sep.json'));
    assert.deepEqual(report.entries, [{ target: 't03.2', value: 910 }]);
    assert.equal(report.disputes?.[0]?.target, 't03.1');
  });
});

describe('r126 F8: without --partial nothing is recorded', () => {
  test('the refusal does not say the dispute is recorded', async () => {
    await ok(kj, '-o', at('f8.json'));
    for (const lang of ['zh-Hant', 'zh-Hans', 'en']) {
      const run = await dzPlanHere('progress', 'import', gx, '--into', at('f8.json'), '--lang', lang);
      assert.equal(run.status, 1, run.stderr);
      assert.doesNotMatch(run.stderr, /報告記為|报告记为|the report records/, lang);
    }
    const partial = await dzPlanHere('progress', 'import', gx, '--into', at('f8.json'), '--partial');
    assert.match(partial.stderr, /報告記為數值待核定/);
  });
});

describe('r126 F7: a dispute dated after the report\'s date', () => {
  test('is refused as an entry so dated is', () => {
    const figures = [{ value: 105, reportedBy: ['science-technology-bureau'] }, { value: 98, reportedBy: ['industry-information-technology-bureau'] }];
    const entry = parseProgressReport({ plan: plan.id, asOf: '2023-06-30', entries: [{ target: 't03.1', value: 1, asOf: '2023-12-31' }] }, plan);
    const dispute = parseProgressReport({ plan: plan.id, asOf: '2023-06-30', entries: [], disputes: [{ target: 't03.1', asOf: '2023-12-31', figures }] }, plan);
    assert.equal(entry.success, false);
    assert.equal(dispute.success, false);
    assert.equal(dispute.success ? '' : dispute.issues[0]!.message, entry.success ? '' : entry.issues[0]!.message);
  });
});

describe('r126 F3: the office\'s own sheet beside two units\' in one import', () => {
  test('settles their figures: the office\'s kept, no conflict, as with --into', async () => {
    const kj2 = sheet('a2.csv', '市科技局', 't03.1,105,2023-12-31,', 't03.2,910,2023-12-31,');
    const run = await dzPlanHere('progress', 'import', kj2, gx, office, '-o', at('o3.json'), '--partial');
    assert.equal(run.status, 0, run.stderr);
    assert.doesNotMatch(run.stderr, /核定一個數/);
    const report = readReport(at('o3.json'));
    assert.deepEqual(report.entries.find((e: { target: string }) => e.target === 't03.1'), { target: 't03.1', value: 100, note: '核定' });
    assert.equal(report.disputes, undefined);
  });
});

describe('r126 F4: a published figure withdrawn into a dispute, diffed', () => {
  const figures = [{ value: 105, reportedBy: ['science-technology-bureau'] }, { value: 98, reportedBy: ['industry-information-technology-bureau'] }];
  const base = { plan: 'dezhou-2023-green-low-carbon', asOf: '2023-12-31' };
  writeFileSync(at('dec.json'), JSON.stringify({ ...base, entries: [{ target: 't03.1', value: 105, reportedBy: ['science-technology-bureau'] }] }));
  writeFileSync(at('dec2.json'), JSON.stringify({ ...base, entries: [], disputes: [{ target: 't03.1', figures }] }));
  const older = { target: 't03.1', value: 60, asOf: '2023-09-30', reportedBy: ['science-technology-bureau'] };
  writeFileSync(at('h.json'), JSON.stringify({ ...base, entries: [older, { target: 't03.1', value: 105, reportedBy: ['science-technology-bureau'] }] }));
  writeFileSync(at('h2.json'), JSON.stringify({ ...base, entries: [older], disputes: [{ target: 't03.1', figures }] }));
  const expected = {
    'zh-Hant': { err: /dec2\.json:指標 t03\.1\(2023-12-31\):.*dec\.json 的 105家 已撤下.*數值待核定/, out: /→ 數值待核定/ },
    'zh-Hans': { err: /dec2\.json:指标 t03\.1\(2023-12-31\):.*dec\.json 的 105家 已撤下.*数值待核定/, out: /→ 数值待核定/ },
    en: { err: /dec2\.json: t03\.1 at 2023-12-31: 105 enterprises of .*dec\.json withdrawn: awaiting agreement/, out: /→ awaiting agreement between units/ },
  };
  test('is listed on stderr, exit 1, the new side awaiting agreement, in each language', async () => {
    for (const [lang, { err, out }] of Object.entries(expected)) {
      const run = await dzPlanHere('progress', 'diff', at('dec.json'), at('dec2.json'), '--lang', lang);
      assert.equal(run.status, 1, `${lang}: ${run.stderr}`);
      assert.match(run.stderr, err, lang);
      assert.match(run.stdout, out, lang);
    }
  });

  test('with an older entry: awaiting agreement, not unreported', async () => {
    const run = await dzPlanHere('progress', 'diff', at('h.json'), at('h2.json'));
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /→ 數值待核定/);
    assert.doesNotMatch(run.stdout, /本期未報/);
    assert.match(run.stderr, /h\.json 的 105家 已撤下/);
  });
});
