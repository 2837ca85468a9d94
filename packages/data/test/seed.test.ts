import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { SEED_SHA256, seedPath } from '../scripts/seed.js';

test('the seed file is byte for byte the reviewed document (sha256)', () => {
  const bytes = readFileSync(seedPath);
  assert.equal(createHash('sha256').update(bytes).digest('hex'), SEED_SHA256);
});

test('the seed is one line of UTF-8 without a byte-order mark', () => {
  const bytes = readFileSync(seedPath);
  assert.notDeepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'no BOM');
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  assert.ok(!/[\r\n]/.test(text.trimEnd()), 'a single line');
});
