/**
 * `dz-plan progress diff` after review r68 (M3, F127): a reading of the old (published) report that the new one gives
 * another value at its date, or no longer has, is a published figure revised. The diff lists it (≠, exit 1), even when
 * a later reading is the one it compares: June published 56家 for t03.1, and September's import re-dated 58家 to June.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { parseProgressReport } from '../src/index.js';
import { diffReports, type RevisedReading } from '../src/progress/index.js';
import { cliScratch, dzPlanHere, escapeRegExp, reportJson } from './helpers.js';

/** June, as published: three targets at 2023-06-30. */
const june = reportJson('2023-06-30', [
  { target: 't03.1', value: 56 },
  { target: 't04.2', value: 96 },
  { target: 't09.1', value: 2480 },
]);
/**
 * September appended to June (`--into`): t03.1's June figure corrected to 58 by September's sheet (as in r68), t04.2's
 * June figure gone (held back at a conflict, F83), t09.1's carried as it was.
 */
const september = reportJson('2023-09-30', [
  { target: 't03.1', value: 58, asOf: '2023-06-30', note: '6月数据更正' },
  { target: 't03.1', value: 78 },
  { target: 't04.2', value: 150 },
  { target: 't09.1', value: 2480, asOf: '2023-06-30' },
  { target: 't09.1', value: 2950 },
]);
/** September imported alone (no `--into`): it carries none of June's readings, and removes none. */
const septemberAlone = reportJson('2023-09-30', [
  { target: 't03.1', value: 78 },
  { target: 't04.2', value: 150 },
  { target: 't09.1', value: 2950 },
]);
const parse = (json: string) => parseProgressReport(JSON.parse(json), dezhouPlan).data!;
const options = { today: '2026-01-01' };

describe('F127: progress diff tells a revision of a published reading', () => {
  const { at } = cliScratch('dz-plan-f127-', 'progress/index.js');

  test('diffReports: a June reading corrected or removed behind September’s is `revised`, a figure to check (≠)', () => {
    const changes = diffReports(parse(june), parse(september), dezhouPlan, 'en', options);
    const of = (id: string) => changes.find((c) => c.target === id);
    // `RevisedReading` is exported beside `ReportChange`, whose `revised` it types.
    const t031: readonly RevisedReading[] | undefined = of('t03.1')?.revised;
    assert.deepEqual(t031, [{ asOf: '2023-06-30', before: 56, after: 58 }]);
    assert.equal(of('t03.1')?.contradiction, true);
    assert.equal(of('t03.1')?.direction, undefined, 'the old status was judged on a figure since corrected');
    assert.deepEqual(of('t04.2')?.revised, [{ asOf: '2023-06-30', before: 96 }], 'removed: no `after`');
    assert.equal(of('t09.1')?.revised, undefined, 'carried as published');
    // Listed though the reading it is judged by is the same in both: September's 2950 stays, June's 2480 is corrected.
    const corrected = reportJson('2023-09-30', [...JSON.parse(september).entries.filter((e: { target: string }) => e.target !== 't09.1'), { target: 't09.1', value: 2500, asOf: '2023-06-30' }, { target: 't09.1', value: 2950 }]);
    const [t091] = diffReports(parse(september), parse(corrected), dezhouPlan, 'en', options);
    assert.deepEqual([t091?.target, t091?.revised], ['t09.1', [{ asOf: '2023-06-30', before: 2480, after: 2500 }]]);
    assert.equal(diffReports(parse(september), parse(corrected), dezhouPlan, 'en', options).length, 1, 'the rest as published');
    // A report of the next period alone removes nothing.
    assert.ok(diffReports(parse(june), parse(septemberAlone), dezhouPlan, 'en', options).every((c) => c.revised === undefined && !c.contradiction));
  });

  test('the CLI: ≠, each revision said after the line in each language, named after the diff, exit 1', async () => {
    writeFileSync(at('june.json'), june);
    writeFileSync(at('september.json'), september);
    for (const [lang, t031, t042, named, last] of [
      [
        'zh-Hant',
        /^≠ t03\.1 新增高新技術企業: 56家 \(2023年6月30日, 進度正常\) → 78家 \(2023年9月30日, 進度正常\)\(2023年6月30日的 56家 更正為 58家\)$/m,
        /^≠ t04\.2 .* → 150名 \(2023年9月30日, 進度正常\)\(刪去了 2023年6月30日的 96名\)$/m,
        `${at('september.json')}:指標 t03.1(2023-06-30):${at('june.json')} 的 56家 更正為 58家`,
        'dz-plan:舊報告的 2 個數值在新報告中已更正或刪去(見上)',
      ],
      [
        'zh-Hans',
        /^≠ t03\.1 .* → 78家 \(2023年9月30日, 进度正常\)\(2023年6月30日的 56家 更正为 58家\)$/m,
        /^≠ t04\.2 .*\(删去了 2023年6月30日的 96名\)$/m,
        `${at('september.json')}:指标 t03.1(2023-06-30):${at('june.json')} 的 56家 更正为 58家`,
        'dz-plan:旧报告的 2 个数值在新报告中已更正或删去(见上)',
      ],
      [
        'en',
        /^≠ t03\.1 .* → 78 \S+ \(30 September 2023, on track\) \(corrected: 56 \S+ → 58 \S+ as of 30 June 2023\)$/m,
        /^≠ t04\.2 .* \(removed: 96 \S+ as of 30 June 2023\)$/m,
        `${at('september.json')}: t03.1 at 2023-06-30: 56 `,
        'dz-plan: 2 readings of the old report corrected or removed in the new one (above)',
      ],
    ] as const) {
      const r = await dzPlanHere('progress', 'diff', at('june.json'), at('september.json'), '--lang', lang);
      assert.match(r.stdout, t031, r.stdout);
      assert.match(r.stdout, t042, r.stdout);
      assert.match(r.stdout, /^\s+t09\.1 /m, 'the reading carried as published: no mark');
      assert.match(r.stderr, new RegExp(`^${escapeRegExp(named)}`, 'm'), r.stderr);
      assert.match(r.stderr, new RegExp(`^${escapeRegExp(last)}$`, 'm'), r.stderr);
      assert.equal(r.status, 1, 'as any contradiction');
    }
    // September alone: nothing revised, nothing said of it, exit 0.
    writeFileSync(at('september-alone.json'), septemberAlone);
    const alone = await dzPlanHere('progress', 'diff', at('june.json'), at('september-alone.json'), '--lang', 'en');
    assert.equal(alone.status, 0, alone.stderr);
    assert.doesNotMatch(alone.stdout, /≠|corrected|removed/);
  });
});
