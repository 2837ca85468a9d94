/**
 * A .docx as Word writes one (a review by a clerk from another city): paragraphs numbered by Word's automatic
 * numbering (`w:numPr`), whose numbers are in `word/numbering.xml` and not in the text, are read with their numbers
 * as Word shows them; a table's rows are read as rows (cells joined by a tab), so that `tableNotRead` names it. Each
 * document is built here from a minimal WordprocessingML, as the reviewer built theirs.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import JSZip from 'jszip';
import { readDocument, type DocumentNote } from '../src/node/read-document.js';
import { cliScratch, dzPlanHere } from './helpers.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** The parts of a .docx this suite writes: the body's XML, and numbering.xml's and styles.xml's contents. */
interface Parts {
  readonly body: string;
  readonly numbering?: string;
  readonly styles?: string;
}

/** A .docx of `parts`, its numbering and styles tied to the document by relationships, as Word ties them. */
async function docx({ body, numbering, styles }: Parts): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${R}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  const rels = [
    numbering === undefined ? '' : `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>`,
    styles === undefined ? '' : `<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`,
  ].join('');
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${R}">${rels}</Relationships>`);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`);
  if (numbering !== undefined) zip.file('word/numbering.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}">${numbering}</w:numbering>`);
  if (styles !== undefined) zip.file('word/styles.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}">${styles}</w:styles>`);
  return zip.generateAsync({ type: 'uint8array' });
}

/** A paragraph of `text`, numbered from list `numId` at level `ilvl` when given. */
const p = (text: string, numId?: number, ilvl = 0) =>
  `<w:p>${numId === undefined ? '' : `<w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>`}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A paragraph of `text` in the paragraph style `style`. */
const styled = (text: string, style: string) => `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

/** A level of an abstract numbering: its format, its text (`%1.`), where it starts. */
const lvl = (ilvl: number, numFmt: string, lvlText: string, start = 1) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${numFmt}"/><w:lvlText w:val="${lvlText}"/></w:lvl>`;

const abstractNum = (id: number, ...levels: string[]) => `<w:abstractNum w:abstractNumId="${id}">${levels.join('')}</w:abstractNum>`;
const num = (numId: number, abstractNumId: number, overrides = '') => `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractNumId}"/>${overrides}</w:num>`;

/** A table of `rows`, each cell its own paragraph, as Word writes it. */
const table = (...rows: readonly string[][]) =>
  `<w:tbl>${rows.map((row) => `<w:tr>${row.map((cell) => `<w:tc>${p(cell)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;

/** The reviewer's b-autonum.docx: sections numbered `%1、` in chineseCounting, tasks `%1.` in decimal. */
const autoNumbered: Parts = {
  numbering: abstractNum(0, lvl(0, 'decimal', '%1.')) + abstractNum(1, lvl(0, 'chineseCounting', '%1、')) + num(1, 0) + num(2, 1),
  body: [
    p('聊城市人民政府关于印发聊城市2023年重点工作任务的通知'),
    p('经济发展', 2),
    p('地区生产总值增长6%。', 1),
    p('（牵头单位：市发展改革委；配合单位：市统计局）'),
    p('新建5G基站2000个。', 1),
    p('（牵头单位：市工业和信息化局）'),
    p('民生', 2),
    p('城镇新增就业4万人。', 1),
    p('（牵头单位：市人力资源社会保障局）'),
  ].join(''),
};

describe('a .docx numbered by Word', () => {
  const scratch = cliScratch('dz-docx-forms-');
  const write = async (name: string, parts: Parts) => {
    const file = scratch.at(name);
    writeFileSync(file, await docx(parts));
    return file;
  };

  test('automatic numbering is read as Word shows it (a gap after the label, as Word leaves one), and parses as the same text typed does', async () => {
    const file = await write('autonum.docx', autoNumbered);
    assert.equal(
      await readDocument(file),
      [
        '聊城市人民政府关于印发聊城市2023年重点工作任务的通知',
        '一、 经济发展',
        '1. 地区生产总值增长6%。',
        '（牵头单位：市发展改革委；配合单位：市统计局）',
        '2. 新建5G基站2000个。',
        '（牵头单位：市工业和信息化局）',
        '二、 民生',
        '3. 城镇新增就业4万人。',
        '（牵头单位：市人力资源社会保障局）',
        '',
      ].join('\n'),
    );
    const typed = scratch.at('typed.txt');
    writeFileSync(typed, await readDocument(file));
    const [fromDocx, fromText] = [await dzPlanHere('parse', file), await dzPlanHere('parse', typed)];
    assert.equal(fromDocx.status, 0, fromDocx.stdout + fromDocx.stderr);
    assert.match(fromDocx.stdout, /^2 sections, 3 tasks, 4 units$/mu);
    assert.equal(fromDocx.stdout, fromText.stdout);
  });

  test('levels restart below the one counted; start, startOverride, a style\'s numbering and %1.%2 are followed', async () => {
    const numbering =
      abstractNum(0, lvl(0, 'decimal', '%1.'), lvl(1, 'decimal', '%1.%2'), lvl(2, 'decimalFullWidth', '（%3）', 3)) +
      abstractNum(1, lvl(0, 'chineseCountingThousand', '第%1部分', 9)) +
      num(1, 0) +
      num(2, 1) +
      num(3, 1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>') +
      abstractNum(2, lvl(0, 'ideographTraditional', '%1、')) +
      num(4, 2);
    const styles = `<w:style w:type="paragraph" w:styleId="Part"><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="PartChild"><w:basedOn w:val="Part"/></w:style>`;
    const body = [
      styled('總則', 'Part'),
      styled('分則', 'PartChild'),
      p('甲', 1),
      p('甲一', 1, 1),
      p('甲一甲', 1, 2),
      p('甲一乙', 1, 2),
      p('甲二', 1, 1),
      p('甲二甲', 1, 2),
      p('乙', 1),
      p('乙一', 1, 1),
      p('重新起算', 3),
      p('不編號', 0),
      p('天干一', 4),
      p('天干二', 4),
    ].join('');
    const file = await write('levels.docx', { body, numbering, styles });
    assert.deepEqual((await readDocument(file)).split('\n').filter(Boolean), [
      '第九部分 總則',
      '第十部分 分則',
      '1. 甲',
      '1.1 甲一',
      '（３） 甲一甲',
      '（４） 甲一乙',
      '1.2 甲二',
      '（３） 甲二甲',
      '2. 乙',
      '2.1 乙一',
      '第一部分 重新起算',
      '不編號',
      '甲、 天干一',
      '乙、 天干二',
    ]);
  });

  test('w:lvlRestart: 0 never restarts, n restarts after level n or one above it (the reviewer\'s norestart.docx)', async () => {
    const restart = (ilvl: number, numFmt: string, lvlText: string, after: number) =>
      lvl(ilvl, numFmt, lvlText).replace('<w:numFmt', `<w:lvlRestart w:val="${after}"/><w:numFmt`);
    const numbering =
      abstractNum(0, lvl(0, 'chineseCounting', '%1、'), restart(1, 'decimal', '%2.', 0)) +
      abstractNum(1, lvl(0, 'decimal', '%1'), lvl(1, 'decimal', '%1.%2'), restart(2, 'lowerLetter', '%3)', 1)) +
      num(1, 0) +
      num(2, 1);
    const body = [
      p('经济发展', 1),
      p('外资', 1, 1),
      p('就业', 1, 1),
      p('民生保障', 1),
      p('学校', 1, 1),
      p('甲', 2),
      p('甲一', 2, 1),
      p('甲一子', 2, 2),
      p('甲二', 2, 1),
      p('甲二子', 2, 2),
      p('乙', 2),
      p('乙子', 2, 2),
    ].join('');
    const file = await write('norestart.docx', { body, numbering });
    assert.deepEqual((await readDocument(file)).split('\n').filter(Boolean), [
      '一、 经济发展',
      '1. 外资',
      '2. 就业',
      '二、 民生保障',
      '3. 学校',
      '1 甲',
      '1.1 甲一',
      'a) 甲一子',
      '1.2 甲二',
      'b) 甲二子',
      '2 乙',
      'a) 乙子',
    ]);
  });

  test('Chinese legal numerals are written (壹貳參, 壹贰叁), 1 to 9', async () => {
    const numbering = abstractNum(0, lvl(0, 'ideographLegalTraditional', '%1、', 2)) + abstractNum(1, lvl(0, 'chineseLegalSimplified', '%1、', 9)) + num(1, 0) + num(2, 1);
    const notes: DocumentNote[] = [];
    const file = await write('legal.docx', { body: p('總則', 1) + p('分則', 1) + p('附则', 2) + p('补充', 2), numbering });
    assert.deepEqual((await readDocument(file, { onNote: (note) => notes.push(note) })).split('\n').filter(Boolean), ['貳、 總則', '參、 分則', '玖、 附则', '补充']);
    assert.deepEqual(notes, [{ code: 'numberingNotWritten', paragraph: '补充', format: 'chineseLegalSimplified' }]);
  });

  test('a format that cannot be written is said, naming the paragraph and the format; the text is still read', async () => {
    const numbering = abstractNum(0, lvl(0, 'hebrew1', '%1.')) + num(1, 0);
    const file = await write('hebrew.docx', { body: p('一、總則') + p('擴大有效投資。', 1), numbering });
    const notes: DocumentNote[] = [];
    assert.equal(await readDocument(file, { onNote: (note) => notes.push(note) }), '一、總則\n擴大有效投資。\n');
    assert.deepEqual(notes, [{ code: 'numberingNotWritten', paragraph: '擴大有效投資。', format: 'hebrew1' }]);
    const run = await dzPlanHere('parse', file, '--lenient');
    assert.match(run.stderr, /hebrew\.docx: .*"擴大有效投資。".*"hebrew1"/u);
    const zh = await dzPlanHere('parse', file, '--lenient', '--lang', 'zh-Hans');
    assert.match(zh.stderr, /hebrew\.docx:.*擴大有效投資。.*hebrew1/u);
    assert.doesNotMatch(zh.stderr, /paragraph|format/u);
    const build = await dzPlanHere('build', file, '-o', scratch.at('hebrew.json'), '--issuer', '虛構市人民政府', '--lenient');
    assert.match(build.stderr, /hebrew\.docx: .*"擴大有效投資。".*"hebrew1"/u);
  });
});

describe('a table in a .docx', () => {
  const scratch = cliScratch('dz-docx-tables-');

  test('a table of tasks is said as tableNotRead, naming its first row (the reviewer\'s d-table.docx)', async () => {
    const file = scratch.at('table.docx');
    const body =
      p('聊城市人民政府关于印发聊城市2023年重点工作任务的通知') +
      p('一、经济发展') +
      table(['序号', '任务', '牵头单位', '配合单位'], ['1', '地区生产总值增长6%', '市发展改革委', '市统计局'], ['2', '新建5G基站2000个', '市工业和信息化局', '']);
    writeFileSync(file, await docx({ body }));
    assert.match(await readDocument(file), /^序号\t任务\t牵头单位\t配合单位\n1\t地区生产总值增长6%\t市发展改革委\t市统计局\n/mu);
    const run = await dzPlanHere('parse', file, '--lenient');
    assert.match(run.stdout, /^warning 3:1 tableNotRead: line 3 is a row of a table .*«序号\t任务\t牵头单位\t配合单位»$/mu);
  });

  test('a table among typed tasks is said as tableNotRead at its first row (the reviewer\'s e-mixed.docx)', async () => {
    const file = scratch.at('mixed.docx');
    const body = [
      p('一、经济发展'),
      p('1. 地区生产总值增长6%。'),
      p('（牵头单位：市发展改革委）'),
      p('二、民生'),
      table(['序号', '任务', '责任单位'], ['3', '城镇新增就业4万人', '市人力资源社会保障局'], ['4', '新增养老床位500张', '市民政局']),
      p('5.新建城市公园3处。'),
      p('（牵头单位：市城市管理局）'),
    ].join('');
    writeFileSync(file, await docx({ body }));
    const run = await dzPlanHere('parse', file, '--lenient');
    assert.match(run.stdout, /^warning 5:1 tableNotRead: .*«序号\t任务\t责任单位»$/mu);
  });
});
