/**
 * Review r100 M1's rest (after F247): `dz-plan progress summary` said `t13.1 …:未報送;完成時限 2023年6月30日` of a
 * target due 6月底前 whose unit reported 6 done by 31 December, and `5個(2023年6月30日),未達成` beside it, the late
 * figure nowhere. The summary now says it beside the status: judged at the deadline, the figure reported late named.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { shownIn } from '../src/english-fallback.js';
import { progressSummary } from '../src/node/progress-summary.js';
import { summaryCsv, summaryText } from '../src/node/progress-summary-format.js';
import type { Language, ProgressReport } from '../src/index.js';

const plan = { ...dezhouPlan, targets: dezhouPlan.targets.map((t) => (t.id === 't13.1' ? { ...t, deadline: '2023-06-30' } : t)) };
const today = '2024-01-15';
const report = (entries: ProgressReport['entries']): ProgressReport => ({ plan: plan.id, asOf: '2023-12-31', entries });
const lineOf = (r: ProgressReport, lang: Language) => {
  const summary = progressSummary(r, plan, { lang, today });
  return summaryText(summary, { file: 'progress.json', lang, shown: shownIn(plan, lang) }).filter((l) => l.includes('t13.1'));
};

describe('the summary names a figure reported after the deadline', () => {
  const alone = report([{ target: 't13.1', value: 6 }]);
  const both = report([{ target: 't13.1', value: 5, asOf: '2023-06-30' }, { target: 't13.1', value: 6 }]);
  test('not reported by the deadline, 6 reported on 31 December', () => {
    const lines = lineOf(alone, 'zh-Hant');
    assert.ok(lines.length > 0);
    // In the list of those past the deadline with its status, in the list of those not reported (its heading says so) alone.
    for (const line of lines) assert.match(line, /逾期報送 6個,2023年12月31日/u, line);
    assert.ok(lines.some((line) => /未報送\(逾期報送 6個,2023年12月31日\)/u.test(line)), lines.join('\n'));
    assert.match(lineOf(alone, 'en').join('\n'), /not reported \(reported late: 6 projects?, 31 December 2023\)/);
  });
  test('missed at the deadline (5 of 6), 6 reported on 31 December', () => {
    const lines = lineOf(both, 'zh-Hans');
    assert.ok(lines.length > 0);
    assert.match(lines.join('\n'), /5个\(2023年6月30日\),未达成\(差1个;逾期报送 6个,2023年12月31日\)/u);
  });
  test('in CSV, in the note column', () => {
    const csv = summaryCsv(progressSummary(alone, plan, { lang: 'zh-Hant', today }), { file: 'progress.json', lang: 'zh-Hant', shown: plan }, false);
    assert.match(csv.split('\n').find((l) => l.startsWith('t13.1'))!, /逾期報送 6個,2023年12月31日/u);
  });
});
