/**
 * Review r97 M2: another city's clerk following guide-progress.md ran `dz-plan progress template --unit 市发展改革委`
 * without `--plan` and got, silently and with exit 0, a sheet of Dezhou's 2023 targets (the package's own plan, the
 * default). The command now says, beside the count, which plan the sheet is of and how to give one's own.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { planFromText } from '../src/node/index.js';
import { dzPlanHere } from './helpers.js';

describe('dz-plan progress template without --plan', () => {
  for (const [lang, title, says] of [
    ['zh-Hant', dezhouPlan.title['zh-Hant'], /未給 --plan.*--plan plan\.json/],
    ['zh-Hans', dezhouPlan.title['zh-Hans'], /未给 --plan.*--plan plan\.json/],
    ['en', dezhouPlan.title.en, /no --plan.*--plan plan\.json/],
  ] as const) {
    test(`--lang ${lang}: names the package's own plan it used, and --plan`, async () => {
      const run = await dzPlanHere('progress', 'template', '--lang', lang);
      assert.equal(run.status, 0, run.stderr);
      assert.ok(run.stderr.includes(title), run.stderr);
      assert.match(run.stderr, says);
    });
  }

  test('with --plan: the count alone, no word of the default plan', async () => {
    const doc = '南屏市人民政府\n南屏市2024年重点工作任务\n一、实体经济\n1.新建5G基站100个。（牵头单位:市工业和信息化局）\n';
    const { plan } = planFromText(doc);
    assert.ok(plan);
    const file = join(mkdtempSync(join(tmpdir(), 'dz-r97-')), 'plan.json');
    writeFileSync(file, JSON.stringify(plan));
    const run = await dzPlanHere('progress', 'template', '--plan', file);
    assert.equal(run.status, 0, run.stderr);
    assert.doesNotMatch(run.stderr, /--plan|德州/);
    assert.match(run.stderr, /^1 个指标\n$/);
  });
});
