/**
 * F126 (review r68 H1–H3): the progress import never files, reads or flips a value silently. A row whose template
 * columns (指標, 計量單位, 牽頭單位) describe another target than its id; a share written in percentage points; a fall
 * written with a minus sign beside a note that says it fell. Each was published with exit 0 before.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { importProgressFiles, progressTemplate, templateCsv, templateXlsx } from '../src/progress/index.js';
import { csv, importFiles, langs, plan, today, utf8 } from './progress-import-helpers.js';

const one = async (line: string, lang: (typeof langs)[number] = 'zh-Hant') => importFiles([csv('a.csv', line)], lang);

/** A unit's template in `lang` with the row of `row` given `id`, `value` and a date: a clerk's sheet. */
function filled(lang: (typeof langs)[number], row: string, id: string, value: string) {
  const template = progressTemplate(plan, { unit: '市工業和信息化局', lang });
  const at = template.targets.findIndex((t) => t.id === row);
  const rows = template.rows.map((cells, i) => (i === at ? [id, ...cells.slice(1, 8), value, '2023-06-30', ''] : cells));
  // Its rows under the unit's line (`填報單位:…`, F134) and the header.
  return { template: { ...template, rows }, number: at + 3 };
}

describe('H1: a row whose template columns describe another target than its id', () => {
  test('t01.2 typed in the row of t10.2 (an .xlsx template): a problem naming both targets, in each language', async () => {
    const { template, number } = filled('zh-Hant', 't10.2', 't01.2', '3');
    const file = { name: 'm1.xlsx', data: await templateXlsx(template) };
    const expected = {
      'zh-Hant': /t01\.2 是「技術合同成交額」;此行的指標是 t10\.2「數字化轉型“小燈塔”企業」?/,
      'zh-Hans': /t01\.2 是“技术合同成交额”;此行的指标是 t10\.2“数字化转型“小灯塔”企业”?/,
      en: /t01\.2 is "Technology contract turnover"; this row's metric is t10\.2's, "Digital transformation “Little Lighthouse” enterprises"\?/,
    };
    for (const lang of langs) {
      const { problems, report } = await importFiles([file], lang);
      assert.deepEqual(problems.map((p) => [p.code, p.row, p.column, p.text]), [['targetMismatch', number, '指標編號', 't01.2']], lang);
      assert.match(problems[0]!.message, expected[lang], lang);
      assert.equal(report, undefined, lang);
    }
  });

  test('a slip within one unit (t09.4 typed in the row of t09.2, both 家), in a Simplified CSV template', async () => {
    const { template, number } = filled('zh-Hans', 't09.2', 't09.4', '48');
    const { problems, report } = await importFiles([{ name: 'gxj.csv', data: utf8(templateCsv(template)) }], 'zh-Hans');
    assert.deepEqual(problems.map((p) => [p.code, p.row]), [['targetMismatch', number]]);
    assert.match(problems[0]!.message, /t09\.4 是“新增上云企业”;此行的指标是 t09\.2“数字化转型规上工业企业”?/);
    assert.equal(report, undefined);
  });

  test('the right id is read whatever the script, width or spacing of its metric, and a sheet without those columns as before', async () => {
    const header = '指标编号,指标,计量单位,完成值,截至日期';
    const sheet = (...lines: string[]) => ({ name: 'a.csv', data: utf8([header, ...lines].join('\r\n')) });
    const { problems, report } = await importFiles([sheet('t26.4,萬元ＧＤＰ 用水量 ,%,7.5,2023-06-30', 't10.2,"数字化转型""小燈塔""企业",家,3,2023-06-30', 't09.3, ,,37,2023-06-30')]);
    assert.deepEqual(problems, []);
    assert.deepEqual(report?.entries.map((e) => e.target), ['t26.4', 't10.2', 't09.3']);
    assert.deepEqual((await one('t01.2,3,2023-06-30,')).problems, []);
  });

  test('a metric written otherwise describes the target it is most like: 每萬人口發明專利擁有量 is t01.4; 見附件 is none', async () => {
    const sheet = (...lines: string[]) => ({ name: 'a.csv', data: utf8(['指標編號,指標,完成值,截至日期', ...lines].join('\r\n')) });
    assert.deepEqual((await importFiles([sheet('t01.4,每萬人口發明專利擁有量,4,2023-06-30', 't09.1,新開通第五代移動通信基站,2100,2023-06-30')])).problems, []);
    const { problems } = await importFiles([sheet('t01.4,見附件,4,2023-06-30', 't49.1,縣級文明村鎮創建率,80%,2023-06-30')], 'zh-Hant');
    assert.deepEqual(problems.map((p) => p.message.replace(/^a\.csv 第 \d 行「指標編號」欄:/, '')), [
      't01.4 是「每萬人發明專利擁有量」;此行的指標是「見附件」,規劃中沒有這個指標:請核對指標編號',
      't49.1 是「市級文明村鎮創建率」;此行的指標是 t49.2「縣級文明村鎮創建率」?請核對指標編號',
    ]);
  });

  test('a unit of measure or a lead unit that is not the target’s: a problem naming the column', async () => {
    const header = '指標編號,指標,計量單位,牽頭單位,完成值,截至日期';
    const sheet = (...lines: string[]) => ({ name: 'a.csv', data: utf8([header, ...lines].join('\r\n')) });
    const unit = await importFiles([sheet('t01.2,技術合同成交額,萬元,,3,2023-06-30')], 'zh-Hant');
    assert.deepEqual(unit.problems.map((p) => p.code), ['targetMismatch']);
    assert.match(unit.problems[0]!.message, /t01\.2\(技術合同成交額\)的計量單位是「億元」;此行是「萬元」/);
    // Without a metric, the lead units tell the target: one of the task's units, by any of its names, is enough.
    const lead = await importFiles([sheet('t01.2,,,市工業和信息化局,3,2023-06-30', 't10.2,,,工信局,3,2023-06-30', 't01.2,,,市科技局,90,2023-06-30')], 'en');
    assert.deepEqual(lead.problems.map((p) => [p.code, p.row]), [['targetMismatch', 2]]);
    assert.match(lead.problems[0]!.message, /t01\.2 \(Technology contract turnover\) is led by .*Science.*; this row says "市工業和信息化局"/);
    assert.deepEqual(lead.report?.entries.map((e) => e.target), ['t10.2', 't01.2']);
  });
});

