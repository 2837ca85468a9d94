/**
 * Review r111 (F267 finding 2): a threshold each member of a set must reach (各縣(市、區)至少建設1家, `Target.each`) is
 * read as the lowest member's value. A department typed the city's total (`t57.4,11,2023-06-30,全市已建成11家`): the
 * import took it without a word and the summary said `11家(2023年6月30日),超額完成`, dropping the "lowest" the gauge
 * says. The summary now says the reading is the lowest member's, and the import warns of a note that reads as a total.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { cliScratch, dzPlanHere, reportJson } from './helpers.js';
import { csv, importFiles, inEach } from './progress-import-helpers.js';

const june = reportJson('2023-06-30', [
  { target: 't57.4', value: 11 },
  { target: 't09.1', value: 2100 },
]);

/** The line of `target` in a summary's output (text, Markdown or CSV). */
const lineOf = (out: string, target: string) => out.split(/\r?\n/).find((line) => line.startsWith(`  ${target} `) || line.startsWith(`| ${target} `) || line.startsWith(`${target},`));

describe('the summary says the reading of an each target is the lowest member’s (r111)', () => {
  const { at } = cliScratch('dz-plan-r111-');
  const summary = async (...args: string[]) => {
    writeFileSync(at('june.json'), june);
    const r = await dzPlanHere('progress', 'summary', at('june.json'), ...args);
    assert.equal(r.status, 0, r.stderr);
    return r.stdout;
  };

  test('text in zh-Hant, zh-Hans and English', async () => {
    assert.match(lineOf(await summary(), 't57.4')!, /:目標 每個 ≥ 1家;縣\(市、區\)中最少的為11家\(2023年6月30日\),超額完成;/);
    assert.match(lineOf(await summary('--lang', 'zh-Hans'), 't57.4')!, /:目标 每个 ≥ 1家;县\(市、区\)中最少的为11家\(2023年6月30日\),超额完成;/);
    assert.match(lineOf(await summary('--lang', 'en'), 't57.4')!, /; the lowest of any county, county-level city or district: 11 markets \(30 June 2023\), target exceeded;/);
    // Another target's reading is said as before.
    assert.match(lineOf(await summary(), 't09.1')!, /;2100個\(2023年6月30日\),/);
  });

  test('Markdown and CSV: the value cell says it too', async () => {
    assert.match(lineOf(await summary('--format', 'md'), 't57.4')!, /\| 縣\(市、區\)中最少的為11家 \| 2023年6月30日 \|/);
    assert.match(lineOf(await summary('--format', 'csv', '--lang', 'en'), 't57.4')!, /,the lowest of any county\, county-level city or district: 11 markets,2023-06-30,|,"the lowest of any county, county-level city or district: 11 markets",2023-06-30,/);
  });
});

describe('the import warns of a note that reads as a total for an each target (r111)', () => {
  test('全市已建成11家: kept, with a warning in each language', async () => {
    const results = await inEach([csv('jobs.csv', 't57.4,11,2023-06-30,全市已建成11家')]);
    for (const result of Object.values(results)) {
      assert.deepEqual(result.problems, []);
      assert.deepEqual(result.report!.entries.map((e) => [e.target, e.value]), [['t57.4', 11]]);
      assert.deepEqual(result.warnings.map((w) => [w.code, w.row, w.text]), [['totalForEach', 2, '全市已建成11家']]);
    }
    assert.equal(
      results['zh-Hant'].warnings[0]!.message,
      'jobs.csv 第 2 行「備註」欄:t57.4 要求每個縣(市、區)都達到目標,完成值應填縣(市、區)中最少的數值;備註「全市已建成11家」讀來像是全部的合計:已照填匯入,如是合計,請改填最少的縣(市、區)的數值',
    );
    assert.match(results['zh-Hans'].warnings[0]!.message, /t57\.4 要求每个县\(市、区\)都达到目标,完成值应填县\(市、区\)中最少的数值;备注“全市已建成11家”读来像是全部的合计:已照填导入/);
    assert.match(results.en.warnings[0]!.message, /^jobs\.csv, row 2, 備註: t57\.4 asks that each county, county-level city or district reach the target, so the value is the lowest of any of them; the note "全市已建成11家" reads as a total of all of them: kept as written; if it is the total, write the lowest/);
  });

  test('each word of a whole, in both scripts; not in a note without one, nor for a target that is no each target', async () => {
    const words = ['全市', '全省', '全縣', '全县', '全區', '全区', '合計', '合计', '總計', '总计', '共計', '共计', '累計', '累计'];
    const rows = words.map((word, i) => `t57.4,${i + 1},2023-${String(Math.floor(i / 2) + 1).padStart(2, '0')}-${i % 2 ? 28 : 15},${word}${i + 1}家`);
    const result = await importFiles([csv('words.csv', ...rows)]);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.warnings.map((w) => [w.code, w.text]), words.map((word, i) => ['totalForEach', `${word}${i + 1}家`]));

    const quiet = await importFiles([csv('quiet.csv', 't57.4,1,2023-06-30,樂陵市最少:已建成1家', 't58.1,2,2023-06-30,', 't09.1,2100,2023-06-30,全市累計2100個')]);
    assert.deepEqual([quiet.problems, quiet.warnings], [[], []]);
  });

  test('words inside other words, and a whole named with no figure after it, are no total; 共11家 is (review r112 F3)', async () => {
    const notes = ['按總計劃推進', '按总计划推进', '結合計劃分步建設2家', '综合计分排名第二', '全市首家智慧農貿市場已開業', '全省率先完成'];
    const rows = notes.map((note, i) => `t57.4,1,2023-${String(i + 1).padStart(2, '0')}-28,${note}`);
    const quiet = await importFiles([csv('words-inside.csv', ...rows)]);
    assert.deepEqual([quiet.problems, quiet.warnings.map((w) => w.text)], [[], []]);
    const total = await importFiles([csv('total.csv', 't57.4,11,2023-06-30,共11家')]);
    assert.deepEqual(total.warnings.map((w) => [w.code, w.text]), [['totalForEach', '共11家']]);
  });

  test('dz-plan progress import on a CSV: exit 0, the warning on stderr', async () => {
    const { at } = scratch;
    writeFileSync(at('jobs.csv'), ['指標編號,完成值,截至日期,備註', 't57.4,11,2023-06-30,全市已建成11家', 't57.4,1,2023-09-30,最少的縣已建成1家'].join('\r\n'));
    const r = await dzPlanHere('progress', 'import', at('jobs.csv'), '-o', at('jobs.json'), '--lang', 'en');
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stderr.trimEnd().split('\n');
    assert.equal(lines.filter((line) => /reads as a total/.test(line)).length, 1, r.stderr);
    assert.match(lines[0]!, /^jobs\.csv, row 2, 備註: t57\.4 asks that each county/);
  });
});

const scratch = cliScratch('dz-plan-r111-import-');
