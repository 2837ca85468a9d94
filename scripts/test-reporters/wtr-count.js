// A web-test-runner reporter that writes { suite, passed, failed, skipped } to test-results/<suite>.json, and prints
// the pages that took longest (the sum of their tests' durations, per browser), as the story checker does. A whole run
// loads a folder's test files in one page (scripts/lib/wtr-test-groups.js); with --files, each file is a page.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

/** Adds up the suite's tests into `counts`; returns the sum of their durations in milliseconds. */
function count(suite, counts) {
  let ms = 0;
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
    ms += test.duration ?? 0;
  }
  for (const child of suite?.suites ?? []) ms += count(child, counts);
  return ms;
}

export function countReporter({ suite = 'browser', file = `test-results/${suite}.json`, slowest = 8 } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { suite, passed: 0, failed: 0, skipped: 0 };
      const times = [];
      for (const session of sessions) {
        times.push({ ms: count(session.testResults, counts), file: relative(process.cwd(), session.testFile), browser: session.browser.name });
        // A file that failed to load or threw outside a test counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.failed++;
      }
      // The tests' own time per engine, beside the step's wall time: the rest is each page (about 0.85 s of an empty
      // test page in Chromium, 0.5 s in Firefox, alone), loading its modules and its files' hooks, on two busy cores.
      const perBrowser = {};
      for (const t of times) perBrowser[t.browser] = (perBrowser[t.browser] ?? 0) + t.ms;
      console.log(`tests' own time: ${Object.entries(perBrowser).map(([b, ms]) => `${b} ${(ms / 1000).toFixed(0)} s`).join(', ')}`);
      const top = times.sort((a, b) => b.ms - a.ms).slice(0, slowest);
      console.log(`slowest test pages: ${top.map((t) => `${t.file} in ${t.browser} ${(t.ms / 1000).toFixed(1)} s`).join('; ')}`);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(counts) + '\n');
    },
  };
}
