/**
 * F208 (review r84 M5): one public function judges a whole progress report against its plan at a date. A front-end
 * developer had to loop over the targets with `latestProgress`, `judgedReading` and `evaluateTarget` and re-create what
 * `dz-plan progress summary` says; `evaluateReport` says it, from the package root, judged by the summary's own code.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { build } from 'esbuild';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { evaluateReport, type ProgressReport } from '../src/index.js';
import { countsOf, progressSummary, reportAsOf } from '../src/node/progress-summary.js';
import { supervisionFeeds } from './fixtures/supervision-feeds.js';

const today = '2024-06-30';
const { final } = supervisionFeeds(dezhouPlan.id);
/** The sample report the CMS example page shows (examples/data). */
const example = JSON.parse(readFileSync(new URL('../../../examples/data/progress-2023q3.json', import.meta.url), 'utf8')) as ProgressReport;
/**
 * September appended to June (F132's report): t09.1 behind, t09.2 read lower than in June (a contradiction), t04.2 last
 * read in June (not reported this period), t12.4 met, t38.3 a rate not yet at its target.
 */
const september: ProgressReport = {
  plan: dezhouPlan.id,
  asOf: '2023-09-30',
  entries: [
    { target: 't09.1', value: 1500, asOf: '2023-06-30' },
    { target: 't09.1', value: 2000 },
    { target: 't09.2', value: 48, asOf: '2023-06-30' },
    { target: 't09.2', value: 45 },
    { target: 't04.2', value: 60, asOf: '2023-06-30' },
    { target: 't12.4', value: 4 },
    { target: 't38.3', value: 80 },
  ],
};

