/**
 * `dz-plan progress` in Chinese: under `--lang zh-Hant`/`zh-Hans` the reasons a file cannot be read, the problems
 * `progress diff` names and the figures `--into` replaces are in Chinese, with no English sentence left in them.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { latestIsoDate } from '../src/local-date.js';
import { importProgressFiles } from '../src/progress/index.js';
import { cliScratch, dzPlan, dzPlanHere, diffReportJson, escapeRegExp } from './helpers.js';

/** `dz-plan progress …`. */
const run = (...args: string[]) => dzPlan('progress', ...args);

/** Fails on an English sentence (two lower-case words in a row) in `text`, once the file names in it are taken out. */
function assertNoEnglish(text: string, files: readonly string[]): void {
  let rest = text;
  for (const file of files) rest = rest.split(file).join('');
  assert.doesNotMatch(rest, /[a-z]{4,} [a-z]{3,}/i, `English left in: ${text}`);
}

const shiftJis = () => new Uint8Array(iconv.encode('目標番号,実績,日付\r\nt09.1,2100,2023-06-30\r\n', 'shift_jis'));

async function docx(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>');
  return zip.generateAsync({ type: 'uint8array' });
}

describe('why a file cannot be read, in the language', () => {
  test('zh-Hant: a Shift-JIS CSV says in Chinese that its encoding was not recognised and what was tried', async () => {
    const result = await importProgressFiles([{ name: 'sjis.csv', data: shiftJis() }], dezhouPlan, { lang: 'zh-Hant' });
    assert.deepEqual(result.problems.map((p) => [p.file, p.code]), [['sjis.csv', 'unreadable']]);
    const { message } = result.problems[0]!;
    assert.match(message, /^sjis\.csv:無法讀取:無法辨識編碼/);
    assert.match(message, /UTF-8、GBK 和 Big5/);
    assert.match(message, /「CSV UTF-8」/);
    assertNoEnglish(message, ['sjis.csv']);
  });

  test('zh-Hans: the same, in Simplified words and mainland quotation marks', async () => {
    const result = await importProgressFiles([{ name: 'sjis.csv', data: shiftJis() }], dezhouPlan, { lang: 'zh-Hans' });
    const { message } = result.problems[0]!;
    assert.match(message, /^sjis\.csv:无法读取:无法识别编码/);
    assert.match(message, /UTF-8、GBK 和 Big5/);
    assert.match(message, /“CSV UTF-8”/);
    assertNoEnglish(message, ['sjis.csv']);
  });

  test('a workbook saved with a password (an OLE file with an EncryptedPackage stream) is named so, not as a legacy .xls', async () => {
    // A compound file's signature, then its directory entry's name in UTF-16LE, as Excel writes a protected .xlsx.
    const name = new Uint8Array([...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]));
    const protectedXlsx = new Uint8Array(2048);
    protectedXlsx.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    protectedXlsx.set(name, 1024);
    const legacy = protectedXlsx.slice();
    legacy.fill(0, 1024);
    const said = async (data: Uint8Array, lang: 'zh-Hant' | 'zh-Hans' | 'en') =>
      (await importProgressFiles([{ name: 'q.xlsx', data }], dezhouPlan, { lang })).problems[0]!.message;
    assert.match(await said(protectedXlsx, 'zh-Hant'), /^q\.xlsx:無法讀取:活頁簿設有密碼保護:請在 Excel 中取消密碼/);
    assert.match(await said(protectedXlsx, 'zh-Hans'), /^q\.xlsx:无法读取:工作簿设有密码保护/);
    assert.match(await said(protectedXlsx, 'en'), /a workbook saved with a password/);
    assert.match(await said(legacy, 'zh-Hant'), /舊版 \.xls 活頁簿/);
  });

  test('a damaged .xlsx (a ZIP cut short) is said in Chinese, without the ZIP reader\'s English', async () => {
    const workbook = await docx();
    const cut = workbook.slice(0, workbook.length - 30);
    for (const [lang, expected] of [
      ['zh-Hant', /^季報\.xlsx:無法讀取:不是可讀取的 \.xlsx 活頁簿:檔案已損壞或不完整/],
      ['zh-Hans', /^季报\.xlsx:无法读取:不是可读取的 \.xlsx 工作簿:文件已损坏或不完整/],
    ] as const) {
      const name = lang === 'zh-Hant' ? '季報.xlsx' : '季报.xlsx';
      const result = await importProgressFiles([{ name, data: cut }], dezhouPlan, { lang });
      assert.deepEqual(result.problems.map((p) => p.code), ['unreadable']);
      assert.match(result.problems[0]!.message, expected);
      assertNoEnglish(result.problems[0]!.message, [name, 'xlsx']);
      assert.doesNotMatch(result.problems[0]!.message, /zip|central/i);
    }
    const english = await importProgressFiles([{ name: 'q.xlsx', data: cut }], dezhouPlan, { lang: 'en' });
    assert.match(english.problems[0]!.message, /not a readable \.xlsx workbook \(.*\)/);
  });

  test('zh-Hant: a CSV quote error names the row in Chinese', async () => {
    const data = new TextEncoder().encode('指標編號,完成值,截至日期,備註\r\nt09.1,2100,2023-06-30,"5G"基站\r\n');
    const result = await importProgressFiles([{ name: 'quote.csv', data }], dezhouPlan, { lang: 'zh-Hant' });
    const { message } = result.problems[0]!;
    assert.match(message, /^quote\.csv:無法讀取:第 2 行:/);
    assertNoEnglish(message, ['quote.csv']);
  });
});

