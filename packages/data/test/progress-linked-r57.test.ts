/**
 * Targets the plan links (review r57 M3): the same things counted in two tasks (`sameAs`) read differently at one
 * date, or a part (`partOf`) read above its whole, are said; each may be right alone, not both.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { linkedReadingConflicts } from '../src/progress/index.js';
import type { ProgressReport } from '../src/index.js';
import { dzPlanHere } from './helpers.js';

const report = (entries: ProgressReport['entries'], asOf = '2023-06-30'): ProgressReport => ({ plan: dezhouPlan.id, asOf, entries });

describe('linkedReadingConflicts', () => {
  test('the same 42 water projects (t32.1 sameAs t16.1) read 22 and 30 on one date: said once, with both values', () => {
    const conflicts = linkedReadingConflicts(report([{ target: 't16.1', value: 30 }, { target: 't32.1', value: 22 }]), dezhouPlan);
    assert.deepEqual(conflicts, [{ kind: 'sameAs', target: 't32.1', other: 't16.1', asOf: '2023-06-30', value: 22, otherValue: 30 }]);
  });

  test('twins that agree, or are read on different dates, are no conflict', () => {
    assert.deepEqual(linkedReadingConflicts(report([{ target: 't16.1', value: 30 }, { target: 't32.1', value: 30 }]), dezhouPlan), []);
    const apart = report([{ target: 't16.1', value: 30, asOf: '2023-03-31' }, { target: 't32.1', value: 22 }]);
    assert.deepEqual(linkedReadingConflicts(apart, dezhouPlan), []);
  });

  test('a part above its whole, in the units each is read in: 2000 graduates (人) of 0.15萬人 talents; 25萬畝 of 20萬畝', () => {
    const conflicts = linkedReadingConflicts(
      report([{ target: 't04.3', value: 0.15 }, { target: 't04.4', value: 2000 }, { target: 't36.1', value: 20 }, { target: 't36.2', value: 25 }]),
      dezhouPlan,
    );
    assert.deepEqual(conflicts, [
      { kind: 'partOf', target: 't04.4', other: 't04.3', asOf: '2023-06-30', value: 2000, otherValue: 0.15 },
      { kind: 'partOf', target: 't36.2', other: 't36.1', asOf: '2023-06-30', value: 25, otherValue: 20 },
    ]);
  });

  test('a part within its whole, or equal to it, is none: 1500人 of 0.15萬人, 20萬畝 of 20萬畝', () => {
    const fine = report([{ target: 't04.3', value: 0.15 }, { target: 't04.4', value: 1500 }, { target: 't36.1', value: 20 }, { target: 't36.2', value: 20 }]);
    assert.deepEqual(linkedReadingConflicts(fine, dezhouPlan), []);
  });

  test('every date both are read at is checked; a link to a target not in the plan is skipped', () => {
    const history = report([
      { target: 't16.1', value: 10, asOf: '2023-03-31' },
      { target: 't32.1', value: 10, asOf: '2023-03-31' },
      { target: 't16.1', value: 30 },
      { target: 't32.1', value: 31 },
    ]);
    assert.deepEqual(linkedReadingConflicts(history, dezhouPlan).map((c) => [c.target, c.asOf]), [['t32.1', '2023-06-30']]);
    const broken = { ...dezhouPlan, targets: dezhouPlan.targets.map((t) => (t.id === 't32.1' ? { ...t, sameAs: 't99.9' } : t)) };
    assert.deepEqual(linkedReadingConflicts(report([{ target: 't32.1', value: 22 }]), broken), []);
  });
});

describe('dz-plan progress import: linked targets read against each other', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dz-plan-linked-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  // Two lead units' sheets of one quarter: the water projects counted twice differently, the graduates above the talents.
  const sheet = '指標編號,完成值,截至日期\nt16.1,30,2023-06-30\nt32.1,22,2023-06-30\nt04.3,0.15,2023-06-30\nt04.4,2000,2023-06-30\n';

  test('each is said with both values in their units, in each language; the exit code unchanged', async () => {
    writeFileSync(join(dir, 'q2.csv'), sheet);
    const expected = {
      'zh-Hant': [
        /^指標 t32\.1\(實施重點水利工程\)和 t16\.1\(重點水利工程\)計的是同一批,但 2023-06-30 一個是 22項,一個是 30項:請兩個牽頭單位核定一個數$/m,
        /^指標 t04\.4\(新集聚博士、碩士研究生\)是 t04\.3\(新集聚大學生\)的一部分,但 2023-06-30 的 2000人 多於總數 0\.15萬人:請核對這兩個數值$/m,
      ],
      'zh-Hans': [/^指标 t32\.1\(实施重点水利工程\)和 t16\.1\(重点水利工程\)计的是同一批,但 2023-06-30 一个是 22项,一个是 30项:请两个牵头单位核定一个数$/m, /^指标 t04\.4\(新集聚博士、硕士研究生\)是 t04\.3\(新集聚大学生\)的一部分/m],
      en: [
        /^t32\.1 \(Key water conservancy projects implemented\) and t16\.1 \(Key water conservancy projects implemented\) count the same things, but at 2023-06-30 one reads 22 projects and the other 30 projects: have their lead units agree on one figure$/m,
        /^t04\.4 \(Doctoral and master’s graduates newly attracted \(included in the above\)\) is a part of t04\.3 \(College graduates newly attracted\), but at 2023-06-30 its 2,000 people is more than the whole's 1,500 people: check both readings$/m,
      ],
    };
    for (const [lang, patterns] of Object.entries(expected)) {
      const r = await dzPlanHere('progress', 'import', join(dir, 'q2.csv'), '-o', join(dir, 'q2.json'), '--lang', lang);
      assert.equal(r.status, 0, r.stderr);
      for (const pattern of patterns) assert.match(r.stderr, pattern, lang);
    }
  });

  // Review r58 Low 4: every later import --into the report said the same conflicts again.
  test('an import --into the report names the conflicts of the readings it brings, not the report\u2019s older ones again', async () => {
    writeFileSync(join(dir, 'q3.csv'), '指標編號,完成值,截至日期\nt09.1,2500,2023-09-30\n');
    const r = await dzPlanHere('progress', 'import', join(dir, 'q3.csv'), '--into', join(dir, 'q2.json'), '--lang', 'en');
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /count the same things|is a part of/);
    writeFileSync(join(dir, 'q3b.csv'), '指標編號,完成值,截至日期\nt32.1,31,2023-06-30\n');
    const again = await dzPlanHere('progress', 'import', join(dir, 'q3b.csv'), '--into', join(dir, 'q2.json'), '--lang', 'en');
    assert.match(again.stderr, /^t32\.1 .* count the same things, but at 2023-06-30 one reads 31 projects and the other 30 projects/m);
    assert.doesNotMatch(again.stderr, /is a part of/);
  });
});
