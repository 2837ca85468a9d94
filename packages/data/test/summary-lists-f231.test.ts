/**
 * F231 (review r92 M7): the summary counted targets 尚未達到目標 (belowTarget) and 待評定 (pending), and on track, that no
 * list named: an office needs every target it counts listed. They are listed after the lists that need action, in the
 * order the counts say them, in text and Markdown, for the whole plan and for one unit.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dezhouPlan, getUnit } from '../src/dezhou-2023.js';
import type { Language, ProgressReport } from '../src/index.js';
import { shownIn } from '../src/node/plan-shown.js';
import { progressSummary } from '../src/node/progress-summary.js';
import { summaryMarkdown, summaryText } from '../src/node/progress-summary-format.js';

// From Dezhou's first quarter (r92 q1.csv): t26.4 read inside the year (belowTarget), t29.1 not yet awarded (pending),
// t09.1 behind, t21.1 on track.
const report: ProgressReport = {
  plan: dezhouPlan.id,
  asOf: '2023-03-31',
  entries: [
    { target: 't09.1', value: 100, asOf: '2023-03-31' },
    { target: 't26.4', value: 3, asOf: '2023-03-31' },
    { target: 't29.1', value: 0, asOf: '2023-03-31' },
  ],
};
const today = '2024-01-01';
const written = (lang: Language, unit?: string) => {
  const u = unit === undefined ? undefined : getUnit(unit)!;
  const summary = progressSummary(report, dezhouPlan, { lang, today, ...(u ? { unit: u } : {}) });
  const context = { file: 'q1.json', lang, shown: shownIn(dezhouPlan, lang) };
  return { text: summaryText(summary, context).join('\n'), md: summaryMarkdown(summary, context), summary };
};

describe('r92 M7: every target counted is listed', () => {
  test('the statuses found, in text, in three languages', () => {
    const { text, summary } = written('zh-Hant');
    assert.deepEqual(summary.targets.filter((t) => t.reading).map((t) => [t.target.id, t.key]), [['t09.1', 'seriouslyBehind'], ['t26.4', 'belowTarget'], ['t29.1', 'pending']]);
    const lines = text.split('\n');
    const at = lines.indexOf('其他指標(2 個:尚未達到目標 1、待評定 1)');
    assert.ok(at > lines.findIndex((l) => l.startsWith('期限已到未達成或未報送')), text);
    assert.ok(at < lines.findIndex((l) => l.startsWith('未報送(')), text);
    assert.match(lines[at + 1]!, /^  t26\.4 .*尚未達到目標;牽頭:/);
    assert.match(lines[at + 2]!, /^  t29\.1 .*待評定;牽頭:/);
    assert.match(written('zh-Hans').text, /\n其他指标\(2 个:尚未达到目标 1、待评定 1\)\n  t26\.4 /);
    assert.match(written('en').text, /\nOther targets \(2: 1 not yet at target, 1 awaiting decision\)\n  t26\.4 /);
  });

  test('in Markdown, and in the summary of one unit', () => {
    assert.match(written('zh-Hant').md, /## 其他指標\(2 個:尚未達到目標 1、待評定 1\)\n\n\| 指標編號 .*\n.*\n\| t26\.4 \|.*\n\| t29\.1 \|/);
    const unit = written('zh-Hant', '市水利局').text;
    assert.match(unit, /\n其他指標\(1 個:尚未達到目標 1\)\n  t26\.4 /);
  });
});
