/**
 * F239's rest (review r96 M2): `dz-plan build`'s summary line counts the targets whose text gave a start, beside the
 * targets, so a clerk sees at once that some are paced from a day of their own (`dz-plan lint` lists them).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { dzPlanHere } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'dz-build-starts-'));
const write = (name: string, tasks: readonly string[]) => {
  const file = join(dir, name);
  writeFileSync(file, ['測試市2024年重點工作任務', '測試市人民政府', '一、民生', ...tasks].join('\n'));
  return file;
};
const started = write('started.txt', [
  '1.保障供水。4月1日至6月30日新建供水管網80公里以上。(牽頭單位:市水利局)',
  '2.穩定糧食生產。下半年新增高標準農田10萬畝以上。(牽頭單位:市水利局)',
  '3.推進新基建。年底前新建5G基站3000個。(牽頭單位:市水利局)',
]);
const none = write('none.txt', ['1.推進新基建。年底前新建5G基站3000個。(牽頭單位:市水利局)']);

describe('dz-plan build counts the targets with a start', () => {
  for (const [lang, says] of [
    ['en', /3 targets \(2 with a start\)/],
    ['zh-Hant', /3 個指標\(其中 2 個有開始日期\)/],
    ['zh-Hans', /3 个指标\(其中 2 个有开始日期\)/],
  ] as const) {
    test(`--lang ${lang}`, async () => {
      const run = await dzPlanHere('build', started, '-o', join(dir, `plan-${lang}.json`), '--lang', lang);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stderr, says);
    });
  }
  test('none with a start: the count alone', async () => {
    const run = await dzPlanHere('build', none, '-o', join(dir, 'none.json'));
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /1 targets? → /);
    assert.doesNotMatch(run.stderr, /with a start/);
  });
});
