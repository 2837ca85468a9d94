/**
 * Review r127 (a department's clerk, 市水利局's template filled in Excel): a remark below the table in any column but
 * the note's was dropped without a word, and one merged across the row, or a signature footer, refused as an unknown
 * target id (M1); a note column headed 進展情況 lost its notes with a warning only (L1); refusals that named the wrong
 * cause: a sum said as a unit, a bracketed negative, a decimal comma's example, an Excel date with a time, a date
 * without its year, a unit column changed (L2).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { dzPlanHere } from './helpers.js';
import { namesANote } from '../src/progress/sheet-layout.js';

let dir = '';
const at = (name: string) => join(dir, name);
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dz-plan-r127-'));
  const made = await dzPlanHere('progress', 'template', '--unit', '市水利局', '-o', at('slj.xlsx'));
  assert.equal(made.status, 0, made.stderr);
});
after(() => rmSync(dir, { recursive: true, force: true }));

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
type Row = (id: string) => ExcelJS.Row;
/** The template filled as the clerk did (t16.1, t16.2, t16.3 and t16.5 reported), then edited by `edit`, saved as `name`. */
async function book(name: string, edit: (sheet: ExcelJS.Worksheet, row: Row) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(at('slj.xlsx'));
  const sheet = workbook.worksheets[0]!;
  const row: Row = (id) => {
    let found: ExcelJS.Row | undefined;
    sheet.eachRow((r) => {
      if (r.getCell(1).value === id) found = r;
    });
    return found!;
  };
  for (const [id, value] of [['t16.1', 20], ['t16.2', 1], ['t16.3', 1], ['t16.5', 12.5]] as const) {
    row(id).getCell(9).value = value;
    row(id).getCell(10).value = date('2023-09-30');
  }
  edit(sheet, row);
  await workbook.xlsx.writeFile(at(name));
  return at(name);
}
/** `progress import` of `file` in `lang`, as the CLI runs it. */
const imported = (file: string, lang = 'zh-Hant') => dzPlanHere('progress', 'import', file, '-o', `${file}.${lang}.json`, '--lang', lang);
const entries = (file: string, lang = 'zh-Hant') => JSON.parse(readFileSync(`${file}.${lang}.json`, 'utf8')).entries as { target: string; value: number }[];
/** The t16.5 row's value (column I) set to `value`. */
const valued = (name: string, value: ExcelJS.CellValue) => book(name, (_, row) => (row('t16.5').getCell(9).value = value));
/** The t16.5 row's date (column J) set to `value`, in the number format `format` if given. */
const dated = (name: string, value: ExcelJS.CellValue, format?: string) =>
  book(name, (_, row) => {
    const cell = row('t16.5').getCell(10);
    cell.value = value;
    // A cell's own style: the template's cells share one, and a number format set on it would be every date cell's.
    if (format) cell.style = { ...structuredClone(cell.style), numFmt: format };
  });

