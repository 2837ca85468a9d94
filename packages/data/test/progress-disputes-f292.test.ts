/**
 * F292, continuing F290 (review r121): the units' disputes of a progress report finished. Two units' figures in one
 * import recorded as `--into` records them; a dispute checked against the plan as entries are; a dispute cleared said;
 * the import's count of disputed figures; a dispute's line once in the text summary; the schema exported.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import * as data from '../src/index.js';
import { parseProgressReport } from '../src/progress-report.js';
import { dzPlanHere } from './helpers.js';
import { langs, plan } from './progress-import-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'f292-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);
const sheet = (name: string, unit: string | undefined, ...rows: string[]) => {
  writeFileSync(at(name), [...(unit ? [`填報單位:${unit}`] : []), '指標編號,完成值,截至日期,備註', ...rows].join('\r\n'));
  return at(name);
};
const kj = sheet('kj.csv', '市科技局', 't03.1,105,2023-12-31,', 't03.2,910,2023-12-31,');
const gx = sheet('gx.csv', '市工業和信息化局', 't03.1,98,2023-12-31,', 't03.2,910,2023-12-31,含新認定');
const readReport = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const dispute = { target: 't03.1', figures: [{ value: 105, reportedBy: ['science-technology-bureau'] }, { value: 98, reportedBy: ['industry-information-technology-bureau'] }] };
/** kj.csv then gx.csv `--into` it, `--partial`: the dispute recorded, in `name`. */
const disputed = async (name: string) => {
  assert.equal((await dzPlanHere('progress', 'import', kj, '-o', at(name))).status, 0);
  assert.equal((await dzPlanHere('progress', 'import', gx, '--into', at(name), '--partial')).status, 3);
};

describe('F292 1: two units\' figures in one import', () => {
  test('--partial records the dispute as --into does, and summary says it awaits agreement', async () => {
    const run = await dzPlanHere('progress', 'import', kj, gx, '-o', at('two.json'), '--partial');
    assert.equal(run.status, 3, run.stderr);
    const report = readReport(at('two.json'));
    assert.deepEqual(report.entries.map((e: { target: string }) => e.target), ['t03.2']);
    assert.deepEqual(report.disputes, [dispute]);
    assert.equal(parseProgressReport(report, plan).success, true);
    const summary = await dzPlanHere('progress', 'summary', at('two.json'));
    const row = summary.stdout.split('\n').find((l) => l.includes('t03.1'));
    assert.ok(row && !row.includes('未報送'), row);
    assert.match(summary.stdout, /數值待核定:市科技局 105家,市工業和信息化局 98家/);
  });

  test('--into: a dispute in the import beside the report\'s dispute keeps one record', async () => {
    await disputed('again.json');
    const run = await dzPlanHere('progress', 'import', kj, gx, '--into', at('again.json'), '--partial');
    assert.equal(run.status, 3, run.stderr);
    assert.deepEqual(readReport(at('again.json')).disputes, [dispute]);
  });
});

describe('F292 2: a dispute checked against the plan', () => {
  const report = (more: object) => ({ plan: plan.id, asOf: '2023-12-31', entries: [{ target: 't03.2', value: 910 }], ...more });
  for (const lang of langs) {
    test(`an unknown target or unit is refused in the words of an entry's (${lang})`, () => {
      const entry = parseProgressReport(report({ entries: [{ target: 'x99.9', value: 1, reportedBy: ['nobody'] }] }), plan, { lang });
      assert.equal(entry.success, false);
      const said = (path: string) => entry.issues.find((i) => i.path === path)!.message;
      const bad = { target: 'x99.9', figures: [{ value: 1, reportedBy: ['science-technology-bureau'] }, { value: 2, reportedBy: ['nobody'] }] };
      const result = parseProgressReport(report({ disputes: [bad] }), plan, { lang });
      assert.equal(result.success, false);
      assert.deepEqual(result.issues, [
        { path: 'disputes[0].target', message: said('entries[0].target') },
        { path: 'disputes[0].figures[1].reportedBy[0]', message: said('entries[0].reportedBy[0]') },
      ]);
    });
    test(`an entry of the target and date beside a dispute is refused as a second value (${lang})`, () => {
      const result = parseProgressReport(report({ entries: [{ target: 't03.2', value: 910 }, { target: 't03.1', value: 98 }], disputes: [dispute] }), plan, { lang });
      assert.equal(result.success, false);
      assert.deepEqual(result.issues.map((i) => i.path), ['entries[1]']);
      const second = parseProgressReport(report({ entries: [{ target: 't03.1', value: 105 }, { target: 't03.1', value: 98 }] }), plan, { lang });
      assert.equal(result.issues[0]!.message, second.issues[0]!.message.replace('entries[0]', 'disputes[0]'));
    });
  }
  test('a target written as people write it reads as the plan\'s id', () => {
    const result = parseProgressReport(report({ disputes: [{ ...dispute, target: 'T3.1' }] }), plan);
    assert.equal(result.success, true);
    assert.equal(result.data!.disputes![0]!.target, 't03.1');
  });
});

