/**
 * Review r101 M2: of t13.1 (a flow, due 30 June) read 5 at the deadline and 4 on 31 December, `progress diff` said
 * `4 projects, below the 5 projects of 30 June 2023: a running total cannot fall` (exit 1), while `progress summary`
 * said only `missed (1 project short; reported late: 4 projects, 31 December 2023)`, exit 0. The figure reported late
 * is checked by the one rule (`contradictedBy`): the summary says the contradiction beside it, in three languages, and
 * lists the target among those contradicting an earlier figure; the import says the fall of the same rows.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { shownIn } from '../src/english-fallback.js';
import type { Language, ProgressReport } from '../src/index.js';
import { progressSummary } from '../src/node/progress-summary.js';
import { summaryCsv, summaryText } from '../src/node/progress-summary-format.js';
import { dzPlanHere } from './helpers.js';

const plan = { ...dezhouPlan, targets: dezhouPlan.targets.map((t) => (t.id === 't13.1' ? { ...t, deadline: '2023-06-30' } : t)) };
const today = '2024-01-15';
const report = (entries: ProgressReport['entries']): ProgressReport => ({ plan: plan.id, asOf: '2023-12-31', entries });
const fell = report([{ target: 't13.1', value: 5, asOf: '2023-06-30' }, { target: 't13.1', value: 4 }]);
const rose = report([{ target: 't13.1', value: 5, asOf: '2023-06-30' }, { target: 't13.1', value: 6 }]);
const written = (r: ProgressReport, lang: Language) => {
  const summary = progressSummary(r, plan, { lang, today });
  return { summary, text: summaryText(summary, { file: 'ye.json', lang, shown: shownIn(plan, lang) }) };
};
const linesOf = (r: ProgressReport, lang: Language) => written(r, lang).text.filter((l) => l.includes('t13.1'));

describe('r101 M2: a figure reported late below the deadline’s figure of a running total', () => {
  test('the summary says the contradiction beside the figure reported late, as diff says it, in three languages', () => {
    const said: [Language, RegExp][] = [
      ['en', /missed \(1 project short; reported late: 4 projects, 31 December 2023, below the 5 projects of 30 June 2023: a running total cannot fall\)/],
      ['zh-Hant', /未達成\(差1個;逾期報送 4個,2023年12月31日,少於 2023年6月30日的 5個:累計數不會減少\)/u],
      ['zh-Hans', /未达成\(差1个;逾期报送 4个,2023年12月31日,少于 2023年6月30日的 5个:累计数不会减少\)/u],
    ];
    for (const [lang, words] of said) assert.match(linesOf(fell, lang).join('\n'), words, lang);
  });

  test('still judged at the deadline (missed), and listed among those contradicting an earlier figure', () => {
    const { summary, text } = written(fell, 'en');
    const t = summary.targets.find((x) => x.target.id === 't13.1')!;
    assert.equal(t.key, 'missed');
    assert.deepEqual(t.late?.contradicts?.problem, { code: 'belowEarlier', value: 4, earlier: 5, earlierAsOf: '2023-06-30' });
    const at = text.indexOf('Contradicting an earlier figure (1)');
    assert.ok(at > 0, text.slice(-5).join('\n'));
    assert.match(text[at + 1]!, /^ {2}t13\.1 .*below the 5 projects of 30 June 2023/);
  });

  test('a figure reported late above the deadline’s is no contradiction', () => {
    const { summary, text } = written(rose, 'en');
    assert.equal(summary.targets.find((x) => x.target.id === 't13.1')!.late?.contradicts, undefined);
    assert.ok(text.includes('Contradicting an earlier figure (0)'));
    assert.doesNotMatch(linesOf(rose, 'en').join('\n'), /cannot fall/);
  });

  test('in CSV, the earlier figure contradicted in its column', () => {
    const csv = summaryCsv(progressSummary(fell, plan, { lang: 'zh-Hant', today }), { file: 'ye.json', lang: 'zh-Hant', shown: plan }, false);
    const row = csv.split('\n').find((l) => l.startsWith('t13.1'))!;
    assert.match(row, /累計數不會減少/u);
    assert.match(row, /5個\(2023-06-30\)/u);
  });
});

describe('r101 M2 at the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'late-contradiction-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'plan.json'), JSON.stringify(plan));
  writeFileSync(join(dir, 'ye.json'), JSON.stringify(fell));
  writeFileSync(join(dir, 'june.csv'), '指標編號,完成值,截至日期,備註\nt13.1,5,2023-06-30,\nt13.1,4,2023-12-31,\n');

  test('the import says the total falls, row by row (the rule it has for a running total read lower)', async () => {
    const r = await dzPlanHere('progress', 'import', join(dir, 'june.csv'), '--plan', join(dir, 'plan.json'), '--lang', 'en', '-o', join(dir, 'out.json'));
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /t13\.1: 4 projects at 2023-12-31 \(june\.csv, row 3\) is below 5 projects at 2023-06-30 \(june\.csv, row 2\), for a total built up over the year: check both readings/);
  });

  test('summary: the contradiction named as diff names it, exit 1', async () => {
    const r = await dzPlanHere('progress', 'summary', join(dir, 'ye.json'), '--plan', join(dir, 'plan.json'), '--lang', 'en');
    assert.match(r.stderr, /t13\.1 at 2023-12-31: 4 projects, below the 5 projects of 30 June 2023: a running total cannot fall; check both figures/);
    assert.equal(r.status, 1);
  });
});
