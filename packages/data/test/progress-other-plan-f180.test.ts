/**
 * F180 (review r80 M3): another city's sheet or report read against the built-in Dezhou plan, `--plan` forgotten. Its
 * ids are Dezhou's too (t01.1…), its unit line may name a Dezhou unit (市发展改革委): the import said each row's id was a
 * slip for another Dezhou target, and `summary`/`diff` listed every entry. Now one line says the file looks like
 * another plan's, and to give `--plan`, in the command's language.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { dzPlanHere, otherCity } from './helpers.js';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { planFromText } from '../src/node/plan-from-text.js';
import { progressTemplate } from '../src/progress/template.js';

const { plan } = planFromText('一、扩大需求\n1、全年实施省市重点项目600个左右，完成投资1500亿元以上，固定资产投资同比增长8%。（市发展改革委牵头）', otherCity);

describe('F180: a sheet or report of another plan, read without its --plan', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dz-plan-f180-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const at = (name: string) => join(dir, name);
  writeFileSync(at('plan.json'), JSON.stringify(plan));
  // The other plan's template for its lead unit, filled: its ids (t01.1…) are the Dezhou plan's too.
  const template = progressTemplate(plan!, { lang: 'zh-Hans' });
  const values = ['248', '760', '8.4%'];
  const rows = template.rows.map((row, i) => [...row.slice(0, -3), values[i], '2024-06-30', ''].join(','));
  writeFileSync(at('fgw.csv'), ['填报单位:市发展改革委', template.header.join(','), ...rows].join('\n'));
  const report = { plan: plan!.id, asOf: '2024-06-30', entries: [{ target: 't01.1', value: 248 }, { target: 't01.3', value: 8.4 }] };
  writeFileSync(at('june.json'), JSON.stringify(report));
  writeFileSync(at('may.json'), JSON.stringify({ ...report, asOf: '2024-05-31', entries: [{ target: 't01.1', value: 210 }] }));

  const otherPlan = { 'zh-Hant': /另一份規劃/, 'zh-Hans': /另一份规划/, en: /another plan/ };
  const slip = /核對指標編號|核对指标编号|check the target id|沒有數值|没有数值|no value/;
  for (const [lang, said] of Object.entries(otherPlan)) {
    test(`import in ${lang}: one line, the sheet another plan's, give --plan; no id advice, nothing written`, async () => {
      const r = await dzPlanHere('progress', 'import', at('fgw.csv'), '-o', at(`${lang}.json`), '--lang', lang);
      assert.equal(r.status, 1, r.stderr);
      const lines = r.stderr.trimEnd().split('\n');
      assert.equal(lines.filter((line) => said.test(line)).length, 1, r.stderr);
      assert.match(r.stderr, /--plan plan\.json/);
      assert.doesNotMatch(r.stderr, slip);
    });
    test(`summary and diff in ${lang}: the report another plan's, give --plan; not each entry`, async () => {
      for (const args of [['summary', at('june.json')], ['diff', at('may.json'), at('june.json')]]) {
        const r = await dzPlanHere('progress', ...args, '--lang', lang);
        assert.equal(r.status, 1, r.stderr);
        const lines = r.stderr.trimEnd().split('\n');
        assert.equal(lines.length, 1, r.stderr);
        assert.match(lines[0]!, said);
        assert.match(lines[0]!, new RegExp(`${plan!.id}.*--plan plan\\.json`));
      }
    });
  }

  test('with its --plan, the same sheet is imported, and the reports compared', async () => {
    const r = await dzPlanHere('progress', 'import', at('fgw.csv'), '-o', at('y.json'), '--plan', at('plan.json'));
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /另一份|another plan/);
    const diff = await dzPlanHere('progress', 'diff', at('may.json'), at('june.json'), '--plan', at('plan.json'));
    assert.doesNotMatch(diff.stderr, /另一份|another plan/);
  });
});

/**
 * F184 (review r81 H2): the plan's own sheet whose ids slipped a row (each row written with the next row's id), or
 * whose 指標 column alone was sorted, was said to be another plan's: every metric on it is one of this plan's targets,
 * only not its own id's. Each row is told the target its metric is, as before F180.
 */
describe("F184: the plan's own sheet with slipped ids is not another plan's", () => {
  const dir = mkdtempSync(join(tmpdir(), 'dz-plan-f184-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const template = progressTemplate(dezhouPlan, { section: 1, lang: 'zh-Hans' });
  const ids = template.rows.slice(0, 5).map((row) => row[0]!);
  const metrics = template.rows.slice(0, 4).map((row) => row[2]!);
  const sheet = (rows: string[][]) => [template.header.join(','), ...rows.map((row) => [...row.slice(0, -3), '10', '2023-06-30', ''].join(','))].join('\n');
  const slips = {
    // A one-row paste slip: t01.1's row under t01.2's id, and so on.
    'ids shifted a row': template.rows.slice(0, 4).map((row, i) => [ids[i + 1]!, ...row.slice(1)]),
    // The 指標 column alone sorted (here reversed): each id beside another of its neighbours' metrics.
    'metrics sorted alone': template.rows.slice(0, 4).map((row, i) => [...row.slice(0, 2), metrics[3 - i]!, ...row.slice(3)]),
  };
  for (const [name, rows] of Object.entries(slips)) {
    test(`${name}: each row told the target its metric is; the sheet not said to be another plan's`, async () => {
      const file = join(dir, `${name}.csv`);
      writeFileSync(file, sheet(rows));
      const r = await dzPlanHere('progress', 'import', file, '-o', join(dir, `${name}.json`), '--lang', 'zh-Hans');
      assert.equal(r.status, 1, r.stderr);
      assert.doesNotMatch(r.stderr, /另一份规划|--plan/);
      rows.forEach((row, i) => {
        const described = template.targets[template.rows.findIndex((own) => own[2] === row[2])]!.id;
        if (described !== row[0]) assert.match(r.stderr, new RegExp(`${row[0]} 是“[^”]+”;此行的指标是 ${described}“${row[2]}”\\?请核对指标编号`), `row ${i + 1}: ${r.stderr}`);
      });
    });
  }
});
