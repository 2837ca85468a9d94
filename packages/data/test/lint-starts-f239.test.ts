/**
 * F239 (review r96 M2): neither `dz-plan build` nor `dz-plan lint` said the start and the deadline the extractor read
 * for a target, so a wrong one (下半年, 4月1日至6月30日, 6月底前) was published unseen. `lint` now says them in a
 * low-confidence target's line, and lists, as a note of their own (`datesFromText`, which `--strict` does not count),
 * every extracted target whose text gave a start or a deadline before the plan's end, in each language.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { withEnglishFallback } from '../src/english-fallback.js';
import { lintPlan } from '../src/node/lint-plan.js';
import { planFromText } from '../src/node/plan-from-text.js';
import type { Plan } from '../src/schema.js';
import { dzPlanHere } from './helpers.js';

/**
 * t01.1 from 1 April to 30 June; t02.1 the second half of the year; t03.1 due at the year's end, no start (read with
 * low confidence: no bound); t04.1 due by the end of June, no start. One unit, named in every task.
 */
const document = [
  '測試市2024年重點工作任務',
  '測試市人民政府',
  '一、民生',
  '1.保障供水。4月1日至6月30日新建供水管網80公里以上。(牽頭單位:市水利局)',
  '2.穩定糧食生產。下半年新增高標準農田10萬畝以上。(牽頭單位:市水利局)',
  '3.推進新基建。年底前新建5G基站3000個。(牽頭單位:市水利局)',
  '4.推進城市更新。6月底前改造老舊小區50個以上。(牽頭單位:市水利局)',
].join('\n');

const built = planFromText(document, {}).plan!;

const notes = (plan: Plan, lang: 'zh-Hant' | 'zh-Hans' | 'en') => lintPlan(plan, { lang }).filter((i) => i.code === 'datesFromText');

describe('F239: lint says the start and the deadline it read', () => {
  test('the fixture: the dates the extractor read', () => {
    assert.deepEqual(
      built.targets.map((t) => [t.id, t.start, t.deadline, t.confidence]),
      [
        ['t01.1', '2024-04-01', '2024-06-30', 0.9],
        ['t02.1', '2024-07-01', '2024-12-31', 0.9],
        ['t03.1', undefined, '2024-12-31', 0.75],
        ['t04.1', undefined, '2024-06-30', 0.9],
      ],
    );
    assert.deepEqual(built.period, { start: '2024-01-01', end: '2024-12-31' });
  });

  test('each target with a start, or due before the plan’s end, is a note with its quote, start and deadline', () => {
    assert.deepEqual(
      notes(built, 'zh-Hant').map((i) => [i.at, i.severity, i.message]),
      [
        ['t01.1', 'note', '«新建供水管網80公里以上» 開始日期 2024-04-01、期限 2024-06-30(計劃期間 2024-01-01 至 2024-12-31):請確認原文寫的是這些日期,序時進度自開始日期起算'],
        ['t02.1', 'note', '«新增高標準農田10萬畝以上» 開始日期 2024-07-01、期限 2024-12-31(計劃期間 2024-01-01 至 2024-12-31):請確認原文寫的是這些日期,序時進度自開始日期起算'],
        ['t04.1', 'note', '«改造老舊小區50個以上» 期限 2024-06-30(計劃期間 2024-01-01 至 2024-12-31):請確認原文寫的是這個期限'],
      ],
    );
    assert.deepEqual(
      notes(built, 'zh-Hans').map((i) => i.message),
      [
        '«新建供水管網80公里以上» 开始日期 2024-04-01、期限 2024-06-30(计划期间 2024-01-01 至 2024-12-31):请确认原文写的是这些日期,序时进度自开始日期起算',
        '«新增高標準農田10萬畝以上» 开始日期 2024-07-01、期限 2024-12-31(计划期间 2024-01-01 至 2024-12-31):请确认原文写的是这些日期,序时进度自开始日期起算',
        '«改造老舊小區50個以上» 期限 2024-06-30(计划期间 2024-01-01 至 2024-12-31):请确认原文写的是这个期限',
      ],
    );
    assert.deepEqual(
      notes(built, 'en').map((i) => i.message),
      [
        '«新建供水管網80公里以上» starts 2024-04-01, due 2024-06-30 (the plan’s period: 2024-01-01 to 2024-12-31): check the text gives these dates; the pace runs from the start',
        '«新增高標準農田10萬畝以上» starts 2024-07-01, due 2024-12-31 (the plan’s period: 2024-01-01 to 2024-12-31): check the text gives these dates; the pace runs from the start',
        '«改造老舊小區50個以上» due 2024-06-30 (the plan’s period: 2024-01-01 to 2024-12-31): check the text gives this deadline',
      ],
    );
  });

  test('a target due at the plan’s end with no start is no note; a reviewed one (no confidence) is none either', () => {
    assert.ok(!notes(built, 'en').some((i) => i.at === 't03.1'));
    const reviewed = { ...built, targets: built.targets.map(({ confidence: _, ...t }) => t) };
    assert.deepEqual(notes(reviewed, 'en'), []);
  });

  test('a low-confidence target’s line says its deadline and, when there is one, its start', () => {
    const doubtful = { ...built, targets: built.targets.map((t) => (t.id === 't01.1' ? { ...t, confidence: 0.5 } : t)) };
    const low = (lang: 'zh-Hant' | 'zh-Hans' | 'en') =>
      lintPlan(doubtful, { lang })
        .filter((i) => i.code === 'lowConfidenceTarget')
        .map((i) => [i.at, i.severity, i.message]);
    assert.deepEqual(low('zh-Hant'), [
      ['t01.1', 'review', '«新建供水管網80公里以上» 開始日期 2024-04-01、期限 2024-06-30,讀作不少於 80公里(atLeast),計量方式為累計完成量(flow),可信度 0.5'],
      ['t03.1', 'review', '«新建5G基站3000個» 期限 2024-12-31,讀作 3000個(exact),計量方式為累計完成量(flow),可信度 0.75'],
    ]);
    assert.deepEqual(low('zh-Hans').map(([, , m]) => m), [
      '«新建供水管網80公里以上» 开始日期 2024-04-01、期限 2024-06-30,读作不少于 80公里(atLeast),计量方式为累计完成量(flow),可信度 0.5',
      '«新建5G基站3000個» 期限 2024-12-31,读作 3000個(exact),计量方式为累计完成量(flow),可信度 0.75',
    ]);
    assert.deepEqual(low('en').map(([, , m]) => m), [
      '«新建供水管網80公里以上» starts 2024-04-01, due 2024-06-30, read as atLeast 80公里 (flow), confidence 0.5',
      '«新建5G基站3000個» due 2024-12-31, read as exact 3000個 (flow), confidence 0.75',
    ]);
  });
});