describe('r127 M1: a remark or a footer below the table', () => {
  const skipped = {
    'zh-Hant': (row: number, text: string) => new RegExp(`第 ${row} 行.*此行略過:「${text}」`, 'u'),
    'zh-Hans': (row: number, text: string) => new RegExp(`第 ${row} 行.*此行略过:“${text}”`, 'u'),
    en: (row: number, text: string) => new RegExp(`row ${row}.*the row is skipped \\("${text}"\\)`, 'u'),
  };
  const cases: [string, number, string, (sheet: ExcelJS.Worksheet) => void][] = [
    ['in the id column', 23, '注:以上數據為初步統計數,t16\\.4 項目待驗收', (s) => (s.getCell('A23').value = '注:以上數據為初步統計數,t16.4 項目待驗收')],
    ['in the task column', 22, '說明:t16\\.4 因資金未到位暫緩,預計11月開工', (s) => (s.getCell('B22').value = '說明:t16.4 因資金未到位暫緩,預計11月開工')],
    ['merged over A:H', 22, '注:以上數據為初步統計數,未經審核', (s) => {
      s.getCell('A22').value = '注:以上數據為初步統計數,未經審核';
      s.mergeCells('A22:H22');
    }],
    ['merged across the whole row', 22, '注:以上數據為初步統計數,未經審核', (s) => {
      s.getCell('A22').value = '注:以上數據為初步統計數,未經審核';
      s.mergeCells('A22:K22');
    }],
    ['a signature footer merged across the row', 21, '單位負責人:王五    填表人:張三    聯繫電話:13800000000', (s) => {
      s.getCell('A21').value = '單位負責人:王五    填表人:張三    聯繫電話:13800000000';
      s.mergeCells('A21:K21');
    }],
    ['a footer of signers in three cells, the phone in the value column', 22, '填表人:張三 審核人:李四 聯繫電話:0534-2345678', (s) => {
      s.getCell('A22').value = '填表人:張三';
      s.getCell('E22').value = '審核人:李四';
      s.getCell('I22').value = '聯繫電話:0534-2345678';
    }],
    ['a report date', 23, '填報日期:2023年10月8日', (s) => (s.getCell('A23').value = '填報日期:2023年10月8日')],
  ];
  for (const [name, row, text, edit] of cases) {
    test(`${name}: skipped and said, quoting it, exit 0, in each language`, async () => {
      const file = await book(`m1-${row}-${name.replace(/\W+/g, '-')}.xlsx`, edit);
      for (const lang of ['zh-Hant', 'zh-Hans', 'en'] as const) {
        const run = await imported(file, lang);
        assert.equal(run.status, 0, `${lang}: ${run.stderr}`);
        assert.match(run.stderr, skipped[lang](row, text), lang);
        assert.deepEqual(entries(file, lang).map((e) => e.target).sort(), ['t16.1', 't16.2', 't16.3', 't16.5']);
      }
    });
  }

  test('a remark line of a CSV saved by Excel in GBK: skipped and said', async () => {
    const lines = ['填報單位:市水利局', '指標編號,任務,指標,計量單位,目標,完成時限,計量方式,牽頭單位,完成值,截至日期,備註', 't16.1,,,,,,,,20,2023-09-30,', '注:以上數據為初步統計數,,,,,,,,,,'];
    writeFileSync(at('slj.csv'), iconv.encode(lines.join('\r\n'), 'gbk'));
    const run = await imported(at('slj.csv'));
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, skipped['zh-Hant'](4, '注:以上數據為初步統計數'));
  });

  test('an id-like text that is no id of the plan is still refused', async () => {
    const file = await book('m1-t16.9.xlsx', (s) => {
      s.getCell('A22').value = 't16.9';
      s.getCell('I22').value = 3;
      s.getCell('J22').value = date('2023-09-30');
    });
    const run = await imported(file);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /第 22 行「指標編號」欄:「t16\.9」不是本規劃的指標編號/u);
  });
});

describe('r127 L1: a note column headed 進展情況, 工作進展', () => {
  for (const header of ['進展情況', '工作進展', '完成情況說明']) {
    test(`${header}: refused as 情況說明 is, lest the notes be lost`, async () => {
      const file = await book(`l1-${header}.xlsx`, (s, row) => {
        s.getCell('K2').value = header;
        row('t16.2').getCell(11).value = '已完工';
      });
      const run = await imported(file);
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stderr, new RegExp(`「${header}」欄.*請把表頭改為「備註」`, 'u'));
    });
  }
});

describe('r129 F7: only a header of progress in words is a note column, not a figure of progress', () => {
  test('進展情況, 工作進展, 进展 name a note; 工程進展(%), 形象進展 do not', () => {
    for (const header of ['進展情況', '工作進展', '进展', '进展情况']) assert.equal(namesANote(header), true, header);
    for (const header of ['工程進展(%)', '形象進展', '工程进展（%）']) assert.equal(namesANote(header), false, header);
  });
});

