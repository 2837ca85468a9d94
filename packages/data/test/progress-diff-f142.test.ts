/**
 * `dz-plan progress diff` after reviews r70 and r69 (F142): its last line on stderr counts a reading that contradicts
 * an earlier one (數值矛盾, a running total read lower) as a contradiction, not among those that cannot be judged, as
 * stdout says it (r70 L1); and `diffReports` takes its language in its options, as the library's other functions do,
 * the positional form kept (r69 L8).
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { parseProgressReport } from '../src/index.js';
import { diffReports } from '../src/progress/index.js';
import { cliScratch, dzPlanHere, escapeRegExp, juneBelowMarch, juneBelowMarchAndSlip, reportJson } from './helpers.js';

/** March: 1,500 5G base stations, a total built up over the year. */
const march = reportJson('2023-03-31', [{ target: 't09.1', value: 1500 }]);
const parse = (json: string) => parseProgressReport(JSON.parse(json), dezhouPlan).data!;

describe('F142: progress diff counts a contradiction as one; diffReports takes its language in options', () => {
  const { at } = cliScratch('dz-plan-f142-', 'progress/index.js');

  test('r70 L1: the last line on stderr counts a contradiction (數值矛盾) as such, in each language; exit 1 still', async () => {
    writeFileSync(at('march.json'), march);
    writeFileSync(at('june.json'), juneBelowMarch);
    for (const [lang, stdout, last] of [
      ['zh-Hant', '數值矛盾', 'dz-plan:1 個數值與較早的數值矛盾(見上)'],
      ['zh-Hans', '数值矛盾', 'dz-plan:1 个数值与较早的数值矛盾(见上)'],
      ['en', 'contradicts an earlier figure', 'dz-plan: 1 reading contradicts an earlier figure (above)'],
    ] as const) {
      const r = await dzPlanHere('progress', 'diff', at('march.json'), at('june.json'), '--lang', lang);
      assert.match(r.stdout, new RegExp(`^≠ t09\\.1 .*, ${escapeRegExp(stdout)}\\)$`, 'm'), r.stdout);
      assert.equal(r.stderr.trimEnd().split('\n').at(-1), last, r.stderr);
      assert.doesNotMatch(r.stderr, /無法判斷|无法判断|cannot be judged/, 'nothing here is beyond judging');
      assert.equal(r.status, 1, 'a contradiction is to be checked before publishing');
    }
  });

  test('r70 L1: a contradiction and a reading that cannot be judged are counted apart on that line', async () => {
    writeFileSync(at('march.json'), march);
    writeFileSync(at('slip.json'), juneBelowMarchAndSlip);
    for (const [lang, last] of [
      ['zh-Hant', 'dz-plan:1 個數值與較早的數值矛盾,1 個數值無法判斷(見上)'],
      ['en', 'dz-plan: 1 reading contradicts an earlier figure, 1 reading cannot be judged (above)'],
    ] as const) {
      const r = await dzPlanHere('progress', 'diff', at('march.json'), at('slip.json'), '--lang', lang);
      assert.ok(r.stderr.split('\n').includes(last), r.stderr);
      assert.equal(r.status, 1);
    }
  });

  test('r69 L8: diffReports takes `lang` in its options as evaluateTarget and progressTemplate do; the positional form still works', () => {
    const [older, newer] = [parse(march), parse(juneBelowMarch)];
    const sentence = (changes: ReturnType<typeof diffReports>) => changes.find((c) => c.target === 't09.1')?.after?.sentence;
    const positional = sentence(diffReports(older, newer, dezhouPlan, 'en', { today: '2026-01-01' }));
    assert.match(positional ?? '', /running total cannot fall/);
    assert.equal(sentence(diffReports(older, newer, dezhouPlan, { lang: 'en', today: '2026-01-01' })), positional);
    // A tag read as the positional one is (zh-CN is zh-Hans); none given, zh-Hant.
    assert.equal(sentence(diffReports(older, newer, dezhouPlan, { lang: 'zh-CN' as 'zh-Hans' })), sentence(diffReports(older, newer, dezhouPlan, 'zh-Hans')));
    assert.equal(sentence(diffReports(older, newer, dezhouPlan, {})), sentence(diffReports(older, newer, dezhouPlan)));
    assert.match(sentence(diffReports(older, newer, dezhouPlan)) ?? '', /[\u4e00-\u9fff]/);
    // The positional language given, `options.lang` is not read; left out (`undefined`), it is.
    assert.equal(sentence(diffReports(older, newer, dezhouPlan, 'en', { lang: 'zh-Hans' })), positional);
    assert.equal(sentence(diffReports(older, newer, dezhouPlan, undefined, { lang: 'en' })), positional);
  });
});
