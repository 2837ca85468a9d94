/**
 * F113: every warning of `dz-plan parse|summary|build` in the language of `--lang`, not English among Chinese lines. Each
 * warning raised by the smallest document that raises it, through what `summary` runs (the parse, its checks and the
 * targets' proposals) and `diagnosticIn`, as the CLI says it; and a guard: every code of `DiagnosticCode` has words.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { checkParsed } from '../src/node/after-parse.js';
import * as diagnosticWords from '../src/node/diagnostic-words.js';
import { documentProposals } from '../src/node/task-proposals.js';
import { parsePlanText } from '../src/parse/parse-plan-text.js';
import type { Diagnostic } from '../src/parse/types.js';
import { packageDir } from './helpers.js';

const { diagnosticIn } = diagnosticWords;

/** A Traditional document of one section, its tasks numbered from 1. */
const document = (...tasks: string[]) => ['某市2024年重點工作任務', '某市人民政府', '一、穩增長', ...tasks.map((t, i) => `${i + 1}.${t}`)].join('\n');
const lines = (...all: string[]) => all.join('\n');

/** The diagnostics of `text` as `dz-plan summary` finds them: the parse, the checks after it, the targets' proposals. */
function diagnosticsOf(text: string): Diagnostic[] {
  const checked = checkParsed(text, parsePlanText(text));
  return documentProposals(text, checked.tasks, checked.diagnostics).diagnostics;
}

/** A run of Latin words (English), once options (--lenient) and codes (targets.add, taskWithoutUnits) are left out. */
const english = (message: string) => /[A-Za-z]{2,} [A-Za-z]{2,}/.exec(message.replace(/--[a-z-]+|\b[a-z]+(?:[.A-Z][a-z]+)+\b/g, ''))?.[0];

interface Case {
  /** The smallest document that raises the warning. */
  readonly text: string;
  /** The task the message names, if it names one. */
  readonly task?: number;
  /** What else the English names (a unit, a line of the document, a section's numeral), said again in Chinese. */
  readonly names?: readonly string[];
}