describe('dz-plan progress in Chinese', () => {
  const { at } = cliScratch('dz-plan-progress-lang-', 'progress/index.js');

  test('import --lang zh-Hant: a .docx given as a sheet is named in Chinese as no workbook', async () => {
    writeFileSync(at('說明.docx'), await docx());
    const r = run('import', at('說明.docx'), '--lang', 'zh-Hant');
    assert.equal(r.status, 1, r.stderr);
    const line = r.stderr.split('\n').find((l) => l.startsWith('說明.docx'));
    assert.ok(line, r.stderr);
    assert.match(line, /^說明\.docx:無法讀取:不是 \.xlsx 活頁簿:其中沒有工作表$/);
    assertNoEnglish(line, ['說明.docx']);
  });


  test('diff --lang zh-Hant: a reading dated after today is named in Chinese on stderr, and the summary is Chinese', () => {
    writeFileSync(at('now.json'), diffReportJson({ value: 1500, asOf: '2023-03-31' }, 97));
    writeFileSync(at('slip.json'), diffReportJson({ value: 2100, asOf: '2999-06-30' }, 90));
    const r = run('diff', at('now.json'), at('slip.json'), '--lang', 'zh-Hant');
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, new RegExp(`^${escapeRegExp(`${at('slip.json')}:指標 t09.1(2999-06-30):日期 2999-06-30 晚於今天(${latestIsoDate()})`)}$`, 'm'));
    assert.match(r.stderr, /^dz-plan:1 個數值無法判斷\(見上\)$/m);
    assert.match(r.stdout, /^2 個指標有變動,其中 2 個狀態改變:好轉 0 個\(↑\)、變差 1 個\(↓\)、其他 1 個\(\*\)$/m);
    assertNoEnglish(r.stderr, [at('now.json'), at('slip.json')]);
    assertNoEnglish(r.stdout, [at('now.json'), at('slip.json')]);
  });

  test('diff --lang zh-Hans: the same in Simplified words', () => {
    const r = run('diff', at('now.json'), at('slip.json'), '--lang', 'zh-Hans');
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, new RegExp(`^${escapeRegExp(`${at('slip.json')}:指标 t09.1(2999-06-30):日期 2999-06-30 晚于今天(${latestIsoDate()})`)}$`, 'm'));
    assert.match(r.stderr, /^dz-plan:1 个数值无法判断\(见上\)$/m);
    assert.match(r.stdout, /^2 个指标有变动,其中 2 个状态改变:好转 0 个\(↑\)、变差 1 个\(↓\)、其他 1 个\(\*\)$/m);
    assertNoEnglish(r.stderr, [at('now.json'), at('slip.json')]);
  });

  test('import --into --lang zh-Hant: each replaced figure is named in Chinese', () => {
    const csv = (value: string) => `指標編號,完成值,截至日期\r\nt01.1,${value},2023-06-30\r\n`;
    writeFileSync(at('co.csv'), csv('30'));
    assert.equal(run('import', at('co.csv'), '-o', at('co.json')).status, 0);
    writeFileSync(at('co.csv'), csv('12'));
    const r = run('import', at('co.csv'), '--into', at('co.json'), '--lang', 'zh-Hant');
    assert.equal(r.status, 0, r.stderr);
    const line = r.stderr.split('\n').find((l) => l.startsWith(at('co.json')));
    assert.ok(line, r.stderr);
    assert.equal(line, `${at('co.json')}:指標 t01.1(2023-06-30):30項 改為 12項`);
  });

  test('import and template --lang zh-Hant/zh-Hans: the counts they end with, and what stops a write, in Chinese', () => {
    let r = run('template', '--unit', '市發改委', '-o', at('ndrc.csv'), '--lang', 'zh-Hans');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, new RegExp(`^\\d+ 个指标 → ${escapeRegExp(at('ndrc.csv'))}$`, 'm'));
    const csv = `指標編號,完成值,截至日期\r\nt09.1,二千,2023-06-30\r\nt04.3,2.1萬,2023-06-30\r\n`;
    writeFileSync(at('bad.csv'), csv);
    r = run('import', at('bad.csv'), '-o', at('bad.json'), '--lang', 'zh-Hant');
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /^dz-plan:未寫入:有 1 個問題\(請改正,或加 --partial 只寫入 1 個沒有問題的數值\)$/m);
    assertNoEnglish(r.stderr, [at('bad.csv')]);
    r = run('import', at('bad.csv'), '-o', at('bad.json'), '--partial', '--lang', 'zh-Hant');
    assert.equal(r.status, 3, r.stderr);
    assert.match(r.stderr, /^未採用的行:bad\.csv:2$/m);
    assert.match(r.stderr, new RegExp(`^1 個數值,來自 1 個檔案,1 行未採用 → ${escapeRegExp(at('bad.json'))}$`, 'm'));
    assertNoEnglish(r.stderr, [at('bad.csv'), at('bad.json')]);
  });
});

