/**
 * Issue 8: each way the parser used to go wrong quietly on another city's document. Each case is now read right,
 * or it is an error (a wrong lead unit published on a government page is worse than an error).
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { after, describe, test } from 'node:test';
import { parsePlanText, type DiagnosticCode, type ParsedPlanText } from '../src/parse-plan-text.js';
import { cliScratch, dzPlanHere } from './helpers.js';

const errors = (parsed: ParsedPlanText) => parsed.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
/** Diagnostics other than noSections (these small documents have no headings on purpose). */
const notes = (parsed: ParsedPlanText) => parsed.diagnostics.filter((d) => d.code !== 'noSections').map((d) => d.code);
const units = (parsed: ParsedPlanText) => parsed.tasks.map((t) => [t.number, t.lead, t.participating]);

describe('issue 8: numbering and headings that gave noTasks', () => {
  const cases: [string, string][] = [
    ['1、', '1、甲項。內容。(牽頭單位:市甲局)\n2、乙項。內容。(牽頭單位:市乙局)'],
    ['（1）', '（1）甲項。內容。（牽頭單位：市甲局）\n（2）乙項。內容。（牽頭單位：市乙局）'],
    ['full-width digits', '１．甲項。內容。（牽頭單位：市甲局）\n２．乙項。內容。（牽頭單位：市乙局）'],
    ['第一部分', '第一部分 甲部\n1.甲項。內容。(牽頭單位:市甲局)\n第二部分 乙部\n2.乙項。內容。(牽頭單位:市乙局)'],
  ];
  for (const [form, text] of cases) {
    test(form, () => {
      const parsed = parsePlanText(text);
      assert.deepEqual(errors(parsed), []);
      assert.deepEqual(units(parsed), [
        [1, ['市甲局'], []],
        [2, ['市乙局'], []],
      ]);
    });
  }
});

describe('issue 8: units outside a parenthesis that stayed in the body', () => {
  test('責任單位:… on its own line', () => {
    const parsed = parsePlanText('1.甲項。內容。\n責任單位:市甲局、市乙局\n2.乙項。內容。\n責任單位:市丙局');
    assert.deepEqual(notes(parsed), []);
    assert.deepEqual(units(parsed), [
      [1, ['市甲局', '市乙局'], []],
      [2, ['市丙局'], []],
    ]);
    assert.equal(parsed.tasks[0]!.body, '內容。');
  });

  test('【責任單位】… on its own line', () => {
    const parsed = parsePlanText('1.甲項。內容。\n【責任單位】市甲局\n2.乙項。內容。\n【责任单位】市乙局、市丙局');
    assert.deepEqual(notes(parsed), []);
    assert.deepEqual(units(parsed), [
      [1, ['市甲局'], []],
      [2, ['市乙局', '市丙局'], []],
    ]);
  });
});

describe('issue 8: silently wrong, exit 0 — now read right or an error', () => {
  test('(責任單位:市委組織部牽頭,市人社局、市科技局配合) gives the right roles', () => {
    const parsed = parsePlanText('1.甲項。內容。(責任單位:市委組織部牽頭,市人社局、市科技局配合)');
    assert.deepEqual(errors(parsed), []);
    assert.deepEqual(units(parsed), [[1, ['市委組織部'], ['市人社局', '市科技局']]]);
  });

  test('牽頭單位:A 配合單位:B gives lead A and participating B', () => {
    const parsed = parsePlanText('1.甲項。內容。(牽頭單位:市甲局 配合單位:市乙局)');
    assert.deepEqual(errors(parsed), []);
    assert.deepEqual(units(parsed), [[1, ['市甲局'], ['市乙局']]]);
  });

  test('各縣(市、區)政府 is one unit', () => {
    const parsed = parsePlanText('1.甲項。內容。(牽頭單位:市甲局,參與單位:各縣(市、區)政府、市乙局)');
    assert.deepEqual(errors(parsed), []);
    assert.deepEqual(units(parsed), [[1, ['市甲局'], ['各縣(市、區)政府', '市乙局']]]);
  });

  test('an in-task list 1.…;2.…;3.… is not tasks 2 and 3 and does not steal units', () => {
    const text = '一、甲部\n1.甲項。包括:1.建渠道;2.修水庫;3.治河流。(牽頭單位:市水利局)\n2.乙項。內容。(牽頭單位:市財政局)';
    const parsed = parsePlanText(text);
    assert.deepEqual(errors(parsed), []);
    assert.deepEqual(units(parsed), [
      [1, ['市水利局'], []],
      [2, ['市財政局'], []],
    ]);
    assert.equal(parsed.tasks[0]!.body, '包括:1.建渠道;2.修水庫;3.治河流。');
  });

  test('a repeated task number is an error and neither task is merged into the other', () => {
    const parsed = parsePlanText('1.甲項。內容。(牽頭單位:市甲局)\n2.乙項。內容。(牽頭單位:市乙局)\n2.丙項。內容。(牽頭單位:市丙局)\n3.丁項。內容。(牽頭單位:市丁局)');
    assert.deepEqual(errors(parsed), ['taskNumberRepeated']);
    assert.deepEqual(parsed.tasks.map((t) => t.title), ['甲項', '乙項', '丙項', '丁項']);
    assert.deepEqual(parsed.tasks.map((t) => t.lead), [['市甲局'], ['市乙局'], ['市丙局'], ['市丁局']]);
  });

  test('a skipped task number is an error naming the missing task, and the tasks after it are kept', () => {
    const parsed = parsePlanText('1.甲項。內容。(牽頭單位:市甲局)\n3.丙項。內容。(牽頭單位:市丙局)\n4.丁項。內容。(牽頭單位:市丁局)');
    assert.deepEqual(errors(parsed), ['taskNumberSkipped']);
    assert.match(parsed.diagnostics.find((d) => d.code === 'taskNumberSkipped')!.message, /task 2\b/);
    assert.deepEqual(parsed.tasks.map((t) => [t.number, t.lead]), [
      [1, ['市甲局']],
      [3, ['市丙局']],
      [4, ['市丁局']],
    ]);
  });

  test('a preamble line 一、二季度… is not a section', () => {
    const parsed = parsePlanText('一、二季度完成部署。\n一、甲部\n1.甲項。內容。(牽頭單位:市甲局)\n二、乙部\n2.乙項。內容。(牽頭單位:市乙局)');
    assert.deepEqual(errors(parsed), []);
    assert.deepEqual(parsed.sections.map((s) => [s.numeral, s.title]), [['一', '甲部'], ['二', '乙部']]);
    assert.equal(parsed.preamble, '一、二季度完成部署。');
    assert.deepEqual(parsed.diagnostics.map((d) => [d.code, d.severity]), [['headingLikeText', 'warning']]);
  });

  test('a missing heading (一 then 三) is an error naming section 二', () => {
    const parsed = parsePlanText('一、甲部\n1.甲項。內容。(牽頭單位:市甲局)\n三、丙部\n2.乙項。內容。(牽頭單位:市乙局)');
    assert.deepEqual(errors(parsed), ['sectionNumberSkipped']);
    assert.match(parsed.diagnostics[0]!.message, /section 二/);
    assert.deepEqual(parsed.sections.map((s) => [s.number, s.title]), [[1, '甲部'], [3, '丙部']]);
  });
});

