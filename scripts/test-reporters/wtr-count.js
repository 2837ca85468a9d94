// A web-test-runner reporter that writes { suite, passed, failed, skipped } to test-results/<suite>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function count(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, counts);
}

export function countReporter({ suite = 'browser', file = `test-results/${suite}.json` } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { suite, passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, counts);
        // A file that failed to load or threw outside a test counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.failed++;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(counts) + '\n');
    },
  };
}
