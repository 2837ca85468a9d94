/**
 * The base part's outline (where each task and target is) as the CDN build writes it: compacted to the targets per
 * task, expanded to the same outline, and left as it is for a plan that does not follow the pattern.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { dezhouCoreCompact, splitBySection, type PartsBase } from '@dz-tasks/data/dezhou-2023/core';
import { dezhouBodiesHant } from '@dz-tasks/data/dezhou-2023/bodies.zh-Hant';
import { compactOutline, expandOutline } from '../src/shared/plan-outline.js';

const cdnDir = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
const base = splitBySection(dezhouCoreCompact, dezhouBodiesHant).base;

describe('plan outline', () => {
  it("the Dezhou base compacts to a count per task and expands to the same outline, keys in the same order", () => {
    const compacted = compactOutline(base);
    assert.ok('targetCounts' in compacted, 'compacted');
    assert.ok(!('targetTasks' in compacted) && !('taskNumbers' in compacted));
    const expanded = expandOutline(compacted);
    assert.deepEqual(expanded, base);
    assert.deepEqual(Object.keys(expanded.targetTasks), Object.keys(base.targetTasks));
    assert.deepEqual(Object.keys(expanded.taskNumbers), Object.keys(base.taskNumbers));
  });

  it('a base out of the pattern (a gap in the numbers, a target id of another form) is kept as it is', () => {
    const renumbered: PartsBase = { ...base, taskNumbers: { ...base.taskNumbers, t02: 20 } };
    assert.equal(compactOutline(renumbered), renumbered);
    const oddTarget: PartsBase = { ...base, targetTasks: { ...base.targetTasks, 't01.x': 't01' } };
    assert.equal(compactOutline(oddTarget), oddTarget);
    assert.equal(expandOutline(oddTarget), oddTarget);
  });

  it('the CDN folder ships the compacted base', { skip: existsSync(cdnDir) ? false : 'run `npm run build` first' }, () => {
    const file = readdirSync(cdnDir).find((name) => /^dz-base-[\w-]{8}\.js$/.test(name));
    assert.ok(file, 'a base chunk');
    const code = readFileSync(`${cdnDir}/${file}`, 'utf8');
    assert.match(code, /targetCounts:/);
    assert.doesNotMatch(code, /targetTasks|taskNumbers/);
  });
});
