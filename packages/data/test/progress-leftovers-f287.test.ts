/**
 * F287, leftovers of the progress import: a month's note restating the row's own value in a unit symbol (m³) or in
 * Chinese numerals with a scale (八億, 一點六億) is no figure of its own (r118 F5); a date in the note (2023.9, 23年,
 * 2023/9) is no figure either (r118 F8); an English refused entry names the value as the Chinese messages do (r115 F7).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseProgressReport } from '../src/index.js';
import { monthForTotal } from '../src/progress/month-figure.js';
import { csv, importFiles, langs, plan } from './progress-import-helpers.js';

const target = (id: string) => plan.targets.find((t) => t.id === id)!;
const monthOf = (id: string, value: number, note: string) => monthForTotal(target(id), note, '2023-09-30', '2023-01-01', value);

describe('r118 F5: the row’s own value in any written form in a month’s note is no figure of its own', () => {
  test('in a unit symbol (m³, m3) or the base unit against 億立方米, or in Chinese numerals with their scale: refused', () => {
    const notes: [string, number, string][] = [
      ['t26.3', 1.6, '9月份用水量1.6億m³'],
      ['t26.3', 1.6, '9月份用水量1.6亿m3'],
      ['t26.3', 1.6, '9月份用水量16000萬m³'],
      ['t26.3', 1.6, '9月份用水量160000000立方米'],
      ['t26.3', 1.6, '9月份用水量160000000m³'],
      ['t26.3', 1.6, '9月份用水量一點六億立方米'],
      ['t01.2', 1.6, '9月份用水量1.6億m³'],
      ['t01.2', 8, '本月成交額八億'],
      ['t01.2', 8, '本月成交额八亿'],
      ['t01.2', 1.6, '本月成交額1.6億'],
      ['t01.2', 1.6, '本月成交額一點六億'],
      ['t01.2', 1.6, '本月成交額一點六億元'],
    ];
    for (const [id, value, note] of notes) assert.equal(monthOf(id, value, note), '2023-01-01', `${id} ${value} ${note}`);
  });

  test('another figure in the same forms is one of its own: read', () => {
    const notes: [string, number, string][] = [
      ['t26.3', 1.6, '9月份用水量1.7億m³'],
      ['t26.3', 1.6, '9月份用水量1.6億m³,新增5處'],
      ['t26.3', 1.6, '9月份用水量一點七億立方米'],
      ['t01.2', 8, '本月成交額九億'],
      ['t01.2', 8, '本月成交額八千萬'],
      ['t01.2', 8, '本月成交額八億,新增五項'],
    ];
    for (const [id, value, note] of notes) assert.equal(monthOf(id, value, note), undefined, `${id} ${value} ${note}`);
  });

  test('through the import: each such row is refused as a month’s figure', async () => {
    const rows = ['t26.3,1.6,2023-09-30,9月份用水量1.6億m³', 't01.2,8,2023-09-29,本月成交額八億', 't01.2,1.6,2023-09-28,本月成交額一點六億'];
    const result = await importFiles([csv('r118-f5.csv', ...rows)]);
    assert.deepEqual(
      result.problems.map((p) => [p.code, p.text]),
      rows.map((row) => ['monthForTotal', row.split(',')[3]!]),
    );
  });
});

describe('r118 F8: a date in a month’s note is no figure of its own', () => {
  test('2023.9, 2023.09, 23年, 2023/9, 2023-09-30 beside a month’s words: refused', () => {
    for (const note of ['本月成交額,2023.9', '本月成交額(2023.09)', '23年9月份成交額', '本月成交額 2023/9', '2023/09/30 本月成交額', '本月成交額,填報日2023-09-30', '23年本月成交額'])
      assert.equal(monthOf('t01.2', 8, note), '2023-01-01', note);
  });

  test('a date of another month, or a figure beside the date, still says nothing of the value: read', () => {
    for (const note of ['本月成交額,2023.8起按季度統計', '本月成交額,2023/10數據待反饋', '本月成交額2023.9,新增5項', '本月成交額,10年來最高']) assert.equal(monthOf('t01.2', 8, note), undefined, note);
  });

  test('through the import: the rows are refused as a month’s figure', async () => {
    const notes = ['本月成交額 2023.9', '23年9月份成交額', '本月成交額 2023/9'];
    const result = await importFiles([csv('r118-f8.csv', ...notes.map((note, i) => `t01.2,8,2023-09-${28 + i},${note}`))]);
    assert.deepEqual(
      result.problems.map((p) => [p.code, p.text]),
      notes.map((note) => ['monthForTotal', note]),
    );
  });
});

describe('r115 F7: a refused entry names the value, in each language', () => {
  const report = { plan: plan.id, asOf: '2023-09-30', entries: [{ target: 't01.2', value: '八', asOf: '2023-09-30' }, { target: 'zz9', value: 3, asOf: '2023-09-30' }] };
  const issuesIn = (lang: (typeof langs)[number]) => new Map(parseProgressReport(report, plan, { lang }).issues.map((i) => [i.path, i.message]));

  test('the Chinese messages name the value and what was asked', () => {
    assert.equal(issuesIn('zh-Hant').get('entries[0].value'), '應為數字,收到的是文字「八」');
    assert.equal(issuesIn('zh-Hans').get('entries[0].value'), '应为数字,收到的是文本“八”');
    for (const lang of langs) assert.match(issuesIn(lang).get('entries[1].target') ?? '', /zz9/, lang);
  });

  // English has its own `zodIssueWords` (src/validation-words.ts), as Chinese has (F293).
  test('the English message names the value too, not zod’s own “Invalid input”', () => {
    const message = issuesIn('en').get('entries[0].value') ?? '';
    assert.doesNotMatch(message, /Invalid input/);
    assert.match(message, /"八"/);
  });
});