describe('F292 3: a dispute cleared is said', () => {
  const expected = {
    'zh-Hant': /t03\.1\(2023-12-31\):數值待核定\(市科技局 105家,市工業和信息化局 98家\)改為 98家/,
    'zh-Hans': /t03\.1\(2023-12-31\):数值待核定\(市科技局 105家,市工业和信息化局 98家\)改为 98家/,
    en: /t03\.1 at 2023-12-31: .*awaiting agreement .*105.*98.* now 98/,
  };
  for (const lang of langs) {
    test(`by a unit's agreed figure (${lang})`, async () => {
      await disputed(`agreed-${lang}.json`);
      const run = await dzPlanHere('progress', 'import', sheet('kj3.csv', '市科技局', 't03.1,98,2023-12-31,'), '--into', at(`agreed-${lang}.json`), '--lang', lang);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stderr, expected[lang]);
    });
  }
  test('by the office\'s own sheet', async () => {
    await disputed('office.json');
    const run = await dzPlanHere('progress', 'import', sheet('office.csv', undefined, 't03.1,101,2023-12-31,'), '--into', at('office.json'));
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /t03\.1\(2023-12-31\):數值待核定\(市科技局 105家,市工業和信息化局 98家\)改為 101家/);
    assert.equal(readReport(at('office.json')).disputes, undefined);
  });
});

describe('F292 4: the import\'s count', () => {
  test('counts a disputed figure as disputed, not accepted', async () => {
    assert.equal((await dzPlanHere('progress', 'import', kj, '-o', at('count.json'))).status, 0);
    const expected = { 'zh-Hant': /^1 個數值,來自 1 個檔案,1 個數值待核定 → /m, 'zh-Hans': /^1 个数值,来自 1 个文件,1 个数值待核定 → /m, en: /^1 reading from 1 file, 1 awaiting agreement between units → /m };
    for (const lang of langs) {
      writeFileSync(at(`count-${lang}.json`), readFileSync(at('count.json')));
      const run = await dzPlanHere('progress', 'import', gx, '--into', at(`count-${lang}.json`), '--partial', '--lang', lang);
      assert.equal(run.status, 3, run.stderr);
      assert.match(run.stderr, expected[lang], lang);
    }
  });
  test('in one import too', async () => {
    const run = await dzPlanHere('progress', 'import', kj, gx, '-o', at('count-one.json'), '--partial');
    assert.match(run.stderr, /^1 個數值,來自 2 個檔案,2 行未採用,1 個數值待核定 → /m);
  });
});

describe('F292 5: a dispute past its deadline in the text summary', () => {
  test('is said once', async () => {
    await disputed('once.json');
    for (const [lang, words] of [['zh-Hant', '數值待核定'], ['zh-Hans', '数值待核定'], ['en', 'awaiting agreement']] as const) {
      const run = await dzPlanHere('progress', 'summary', at('once.json'), '--lang', lang);
      assert.equal(run.stdout.split('\n').filter((l) => l.includes(words)).length, 1, `${lang}: ${run.stdout}`);
    }
  });
});

describe('F292 6: the package root', () => {
  test('exports ProgressDisputeSchema beside ProgressEntrySchema', () => {
    const schema = (data as Record<string, unknown>).ProgressDisputeSchema as typeof data.ProgressEntrySchema | undefined;
    assert.ok(schema, 'ProgressDisputeSchema exported');
    assert.equal((schema as unknown as { safeParse: (v: unknown) => { success: boolean } }).safeParse(dispute).success, true);
  });
});

describe('F292 2: a dispute not of the plan, summed up', () => {
  test('is refused and said, the rest summed up, exit 1, as an entry is', async () => {
    const bad = { target: 'x99.9', figures: [{ value: 1, reportedBy: ['science-technology-bureau'] }, { value: 2, reportedBy: ['nobody'] }] };
    writeFileSync(at('bad.json'), JSON.stringify({ plan: plan.id, asOf: '2023-12-31', entries: [{ target: 't03.2', value: 910 }], disputes: [bad, dispute] }));
    const run = await dzPlanHere('progress', 'summary', at('bad.json'));
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /disputes\[0\]\.target: 沒有編號為「x99\.9」的指標/);
    assert.match(run.stderr, /disputes\[0\]\.figures\[1\]\.reportedBy\[0\]: 沒有編號為「nobody」的單位/);
    assert.match(run.stdout, /t03\.2 科技型中小企業.*910家/);
    assert.match(run.stdout, /數值待核定:市科技局 105家/);
  });
});