describe('F239: dz-plan lint prints the notes, counts them apart, and --strict does not fail on them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dz-plan-f239-'));
  const at = (name: string) => join(dir, name);
  after(() => rmSync(dir, { recursive: true, force: true }));
  before(async () => {
    writeFileSync(at('plan.txt'), document);
    const r = await dzPlanHere('build', at('plan.txt'), '-o', at('plan.json'));
    assert.equal(r.status, 0, r.stderr);
    // English written and t03.1 reviewed: nothing left to review but the notes.
    const clean = withEnglishFallback(built);
    writeFileSync(at('clean.json'), JSON.stringify({ ...clean, targets: clean.targets.map(({ confidence: c, ...t }) => (t.id === 't03.1' ? t : { ...t, confidence: c })) }));
  });

  test('in zh-Hant: each note on a line of its own, after its id and code, and the last line counts them apart', async () => {
    const r = await dzPlanHere('lint', at('plan.json'), '--lang', 'zh-Hant');
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.ok(lines.includes('note t01.1 datesFromText: «新建供水管網80公里以上» 開始日期 2024-04-01、期限 2024-06-30(計劃期間 2024-01-01 至 2024-12-31):請確認原文寫的是這些日期,序時進度自開始日期起算'), r.stdout);
    assert.ok(lines.includes('note t04.1 datesFromText: «改造老舊小區50個以上» 期限 2024-06-30(計劃期間 2024-01-01 至 2024-12-31):請確認原文寫的是這個期限'), r.stdout);
    assert.ok(lines.includes('review t03.1 lowConfidenceTarget: «新建5G基站3000個» 期限 2024-12-31,讀作 3000個(exact),計量方式為累計完成量(flow),可信度 0.75'), r.stdout);
    const reviews = lines.filter((l) => l.startsWith('review ')).length;
    assert.equal(lines.filter((l) => l.startsWith('note ')).length, 3);
    assert.equal(lines.at(-1), `${at('plan.json')} 共有 ${reviews} 處需要審核(另有 3 項提示)`);
  });

  test('in English, and --strict exits 0 when only notes are left, 1 when anything is to review', async () => {
    const r = await dzPlanHere('lint', at('clean.json'), '--strict');
    assert.equal(r.status, 0, r.stdout);
    assert.deepEqual(r.stdout.trimEnd().split('\n'), [
      'note t01.1 datesFromText: «新建供水管網80公里以上» starts 2024-04-01, due 2024-06-30 (the plan’s period: 2024-01-01 to 2024-12-31): check the text gives these dates; the pace runs from the start',
      'note t02.1 datesFromText: «新增高標準農田10萬畝以上» starts 2024-07-01, due 2024-12-31 (the plan’s period: 2024-01-01 to 2024-12-31): check the text gives these dates; the pace runs from the start',
      'note t04.1 datesFromText: «改造老舊小區50個以上» due 2024-06-30 (the plan’s period: 2024-01-01 to 2024-12-31): check the text gives this deadline',
      `0 things to review in ${at('clean.json')} (and 3 notes)`,
    ]);
    const all = await dzPlanHere('lint', at('plan.json'), '--strict');
    assert.equal(all.status, 1);
    assert.match(all.stdout, /^review t03\.1 lowConfidenceTarget: «新建5G基站3000個» due 2024-12-31, read as exact 3000個 \(flow\), confidence 0\.75$/m);
  });
});
