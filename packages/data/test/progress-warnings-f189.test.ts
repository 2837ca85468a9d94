/**
 * F189 (F170's leftover): a sheet's warnings are capped as its problems are. A sheet of 200,000 rows with a note only
 * (`noteOnly`) printed 200,000 lines; the command prints the first 100 warnings and a line saying how many more, in
 * each of its languages, in the place the warnings had, with the exit code unchanged.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { dzPlanHere } from './helpers.js';
import { csv, langs } from './progress-import-helpers.js';

const NOTES = 250;
/** One good reading, then `NOTES` rows with a note only: a warning each, the rows skipped. */
const notesSheet = () => csv('notes.csv', 't09.1,2100,2023-06-30,', ...Array.from({ length: NOTES }, (_, i) => `,,,注${i}`)).data;

describe('F189: a sheet of 250 rows with a note only', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dz-plan-f189-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'notes.csv'), notesSheet());
  const more = { 'zh-Hant': '…另有 150 個提示未列出', 'zh-Hans': '…另有 150 个提示未列出', en: '… and 150 more warnings, not listed' };
  const first = { 'zh-Hant': 'notes.csv 第 3 行「備註」欄:', 'zh-Hans': 'notes.csv 第 3 行“備註”列:', en: 'notes.csv, row 3, 備註: ' };

  for (const lang of langs) {
    test(`dz-plan progress import --lang ${lang}: exit 0, the first 100 warnings and a count of the rest`, async () => {
      const r = await dzPlanHere('progress', 'import', join(dir, 'notes.csv'), '-o', join(dir, `out-${lang}.json`), '--lang', lang);
      assert.equal(r.status, 0, r.stderr.slice(0, 2000));
      const lines = r.stderr.trimEnd().split('\n');
      // The warnings, the count of the rest, then the import's last line: nothing else.
      assert.equal(lines.length, 102, `${lines.length} lines`);
      assert.ok(lines[0]!.startsWith(first[lang]), lines[0]);
      assert.ok(lines[99]!.includes('注99'), lines[99]);
      assert.equal(lines[100], more[lang]);
      assert.match(lines[101]!, /250/);
    });
  }
});
