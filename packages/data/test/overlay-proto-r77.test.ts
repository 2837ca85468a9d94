/**
 * A `__proto__` key in an overlay's maps (review r77 L2): zod leaves it out of a record without a word (so that it
 * never becomes an object's prototype), and `dz-plan build --overlay` built the plan as if the correction under it
 * were not there. It is named as any key the plan does not have; nothing is polluted.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { applyOverlay, planFromText } from '../src/node/index.js';
import { fixturesDir } from './helpers.js';

const invented = readFileSync(resolve(fixturesDir, 'invented-simplified.txt'), 'utf8');

test('an overlay\'s __proto__ keys (as JSON.parse reads them) are named, in each map, not dropped silently', () => {
  const built = planFromText(invented, { issuer: '虚构市人民政府' }).plan!;
  const overlay = JSON.parse(
    '{"sections":{"__proto__":{"title":{"en":"polluted"}}},"tasks":{"__proto__":{"title":{"en":"polluted"}}},' +
      '"targets":{"change":{"__proto__":{"value":1}}},"units":{"__proto__":{"en":"x"}}}',
  );
  const { plan, issues } = applyOverlay(built, overlay, invented);
  assert.equal(plan, undefined);
  assert.deepEqual(
    issues.map((i) => i.path),
    ['overlay.sections.__proto__', 'overlay.tasks.__proto__', 'overlay.units.__proto__', 'overlay.targets.change.__proto__'],
  );
  assert.ok(issues.every((i) => i.message.includes('__proto__')), JSON.stringify(issues));
  assert.equal(({} as { title?: unknown }).title, undefined, 'nothing polluted');
});