/** Each warning, by code, with its forms. */
const warnings: Readonly<Record<string, readonly Case[]>> = {
  noSections: [{ text: '1.擴大有效投資。(牽頭單位:市發展改革委)' }],
  sectionWithoutTasks: [{ text: `${document('擴大有效投資。(牽頭單位:市發展改革委)')}\n二、促改革`, names: ['二'] }],
  headingLikeText: [
    { text: lines('一、二季度完成部署。', '一、甲部', '1.甲項。內容。(牽頭單位:市甲局)', '二、乙部', '2.乙項。內容。(牽頭單位:市乙局)'), names: ['一'] },
    { text: lines('一、甲部', '1.甲項。內容。(牽頭單位:市甲局)', '2.乙項。內容。(牽頭單位:市甲局)', '一、二季度完成部署。', '3.丙項。內容。(牽頭單位:市乙局)'), names: ['二', '3'] },
  ],
  numberingRestarts: [{ text: lines('一、甲', '1.推進工作。(牽頭單位:市甲局)', '二、乙', '1.推進工作。(牽頭單位:市乙局)'), names: ['二'] }],
  taskWithoutTitle: [{ text: document('擴大有效投資(牽頭單位:市發展改革委)'), task: 1 }],
  taskWithoutUnits: [
    { text: document('擴大有效投資。'), task: 1 },
    // r113: a line that starts like a label, not read.
    { text: document('擴大有效投資。\n牽頭單位為市發展改革委'), task: 1, names: ['牽頭單位為市發展改革委'] },
  ],
  emptyUnitName: [{ text: document('擴大有效投資。(牽頭單位:市甲局、、市乙局)'), task: 1 }],
  duplicateUnitInTask: [
    { text: document('擴大有效投資。(牽頭單位:市甲局、市甲局)'), task: 1, names: ['市甲局'] },
    // Units in a bracket at the task's start and at its end (F221).
    { text: document('【市乙局】擴大有效投資。(牽頭單位:市甲局)'), task: 1, names: ['【市乙局】', '(牽頭單位:市甲局)'] },
  ],
  fieldAmongUnits: [
    { text: document('擴大有效投資。(牽頭單位:市發展改革委;配合單位:市財政局;完成時限:按計劃推進)'), task: 1, names: ['完成時限:按計劃推進'] },
    { text: document('擴大有效投資。(牽頭單位:市發展改革委;牽頭領導:張三)'), task: 1, names: ['牽頭領導:張三'] },
    { text: `${document('擴大有效投資。\n牽頭單位:市發展改革委\n完成時限:長期堅持')}\n2.優化服務。(牽頭單位:市財政局)`, task: 1, names: ['完成時限:長期堅持', '6月底前'] },
  ],
  unitsLineJoined: [
    { text: lines('1.实际使用外资同比增长10%以上。', '牵头单位：县商务局；配合单位：县投资促进服务', '中心、县财政局', '2.城镇新增就业5000人。', '牵头单位：县人力资源和社会保障局'), task: 1, names: ['中心、县财政局'] },
  ],
  blankInUnitName: [
    // r113: a blank inside a name where 、 separates names, and a piece beside a blank that is no unit's name alone.
    { text: document('擴大有效投資。(牽頭單位:市住房城鄉 建設局;配合單位:市財政局、市 自然資源和規劃局)'), task: 1, names: ['市住房城鄉 建設局', '市住房城鄉建設局', '市 自然資源和規劃局'] },
    { text: document('擴大有效投資。(牽頭單位:市 住房城鄉建設局)'), task: 1, names: ['市'] },
  ],
  stopInUnitName: [
    { text: document('穩定就業。新增就業6萬人。(牽頭單位:市人社局。配合單位:市財政局.)'), task: 1, names: ['市人社局。', '市財政局.'] },
    { text: document('穩定就業。(牽頭單位:市醫保局。市財政局)'), task: 1, names: ['市醫保局。市財政局', '2', '市醫保局、市財政局'] },
  ],
  unitsCounted: [{ text: document('強化養老服務。(牽頭單位:市民政局等12個部門)'), task: 1, names: ['市民政局等12個部門', '12', '1'] }],
  textBeforeFirstTask: [{ text: lines('某市2024年重點工作任務', '某市人民政府', '一、穩增長', '全年地區生產總值增長6%左右。', '1.實施重點項目。(牽頭單位:市發展改革委)'), names: ['全年地區生產總值增長6%左右。'] }],
  fieldInTaskText: [
    {
      text: lines('某市2024年重點工作任務', '某市人民政府', '一、穩增長', '1.建設污水處理廠。新增日處理能力5萬噸。', '責任領導:李明', '牽頭單位:市住建局', '2.擴大消費。完成時限:2024年底', '新增商戶20家。(牽頭單位:市商務局)'),
      names: ['責任領導:李明', '完成時限:2024年底'],
    },
  ],
  tableNotRead: [{ text: lines('某市2024年重點工作任務', '某市人民政府', '序號\t重點任務\t牽頭單位', '1\t擴大有效投資\t市發展改革委', '2\t穩定就業\t市人社局'), names: ['3'] }],
  textAfterLastTask: [{ text: '一、甲\n1.推进工作。(牵头单位:市发改委)\n\n芜湖市人民政府办公室\n2024年1月5日\n', task: 1 }],
  footnoteAfterTask: [{ text: '一、甲\n1.推进工作。(牵头单位:市发改委)\n注:①智能工厂指经认定的工厂。\n', task: 1 }],
  attachmentNotRead: [{ text: '一、甲\n1.推进工作。(牵头单位:市发改委)\n附件:1.重点项目清单\n2.任务分工表\n', names: ['附件:1.重点项目清单'] }],
  taskNumberForm: [{ text: '一、甲\n1.推进工作。(牵头单位:市发改委)\n2、推进乙。(牵头单位:市财政局)\n', task: 2, names: ['2、'] }],
  rolesNotGiven: [{ text: document('優化服務。(責任單位:市財政局、市統計局)'), task: 1 }],
  respectiveLeads: [{ text: document('健康校園。(市教育局、市衛生健康委分別牽頭)'), task: 1, names: ['分別牽頭'] }],
  numeralNotRead: [
    { text: document('建設基站。新建基站達到500以上。(牽頭單位:市工信局)'), task: 1, names: ['500'] },
    { text: document('應急響應。當PM2.5濃度達到150微克/立方米時,啟動應急響應。(牽頭單位:市生態環境局)'), task: 1, names: ['150微克/立方米', '當PM2.5濃度達到150微克/立方米時'] },
  ],
  metricNotNamed: [{ text: document('穩增長。上半年增長8%。(牽頭單位:市統計局)'), task: 1, names: ['8%'] }],
  respectiveWithoutSubject: [{ text: document('財政收入。一般公共預算收入和稅收收入,分別增長15%、20%。(牽頭單位:市財政局)'), task: 1, names: ['15%', '20%'] }],
};

/** The errors, said in Chinese already (each raised by a document of `cli-language-r65.test.ts`). */
const errors = [
  'noTasks',
  'taskNumberRepeated',
  'taskNumberSkipped',
  'sectionNumberRepeated',
  'sectionNumberSkipped',
  'unclosedUnits',
  'textAfterUnits',
  'roleWordInUnitName',
  'unbalancedBracketInUnitName',
  'ambiguousUnitRole',
  'unitsJoinedByWord',
  'responsibleBesideLead',
  'headingAboveSections',
  'headingWithoutSubsections',
  'taskNumberingNotRead',
  'taskNumberBeforeDigits',
];

