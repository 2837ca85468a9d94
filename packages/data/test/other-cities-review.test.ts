/**
 * A reviewer's findings on other cities' documents (round 7): deadlines within the year, measure kinds of 新增 and
 * 累計, numerals not read, 等 in unit names, units written inline or on the next line, page furniture, metrics that
 * were only a value, and messages. Each case is the smallest input that went wrong.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargets } from '../src/extract-targets.js';
import { planFromText } from '../src/node/plan-from-text.js';
import { otherCity, unitNamesOf } from './helpers.js';

const options = otherCity;
const build = (text: string) => planFromText(text, options);
const codes = (text: string) => build(text).diagnostics.map((d) => `${d.severity} ${d.code}`);
const read = (text: string) => extractTargets(text).map((p) => [p.metric, p.valueText, p.unit, p.measure]);

describe('deadlines within the year', () => {
  const deadlines = (body: string) => {
    const { plan } = build(`1.甲。${body}（牽頭單位：市工信局）`);
    assert.ok(plan);
    return plan.targets.map((t) => [t.metric['zh-Hant'], t.deadline]);
  };
  test('N月底前, N月底, N月前: the last day of that month of the plan year, out of the metric', () => {
    assert.deepEqual(deadlines('6月底前新建5G基站500個。'), [['新建5G基站', '2024-06-30']]);
    assert.deepEqual(deadlines('9月底新建充電樁300個。'), [['新建充電樁', '2024-09-30']]);
    assert.deepEqual(deadlines('11月前新建充電樁300個。'), [['新建充電樁', '2024-11-30']]);
    assert.deepEqual(deadlines('六月底前新建充電樁300個。'), [['新建充電樁', '2024-06-30']]);
  });
  test('quarters, 上半年, 年中, 年底前', () => {
    assert.deepEqual(deadlines('三季度末前,光纖覆蓋率達到95%以上。'), [['光纖覆蓋率', '2024-09-30']]);
    assert.deepEqual(deadlines('一季度末新建充電樁300個。'), [['新建充電樁', '2024-03-31']]);
    assert.deepEqual(deadlines('上半年新建充電樁300個。'), [['新建充電樁', '2024-06-30']]);
    assert.deepEqual(deadlines('年中前新建充電樁300個。'), [['新建充電樁', '2024-06-30']]);
    assert.deepEqual(deadlines('年底前新建充電樁300個。'), [['新建充電樁', '2024-12-31']]);
    assert.deepEqual(deadlines('光纖覆蓋率三季度末前達到95%以上。'), [['光纖覆蓋率', '2024-09-30']]);
  });
  test('a year written with its month: 2024年6月底前; 2024年底前 is the year end', () => {
    assert.deepEqual(deadlines('2024年6月底前新建充電樁300個。'), [['新建充電樁', '2024-06-30']]);
    assert.deepEqual(deadlines('2024年底前新建充電樁300個。'), [['新建充電樁', '2024-12-31']]);
    assert.deepEqual(deadlines('到2025年6月底,新建充電樁300個。'), [['新建充電樁', '2025-06-30']]);
  });
  test('a deadline reaches to the end of its sentence only; 截至6月底 is no deadline', () => {
    assert.deepEqual(deadlines('6月底前新建充電樁300個。新建5G基站500個。'), [
      ['新建充電樁', '2024-06-30'],
      ['新建5G基站', '2024-12-31'],
    ]);
    assert.deepEqual(deadlines('截至6月底,新建充電樁300個。').map(([, d]) => d), ['2024-12-31']);
  });
  test('a 完成時限 field among the units or on a line after them: the deadline of the task targets', () => {
    const inBracket = build('1.甲。新建充電樁300個。（牽頭單位：市工信局；完成時限：2024年6月底前）');
    assert.deepEqual(inBracket.plan?.targets.map((t) => t.deadline), ['2024-06-30']);
    const onLine = build('1.甲。新建充電樁300個。\n牽頭單位：市工信局\n完成時限：2024年6月底前\n2.乙。新建5G基站500個。（牽頭單位：市工信局）');
    assert.deepEqual(onLine.diagnostics.filter((d) => d.severity === 'error'), []);
    assert.deepEqual(onLine.plan?.targets.map((t) => t.deadline), ['2024-06-30', '2024-12-31']);
  });
});

describe('measure kinds of 新增 and 累計', () => {
  test('新增…裝機容量 is a flow (新增 before 裝機)', () => {
    assert.deepEqual(read('新增光伏裝機容量20萬千瓦。'), [['新增光伏裝機容量', '20', '萬千瓦', 'flow']]);
    assert.deepEqual(read('新能源發電裝機突破730萬千瓦。'), [['新能源發電裝機', '730', '萬千瓦', 'level']]);
  });
  test('累計 is a running total: a level', () => {
    assert.deepEqual(read('累計建成保障性租賃住房5000套。').map((r) => r[3]), ['level']);
    assert.deepEqual(read('專利授權量累計超過1500項。').map((r) => r[3]), ['level']);
    assert.deepEqual(read('到年底累計達到1.5萬個。').map((r) => r[3]), ['level']);
  });
});

describe('numerals that were left out silently', () => {
  test('千分之N is ‰', () => {
    assert.deepEqual(
      extractTargets('嬰兒死亡率控制在千分之二以下,孕產婦死亡率千分之三以內。').map((p) => [p.metric, p.valueText, p.value, p.unit, p.comparator]),
      [
        ['嬰兒死亡率', '千分之二', 2, '‰', 'atMost'],
        ['孕產婦死亡率', '千分之三', 3, '‰', 'atMost'],
      ],
    );
  });
  test('Chinese numerals before a measure word', () => {
    assert.deepEqual(
      extractTargets('新增企業十五家,建成社區食堂二十個。').map((p) => [p.metric, p.valueText, p.value, p.unit]),
      [
        ['新增企業', '十五', 15, '家'],
        ['建成社區食堂', '二十', 20, '個'],
      ],
    );
    // Not a count: 一批, 三年, 十大項目.
    assert.deepEqual(extractTargets('實施一批項目,用三年時間推進十大項目。'), []);
    // Nor a size class: the seed's 建設百億級新能源汽車產業集群 and 打造一批百億級 (read as 100億 targets at first).
    assert.deepEqual(extractTargets('建設百億級新能源汽車產業集群,打造一批千億級產業。'), []);
  });
  test('人均預期壽命…歲 is a level', () => {
    assert.deepEqual(read('人均預期壽命提高到79.5歲。'), [['人均預期壽命', '79.5', '歲', 'level']]);
  });
  test('a numeral not read is said, naming its line (numeralNotRead)', () => {
    const { diagnostics } = build('1.甲。新建基站達到1300以上,新建5G基站500個。（牽頭單位：市工信局）');
    const said = diagnostics.filter((d) => d.code === 'numeralNotRead');
    assert.equal(said.length, 1);
    assert.equal(said[0]!.line, 1);
    assert.match(said[0]!.message, /1300/);
  });
});

const unitsOf = (text: string) => unitNamesOf(text, 'zh-Hant');

describe('units', () => {
  test('a trailing 等 is no part of a unit name', () => {
    assert.deepEqual(unitsOf('1.甲。新建基站500個。（市發展改革委牽頭，市法院、市市場監管局等配合）\n2.乙。新建基站600個。（牽頭單位：市工信局；配合單位：市直有關部門等）'), [
      [1, ['市發展改革委'], ['市法院', '市市場監管局']],
      [2, ['市工信局'], ['市直有關部門']],
    ]);
  });
  test('【責任單位】 inline on the task line', () => {
    const text = '1.甲。完成投資600億元以上。【責任單位】市發展改革委牽頭，各縣市區人民政府配合\n2.乙。新建基站600個。（牽頭單位：市工信局）';
    assert.deepEqual(codes(text).filter((c) => !c.endsWith('noSections')), []);
    assert.deepEqual(unitsOf(text)[0], [1, ['市發展改革委'], ['各縣市區人民政府']]);
  });
  test('a line of roles in words after the task: A牽頭,B、C配合。', () => {
    const text = '1.甲。新增信用信息500萬條。\n市發展改革委牽頭，市法院、市市場監管局配合。\n2.乙。新建基站600個。（牽頭單位：市工信局）';
    assert.deepEqual(codes(text).filter((c) => !c.endsWith('noSections')), []);
    assert.deepEqual(unitsOf(text)[0], [1, ['市發展改革委'], ['市法院', '市市場監管局']]);
    assert.deepEqual(build(text).plan?.tasks[0]?.body['zh-Hant'], '新增信用信息500萬條。');
  });
});

describe('page furniture', () => {
  test('page numbers and footers between tasks are skipped', () => {
    for (const furniture of ['— 3 —', '- 5 -', '第 6 頁 共 8 頁', '-3-', '第6页']) {
      const text = `1.甲。新建基站500個。（牽頭單位：市工信局）\n${furniture}\n2.乙。新建基站600個。（牽頭單位：市工信局）`;
      assert.deepEqual(codes(text).filter((c) => !c.endsWith('noSections')), [], furniture);
    }
  });
  test('inside a task body a page number is left out of the body', () => {
    const { plan } = build('1.甲。新建基站500個。\n— 3 —\n新建充電樁300個。（牽頭單位：市工信局）');
    assert.equal(plan?.tasks[0]?.body['zh-Hant'].includes('3 —'), false);
  });
  test('a closing paragraph and signature after the last task: a warning, the plan is built', () => {
    const text = '1.甲。新建基站500個。（牽頭單位：市工信局）\n\n以上任務由各牽頭單位負責組織實施。\n\n某市人民政府辦公室\n2024年3月15日';
    const result = build(text);
    assert.ok(result.plan);
    assert.deepEqual(codes(text).filter((c) => !c.endsWith('noSections')), ['warning textAfterLastTask']);
  });
});

describe('metrics that were only a value', () => {
  const metrics = (text: string) => {
    const { plan, diagnostics } = build(`1.甲。${text}（牽頭單位：市工信局）`);
    assert.ok(plan);
    return [plan.targets.map((t) => t.metric['zh-Hant']), diagnostics.filter((d) => d.code === 'metricNotNamed').length];
  };
  test('a clause with no subject takes the subject of the clause before it', () => {
    assert.deepEqual(metrics('新建5G基站2000個以上,到年底累計達到1.5萬個。'), [['新建5G基站', '5G基站'], 0]);
    assert.deepEqual(metrics('研發投入強度提高0.2個百分點,達到2.5%。'), [['研發投入強度', '研發投入強度'], 0]);
    assert.deepEqual(metrics('千兆寬帶用戶占比提高到25%,同比提高3個百分點。'), [['千兆寬帶用戶占比', '千兆寬帶用戶占比'], 0]);
    assert.deepEqual(metrics('移動端可辦事項新增200項,累計超過1500項。'), [['移動端可辦事項新增', '移動端可辦事項'], 0]);
  });
  test('with no subject to carry, the metric is said to be missing (metricNotNamed), never a number', () => {
    const [names, said] = metrics('達到2.5%。');
    assert.doesNotMatch((names as string[])[0]!, /\d/);
    assert.equal(said, 1);
  });
});

describe('messages', () => {
  test('tasks numbered 1.1 or ①: the numbering on that line is not supported (taskNumberingNotRead)', () => {
    for (const [text, numeral] of [
      ['一、推進數字產業化\n1.1 培育軟件產業。軟件業務收入增長15%。（牽頭單位：市工信局）\n1.2 發展數字貿易。交易額增長20%。（牽頭單位：市商務局）', '1.1'],
      ['一、測試\n①培育軟件產業。軟件業務收入增長15%。（牽頭單位：市工信局）\n②發展數字貿易。交易額增長20%。（牽頭單位：市商務局）', '①'],
    ] as const) {
      const { diagnostics } = build(text);
      assert.deepEqual(diagnostics.map((d) => d.code).sort(), ['noTasks', 'taskNumberingNotRead']);
      const said = diagnostics.find((d) => d.code === 'taskNumberingNotRead')!;
      assert.equal(said.line, 2);
      assert.ok(said.message.includes(`"${numeral}"`) && said.message.includes('line 2'), said.message);
    }
  });
  test('a table after the last task stays an error (its rows may be tasks)', () => {
    assert.ok(codes('1.甲。新建基站500個。（牽頭單位：市工信局）\n序號\t任務\t單位\n1\t乙\t市工信局').includes('error textAfterUnits'));
  });
  test('dz-plan build says its diagnostics in English without --lang, tableNotRead and numeralNotRead too; in --lang when given', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { main } = await import('../src/cli.js');
    const dir = mkdtempSync(join(tmpdir(), 'dz-review-'));
    const file = join(dir, 'plan.txt');
    writeFileSync(file, '1.甲。新建基站達到500以上。（牽頭單位：市工信局）\n\n序號\t任務\t單位\n1\t乙\t市工信局\n');
    const said = async (...extra: string[]) => {
      const lines: string[] = [];
      const write = process.stderr.write.bind(process.stderr);
      process.stderr.write = ((chunk: string) => (lines.push(String(chunk)), true)) as typeof process.stderr.write;
      try {
        await main(['build', file, '--issuer', '某市人民政府', '--year', '2024', '--title', '測試', '-o', join(dir, 'plan.json'), '--lenient', ...extra]);
      } finally {
        process.stderr.write = write;
      }
      return lines.join('');
    };
    const english = await said();
    assert.match(english, /tableNotRead: line 3 is a row of a table/);
    assert.match(english, /numeralNotRead: task 1: the numeral 500 has no unit/);
    const chinese = await said('--lang', 'zh-Hans');
    assert.match(chinese, /tableNotRead: 第 3 行是表格的一行/);
    assert.match(chinese, /numeralNotRead: 任务 1:数值 500 没有单位/);
  });
});

describe('a code review of the parser (round 11)', () => {
  const deadlines = (body: string) => {
    const { plan } = build(`1.甲。${body}（牽頭單位：市工信局）`);
    assert.ok(plan);
    return plan.targets.map((t) => [t.metric['zh-Hant'], t.deadline]);
  };
  test('1. 上半年 as a comparison or beside a 全年 clause sets no deadline for the rest of the sentence', () => {
    assert.deepEqual(deadlines('上半年完成全年任務的50%以上,全年新建充電樁300個。'), [
      ['完成全年任務的', '2024-06-30'],
      ['新建充電樁', '2024-12-31'],
    ]);
    assert.deepEqual(deadlines('增速比上半年提高2個百分點,新建5G基站500個。').map(([, d]) => d), ['2024-12-31', '2024-12-31']);
    for (const base of ['比年中', '較一季度末', '与三季度末', '同6月底', '比6月底', '和上半年']) {
      assert.deepEqual(deadlines(`增速${base}提高2個百分點,新建5G基站500個。`).map(([, d]) => d), ['2024-12-31', '2024-12-31'], base);
    }
  });
  test('2. 截止到6月底 and 截至到6月底 are a state at a date: no deadline', () => {
    assert.deepEqual(deadlines('截止到6月底,已建成充電樁300個。').map(([, d]) => d), ['2024-12-31']);
    assert.deepEqual(deadlines('截至到6月底,已建成充電樁300個。').map(([, d]) => d), ['2024-12-31']);
  });
  test('3. 到2025年6月 with no 底: the end of that month', () => {
    assert.deepEqual(deadlines('到2025年6月,新建充電樁300個。'), [['新建充電樁', '2025-06-30']]);
    assert.deepEqual(deadlines('到2024年6月,新建充電樁300個。'), [['新建充電樁', '2024-06-30']]);
    assert.deepEqual(deadlines('至2025年9月新建充電樁300個。'), [['新建充電樁', '2025-09-30']]);
    assert.deepEqual(deadlines('於2025年6月前新建充電樁300個。'), [['新建充電樁', '2025-06-30']]);
  });
  test('4. 明年底前 is the end of the year after the plan\'s, out of the metric', () => {
    assert.deepEqual(deadlines('明年底前新建充電樁300個。'), [['新建充電樁', '2025-12-31']]);
    assert.deepEqual(deadlines('年底前新建充電樁300個,明年6月底前新建充電樁500個。'), [
      ['新建充電樁', '2024-12-31'],
      ['新建充電樁', '2025-06-30'],
    ]);
    const field = build('1.甲。新建充電樁300個。（牽頭單位：市工信局；完成時限：明年6月底前）');
    assert.deepEqual(field.plan?.targets.map((t) => t.deadline), ['2025-06-30']);
    assert.equal(field.diagnostics.find((d) => d.code === 'fieldAmongUnits'), undefined, 'a deadline read is not said (F217)');
  });
  test('5. 千分之二點五: a decimal written in characters', () => {
    assert.deepEqual(
      extractTargets('嬰兒死亡率控制在千分之二點五以下。').map((p) => [p.metric, p.value, p.unit, p.comparator]),
      [['嬰兒死亡率', 2.5, '‰', 'atMost']],
    );
  });
  test('6. a sentence with 牽頭 after a task is no line of units', () => {
    for (const line of ['重點工作實行市級領導牽頭。', '各項工作由市發改委牽頭。']) {
      const { plan, diagnostics } = planFromText(`1.完善機制。新建充電樁300個。\n${line}`, { ...options, lenient: true });
      assert.ok(plan);
      assert.deepEqual(plan.tasks[0]!.lead, [], line);
      assert.ok(plan.tasks[0]!.body['zh-Hant'].includes(line.slice(0, -1)), plan.tasks[0]!.body['zh-Hant']);
      assert.ok(diagnostics.some((d) => d.code === 'taskWithoutUnits'), line);
      assert.deepEqual(plan.units, [], line);
    }
  });
  test('7. Chinese numerals with 零: 一百零五, 一千零二十, 两千零五', () => {
    assert.deepEqual(extractTargets('新建充電樁一百零五個。').map((p) => [p.metric, p.value, p.unit]), [['新建充電樁', 105, '個']]);
    assert.deepEqual(extractTargets('新建充電樁一千零二十個。').map((p) => p.value), [1020]);
    assert.deepEqual(extractTargets('新建充電樁兩千零五個。').map((p) => p.value), [2005]);
    assert.deepEqual(extractTargets('新建充电桩两千零五个。').map((p) => p.value), [2005]);
  });
  test('8. 累計新增 is a flow; 累計達到 and 累計建成 stay levels', () => {
    assert.deepEqual(read('累計新增充電樁3000個。').map((r) => r[3]), ['flow']);
    assert.deepEqual(read('累計建成充電樁3000個。').map((r) => r[3]), ['level']);
    assert.deepEqual(read('充電樁累計達到3000個。').map((r) => r[3]), ['level']);
  });
});