describe('issue 8: ambiguities about who is responsible are errors', () => {
  const cases: [string, string, DiagnosticCode][] = [
    ['a role word left in a name', '1.甲項。內容。(牽頭單位:市甲局負責、市乙局)', 'roleWordInUnitName'],
    ['an unbalanced bracket in a name', '1.甲項。內容。\n責任單位:市甲局(市乙辦、市丙局', 'unbalancedBracketInUnitName'],
    ['text after the units', '1.甲項。內容。(牽頭單位:市甲局)再做一件事。\n2.乙項。內容。(牽頭單位:市乙局)', 'textAfterUnits'],
    ['a repeated section', '一、甲部\n1.甲項。內容。(牽頭單位:市甲局)\n一、乙部\n2.乙項。內容。(牽頭單位:市乙局)', 'sectionNumberRepeated'],
  ];
  for (const [what, text, code] of cases) {
    test(what, () => assert.ok(errors(parsePlanText(text)).includes(code), JSON.stringify(parsePlanText(text).diagnostics)));
  }
});

describe('diagnostics say where: line, column and a quote', () => {
  test('a skipped number on line 3, column 1', () => {
    const parsed = parsePlanText('前言。\n1.甲項。內容。(牽頭單位:市甲局)\n3.丙項。內容。(牽頭單位:市丙局)');
    const d = parsed.diagnostics.find((x) => x.code === 'taskNumberSkipped')!;
    assert.equal(d.line, 3);
    assert.equal(d.column, 1);
    assert.ok(d.quote.startsWith('3.丙項'));
    assert.ok(d.quote.length <= 40);
  });

  test('column counts UTF-16 code units from 1', () => {
    const text = '1.甲項。內容。(牽頭單位:市甲局負責)';
    const d = parsePlanText(text).diagnostics.find((x) => x.code === 'roleWordInUnitName')!;
    assert.equal(d.line, 1);
    assert.equal(d.column, d.offset + 1);
    assert.ok(d.quote.includes('市甲局負責'));
  });
});

describe('dz-plan parse: errors exit 1 unless --lenient', () => {
  const scratch = cliScratch('dz-plan-issue8-');

  test('a skipped number: exit 1, printed as error LINE:COL code: message «quote»', async () => {
    const file = scratch.at('skipped.txt');
    writeFileSync(file, '1.甲項。內容。(牽頭單位:市甲局)\n3.丙項。內容。(牽頭單位:市丙局)');
    const strict = await dzPlanHere('parse', file);
    assert.equal(strict.status, 1);
    assert.match(strict.stdout, /^error 2:1 taskNumberSkipped: .*task 2.* «3\.丙項.*»$/m);
    const lenient = await dzPlanHere('parse', file, '--lenient');
    assert.equal(lenient.status, 0);
    assert.match(lenient.stdout, /^error 2:1 taskNumberSkipped: /m);
    assert.equal((await dzPlanHere('parse', file, '--json', '--lenient')).status, 0);
    assert.equal((await dzPlanHere('parse', file, '--json')).status, 1);
  });
});
