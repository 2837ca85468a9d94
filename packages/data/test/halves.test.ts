/** The split of the data suite into two processes (test/halves/half.ts): whole, and balanced by its costs. */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cost, halves } from './halves/half.js';

const files = readdirSync(fileURLToPath(new URL('.', import.meta.url))).filter((file) => file.endsWith('.test.ts'));

describe('the data suite in two halves', () => {
  it('runs every test file once', () => {
    const [first, second] = halves(files);
    assert.deepEqual([...first, ...second].sort(), [...files].sort());
  });

  it('lists only costs of files that exist (a renamed file would count as light and unbalance the halves)', () => {
    assert.deepEqual(Object.keys(cost).filter((file) => !files.includes(file)), []);
  });

  it('puts the costliest files in different halves, and the listed costs within one file of each other', () => {
    const [first, second] = halves(files);
    const sum = (half: string[]) => half.reduce((total, file) => total + (cost[file] ?? 0), 0);
    assert.ok(Math.abs(sum(first) - sum(second)) <= Math.max(...Object.values(cost)), `${sum(first)} against ${sum(second)}`);
    assert.notEqual(first.includes('parser-properties.test.ts'), first.includes('progress-lang.test.ts'));
  });
});
