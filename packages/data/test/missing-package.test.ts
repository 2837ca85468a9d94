/**
 * An optional package that is not installed is named, whoever says it could not be found: Node, a bundler's stub or
 * a browser. A missing file inside an installed package, or any other error, passes as it is (review r55: Vite's stub
 * for an unresolved exceljs rejected with a plain Error, no code, which a page could not tell from a broken sheet).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadOptional, MissingPackageError } from '../src/missing-package.js';

const failing = (message: string) => () => Promise.reject(new Error(message));
const load = (message: string) => loadOptional(failing(message), 'reading and writing .xlsx workbooks', ['exceljs']);

describe('loadOptional names a missing optional package', () => {
  test('as Node, a bundler, Vite’s stub and a browser say it', async () => {
    for (const message of [
      "Cannot find package 'exceljs' imported from /app/node_modules/@dz-tasks/data/dist/progress/load-exceljs.js",
      "Cannot find module 'exceljs'",
      'Could not resolve "exceljs" imported by "@dz-tasks/data". Is it installed?',
      'Failed to resolve module specifier "exceljs". Relative references must start with either "/", "./", or "../".',
    ]) {
      const error = await load(message).then(() => undefined, (e: unknown) => e);
      assert.ok(error instanceof MissingPackageError, message);
      assert.equal(error.code, 'DZ_MISSING_PACKAGE');
      assert.equal(error.missing, 'exceljs');
      assert.match(error.message, /^the package exceljs, needed for reading and writing \.xlsx workbooks, is not installed .*npm install exceljs$/);
      assert.equal((error.cause as Error).message, message, 'the original error is its cause');
    }
  });

  test('a file missing inside an installed package, another package or another error passes as it is', async () => {
    for (const message of [
      "Cannot find module '/app/node_modules/exceljs/dist/es5/index.js' imported from /app/x.js",
      "Cannot find package 'left-pad' imported from /app/x.js",
      'Could not resolve "exceljs/lib/x.js"',
      'Unexpected token in JSON',
    ]) {
      const error = await load(message).then(() => undefined, (e: unknown) => e);
      assert.ok(error instanceof Error && !(error instanceof MissingPackageError), message);
      assert.equal(error.message, message);
    }
  });

  test('what loads is returned as it is', async () => {
    assert.equal(await loadOptional(() => Promise.resolve(42), 'nothing', ['exceljs']), 42);
  });
});