describe('H2: percentage points for a share that is a level', () => {
  test('+1.4个百分点 and 1.4个百分点 for t62.7 (公辦幼兒園占比 ≥62%): refused, asking for the share in %', async () => {
    for (const text of ['+1.4个百分点', '1.4個百分點', '-0.5个百分点']) {
      for (const lang of langs) {
        const { problems, report } = await importProgressFiles([{ name: 'pts.csv', data: utf8(`指标编号,完成值,截至日期\nt62.7,${text},2023-07-31`) }], plan, { lang, today });
        assert.deepEqual(problems.map((p) => [p.code, p.text]), [['pointsForLevel', text]], `${text} ${lang}`);
        assert.match(problems[0]!.message, lang === 'en' ? /percentage points.*share of public kindergartens.*62%$/i : /百分[點点].*公[辦办]幼[兒儿][園园]占比.*62%$/, `${text} ${lang}`);
        assert.equal(report, undefined);
      }
    }
  });

  test('a target in points (a gap, 個百分點) still reads points; a change in per cent keeps pointsForPercent', async () => {
    const points = { ...plan, targets: plan.targets.map((t) => (t.id === 't09.5' ? { ...t, unit: '個百分點', unitEn: 'percentage points' } : t)) };
    const { problems, report } = await importProgressFiles([csv('a.csv', 't09.5,1.4個百分點,2023-06-30,', 't09.5,+1.6個百分點,2023-09-30,')], points, { lang: 'en', today });
    assert.deepEqual(problems, []);
    assert.deepEqual(report?.entries.map((e) => e.value), [1.4, 1.6]);
    assert.equal((await one('t26.4,7个百分点,2023-06-30')).problems[0]?.code, 'pointsForPercent');
    assert.deepEqual((await one('t62.7,63.4%,2023-06-30')).problems, []);
  });
});

describe('H3: a fall written with a minus sign beside a note that says it fell', () => {
  test('t26.4 (較2020年下降12%) -7.5 with 較2020年下降7.5%: a problem naming the contradiction, in each language', async () => {
    const expected = {
      'zh-Hant': /t26\.4 填了 -7\.5:負數表示不降反升,但「備註」欄說是下降\(「較2020年下降7\.5%」\):如是下降 7\.5%,請填 7\.5/,
      'zh-Hans': /t26\.4 填了 -7\.5:负数表示不降反升,但“備註”列说是下降\(“較2020年下降7\.5%”\):如是下降 7\.5%,请填 7\.5/,
      en: /t26\.4 reads -7\.5, a rise, but the note \(備註\) says it fell \("較2020年下降7\.5%"\): if it fell by 7\.5%, write 7\.5/,
    };
    for (const lang of langs) {
      const { problems, warnings, report } = await one('t26.4,-7.5,2023-06-30,較2020年下降7.5%', lang);
      assert.deepEqual(problems.map((p) => [p.code, p.column, p.text]), [['contradictedChange', '完成值', '-7.5']], lang);
      assert.match(problems[0]!.message, expected[lang], lang);
      assert.deepEqual([warnings, report], [[], undefined], lang);
    }
    assert.equal((await one('t26.4,-7.5%,2023-06-30,较2020年下降了7.5%')).problems[0]?.code, 'contradictedChange');
  });

  test('a growth (t44.1, 增速10%) below zero beside 同比增長2.1%: a problem; without such words, or with them denied, as before', async () => {
    const growth = await one('t44.1,-2.1,2023-06-30,同比增長2.1%');
    assert.deepEqual(growth.problems.map((p) => p.code), ['contradictedChange']);
    assert.match(growth.problems[0]!.message, /負數表示不增反降,但「備註」欄說是增長/);
    assert.deepEqual((await one('t44.1,-2.1,2023-06-30,貸款餘額同比')).problems, []);
    for (const note of ['', '"用水量未下降,反而上升7.5%"', '"工業用水減少,生活用水增加"']) {
      const { problems, warnings } = await one(`t26.4,-7.5,2023-06-30,${note}`);
      assert.deepEqual([problems, warnings.map((w) => w.code)], [[], ['negativeChange']], note);
    }
  });
});
