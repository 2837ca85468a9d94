/**
 * The issue-13 round trip, to the elements: a progress template filled as two periods (CSV in UTF-8, CSV in GBK,
 * .xlsx) → `importProgressFiles` → `appendPeriod` → what the gauge's and the card's views show: the latest value
 * judged, and the trend over both readings in words. (The views are the elements' Lit-free halves; the browser
 * tests render the same views from a feed with history, in Chromium and Firefox.)
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createPlanApi, parseProgressReport, type ProgressReport } from '@dz-tasks/data';
import { dezhouPlan } from '@dz-tasks/data/dezhou-2023';
import { appendPeriod, importProgressFiles, progressTemplate, templateCsv, templateXlsx } from '@dz-tasks/data/progress';
import { gaugeViewOf } from '../src/target-gauge/target-gauge.view.js';
import { cardOf } from '../src/task-card/task-card.view.js';
import { trendWords } from '../src/shared/gauge/trend.js';
import { strings } from '../src/shared/i18n/strings.js';

const api = createPlanApi(dezhouPlan);

/** Text as GBK bytes (Excel's "CSV" on Chinese Windows), from the platform's own GBK decoder read backwards. */
function gbk(text: string): Uint8Array {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) table.set(decoder.decode(new Uint8Array([lead, trail])), [lead, trail]);
  }
  return new Uint8Array([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (table.get(ch) ?? assert.fail(`no GBK code for ${ch}`)))));
}

/** The template of task 9's unit with t09.1 and t09.2 filled for one period, as typed. */
function filled(values: readonly [string, string], date: string) {
  const template = progressTemplate(dezhouPlan, { section: 2 });
  const rows = template.rows.map((row) => {
    const cells = [...row];
    if (row[0] === 't09.1') [cells[8], cells[9]] = [values[0], date];
    if (row[0] === 't09.2') [cells[8], cells[9]] = [values[1], date];
    return cells;
  });
  return { ...template, rows };
}

const formats = {
  'CSV (UTF-8)': async (t: ReturnType<typeof filled>) => ({ name: 'sheet.csv', data: new TextEncoder().encode(templateCsv(t)) }),
  'CSV (GBK)': async (t: ReturnType<typeof filled>) => ({ name: 'sheet-gbk.csv', data: gbk(templateCsv(t).replace(/^\uFEFF/, '')) }),
  '.xlsx': async (t: ReturnType<typeof filled>) => ({ name: 'sheet.xlsx', data: await templateXlsx(t) }),
};

describe('progress sheets → report → what the elements show', () => {
  for (const [format, file] of Object.entries(formats)) {
    test(format, async () => {
      let report: ProgressReport | undefined;
      for (const [values, date] of [[['1,500', '20'], '2023-03-31'], [['2100個', '３８'], '2023年6月30日']] as const) {
        const result = await importProgressFiles([await file(filled(values, date))], dezhouPlan);
        assert.deepEqual(result.problems, []);
        report = report ? appendPeriod(report, result.report!) : result.report!;
      }
      assert.ok(parseProgressReport(report, dezhouPlan).success);
      const view = gaugeViewOf(api, { target: 't09.1', value: undefined, asOf: undefined, src: 'feed.json' }, () => ({ state: 'ready', value: report! }), 'en', strings.en);
      assert.ok(view.kind === 'ready' && view.progress === 'reading', JSON.stringify(view));
      assert.equal(view.evaluation.value, 2100);
      assert.equal(view.evaluation.asOf, '2023-06-30');
      assert.deepEqual(view.history?.map((r) => r.value), [1500, 2100]);
      assert.equal(trendWords(view.target, view.history!, 'en', strings.en), 'up from 1,500 base stations on 31 March 2023');

      const card = cardOf(api, api.getTask(9)!, { state: 'ready', value: report! }, 'zh-Hant');
      const t092 = card.targets.find((x) => x.target.id === 't09.2')!;
      assert.equal(t092.evaluation?.value, 38);
      assert.equal(trendWords(t092.target, t092.history!, 'zh-Hant', strings['zh-Hant']), '較2023年3月31日的20家上\u2060升');
    });
  }
});
