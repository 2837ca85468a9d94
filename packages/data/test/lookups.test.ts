/** Simplified text of the plan and the generated folding table for search and unit look-up (issue 7, findings 1 and 3). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, test } from 'node:test';
import * as OpenCC from 'opencc-js';
import { buildFoldTableSource, foldModulePath, toSimplified } from '../scripts/build-plan.js';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { foldToSimplified } from '../src/fold.js';

describe('zh-Hans text of the plan (OpenCC from the Taiwan standard)', () => {
  const texts = () => [
    dezhouPlan.title,
    dezhouPlan.issuer,
    ...dezhouPlan.sections.map((s) => s.title),
    ...dezhouPlan.tasks.flatMap((t) => [t.title, t.body]),
    ...dezhouPlan.targets.map((t) => t.metric),
    ...dezhouPlan.units.map((u) => u.name),
  ];

  test('著 is written 着 where Simplified means it (著力, 跟著)', () => {
    for (const text of texts()) {
      assert.doesNotMatch(text['zh-Hans'], /著力|跟著|著(?=[^名作述称])/, text['zh-Hant']);
    }
    assert.equal(dezhouPlan.tasks.find((t) => t.title['zh-Hant'] === '著力擴大有效投資')?.title['zh-Hans'], '着力扩大有效投资');
  });

  test('the Taiwan-standard converter differs from the generic one in exactly the seven texts with 著', () => {
    const generic = OpenCC.Converter({ from: 't', to: 'cn' });
    const changed = texts().filter((t) => generic(t['zh-Hant']) !== t['zh-Hans']);
    assert.equal(changed.length, 7, changed.map((t) => t['zh-Hant'].slice(0, 12)).join(' | '));
    for (const t of changed) {
      assert.equal(generic(t['zh-Hant']).replaceAll('著', '着'), t['zh-Hans'], t['zh-Hant'].slice(0, 12));
    }
    assert.equal(changed.filter((t) => t === dezhouPlan.tasks.find((k) => k.title === t)?.title).length, 4, 'four titles');
    for (const text of texts()) assert.equal(toSimplified(text['zh-Hant']), text['zh-Hans']);
  });
});

describe('the folding table (src/generated/fold.ts)', () => {
  test('is what the generator writes from opencc-js and the plan', (t) => {
    const source = readFileSync(foldModulePath, 'utf8');
    assert.equal(buildFoldTableSource(dezhouPlan), source);
    const entries = (/export const FOLD_FROM = '([^']*)'/.exec(source)?.[1] ?? '').length;
    t.diagnostic(`fold table: ${[...(/export const FOLD_FROM = '([^']*)'/.exec(source)?.[1] ?? '')].length} entries, ${gzipSync(source).length} bytes gzip`);
    assert.ok(entries > 0);
    assert.ok(gzipSync(source).length < 12 * 1024, 'the folding table stays under 12 KiB gzip');
  });

  test('folds standard Traditional, variants and Simplified to the plan’s Simplified form', () => {
    assert.equal(foldToSimplified('示範'), '示范');
    assert.equal(foldToSimplified('製造'), '制造');
    assert.equal(foldToSimplified('上雲'), '上云');
    assert.equal(foldToSimplified('發改委'), '发改委');
    assert.equal(foldToSimplified('新能源汽車 smart'), '新能源汽车 smart');
    for (const text of [...dezhouPlan.tasks.map((t) => t.title), ...dezhouPlan.sections.map((s) => s.title)]) {
      assert.equal(foldToSimplified(text['zh-Hant']), foldToSimplified(text['zh-Hans']), text['zh-Hant']);
    }
  });
});
