/**
 * F278 (review r113): unit lines as Word and WPS exports write them, read by `dz-plan parse` and `build`
 * (`parsePlanTextChecked`, `planFromText`): a stray blank inside a unit's name, a label spaced out by distributed
 * alignment (`牵 头 单 位：`), 按职责分工负责 at the end of a list with a full stop or without a comma before it, and a
 * `责任单位：` label alone on its line with the units on the next.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnosticIn } from '../src/node/diagnostic-words.js';
import { parsePlanTextChecked, planFromText } from '../src/node/index.js';

const doc = (...lines: string[]) => ['济宁市人民政府', '济宁市2024年城市更新重点工作任务', '一、推进城市更新', ...lines].join('\n') + '\n';
const said = (diagnostics: readonly { code: string; severity: string; line: number; message: string }[]) => diagnostics.map((d) => `${d.severity} ${d.line} ${d.code}: ${d.message}`);
const reading = (...lines: string[]) => {
  const parsed = parsePlanTextChecked(doc(...lines));
  return { tasks: parsed.tasks.map((t) => [t.lead, t.participating]), units: parsed.units, bodies: parsed.tasks.map((t) => t.body), said: said(parsed.diagnostics), diagnostics: parsed.diagnostics };
};
const codes = (words: readonly string[]) => words.map((w) => w.split(':')[0]!);
const TASK = '1.改造老旧小区。全年开工改造城镇老旧小区150个。';
const NEXT = ['2.建设完整社区。新建完整社区试点20个。', '牵头单位：市住房城乡建设局'];

describe('a stray blank inside a unit name, in a document whose lists separate names by 、，, ; (r113 F1)', () => {
  test('label lines: each name read whole, the blank dropped, and a warning naming the line and the name', () => {
    const r = reading(TASK, '牵头单位：市住房城乡 建设局', '配合单位：市财政局、市 自然资源和规划局', ...NEXT);
    assert.deepEqual(r.tasks[0], [['市住房城乡建设局'], ['市财政局', '市自然资源和规划局']]);
    assert.ok(!r.units.includes('市') && !r.units.includes('市住房城乡') && !r.units.includes('建设局'), r.units.join(' '));
    assert.deepEqual(codes(r.said), ['warning 5 blankInUnitName', 'warning 6 blankInUnitName']);
    assert.match(r.said[0]!, /"市住房城乡 建设局".*"市住房城乡建设局"/);
    assert.match(r.said[1]!, /"市 自然资源和规划局".*"市自然资源和规划局"/);
  });

  test('a full-width space, brackets after the task, and 责任单位', () => {
    assert.deepEqual(reading(TASK, '牵头单位：市住房城乡\u3000建设局', '配合单位：市财政局、市民政局', ...NEXT).tasks[0], [['市住房城乡建设局'], ['市财政局', '市民政局']]);
    const bracket = reading('1.改造老旧小区。全年开工改造城镇老旧小区150个。（牵头单位：市住房城乡 建设局；配合单位：市财政局、市民政局）', ...NEXT);
    assert.deepEqual(bracket.tasks[0], [['市住房城乡建设局'], ['市财政局', '市民政局']]);
    assert.deepEqual(codes(bracket.said), ['warning 4 blankInUnitName']);
    const responsible = reading(TASK, '责任单位：市住房城乡建设局、市 财政局', ...NEXT);
    assert.deepEqual(responsible.tasks[0], [['市住房城乡建设局', '市财政局'], []]);
    assert.ok(codes(responsible.said).includes('warning 5 blankInUnitName'), responsible.said.join('\n'));
  });

  test('build writes the units as read: no 市, 市住房城乡 or 建设局 of their own', () => {
    const { plan } = planFromText(doc(TASK, '牵头单位：市住房城乡 建设局', '配合单位：市财政局、市 自然资源和规划局', ...NEXT), { issuer: '济宁市人民政府' });
    assert.deepEqual(plan!.units.map((u) => u.name['zh-Hans']).sort(), ['市住房城乡建设局', '市自然资源和规划局', '市财政局'].sort());
  });

  test('said in Chinese with --lang', () => {
    const r = reading(TASK, '牵头单位：市住房城乡 建设局', '配合单位：市财政局、市民政局', ...NEXT);
    const zh = diagnosticIn(r.diagnostics.find((d) => d.code === 'blankInUnitName')!, 'zh-Hans').message;
    assert.match(zh, /市住房城乡建设局/);
    assert.doesNotMatch(zh, /[A-Za-z]{3,} [A-Za-z]{3,}/);
  });
});

describe('a blank between names with no other separator (r113 F1)', () => {
  test('two names: read as two units, as before, with nothing said', () => {
    const r = reading(TASK, '牵头单位：市发展改革委 市工业和信息化局', ...NEXT);
    assert.deepEqual(r.tasks[0], [['市发展改革委', '市工业和信息化局'], []]);
    assert.deepEqual(r.said, []);
  });

  test('a unit name and a place’s name apart in a document that separates by 、: two units, as before', () => {
    const r = reading(TASK, '牵头单位：市发展改革委 市工业和信息化局', '配合单位：市财政局、市民政局', ...NEXT);
    assert.deepEqual(r.tasks[0], [['市发展改革委', '市工业和信息化局'], ['市财政局', '市民政局']]);
    assert.deepEqual(r.said, []);
  });

  test('groups of roles in words and a role in brackets stay apart at a blank; a blank after a bracket inside a name goes', () => {
    const other = '配合单位：市财政局、市民政局';
    assert.deepEqual(reading(TASK, '责任单位：市甲局牵头 市乙局配合', ...NEXT).tasks[0], [['市甲局'], ['市乙局']]);
    assert.deepEqual(reading(TASK, '责任单位：市甲局（牵头） 市乙局、市丙局', ...NEXT).tasks[0], [['市甲局'], ['市乙局', '市丙局']]);
    assert.deepEqual(reading(TASK, '牵头单位：各县（市、区） 政府', other, ...NEXT).tasks[0], [['各县（市、区）政府'], ['市财政局', '市民政局']]);
  });

  test('a piece that is no unit name on its own (a lone 市, 县, two characters not ending a name) is said, naming the line', () => {
    for (const [line, piece] of [
      ['牵头单位：市 住房城乡建设局', '市'],
      ['牵头单位：县 财政局', '县'],
      ['牵头单位：市住 房城乡建设局', '市住'],
    ] as const) {
      const r = reading(TASK, line, ...NEXT);
      const blank = r.said.filter((s) => s.includes('blankInUnitName'));
      assert.equal(blank.length, 1, `${line}\n${r.said.join('\n')}`);
      assert.match(blank[0]!, /^warning 5 /);
      assert.ok(blank[0]!.includes(`"${piece}"`), blank[0]);
    }
  });
});

describe('labels spaced out by distributed alignment (r113 F3)', () => {
  test('牵 头 单 位： and 配 合 单 位： are read as labels, their lines not left in the body', () => {
    const r = reading('1.改造老旧小区。全年开工改造城镇老旧小区150个，惠及居民3万户。', '牵 头 单 位：市住房城乡建设局', '配 合 单 位：市财政局、市自然资源和规划局', ...NEXT);
    assert.deepEqual(r.tasks[0], [['市住房城乡建设局'], ['市财政局', '市自然资源和规划局']]);
    assert.equal(r.bodies[0], '全年开工改造城镇老旧小区150个，惠及居民3万户。');
    assert.deepEqual(r.said, []);
  });

  test('full-width spaces, a Traditional label and 【】', () => {
    assert.deepEqual(reading(TASK, '牵\u3000头\u3000单\u3000位：市住房城乡建设局', ...NEXT).tasks[0], [['市住房城乡建设局'], []]);
    assert.deepEqual(reading(TASK, '【責 任 單 位】市住房城乡建设局、市民政局', ...NEXT).tasks[0], [['市住房城乡建设局', '市民政局'], []]);
  });

  test('r113 d9b: the label lines read, and the blank inside a name with them', () => {
    const r = reading(
      '1.改造老旧小区。全年开工改造城镇老旧小区150个，惠及居民3万户。',
      '牵 头 单 位：市住房城乡建设局',
      '配 合 单 位：市财政局、市 自然资源和规划局',
      '2.建设完整社区。新建完整社区试点20个，新增城市停车泊位1万个。',
      '责任单位：市住房城乡建设局、市民政局',
    );
    assert.deepEqual(r.tasks[0], [['市住房城乡建设局'], ['市财政局', '市自然资源和规划局']]);
    assert.ok(!codes(r.said).some((c) => c.includes('taskWithoutUnits')), r.said.join('\n'));
  });

  test('a line that looks like a label and is not read: taskWithoutUnits names it', () => {
    const r = reading(TASK, '牵头单位为市住房城乡建设局', ...NEXT);
    const missing = r.said.find((s) => s.includes('taskWithoutUnits'));
    assert.ok(missing?.includes('牵头单位为市住房城乡建设局'), r.said.join('\n'));
  });
});

describe('按职责分工负责 at the end of a list that says no role (r113 F9)', () => {
  const forms = [
    '責任單位：市生態環境局、市住房城鄉建設局、市農業農村局，按職責分工負責',
    '責任單位：市生態環境局、市住房城鄉建設局、市農業農村局，按職責分工負責。',
    '責任單位：市生態環境局、市住房城鄉建設局、市農業農村局按職責分工負責。',
    '責任單位：市生態環境局、市住房城鄉建設局、市農業農村局按職責分工負責',
  ];
  for (const line of forms) {
    test(line, () => {
      const r = reading('1.改善人居環境。農村衛生廁所普及率達到92%。', line, '2.完善基礎設施。新改建農村公路800公里。', '責任單位：市交通運輸局牽頭，市水利局配合。');
      assert.deepEqual(r.tasks[0], [['市生態環境局', '市住房城鄉建設局', '市農業農村局'], []]);
      assert.deepEqual(codes(r.said), ['warning 5 rolesNotGiven']);
    });
  }
});

describe('a 责任单位： label alone on its line, the units on the next (r113 F10)', () => {
  test('the next line is read as the label’s units', () => {
    const r = reading(TASK, '牵头单位：市住房城乡建设局', '2.建设完整社区。新建完整社区试点20个，新增城市停车泊位1万个。', '责任单位：', '市住房城乡建设局、市民政局', '3.完善城市管网。新建改造燃气管网200公里。（牵头单位：市城市管理局 ，配合单位：市水务局）');
    assert.deepEqual(r.tasks[1], [['市住房城乡建设局', '市民政局'], []]);
    assert.deepEqual(codes(r.said), ['warning 7 rolesNotGiven']);
  });

  test('牵头单位： and 配合单位： each alone on its line', () => {
    const r = reading(TASK, '牵头单位：', '市住房城乡建设局', '配合单位：', '市财政局、市民政局', ...NEXT);
    assert.deepEqual(r.tasks[0], [['市住房城乡建设局'], ['市财政局', '市民政局']]);
    assert.deepEqual(r.said, []);
  });

  test('a next line that is no units: the error names the empty label', () => {
    const r = reading(TASK, '责任单位：', '全年完成投资50亿元，按月调度推进。', ...NEXT);
    const error = r.said.find((s) => s.includes('textAfterUnits'));
    assert.ok(error?.includes('责任单位'), r.said.join('\n'));
  });
});

describe('review r117 of the unit lines (F283)', () => {
  const OTHER = '配合單位：市教育局、市自然資源和規劃局';
  test('F2: two whole unit names apart at a blank stay two units, with nothing said', () => {
    for (const [pair, lead] of [
      ['市發展改革委 國網德州供電公司', ['市發展改革委', '國網德州供電公司']],
      ['市委宣傳部 團市委', ['市委宣傳部', '團市委']],
      ['市財政局 人民銀行德州市中心支行', ['市財政局', '人民銀行德州市中心支行']],
      ['市商務局 德州海關', ['市商務局', '德州海關']],
      ['市應急局 武警德州支隊', ['市應急局', '武警德州支隊']],
    ] as const) {
      const r = reading(`1.推進項目建設。（牽頭單位：${pair}；${OTHER}）`, ...NEXT);
      assert.deepEqual(r.tasks[0], [lead, ['市教育局', '市自然資源和規劃局']], pair);
      assert.deepEqual(r.said, [], pair);
    }
  });

  test('r118 F2: a body with no place in its name after a blank is part of the name before it, said', () => {
    for (const [pair, lead] of [
      ['市委 組織部', '市委組織部'],
      ['市政府 辦公室', '市政府辦公室'],
      ['市委 宣傳部', '市委宣傳部'],
      ['市公安局 交警支隊', '市公安局交警支隊'],
      ['市生態環境局 德城分局', '市生態環境局德城分局'],
    ] as const) {
      const r = reading(`1.推進項目建設。（牽頭單位：${pair}；${OTHER}）`, ...NEXT);
      assert.deepEqual(r.tasks[0], [[lead], ['市教育局', '市自然資源和規劃局']], pair);
      assert.deepEqual(codes(r.said).map((c) => c.replace(/^warning \d+ /, '')), ['blankInUnitName'], pair);
    }
  });

  test('F2: a side that is no name alone is joined: a place before its body, a name broken twice', () => {
    const joined = (line: string) => reading(`1.推進項目建設。（牽頭單位：${line}；${OTHER}）`, ...NEXT);
    assert.deepEqual(joined('市住房城鄉 建設局').tasks[0]![0], ['市住房城鄉建設局']);
    assert.deepEqual(joined('各縣市區 人民政府').tasks[0]![0], ['各縣市區人民政府']);
    const twice = joined('市發展改革委 國網德州 供電公司');
    assert.deepEqual(twice.tasks[0]![0], ['市發展改革委', '國網德州供電公司']);
    assert.deepEqual(codes(twice.said), ['warning 4 blankInUnitName']);
    assert.match(twice.said[0]!, /"國網德州 供電公司".*"國網德州供電公司"/);
  });

  test('F7: an empty label’s line that cannot be read: the error names that line and its label, and what was read is kept', () => {
    const r = reading('1.強化金融。', '牽頭單位：', '市財政局', '配合單位：', '加強組織領導，確保按期完成。', ...NEXT);
    assert.deepEqual(r.tasks[0], [['市財政局'], []]);
    assert.deepEqual(codes(r.said), ['error 8 textAfterUnits']);
    assert.match(r.said[0]!, /"配合單位："/);
  });

  test('F7: each empty label takes its next line', () => {
    const r = reading('1.強化金融。', '牽頭單位：', '市財政局', '配合單位：', '人民銀行德州市中心支行、市地方金融監管局', ...NEXT);
    assert.deepEqual(r.tasks[0], [['市財政局'], ['人民銀行德州市中心支行', '市地方金融監管局']]);
    assert.deepEqual(r.said, []);
  });

  test('F10: a blank before 等 is no blank inside a name: nothing said, and no unit 等', () => {
    for (const etc of ['等', '等有關單位']) {
      const r = reading(`1.推進項目建設。（牽頭單位：市財政局、市民政局 ${etc}）`, ...NEXT);
      assert.deepEqual(r.tasks[0], [['市財政局', '市民政局'], []], etc);
      assert.deepEqual(r.said, [], etc);
    }
    for (const etc of ['等單位', '等部門']) {
      const r = reading(`1.推進項目建設。（牽頭單位：市財政局、市民政局 ${etc}）`, ...NEXT);
      assert.ok(!codes(r.said).some((c) => c.includes('blankInUnitName')), r.said.join('\n'));
    }
    const spaced = reading('1.推進項目建設。（牽頭單位：市財政局 市民政局 等）', ...NEXT);
    assert.deepEqual(spaced.tasks[0], [['市財政局', '市民政局'], []]);
    assert.deepEqual(spaced.said, []);
  });
});
