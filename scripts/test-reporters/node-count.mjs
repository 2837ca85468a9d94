// A node:test reporter that writes { suite, passed, failed, skipped } for .ci/run's summary line.
// Usage: --test-reporter=spec --test-reporter-destination=stdout
//        --test-reporter=<this file> --test-reporter-destination=test-results/<suite>.json
export default async function* countReporter(source) {
  const counts = { suite: process.env.DZ_SUITE ?? 'node', passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip || event.data.todo) counts.skipped++;
    else if (event.type === 'test:pass') counts.passed++;
    else counts.failed++;
  }
  yield JSON.stringify(counts) + '\n';
}
