/**
 * F226 (review r90 M4, L1; stop 69's leftover). Between F210 and 97941c1 (and before F193) the template of a plan an
 * older dz-plan built asked a clerk for the rise of a range of a fall (較2020年下降10%—12%), so a fall of 4% may be
 * stored as -4. Once the range is read as a fall (a rebuilt plan, or the progress commands reading it by its words),
 * -4 is a rise of 4%: judged as stored, and said, never flipped. `withDirectionsRead`, exported, gives
 * `progressTemplate` called from code the plan the CLI's template reads. In English a remainder of a ceiling too small for two decimals was `0 … left`.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { evaluateReport, type Plan, type ProgressReport, type Target } from '../src/index.js';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { statusNote } from '../src/evaluation-sentence.js';
import { planFromText } from '../src/node/plan-from-text.js';
import { progressTemplate, withDirectionsRead } from '../src/progress/index.js';
import { dzPlanHere } from './helpers.js';

/** t01.1 a range of a fall, t01.2 a range of a rise in points, t01.3 a fall that is no range. */
const built = planFromText('1.甲。单位GDP能耗较2020年下降10%—12%,森林覆盖率提高1—2个百分点,万元GDP用水量较2020年下降5%。（牵头单位：市工信局）', { title: '测试', issuer: '某市人民政府', year: 2024 }).plan!;
/** As an older dz-plan built it: t01.1 keeps no direction. */
const older: Plan = { ...built, targets: built.targets.map((t): Target => (t.id === 't01.1' ? (({ direction: _, ...rest }) => rest)(t) : t)) };
const report = (entries: ProgressReport['entries']): ProgressReport => ({ plan: built.id, asOf: '2024-06-30', entries });

describe('a fall stored as a negative rise (M4): judged as stored, and said', () => {
  test('evaluateReport: a warning on a range of a fall read below zero, the status as stored; none for a plain fall or a positive reading', () => {
    const judged = evaluateReport(report([{ target: 't01.1', value: -4 }, { target: 't01.3', value: -4 }]), built, { lang: 'en', today: '2024-07-01' });
    const [range, , plain] = judged.targets;
    assert.equal(range!.warning?.code, 'fallStoredAsRise');
    assert.match(range!.warning!.message, /-4 .*rise of 4%.*if it fell by 4%, store 4/);
    // Judged as stored (a rise, the wrong way): no sign guessed.
    assert.equal(range!.status, 'seriouslyBehind');
    assert.match(range!.reading!.sentence, /an increase of 4%/);
    // A fall that is no range was never asked for as a rise: -4 is a rise, as its sheet's measure column says.
    assert.equal(plain!.warning, undefined);
    const fell = evaluateReport(report([{ target: 't01.1', value: 4 }]), built, { lang: 'zh-Hans', today: '2024-07-01' });
    assert.equal(fell.targets[0]!.warning, undefined);
  });

  const dir = mkdtempSync(join(tmpdir(), 'dz-f226-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const newer = join(dir, 'newer.json');
  writeFileSync(newer, JSON.stringify(built));
  const stored = join(dir, 'stored.json');
  writeFileSync(stored, JSON.stringify(report([{ target: 't01.1', value: -4, asOf: '2024-06-30' }])));

  test('progress summary says it on stderr, in the plan’s language and in --lang en; the summary judges as stored', async () => {
    const own = await dzPlanHere('progress', 'summary', stored, '--plan', newer);
    assert.equal(own.status, 0, own.stderr);
    assert.match(own.stderr, /stored\.json:指标 t01\.1\(2024-06-30\):填了 -4.*如是下降 4%,请改填 4/);
    const en = await dzPlanHere('progress', 'summary', stored, '--plan', newer, '--lang', 'en');
    assert.match(en.stderr, /t01\.1 at 2024-06-30: -4 .*if it fell by 4%, store 4/);
    assert.match(en.stdout, /an increase of 4% .*seriously behind/);
  });

  test('progress import --into says it of the report appended to', async () => {
    const sheet = join(dir, 'sheet.csv');
    writeFileSync(sheet, '指标编号,完成值,截至日期\nt01.2,0.5,2024-06-30\n');
    const r = await dzPlanHere('progress', 'import', sheet, '--into', stored, '-o', join(dir, 'out.json'), '--plan', newer, '--lang', 'zh-Hant');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /stored\.json:指標 t01\.1\(2024-06-30\):填了 -4.*如是下降 4%,請改填 4/);
  });
});

test('an old plan through withDirectionsRead gives progressTemplate the rows of the plan built again, as the CLI reads it (F226 2)', () => {
  // progressTemplate reads a plan as it is (no parser in a browser's bundle: bundle-size.test.ts); the reading by the
  // words is one function, exported beside it, which the progress commands use.
  for (const lang of ['zh-Hans', 'en'] as const) {
    const fromCode = progressTemplate(withDirectionsRead(older).plan, { lang });
    assert.deepEqual(fromCode.rows, progressTemplate(built, { lang }).rows, lang);
    assert.equal(fromCode.targets[0]!.direction, 'decreaseBy');
  }
  assert.match(progressTemplate(withDirectionsRead(older).plan, { lang: 'zh-Hans' }).rows[0]!.join(','), /较2020年下降幅度/);
});

test('English never says 0 of a ceiling left while some is (L1), as Chinese does not', () => {
  const ceiling = dezhouPlan.targets.find((t) => t.id === 't26.3')!;
  const { unitZh: _, ...rest } = ceiling;
  const tonnes: Target = { ...rest, unit: '噸', unitEn: 'tonnes', value: 100, valueText: '100' };
  const left = (lang: 'zh-Hant' | 'en') => statusNote({ target: tonnes, value: 99.999, asOf: '2023-10-31', status: 'overPace' }, lang);
  assert.equal(left('zh-Hant'), '尚餘0.001噸');
  assert.equal(left('en'), '0.001 tonnes of the ceiling left');
  // Scaled units as before: 0.001億立方米 is 100,000 m³.
  assert.equal(statusNote({ target: ceiling, value: ceiling.value - 0.001, asOf: '2023-10-31', status: 'overPace' }, 'en'), '100,000 m³ of the ceiling left');
});