describe('r127 L2: a refusal names the cause', () => {
  const refused = async (file: string, langs: Record<string, RegExp>) => {
    for (const [lang, line] of Object.entries(langs)) {
      const run = await imported(file, lang);
      assert.equal(run.status, 1, `${lang}: ${run.stderr}`);
      assert.match(run.stderr, line, lang);
    }
    return (await imported(file)).stderr;
  };

  test('12.5+3 is a sum, not a unit', async () => {
    const stderr = await refused(await valued('sum.xlsx', '12.5+3'), {
      'zh-Hant': /「12\.5\+3」是算式.*15\.5/u,
      'zh-Hans': /“12\.5\+3”是算式.*15\.5/u,
      en: /"12\.5\+3" is a sum.*15\.5/u,
    });
    assert.doesNotMatch(stderr, /單位與目標不符/u);
  });

  test('(12) is a bracketed negative, not words', async () => {
    const stderr = await refused(await valued('bracket.xlsx', '(12)'), {
      'zh-Hant': /「\(12\)」.*括號.*負數.*-12/u,
      'zh-Hans': /“\(12\)”.*括号.*负数.*-12/u,
      en: /"\(12\)".*bracket.*negative.*-12/u,
    });
    assert.doesNotMatch(stderr, /請用阿拉伯數字/u);
  });

  test('12,5 (a decimal comma): the example is 12.5, not the target figure', async () => {
    const stderr = await refused(await valued('comma.xlsx', '12,5'), { 'zh-Hant': /「12,5」.*12\.5/u, en: /"12,5".*12\.5/u });
    assert.doesNotMatch(stderr, /156/u);
  });

  test('45199.65 in General (a date with its time) gets the Excel-date hint as 45199 does', async () => {
    const whole = await refused(await dated('serial.xlsx', 45199, 'General'), { 'zh-Hant': /「45199」.*2023-09-30/u });
    const timed = await refused(await dated('serial-time.xlsx', 45199.65, 'General'), { 'zh-Hant': /「45199\.65」.*2023-09-30/u, en: /"45199\.65".*2023-09-30/u });
    assert.equal(timed.replace(/45199\.65/g, '45199').replace(/serial-time/g, 'serial'), whole);
  });

  test('9月30日: the year is missing', async () => {
    await refused(await dated('no-year.xlsx', '9月30日'), {
      'zh-Hant': /「9月30日」.*沒有年份.*2023-09-30/u,
      'zh-Hans': /“9月30日”.*没有年份.*2023-09-30/u,
      en: /"9月30日".*no year.*2023-09-30/u,
    });
  });

  test('a unit line with the report\'s date after the name: the second label is said to be the problem', async () => {
    const file = await book('unit-line.xlsx', (s) => (s.getCell('A1').value = '填報單位:市水利局    填報時間:2023年10月8日'));
    await refused(file, {
      'zh-Hant': /單位名稱「市水利局」後還寫了「填報時間:2023年10月8日」:請把它移到另一格/u,
      'zh-Hans': /单位名称“市水利局”后还写了“填報時間:2023年10月8日”:请把它移到另一格/u,
      en: /"市水利局" is followed by "填報時間:2023年10月8日" in its cell: move that to another cell/u,
    });
  });

  test('the unit column changed to 米: the unit differs from the target\'s, not the id', async () => {
    const file = await book('unit-column.xlsx', (_, row) => {
      row('t16.5').getCell(4).value = '米';
      row('t16.5').getCell(9).value = 12500;
    });
    const stderr = await refused(file, {
      'zh-Hant': /計量單位是「公里」;此行是「米」:.*以「公里」填寫/u,
      'zh-Hans': /計量單位是“公里”;此行是“米”:.*以“公里”填写/u,
      en: /公里.*米.*in 公里|km.*米/u,
    });
    assert.doesNotMatch(stderr, /請核對指標編號/u);
  });
});