describe('dz-plan progress usage errors in the language of --lang (zh-Hant by default)', () => {
  const scratch = cliScratch('dz-plan-unreadable-');
  /** Runs the CLI in process: its exit code and the first line on stderr (the usage follows it). */
  async function usageError(...args: string[]): Promise<string> {
    const { status, stderr } = await dzPlanHere('progress', ...args);
    assert.equal(status, 2, stderr);
    return stderr.split('\n')[0]!;
  }
  /** The command and option names, the same in every language. */
  const names = ['dz-plan', 'progress', 'template', 'import', 'diff', '--as-of', '--max-bytes', '--bogus', '--lang', '--partial', 'old.json', 'new.json', 'x.csv', 'x.pdf', 'one.json'];

  test('zh-Hant, the default: each usage error in Traditional Chinese', async () => {
    const lines = [
      [await usageError(), /^dz-plan: progress 後面要接 template、import、diff 或 summary$/],
      [await usageError('plan'), /^dz-plan: progress 沒有「plan」\(可用 template、import、diff 或 summary\)$/],
      [await usageError('import'), /^dz-plan: progress import 至少要一個檔案/],
      [await usageError('import', 'x.csv', '--as-of', '30/6/2023'), /^dz-plan: --as-of 必須是日期,如 2023-06-30,不是「30\/6\/2023」$/],
      [await usageError('import', 'x.csv', '--as-of', '2999-01-01'), /^dz-plan: --as-of 2999-01-01 晚於今天/],
      [await usageError('import', 'x.csv', '--bogus'), /^dz-plan: 沒有選項 --bogus$/],
      [await usageError('import', 'x.csv', '--max-bytes', '0'), /^dz-plan: --max-bytes 必須是大於 0 的整數/],
      [await usageError('template', '--unit', '市不存在局'), /^dz-plan: 規劃 .* 中沒有單位「市不存在局」$/],
      [await usageError('template', '-o', 'x.pdf'), /^dz-plan: -o 必須是 \.csv 或 \.xlsx 檔,不是 x\.pdf$/],
      [await usageError('diff', 'one.json'), /^dz-plan: progress diff 要兩份報告/],
      [await usageError('diff', 'one.json', '--lang', 'fr'), /^dz-plan: --lang 必須是 zh-Hant、zh-Hans、en 之一,不是「fr」$/],
    ] as const;
    for (const [line, expected] of lines) {
      assert.match(line, expected);
      assertNoEnglish(line, [...names, 'dezhou-2023-green-low-carbon', 'zh-Hant', 'zh-Hans']);
    }
  });

  test('a file that cannot be read: why, in the language of --lang, on one line with no usage after it (it says nothing of the file)', async () => {
    const missing = scratch.at('沒有這個.csv');
    const folder = scratch.at('');
    const said = async (lang: string, ...args: string[]) => {
      const { status, stderr } = await dzPlanHere('progress', ...args, '--lang', lang);
      assert.equal(status, 2, stderr);
      assert.doesNotMatch(stderr, /Usage:/);
      return stderr.trimEnd();
    };
    assert.equal(await said('zh-Hant', 'import', missing), `dz-plan: 無法讀取 ${missing}:找不到這個檔案`);
    assert.equal(await said('zh-Hans', 'import', missing), `dz-plan: 无法读取 ${missing}:找不到这个文件`);
    assert.equal(await said('zh-Hant', 'import', folder), `dz-plan: 無法讀取 ${folder}:這是資料夾,不是檔案`);
    assert.equal(await said('zh-Hant', 'diff', missing, missing), `dz-plan: 報告:無法讀取 ${missing}:找不到這個檔案`);
    assert.equal(await said('zh-Hans', 'template', '--plan', missing), `dz-plan: 规划:无法读取 ${missing}:找不到这个文件`);
    // English says why in words too, not Node's ENOENT.
    assert.equal(await said('en', 'import', missing), `dz-plan: cannot read ${missing}: no such file`);
  });

  test('a file that cannot be written: why, in the language of --lang (a missing folder, a folder named like the file)', async () => {
    const inMissingFolder = scratch.at('沒有這個資料夾/科技局.csv');
    const folder = scratch.at('已是資料夾.csv');
    mkdirSync(folder, { recursive: true });
    const said = async (lang: string, output: string) => {
      const { status, stderr } = await dzPlanHere('progress', 'template', '--unit', '市科技局', '-o', output, '--lang', lang);
      assert.equal(status, 2, stderr);
      assert.doesNotMatch(stderr, /Usage:|用法:/);
      return stderr.trimEnd();
    };
    assert.equal(await said('zh-Hant', inMissingFolder), `dz-plan: 無法寫入 ${inMissingFolder}:所在的資料夾不存在`);
    assert.equal(await said('zh-Hans', inMissingFolder), `dz-plan: 无法写入 ${inMissingFolder}:所在的文件夹不存在`);
    assert.equal(await said('zh-Hant', folder), `dz-plan: 無法寫入 ${folder}:這是資料夾,不是檔案`);
    // English keeps what Node says.
    assert.match(await said('en', inMissingFolder), new RegExp(`^dz-plan: cannot write ${escapeRegExp(inMissingFolder)}: ENOENT: no such file or directory`));
  });

  test('a file over --max-bytes: the file, the limit and how to raise it, in the language', async () => {
    const big = scratch.at('big.json');
    writeFileSync(big, JSON.stringify({ plan: dezhouPlan.id, asOf: '2023-06-30', entries: [] }));
    const said = async (lang: string, ...args: string[]) => {
      const { status, stderr } = await dzPlanHere('progress', ...args, '--max-bytes', '10', '--lang', lang);
      assert.equal(status, 2, stderr);
      return stderr.trimEnd();
    };
    assert.equal(await said('zh-Hant', 'diff', big, big), `dz-plan: 報告:${big} 超過 10 位元組的上限(可用 --max-bytes 調高)`);
    assert.equal(await said('zh-Hans', 'import', big), `dz-plan: ${big} 超过 10 字节的上限(可用 --max-bytes 调高)`);
    assert.equal(await said('en', 'diff', big, big), `dz-plan: report: ${big} is larger than 10 bytes, the input limit (raise it with --max-bytes)`);
  });

  test('a report that is not JSON (a trailing comma, a cut-off file): where, in the language; English keeps what JSON.parse says', async () => {
    const comma = scratch.at('comma.json');
    const cut = scratch.at('cut.json');
    writeFileSync(comma, '{\n  "plan": "dezhou-2023-green-low-carbon",\n  "asOf": "2023-06-30",\n  "entries": [],\n}\n');
    writeFileSync(cut, '{ "plan": "dezhou-2023-green-low-carbon", "entries": [');
    const said = async (lang: string, file: string) => {
      const { status, stderr } = await dzPlanHere('progress', 'diff', file, file, '--lang', lang);
      assert.equal(status, 2, stderr);
      return stderr.trimEnd();
    };
    assert.equal(await said('zh-Hant', comma), `dz-plan: 報告 ${comma} 不是有效的 JSON:第 5 行第 1 個字符附近有語法錯誤`);
    assert.equal(await said('zh-Hans', comma), `dz-plan: 报告 ${comma} 不是有效的 JSON:第 5 行第 1 个字符附近有语法错误`);
    assert.equal(await said('zh-Hant', cut), `dz-plan: 報告 ${cut} 不是有效的 JSON:內容在結尾處中斷,檔案不完整`);
    // Cut off after a complete value: JSON.parse names the end's position, not the end.
    const cutAfterValue = scratch.at('cut-after-value.json');
    writeFileSync(cutAfterValue, '{ "plan": "dezhou-2023-green-low-carbon", "entries": [1, 2\n');
    assert.equal(await said('zh-Hant', cutAfterValue), `dz-plan: 報告 ${cutAfterValue} 不是有效的 JSON:內容在結尾處中斷,檔案不完整`);
    // A word where a value belongs (no position in what JSON.parse says): the word, and what JSON asks for.
    const word = scratch.at('word.json');
    writeFileSync(word, '{ "plan": dezhou }');
    assert.equal(await said('zh-Hans', word), `dz-plan: 报告 ${word} 不是有效的 JSON:出现了不应有的“d”(JSON 的文本要用双引号,不能有注释或多余的逗号)`);
    assert.match(await said('en', comma), new RegExp(`^dz-plan: report ${escapeRegExp(comma)} is not JSON: .*position 85`));
  });

  test('a report saved in GBK (Notepad\'s ANSI on a Chinese Windows) is not UTF-8: said so in the language, with advice for JSON, not for a .docx', async () => {
    const gbk = scratch.at('gbk.json');
    writeFileSync(gbk, iconv.encode(JSON.stringify({ plan: dezhouPlan.id, asOf: '2023-06-30', entries: [{ target: 't09.1', value: 2100, note: '上半年' }] }), 'gbk'));
    const said = async (lang: string) => {
      const { status, stderr } = await dzPlanHere('progress', 'diff', gbk, gbk, '--lang', lang);
      assert.equal(status, 2, stderr);
      return stderr.trimEnd();
    };
    assert.equal(await said('zh-Hant'), `dz-plan: 報告 ${gbk} 不是 UTF-8 文字:請存成 UTF-8 編碼的 JSON`);
    assert.equal(await said('zh-Hans'), `dz-plan: 报告 ${gbk} 不是 UTF-8 文本:请保存为 UTF-8 编码的 JSON`);
    assert.equal(await said('en'), `dz-plan: report ${gbk} is not UTF-8 text: save it as JSON in UTF-8`);
  });

  test('an option where the command goes: no command, or the later command put first; never an unknown "--lang"; --help is help', async () => {
    assert.equal(await usageError('--lang', 'zh-Hant'), 'dz-plan: progress 後面要接 template、import、diff 或 summary');
    assert.equal(await usageError('--partial', '--lang', 'en'), 'dz-plan: progress needs template, import, diff or summary');
    assert.equal(await usageError('--lang', 'zh-Hant', 'import', 'a.csv'), 'dz-plan: import 要緊接在 progress 後面,選項放在它之後:dz-plan progress import …');
    assert.equal(await usageError('--lang', 'zh-Hans', 'diff'), 'dz-plan: diff 要紧接在 progress 后面,选项放在它之后:dz-plan progress diff …');
    const help = await dzPlanHere('progress', '--help', '--lang', 'en');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage:/m);
  });

  test('the usage after a usage error is that progress command\'s alone, progress --help the progress commands\', in the language of --lang', async () => {
    const names = ['dz-plan', 'progress', 'template', 'import', 'diff', '--format', 'FILE', 'sheet.csv', 'sheet.xlsx', 'report.json', 'plan.json', 'old.json', 'new.json', 'YYYY-MM-DD', 'zh-Hant', 'zh-Hans', 'stderr', 'MiB', 'UTF-8', 'UTF-16', 'GBK', 'Big5', 'CSV', 'xlsx'];
    const zhHant = await dzPlanHere('progress', 'import');
    assert.equal(zhHant.status, 2);
    const [first, ...usage] = zhHant.stderr.trimEnd().split('\n');
    assert.match(first!, /^dz-plan: progress import 至少要一個檔案/);
    assert.match(usage[0]!, /^用法:$/);
    assert.ok(usage.some((line) => line.startsWith('  dz-plan progress import FILE...')), zhHant.stderr);
    assert.ok(!usage.some((line) => /dz-plan (?:parse|summary|build|lint|progress (?:template|diff|summary))\b/.test(line)), 'only the import command');
    assertNoEnglish(usage.join('\n'), names);
    assert.equal((await dzPlanHere('progress', 'import', '--help')).stdout.trimEnd(), usage.join('\n'));
    const help = await dzPlanHere('progress', '--help');
    assert.equal(help.status, 0);
    assert.ok(help.stdout.includes('  dz-plan progress diff old.json new.json'), help.stdout);
    assertNoEnglish(help.stdout, names);
    const zhHans = await dzPlanHere('progress', '--help', '--lang', 'zh-Hans');
    assert.match(zhHans.stdout, /^用法:\n/);
    assert.match(zhHans.stdout, /生成待填写的表格/);
    assertNoEnglish(zhHans.stdout, names);
    const en = await dzPlanHere('progress', 'diff', '--lang', 'en');
    assert.match(en.stderr, /^dz-plan: progress diff needs two reports/);
    assert.match(en.stderr, /^Usage:\n  dz-plan progress diff/m);
  });

  test('--lang as people write it (zh-CN, zh_TW, en-US) is understood; an option followed by another option needs its value', async () => {
    assert.equal(await usageError('diff', 'one.json', '--lang', 'zh-CN'), 'dz-plan: progress diff 要两份报告:旧.json 新.json');
    assert.equal(await usageError('diff', 'one.json', '--lang=zh_TW'), 'dz-plan: progress diff 要兩份報告:舊.json 新.json');
    assert.equal(await usageError('diff', 'one.json', '--lang', 'en-US'), 'dz-plan: progress diff needs two reports: old.json new.json');
    assert.match(await usageError('diff', 'one.json', '--lang', 'english'), /^dz-plan: --lang 必須是.*不是「english」$/);
    assert.equal(await usageError('import', 'x.csv', '-o', '--partial'), 'dz-plan: 選項 -o 後面要接一個值');
    assert.equal(await usageError('import', 'x.csv', '-o', '--partial', '--lang', 'zh-Hans'), 'dz-plan: 选项 -o 后面要接一个值');
  });

  test('zh-Hans: the same in Simplified words; --lang en keeps the English', async () => {
    const lines = [
      [await usageError('plan', '--lang', 'zh-Hans'), /^dz-plan: progress 没有“plan”\(可用 template、import、diff 或 summary\)$/],
      [await usageError('import', '--lang', 'zh-Hans'), /^dz-plan: progress import 至少要一个文件/],
      [await usageError('import', 'x.csv', '--lang=zh-Hans', '--partial=yes'), /^dz-plan: 选项 --partial 不接值$/],
      [await usageError('import', 'x.csv', '--lang', 'zh-Hans', '--as-of'), /^dz-plan: 选项 --as-of 后面要接一个值$/],
      [await usageError('template', '--unit', '市不存在局', '--lang', 'zh-Hans'), /^dz-plan: 规划 .* 中没有单位“市不存在局”$/],
      [await usageError('diff', 'one.json', '--lang', 'zh-Hans'), /^dz-plan: progress diff 要两份报告/],
    ] as const;
    for (const [line, expected] of lines) {
      assert.match(line, expected);
      assertNoEnglish(line, [...names, 'dezhou-2023-green-low-carbon']);
    }
    assert.equal(await usageError('diff', 'one.json', '--lang', 'en'), 'dz-plan: progress diff needs two reports: old.json new.json');
    assert.match(await usageError('import', 'x.csv', '--lang', 'en', '--bogus'), /^dz-plan: Unknown option '--bogus'/);
  });
});
