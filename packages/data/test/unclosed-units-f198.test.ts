/**
 * F198 (review r84): a units parenthesis of roles in words that is never closed (`(市水利局牽頭,市財政局配合` at the
 * end of a line or of the document) is `unclosedUnits`, an error, as the labelled form (`(牽頭單位:市水利局`) is: before,
 * the task had no units, their text was left in its body and `build` wrote a plan with `lead: []`. The function that
 * reads a document as `dz-plan parse` does, from code, and `planFromText`'s issues naming its options too.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { parsePlanTextChecked, planFromText } from '../src/node/index.js';
import { dzPlanHere } from './helpers.js';

const codes = (diagnostics: readonly { code: string; severity: string }[]) => diagnostics.map((d) => `${d.severity} ${d.code}`);

/** Unlabelled and unclosed: on the task's own line (before the next task) and on a line of its own at the document's end. */
const inLine = '济南市人民政府\n济南市2024年重点工作任务\n一、生态\n1.治理河湖。治理河道3条。（市水利局牵头，市财政局配合\n2.增加绿地。新增绿地1万亩。（市自然资源局牵头）\n';
const atEnd = '一、生态\n1.增加绿地。新增绿地1万亩。（市自然资源局牵头）\n2.治理河湖。治理河道3条。\n（市水利局负责';

describe('an unclosed units parenthesis of roles in words is unclosedUnits (F198 1)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dz-unclosed-f198-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('on the task’s line: the error names its line and column, the units are read and left out of the body', () => {
    const parsed = parsePlanTextChecked(inLine);
    const error = parsed.diagnostics.find((d) => d.code === 'unclosedUnits');
    assert.ok(error, codes(parsed.diagnostics).join(', '));
    assert.equal(error.severity, 'error');
    assert.equal(`${error.line}:${error.column}`, '4:15');
    assert.equal(error.message, 'task 1: the units parenthesis is not closed');
    assert.ok(!codes(parsed.diagnostics).includes('warning taskWithoutUnits'), codes(parsed.diagnostics).join(', '));
    const [task] = parsed.tasks;
    assert.deepEqual([task!.lead, task!.participating, task!.body], [['市水利局'], ['市财政局'], '治理河道3条。']);
  });

  test('on a line of its own at the end of the document, with 負責 alone', () => {
    const parsed = parsePlanTextChecked(atEnd);
    const error = parsed.diagnostics.find((d) => d.code === 'unclosedUnits');
    assert.equal(error && `${error.severity} ${error.line}:${error.column}`, 'error 4:1');
    assert.deepEqual([parsed.tasks[1]!.lead, parsed.tasks[1]!.body], [['市水利局'], '治理河道3条。']);
  });

  test('dz-plan parse exits 1 on it; build writes no plan, and with --lenient a plan with the task’s lead', async () => {
    const file = join(dir, 'unclosed.txt');
    writeFileSync(file, inLine);
    const parse = await dzPlanHere('parse', file);
    assert.equal(parse.status, 1);
    assert.match(parse.stdout + parse.stderr, /^error 4:15 unclosedUnits: task 1: the units parenthesis is not closed/m);
    const built = planFromText(inLine);
    assert.equal(built.plan, undefined);
    assert.ok(codes(built.diagnostics).includes('error unclosedUnits'));
    const lenient = planFromText(inLine, { lenient: true });
    const task = lenient.plan?.tasks[0];
    assert.deepEqual([task?.lead.length, task?.participating.length, task?.body['zh-Hans']], [1, 1, '治理河道3条。']);
  });

  test('a parenthesis closed on the next line, and an unclosed one without role words, are not this error', () => {
    const closedNextLine = parsePlanTextChecked('一、生态\n1.治理河湖。治理河道3条。（市水利局牵头，\n市财政局配合）\n2.增加绿地。新增绿地1万亩。（市自然资源局牵头）\n');
    assert.ok(!codes(closedNextLine.diagnostics).includes('error unclosedUnits'), codes(closedNextLine.diagnostics).join(', '));
    assert.deepEqual(closedNextLine.tasks[0]!.lead, ['市水利局']);
    const ordinary = parsePlanTextChecked('一、生态\n1.治理河湖。治理河道3条（含支流\n2.增加绿地。新增绿地1万亩。（市自然资源局牵头）\n');
    assert.deepEqual(codes(ordinary.diagnostics), ['warning taskWithoutUnits']);
    assert.equal(ordinary.tasks[0]!.body, '治理河道3条（含支流');
  });
});

describe('parsePlanTextChecked reads a document as dz-plan parse does (F198 2)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dz-parse-checked-f198-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('a line 牽頭:…;配合:… after the task’s text: its units, as the CLI’s --json gives them', async () => {
    const text = '一、推进科技创新\n1.建设创新平台。新增研发机构5家以上。\n牵头:市科技局;配合:市财政局\n2.培育科技企业。新增高新技术企业30家。\n（牵头单位：市科技局）\n';
    const file = join(dir, 'short-labels.txt');
    writeFileSync(file, text);
    const cli = await dzPlanHere('parse', file, '--json');
    assert.equal(cli.status, 0, cli.stderr);
    const parsed = parsePlanTextChecked(text);
    assert.deepEqual([parsed.tasks[0]!.lead, parsed.tasks[0]!.participating], [['市科技局'], ['市财政局']]);
    assert.deepEqual(JSON.parse(JSON.stringify(parsed)), JSON.parse(cli.stdout));
  });
});

describe('planFromText’s issues name the option from code beside the flag (F198 3)', () => {
  test('title, year and issuer', () => {
    const { plan, issues } = planFromText('一、甲\n1.推进工作。(牵头单位:市发改委)\n');
    assert.equal(plan, undefined);
    const said = Object.fromEntries(issues.map((i) => [i.path, i.message]));
    assert.match(said.title!, /--title \(the title option of planFromText\)$/);
    assert.match(said.year!, /--year \(the year option of planFromText\)$/);
    assert.match(said.issuer!, /--issuer \(the issuer option of planFromText\)$/);
  });

  test('responsibleBesideLead: the flag and the option', () => {
    const { diagnostics } = planFromText('一、甲\n1.推进工作。(牵头单位:市发改委;责任单位:市财政局)\n');
    const error = diagnostics.find((d) => d.code === 'responsibleBesideLead');
    assert.match(error?.message ?? '', /give --responsible-beside-lead participating or lead; from code, the responsibleBesideLead option\)$/);
  });
});
