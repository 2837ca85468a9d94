/** What docs/performance.md says of a run (scripts/bench/report.ts), from a made-up run's figures. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { writeReport, type BenchReport, type Timing } from './report.js';

/** Five rounds of the same time: every per-round ratio is the ratio of the times. */
const timing = (ms: number): Timing => ({ ms, runs: 5, samples: [ms, ms, ms, ms, ms] });
const files = { bytes: 1024, files: [] };

const run: BenchReport = {
  date: '2026-12-06',
  chromium: 'Chrome/156',
  cores: 2,
  quick: true,
  rounds: { warm: 1, small: 5, gauges: 5, keys: 5, big: 1 },
  matrix: { 'static-table': timing(30), 'static-matrix': timing(39), 'dz-task-matrix': timing(40.5) },
  gauges: { 'static-rings': timing(10), 'static-gauges': timing(17), 'dz-target-gauge ×157': timing(45) },
  gaugeCount: 157,
  gaugeCounts: { elements: 22.4, attributes: 30.1, texts: 16.7 },
  matrixCounts: { ours: { elements: 3875, attributes: 14197, texts: 3400 }, staticTable: { elements: 3605, attributes: 307, texts: 3500 }, sameTable: true },
  seedPlan: timing(40),
  keys: { work: 5, frame: 6, presses: 5 },
  big: [],
  heapBaselineBytes: 1024 * 1024,
  bytes: {},
  cdnPages: { gauge: files, card: files, matrix: files, all: files },
  seconds: 100,
};

function reportOf(report: BenchReport, mockLog: () => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'dz-bench-report-'));
  try {
    mockLog();
    writeReport(report, join(dir, 'performance.md'));
    return readFileSync(join(dir, 'performance.md'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the bench report of the matrix', () => {
  test('has a row for the static page of what our matrix shows, with its ratio to the static table', (t) => {
    const text = reportOf(run, () => t.mock.method(console, 'log', () => undefined));
    assert.match(text, /^\| static page of what our matrix shows \([^|]+\) \| 1\.30× \|$/m);
  });

  test('says under the table what our element costs beyond that content, and what each page draws', (t) => {
    const text = reportOf(run, () => t.mock.method(console, 'log', () => undefined));
    const line = text.split('\n').find((l) => l.startsWith('Our matrix draws'));
    assert.ok(line, 'no line on what the matrix draws');
    assert.match(line, /3,875 elements and 14,197 attributes/);
    assert.match(line, /3,605 elements and 307 attributes/);
    // The paragraph it begins: our element against the same content (40.5 / 39), that content against the table (39 / 30).
    const paragraph = text.slice(text.indexOf(line)).split('\n\n')[0]!;
    assert.match(paragraph, /our element takes 1\.04×/);
    assert.match(paragraph, /the static page takes 1\.30×/);
    assert.match(paragraph, /laid out as the same table/);
    // A reference beside the goal's baseline, no goal of its own.
    assert.match(text, /^\| Whole matrix against a static page of the same content[^|]*\| 1\.04× \| for reference \|$/m);
  });

  test('says when the static page did not lay out as the same table', (t) => {
    const differs = { ...run, matrixCounts: { ...run.matrixCounts!, sameTable: 'ours 1000 × 2000 px, the static page 1000 × 1990 px' } };
    const text = reportOf(differs, () => t.mock.method(console, 'log', () => undefined));
    assert.match(text, /not laid out as the same table: ours 1000 × 2000 px, the static page 1000 × 1990 px/);
  });
});
