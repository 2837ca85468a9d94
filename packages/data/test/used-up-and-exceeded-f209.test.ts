/**
 * F209 (review r82 M4, L1): what a supervision office closing the year reads. M4: a ceiling on a yearly total used up
 * with months to go (21.17 of 21.17億m³ in October) read like any reading a little ahead of the pace (用量快於序時); the
 * sentence and the summary now say what is left of it, or that it is used up (its date and the deadline say how long
 * there is to go: the words of the days cost the CDN gauge page bytes it has not got). L1: a target
 * met well beyond its goal read the same as one just met; the sentence and the summary now say 超額完成.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dezhouPlan, getTarget } from '../src/dezhou-2023.js';
import { evaluateTarget, type Language, type ProgressReport, type Target } from '../src/index.js';
import { shownIn } from '../src/node/plan-shown.js';
import { progressSummary } from '../src/node/progress-summary.js';
import { summaryCsv, summaryMarkdown, summaryText } from '../src/node/progress-summary-format.js';

const langs: readonly Language[] = ['zh-Hant', 'zh-Hans', 'en'];
const target = (id: string): Target => getTarget(id)!;
const judged = (t: Target, value: number, asOf: string, lang: Language = 'zh-Hant') => evaluateTarget(t, { value, asOf }, { lang });
const sentences = (id: string, value: number, asOf: string) => langs.map((lang) => judged(target(id), value, asOf, lang).sentence);

describe('M4: a ceiling on a yearly total used up before its deadline', () => {
  test('t26.3 (用水總量控制在21.17億立方米以內), all of it used on 31 October: used up; still overPace', () => {
    assert.deepEqual(sentences('t26.3', 21.17, '2023-10-31'), [
      '用水總量:截至2023年10月31日為21.17億立方米,目標不超過21.17億立方米,已用上限100%,序時進度83%,上限已用盡,用量快於序時。',
      '用水总量:截至2023年10月31日为21.17亿立方米,目标不超过21.17亿立方米,已用上限100%,序时进度83%,上限已用尽,用量快于序时。',
      'Total water consumption: 2.117 billion m³ as of 31 October 2023, target at most 2.117 billion m³; 100% of the ceiling used, 83% of the period elapsed, ceiling used up; used faster than the pace.',
    ]);
    assert.equal(judged(target('t26.3'), 21.17, '2023-10-31').status, 'overPace');
  });

  test('21 of 21.17 on 31 March: what is left', () => {
    assert.deepEqual(sentences('t26.3', 21, '2023-03-31'), [
      '用水總量:截至2023年3月31日為21億立方米,目標不超過21.17億立方米,已用上限99%,序時進度25%,尚餘0.17億立方米,用量快於序時。',
      '用水总量:截至2023年3月31日为21亿立方米,目标不超过21.17亿立方米,已用上限99%,序时进度25%,尚余0.17亿立方米,用量快于序时。',
      'Total water consumption: 2.1 billion m³ as of 31 March 2023, target at most 2.117 billion m³; 99% of the ceiling used, 25% of the period elapsed, 17 million m³ of the ceiling left; used faster than the pace.',
    ]);
  });

  test('what is left is never written 0 while some is; used up in English', () => {
    assert.match(judged(target('t26.3'), 21.169, '2023-10-31').sentence, /,尚餘0\.001億立方米,/);
    assert.match(judged(target('t26.3'), 21.17, '2023-12-30', 'en').sentence, /, ceiling used up; /);
  });

  test('within the pace, and within the ceiling at its deadline, nothing more is said (nor 超額完成 under a limit)', () => {
    assert.equal(sentences('t26.3', 10, '2023-06-30')[0], '用水總量:截至2023年6月30日為10億立方米,目標不超過21.17億立方米,已用上限47%,序時進度50%,進度正常。');
    assert.equal(sentences('t26.3', 20, '2023-12-31')[0], '用水總量:截至2023年12月31日為20億立方米,目標不超過21.17億立方米,已用上限94%,序時進度100%,已達成。');
  });

  test('a limit on a rate or a level (no running total) is judged as before: at its limit before the deadline, on track', () => {
    const rate: Target = { ...target('t26.3'), id: 't26.9', measure: 'rate', unit: '%', unitEn: 'percent', value: 3, valueText: '3', quote: '增速控制在3%以內' };
    const e = judged(rate, 3, '2023-10-31');
    assert.equal(e.status, 'onTrack');
    assert.doesNotMatch(e.sentence, /上限已用盡|尚餘|距期限/);
  });
});

describe('L1: a target met beyond its goal says 超額完成', () => {
  test('a flow (新開通5G基站3000個) at 3600 on its deadline, in three languages; at 3000, just met', () => {
    assert.deepEqual(sentences('t09.1', 3600, '2023-12-31'), [
      '新開通5G基站:截至2023年12月31日為3600個,目標3000個,完成120%,序時進度100%,超額完成,已達成。',
      '新开通5G基站:截至2023年12月31日为3600个,目标3000个,完成120%,序时进度100%,超额完成,已达成。',
      'New 5G base stations opened: 3,600 base stations as of 31 December 2023, target 3,000 base stations; 120% of the target, 100% of the period elapsed, target exceeded; met.',
    ]);
    assert.equal(sentences('t09.1', 3000, '2023-12-31')[0], '新開通5G基站:截至2023年12月31日為3000個,目標3000個,完成100%,序時進度100%,已達成。');
  });

  test('a level at least its goal (≥ 730萬千瓦) at 800, a change (下降12%) at 13, a level about its goal (1500億元左右) past its band', () => {
    assert.deepEqual(sentences('t14.2', 800, '2023-12-31'), [
      '新能源發電裝機:截至2023年12月31日為800萬千瓦,目標不少於730萬千瓦,超額完成,已達成。',
      '新能源发电装机:截至2023年12月31日为800万千瓦,目标不少于730万千瓦,超额完成,已达成。',
      'Installed new-energy generating capacity: 8 million kW as of 31 December 2023, target at least 7.3 million kW; target exceeded; met.',
    ]);
    assert.match(sentences('t26.4', 13, '2023-12-31')[0]!, /為下降13%,.*,超額完成,已達成。$/);
    assert.match(sentences('t43.1', 1600, '2023-12-31')[0]!, /,超額完成,已達成。$/);
  });

  test('never within a band of 左右, for a range (2—3個) or under a limit; never before the target is met', () => {
    assert.match(sentences('t43.1', 1550, '2023-12-31')[0]!, /,在目標區間內,已達成。$/);
    assert.doesNotMatch(sentences('t38.2', 4, '2023-12-31')[0]!, /超額/);
    // A level above its goal before the deadline may fall back: on track, not yet met, so not yet exceeded.
    assert.doesNotMatch(sentences('t14.2', 800, '2023-06-30')[0]!, /超額/);
  });
});

describe('the summary says both (r82 M4, L1)', () => {
  /** October: the water ceiling used up; t09.1 met early at 3600 of 3000; t12.4 met at 4 of 4. */
  const october: ProgressReport = {
    plan: dezhouPlan.id,
    asOf: '2023-10-31',
    entries: [
      { target: 't26.3', value: 21.17 },
      { target: 't09.1', value: 3600 },
      { target: 't12.4', value: 4 },
    ],
  };
  const summed = (lang: Language) => progressSummary(october, dezhouPlan, { lang, today: '2024-06-30' });
  const context = (lang: Language) => ({ file: 'october.json', lang, shown: shownIn(dezhouPlan, lang) });
  const water = '市水利局、市農業農村局、市工業和信息化局、市住房城鄉建設局';

  test('text: the ceiling used up in its list and under its unit; the met targets listed, those exceeded counted and said', () => {
    const lines = summaryText(summed('zh-Hant'), context('zh-Hant'));
    const met = lines.indexOf('已達成(2 個:超額完成 1)');
    assert.ok(met > 0, lines.join('\n'));
    assert.deepEqual(lines.slice(met, met + 3), [
      '已達成(2 個:超額完成 1)',
      '  t09.1 新開通5G基站:目標 3000個;3600個(2023年10月31日),超額完成;牽頭:市工業和信息化局',
      '  t12.4 新增上市企業:目標 4家;4家(2023年10月31日);牽頭:市工業和信息化局、市地方金融監管局',
    ]);
    assert.ok(lines.includes(`  t26.3 用水總量:目標 ≤ 21.17億立方米;21.17億立方米(2023年10月31日),用量快於序時(上限已用盡);牽頭:${water}`), lines.join('\n'));
    assert.ok(lines.includes('    t26.3 用水總量:用量快於序時(上限已用盡)'), lines.join('\n'));
  });

  test('Markdown in English: the met table, its status cells saying what is exceeded and what is left', () => {
    const md = summaryMarkdown(summed('en'), context('en'));
    assert.ok(md.includes('\n## Met (2: 1 exceeded)\n'), md);
    assert.match(md, /^\| t09\.1 \| New 5G base stations opened \| 3,000 base stations \| 3,600 base stations \| 31 October 2023 \| met \(target exceeded\) \| 31 December 2023 \| /m);
    assert.match(md, /^\| t26\.3 \| [^|]+ \| ≤ 2\.117 billion m³ \| 2\.117 billion m³ \| 31 October 2023 \| used faster than the pace \(ceiling used up\) \| /m);
  });

  test('CSV (review r90 M5): the status cell keeps the status alone, to filter by; a note column says what more is said', () => {
    // Cells split at commas outside quotes (3,600 base stations is one cell).
    const cells = (line: string) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => m[1]!.replace(/^"|"$/g, '')).slice(0, -1);
    const rows = summaryCsv(summed('en'), context('en'), false).trim().split('\r\n').map(cells);
    const header = rows[0]!;
    const status = header.indexOf('Status');
    const note = header.indexOf('Note');
    assert.ok(note > status, header.join(','));
    const row = (id: string) => rows.find((r) => r[0] === id)!;
    assert.deepEqual([row('t26.3')[status], row('t26.3')[note]], ['used faster than the pace', 'ceiling used up']);
    assert.deepEqual([row('t09.1')[status], row('t09.1')[note]], ['met', 'target exceeded']);
    assert.deepEqual([row('t12.4')[status], row('t12.4')[note]], ['met', '']);
  });
});