/** The warnings only `planFromText` says, of the plan it builds (their words: `units-identity-f192.test.ts`). */
const buildWarnings = ['unitNamesMerged', 'issuerFromLine', 'idWithoutPlace'];

const taskWord = { 'zh-Hant': '任務', 'zh-Hans': '任务' } as const;

describe('F113: every warning in the language of --lang', () => {
  for (const [code, cases] of Object.entries(warnings)) {
    test(`${code}: said in zh-Hant and zh-Hans, naming what the English names; in English as it was`, () => {
      for (const { text, task, names = [] } of cases) {
        const said = diagnosticsOf(text).filter((d) => d.code === code);
        assert.ok(said.length, `${code} is raised by ${JSON.stringify(text)}`);
        for (const d of said) {
          assert.equal(d.severity, 'warning');
          assert.equal(diagnosticIn(d, 'en').message, d.message);
          for (const lang of ['zh-Hant', 'zh-Hans'] as const) {
            const { message } = diagnosticIn(d, lang);
            assert.equal(english(message), undefined, `${lang}: ${message} (English: ${d.message})`);
            if (task !== undefined) assert.ok(message.includes(`${taskWord[lang]} ${task}`), `${lang}: ${message} names task ${task}`);
            for (const name of names.filter((n) => d.message.includes(n))) assert.ok(message.includes(name), `${lang}: ${message} names ${name}`);
          }
        }
      }
    });
  }

  test('a deadline a field gives that is not read is said in Chinese too (one read is not said: F217)', () => {
    const said = (units: string) => diagnosticsOf(document(`擴大有效投資。(牽頭單位:市發展改革委;${units})`)).find((d) => d.code === 'fieldAmongUnits');
    const zh = (units: string) => [diagnosticIn(said(units)!, 'zh-Hant').message, diagnosticIn(said(units)!, 'zh-Hans').message];
    for (const read of ['完成時限:2024年6月底', '完成時限:年底前', '完成時限:明年6月底前']) assert.equal(said(read), undefined, read);
    assert.deepEqual(zh('完成時限:長期堅持'), [
      '任務 1:「完成時限:長期堅持」是括號裡的欄位(期限、責任領導),不是單位:已略去;期限未能讀取(任務中的目標以計劃年度年底為期限;請在正文寫明期限:6月底前…)',
      '任务 1:“完成時限:長期堅持”是括号里的栏目(期限、责任领导),不是单位:已略去;期限未能读取(任务中的目标以计划年度年底为期限;请在正文写明期限:6月底前…)',
    ]);
  });

  test('the responsibleBesideLead error, which names an option, has no English beside it either', () => {
    const [d] = diagnosticsOf(document('優化服務。(牽頭單位:市發展改革委;責任單位:市財政局)')).filter((x) => x.code === 'responsibleBesideLead');
    for (const lang of ['zh-Hant', 'zh-Hans'] as const) assert.equal(english(diagnosticIn(d!, lang).message), undefined, diagnosticIn(d!, lang).message);
  });

  test('the count of those past the first 100 of a code is said too, naming the code', () => {
    const more = diagnosticsOf(document(...Array.from({ length: 102 }, () => '擴大有效投資。'))).filter((d) => d.code === 'taskWithoutUnits').at(-1)!;
    assert.match(more.message, /^2 more taskWithoutUnits from here on/);
    assert.equal(diagnosticIn(more, 'zh-Hant').message, '此後還有 2 個 taskWithoutUnits(只列出前 100 個)');
    assert.equal(diagnosticIn(more, 'zh-Hans').message, '此后还有 2 个 taskWithoutUnits(只列出前 100 个)');
  });

  test('every code of DiagnosticCode has words, and every warning a case above (a new code without either fails)', () => {
    const types = readFileSync(join(packageDir, 'src/parse/types.ts'), 'utf8');
    const union = /export type DiagnosticCode =([^]*?);\n/.exec(types)![1]!;
    const codes = [...union.matchAll(/'(\w+)'/g)].map((m) => m[1]!);
    assert.ok(codes.length > 30, `the codes are read from types.ts: ${codes.length}`);
    const worded: ReadonlySet<string> | undefined = (diagnosticWords as { codesWithWords?: ReadonlySet<string> }).codesWithWords;
    assert.deepEqual(codes.filter((code) => !worded?.has(code)), [], 'codes without words');
    assert.deepEqual(codes.filter((code) => !(code in warnings) && !errors.includes(code) && !buildWarnings.includes(code)), [], 'codes neither a warning above nor an error');
  });
});
