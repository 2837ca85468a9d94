/**
 * F164 (F149's rest): `import --into --partial` whose rows all clash with the report's figure writes nothing and exits
 * 1; the report keeps its published figure, and a line says so, in the command's language.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { dzPlanHere } from './helpers.js';
import { plan } from './progress-import-helpers.js';

describe('F149: import --into --partial that writes nothing says the report keeps its figure', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dz-plan-f164-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const at = (name: string) => join(dir, name);
  const q1 = `${JSON.stringify({ plan: plan.id, asOf: '2023-03-31', entries: [{ target: 't09.1', value: 1200 }] }, null, 2)}\n`;
  writeFileSync(at('dup.csv'), '指標編號,完成值,截至日期,備註\nt09.1,1200,2023-03-31,\nt09.1,1250,2023-03-31,更正\n');

  const kept = {
    'zh-Hant': '指標 t09.1(2023-03-31):報告原有的 1200個 保留不變',
    'zh-Hans': '指标 t09.1(2023-03-31):报告原有的 1200个 保留不变',
    en: 't09.1 at 2023-03-31: 1,200 base stations kept in the report as published',
  };
  for (const [lang, line] of Object.entries(kept)) {
    test(`in ${lang}: a line before the last, the report unchanged, exit 1`, async () => {
      writeFileSync(at(`${lang}.json`), q1);
      const r = await dzPlanHere('progress', 'import', at('dup.csv'), '--into', at(`${lang}.json`), '--partial', '--lang', lang);
      assert.equal(r.status, 1, r.stderr);
      assert.equal(readFileSync(at(`${lang}.json`), 'utf8'), q1);
      const lines = r.stderr.trimEnd().split('\n');
      assert.ok(lines.at(-2)?.startsWith(`${at(`${lang}.json`)}${lang === 'en' ? ': ' : ':'}${line}`), r.stderr);
    });
  }
});
