/**
 * F244: a task's units in forms another city writes, read as the forms the package knows: after a dash (破折號 ——) at
 * the end of the task's last line or alone on the line under it (`…260億元。——市發展改革委、市重點項目事務中心`), a
 * list that says no role, read as `責任單位:A、B` is; and a label row split by tabs or blanks, without colons
 * (`牽頭單位⇥市財政局⇥配合單位⇥市稅務局`), read as with them. A dash inside a sentence stays text; where such a line
 * names what is no unit, `taskWithoutUnits` names the line it did not read.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnosticIn } from '../src/node/diagnostic-words.js';
import { parsePlanTextChecked, planFromText } from '../src/node/index.js';

const doc = (task: string, note = '') => `某市人民政府\n某市2024年重點工作任務${note}\n一、實體經濟\n${task}\n`;
const said = (diagnostics: readonly { code: string; severity: string; message: string }[]) => diagnostics.map((d) => `${d.severity} ${d.code}: ${d.message}`);
const reading = (task: string, note = '') => {
  const parsed = parsePlanTextChecked(doc(task, note));
  const [first] = parsed.tasks;
  return { roles: [first?.lead, first?.participating], title: first?.title, body: first?.body, said: said(parsed.diagnostics) };
};
const codes = (words: readonly string[]) => words.map((w) => w.split(':')[0]);

describe('units after a dash at the end of the task', () => {
  const forms = [
    ['after 。 on the task line, Simplified', '1.全年完成省市重点项目投资500亿元以上，其中上半年完成投资260亿元。——市发展改革委、市重点项目事务中心', ['市发展改革委', '市重点项目事务中心']],
    ['after 。 on the task line, Traditional', '1.全年完成省市重點項目投資500億元以上，其中上半年完成投資260億元。——市發展改革委、市重點項目事務中心', ['市發展改革委', '市重點項目事務中心']],
    ['alone on the line under the task, Simplified', '1.国考断面水质优良比例达到90%以上。\n——市生态环境局、市水利局', ['市生态环境局', '市水利局']],
    ['alone on the line under the task, Traditional', '1.國考斷面水質優良比例達到90%以上。\n——市生態環境局、市水利局', ['市生態環境局', '市水利局']],
    ['a full stop after the names', '1.国考断面水质优良比例达到90%以上。\n——市生态环境局、市水利局。', ['市生态环境局', '市水利局']],
  ] as const;

  for (const [form, task, units] of forms) {
    test(`${form}: the units, all lead as a list without roles, out of the body`, () => {
      const { roles, body, said: words } = reading(task);
      assert.deepEqual(roles, [units, []]);
      assert.equal(body, '');
      assert.deepEqual(codes(words), ['warning rolesNotGiven']);
    });
  }

  test('read as the same list after 責任單位 is: the same roles and words', () => {
    const dash = reading('1.國考斷面水質優良比例達到90%以上。\n——市生態環境局、市水利局');
    const label = reading('1.國考斷面水質優良比例達到90%以上。\n責任單位：市生態環境局、市水利局');
    assert.deepEqual(dash, label);
  });

  test('where the document says the first listed leads, the first leads and the others take part', () => {
    const { roles, said: words } = reading(forms[0][1], '\n註：責任單位中排在首位的為牽頭單位');
    assert.deepEqual(roles, [['市发展改革委'], ['市重点项目事务中心']]);
    assert.deepEqual(words, []);
  });

  test('one unit: it leads, nothing said; the title stays the sentence before the dash', () => {
    const { roles, title, body, said: words } = reading('1.完成營造林12萬畝。——市林業局');
    assert.deepEqual(roles, [['市林業局'], []]);
    assert.equal(title, '完成營造林12萬畝');
    assert.equal(body, '');
    assert.deepEqual(words, []);
  });

  test('a dash inside a sentence stays text, and the task without units is said as before', () => {
    for (const task of [
      '1.推進重點項目建設——以市發展改革委、市財政局為重點，全年完成投資500億元。',
      '1.打造「一核——兩翼」格局，完善市政務服務中心功能。',
      '1.推進重點項目建設——市發展改革委、市財政局',
    ]) {
      const { roles, said: words } = reading(task);
      assert.deepEqual(roles, [[], []], task);
      assert.deepEqual(words, [`warning taskWithoutUnits: task 1 names no responsible units`], task);
    }
  });

  test('a dash in a sentence before units with a label: only the label gives units', () => {
    const { roles, body, said: words } = reading('1.打造「一核——兩翼」格局。\n牽頭單位：市發展改革委');
    assert.deepEqual(roles, [['市發展改革委'], []]);
    assert.equal(body, '');
    assert.deepEqual(words, []);
  });

  test('a name after the dash that is no unit: not read, and the task without units names the words', () => {
    const { roles, body, said: words } = reading('1.國考斷面水質優良比例達到90%以上。\n——市生態環境局、全年持續推進');
    assert.deepEqual(roles, [[], []]);
    assert.equal(body, '——市生態環境局、全年持續推進');
    assert.deepEqual(words, ['warning taskWithoutUnits: task 1 names no responsible units: «——市生態環境局、全年持續推進» at its end was not read as units (each name must be a unit\'s)']);
  });

  test('the words not read, said in Chinese too; the parser\'s words kept for a task with no such words', () => {
    const [unread] = parsePlanTextChecked(doc('1.國考斷面水質優良比例達到90%以上。——市生態環境局、全年持續推進')).diagnostics;
    assert.ok(unread);
    assert.equal(diagnosticIn(unread, 'zh-Hant').message, '任務 1 沒有寫明責任單位:結尾的「——市生態環境局、全年持續推進」未讀作責任單位(其中每個名稱都須是單位的名稱)');
    assert.equal(diagnosticIn(unread, 'zh-Hans').message, '任务 1 没有写明责任单位:结尾的“——市生態環境局、全年持續推進”未读作责任单位(其中每个名称都须是单位的名称)');
    const [plain] = parsePlanTextChecked(doc('1.國考斷面水質優良比例達到90%以上。')).diagnostics;
    assert.equal(diagnosticIn(plain!, 'zh-Hant').message, '任務 1 沒有寫明責任單位');
  });

  test('other dashes typed for 破折號: one —, ── and －－ read as ——', () => {
    for (const dash of ['—', '──', '－－', '--']) {
      const { roles, body } = reading(`1.完成營造林12萬畝。${dash}市林業局`);
      assert.deepEqual(roles, [['市林業局'], []], dash);
      assert.equal(body, '', dash);
    }
  });

  test('in the plan built: the units, and the body without them', () => {
    const { plan } = planFromText(doc(forms[2][1]));
    assert.ok(plan);
    const names = plan.units.map((u) => u.name['zh-Hans'] ?? u.name['zh-Hant']);
    assert.deepEqual(names.sort(), ['市水利局', '市生态环境局'].sort());
    const [task] = plan.tasks;
    assert.equal(task?.lead.length, 2);
  });
});

describe('a label row split by tabs or blanks, without colons', () => {
  const forms = [
    ['tabs, Simplified', '1.一般公共预算收入增长5%。\n牵头单位\t市财政局\t配合单位\t市税务局', '1.一般公共预算收入增长5%。\n牵头单位：市财政局\t配合单位：市税务局'],
    ['tabs, Traditional', '1.一般公共預算收入增長5%。\n牽頭單位\t市財政局\t配合單位\t市稅務局', '1.一般公共預算收入增長5%。\n牽頭單位：市財政局\t配合單位：市稅務局'],
    ['two tabs between cells', '1.一般公共预算收入增长5%。\n牵头单位\t\t市财政局\t\t配合单位\t\t市税务局', '1.一般公共预算收入增长5%。\n牵头单位：市财政局\t配合单位：市税务局'],
    ['blanks', '1.一般公共预算收入增长5%。\n牵头单位  市财政局  配合单位  市税务局', '1.一般公共预算收入增长5%。\n牵头单位：市财政局  配合单位：市税务局'],
    ['ideographic spaces', '1.一般公共预算收入增长5%。\n牵头单位\u3000\u3000市财政局\u3000\u3000配合单位\u3000\u3000市税务局', '1.一般公共预算收入增长5%。\n牵头单位：市财政局\u3000\u3000配合单位：市税务局'],
    ['責任單位, two names', '1.一般公共預算收入增長5%。\n責任單位\t市財政局、市稅務局', '1.一般公共預算收入增長5%。\n責任單位：市財政局、市稅務局'],
    ['the lead alone', '1.一般公共預算收入增長5%。\n牽頭單位\t市財政局', '1.一般公共預算收入增長5%。\n牽頭單位：市財政局'],
    ['on two lines', '1.一般公共預算收入增長5%。\n牽頭單位\t市財政局\n配合單位\t市稅務局、市統計局', '1.一般公共預算收入增長5%。\n牽頭單位：市財政局\n配合單位：市稅務局、市統計局'],
  ] as const;

  for (const [form, task, colons] of forms) {
    test(`${form}: read as with colons`, () => {
      const row = reading(task);
      assert.ok(row.roles[0]?.length, form);
      assert.equal(row.body, '', form);
      assert.deepEqual(row, reading(colons), form);
    });
  }

  test('the units of the finding', () => {
    assert.deepEqual(reading(forms[0][1]).roles, [['市财政局'], ['市税务局']]);
    assert.deepEqual(reading(forms[0][1]).said, []);
    assert.deepEqual(reading(forms[5][1]).roles, [['市財政局', '市稅務局'], []]);
    assert.deepEqual(codes(reading(forms[5][1]).said), ['warning rolesNotGiven']);
  });

  test('in the plan built: the lead leads, the other takes part', () => {
    const { plan } = planFromText(doc(forms[0][1]));
    assert.ok(plan);
    const name = (id: string) => plan.units.find((u) => u.id === id)?.name['zh-Hans'];
    const [task] = plan.tasks;
    assert.deepEqual(task?.lead.map(name), ['市财政局']);
    assert.deepEqual(task?.participating.map(name), ['市税务局']);
  });

  test('a row whose name is no unit\'s: not read, and the task without units names the line', () => {
    const { roles, body, said: words } = reading('1.一般公共預算收入增長5%。\n牽頭單位\t待定');
    assert.deepEqual(roles, [[], []]);
    assert.equal(body, '牽頭單位\t待定');
    assert.deepEqual(words, ['warning taskWithoutUnits: task 1 names no responsible units: «牽頭單位\t待定» at its end was not read as units (each name must be a unit\'s)']);
  });

  test('a table\'s header row of labels is no label row: nothing read from it', () => {
    const { roles, said: words } = reading('1.一般公共預算收入增長5%。\n牽頭單位\t配合單位');
    assert.deepEqual(roles, [[], []]);
    assert.deepEqual(codes(words), ['warning taskWithoutUnits']);
  });

  test('a label in a sentence, a blank after it, stays text', () => {
    const { roles, said: words } = reading('1.一般公共預算收入增長5%。\n牽頭單位  要按月調度進展');
    assert.deepEqual(roles, [[], []]);
    assert.equal(codes(words).join(), 'warning taskWithoutUnits');
  });
});