describe('evaluateReport: what dz-plan progress summary says of a report, as a function of the package root', () => {
  const cases: [string, ProgressReport, string | undefined, 'en' | 'zh-Hant'][] = [
    ['the supervision feed of 15 January, at its date (judged at the deadlines)', final, undefined, 'en'],
    ['the same feed as it stood on 30 September', final, '2023-09-30', 'zh-Hant'],
    ["September's report (stale, contradicting, met, behind, not yet at target)", september, undefined, 'en'],
    ["September's report after its date: its readings stale, the deadlines due", september, '2024-01-15', 'en'],
    ["the CMS example's report", example, undefined, 'zh-Hant'],
  ];
  for (const [name, report, asOf, lang] of cases) {
    test(`${name}: every target's status, reading and the counts, as the summary's`, () => {
      const summary = progressSummary(asOf === undefined ? report : reportAsOf(report, asOf), dezhouPlan, { lang, today });
      const evaluation = evaluateReport(report, dezhouPlan, { lang, today, ...(asOf === undefined ? {} : { asOf }) });
      assert.equal(evaluation.asOf, summary.asOf);
      assert.deepEqual(
        evaluation.targets.map((t) => [t.target.id, t.status, t.reading]),
        summary.targets.map((t) => [t.target.id, t.key, t.reading]),
      );
      // Every key counted, zero included, in the summary's order.
      const counted = Object.entries(evaluation.counts).filter(([, n]) => n > 0);
      assert.deepEqual(counted, countsOf(summary.targets));
      assert.equal(Object.values(evaluation.counts).reduce((a, b) => a + b, 0), dezhouPlan.targets.length);
    });
  }

  test("September's report in plain terms: the statuses a page shows, and the reading each stands on", () => {
    const { targets, counts } = evaluateReport(september, dezhouPlan, { lang: 'en', today });
    const of = (id: string) => targets.find((t) => t.target.id === id)!;
    assert.deepEqual(targets.map((t) => t.target.id), dezhouPlan.targets.map((t) => t.id), 'every target, in plan order');
    assert.equal(of('t09.1').status, 'behind');
    assert.deepEqual([of('t09.1').reading?.value, of('t09.1').reading?.asOf], [2000, '2023-09-30']);
    // Not reported this period: the status is `stale`, the reading keeps the status it had at its own date.
    assert.equal(of('t04.2').status, 'stale');
    assert.equal(of('t04.2').reading?.asOf, '2023-06-30');
    assert.equal(of('t04.2').reading?.status, 'behind');
    assert.equal(of('t09.2').status, 'contradicts');
    assert.equal(of('t09.2').reading?.problem?.code, 'belowEarlier');
    assert.equal(of('t12.4').status, 'met');
    assert.equal(of('t01.1').status, 'unreported');
    assert.equal(of('t01.1').reading, undefined);
    assert.deepEqual([counts.met, counts.behind, counts.belowTarget, counts.stale, counts.contradicts, counts.unjudged, counts.unreported], [1, 1, 1, 1, 1, 0, 152]);
  });

  test('a date before any reading: every target unreported, as the summary says it; the date is the one asked', () => {
    const { asOf, targets, counts } = evaluateReport(final, dezhouPlan, { asOf: '2023-01-15', today });
    assert.equal(asOf, '2023-01-15');
    assert.ok(targets.every((t) => t.status === 'unreported' && t.reading === undefined));
    assert.equal(counts.unreported, dezhouPlan.targets.length);
  });

  test("another plan's report, or a target the plan does not have: a RangeError in parseProgressReport's words", () => {
    assert.throws(() => evaluateReport({ ...september, plan: 'jinan-2024' }, dezhouPlan, { lang: 'en', today }), {
      name: 'RangeError',
      message: `plan: the report is for plan "jinan-2024", not "${dezhouPlan.id}"`,
    });
    assert.throws(() => evaluateReport({ ...september, entries: [...september.entries, { target: 't99.9', value: 1 }] }, dezhouPlan, { lang: 'zh-Hant', today }), {
      name: 'RangeError',
      message: 'entries[7].target: 沒有編號為「t99.9」的指標',
    });
  });

  test('a target written as getTarget reads it (t9.1) is the plan\'s t09.1, as parseProgressReport reads it', () => {
    const { targets } = evaluateReport({ plan: dezhouPlan.id, asOf: '2023-09-30', entries: [{ target: 't9.1', value: 2000 }] }, dezhouPlan, { today });
    assert.equal(targets.find((t) => t.target.id === 't09.1')?.status, 'behind');
  });

  test('a date that is not an ISO date, or after today, is a RangeError naming it', () => {
    assert.throws(() => evaluateReport(september, dezhouPlan, { asOf: '2023/09/30', today }), { name: 'RangeError', message: /^asOf: .*「2023\/09\/30」/ });
    assert.throws(() => evaluateReport(september, dezhouPlan, { asOf: '2024-07-01', today }), { name: 'RangeError', message: /^asOf: 2024-07-01 .*2024-06-30/ });
    assert.throws(() => evaluateReport(september, dezhouPlan, { today: 'yesterday' }), { name: 'RangeError', message: /^today: .*「yesterday」/ });
    assert.throws(() => evaluateReport(september, dezhouPlan, { today: 'yesterday', lang: 'en' }), { name: 'RangeError', message: /^today: expected an ISO date YYYY-MM-DD, received "yesterday"$/ });
    // In the language asked, as the other errors of the same call are (review r89 L1).
    assert.throws(() => evaluateReport(september, dezhouPlan, { asOf: '2023/09/30', today, lang: 'zh-Hans' }), { name: 'RangeError', message: /^asOf: 应为 ISO 日期 YYYY-MM-DD,收到“2023\/09\/30”$/ });
    assert.throws(() => evaluateReport(september, dezhouPlan, { asOf: '2024-07-01', today, lang: 'zh-Hant' }), { name: 'RangeError', message: /^asOf: 2024-07-01 在今天\(2024-06-30\)之後/ });
  });

  test("imported alone from the package root, it brings no zod, no plan and no build-time tool into a page's bundle", async () => {
    const result = await build({
      stdin: { contents: `import { evaluateReport } from './src/index.ts'; console.log(evaluateReport);`, resolveDir: new URL('..', import.meta.url).pathname, loader: 'ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    const text = result.outputFiles[0]!.text;
    // bundle-size.test.ts's markers: zod/mini's classes and messages, the Node-only tools, the Dezhou plan's id.
    const found = ['$ZodType', 'ZodMiniType', '$ZodError', 'Invalid input', 'opencc', 'pinyin', 'mammoth', 'node:fs', dezhouPlan.id].filter((m) => text.includes(m));
    assert.deepEqual(found, []);
    assert.ok(text.includes('belowEarlier'), 'the judgement is in the bundle (the markers are live)');
  });
});
