/**
 * Validation issues in the reader's language: `parseProgressReport`, `validatePlan` and `loadPlan` with `{ lang }`
 * word every issue (zod's own, this package's checks, the input limits) in Traditional or Simplified Chinese, with no
 * English sentence left; without `lang` they say it in English. `dz-plan progress` under
 * `--lang` (zh-Hant by default) prints a feed's and a plan's issues in that language.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { loadPlan, parseProgressReport, PlanValidationError, TaskSchema, validatePlan, validationMessagesIn, type Language, type Plan } from '../src/index.js';
import { cliScratch, dzPlan, diffReportJson } from './helpers.js';

/** Fails on an English sentence (two lower-case words in a row) or an English type name (zod's locales keep them) in `text`. */
function assertNoEnglish(text: string): void {
  assert.doesNotMatch(text, /[a-z]{4,} [a-z]{3,}/i, `English left in: ${text}`);
  assert.doesNotMatch(text, /\b(?:number|string|undefined|object|array|int|boolean|Invalid)\b/, `English type name left in: ${text}`);
}

/** A feed with a problem of each kind of form a supervision office's feed has had. */
const badFeed = () => ({
  plan: dezhouPlan.id,
  asOf: '2023-06-30',
  entries: [
    { target: 't09.1', value: '2100' },
    { target: 't09.3', value: 10, asOf: '2023-02-30' },
    { target: 't09.4', value: 520, asOf: '30/06/2023' },
    { target: '', value: 1 },
    { target: 't09.2' },
  ],
});

/** A feed of the right form with a forecast in it: an entry dated after the report (checked once the form is right). */
const lateFeed = () => ({ plan: dezhouPlan.id, asOf: '2023-06-30', entries: [{ target: 't09.2', value: 38, asOf: '2023-12-31' }] });

/** Each path's messages, joined by " | " where a value has more than one. */
function messagesOf(result: { success: boolean; issues: readonly { path: string; message: string }[] }): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const { path, message } of result.issues) messages[path] = messages[path] ? `${messages[path]} | ${message}` : message;
  return messages;
}

describe('a progress feed\'s issues in the language', () => {
  test('zh-Hant: every issue of the feed is Chinese, each at its path', () => {
    const issues = messagesOf(parseProgressReport(badFeed(), dezhouPlan, { lang: 'zh-Hant' }));
    assert.deepEqual(issues, {
      'entries[0].value': '應為數字,收到的是文字「2100」',
      'entries[1].asOf': '不是有效日期',
      'entries[2].asOf': '應為 ISO 日期 YYYY-MM-DD | 不是有效日期',
      'entries[3].target': '不能為空',
      'entries[4].value': '缺少此項(應為數字)',
    });
    const late = messagesOf(parseProgressReport(lateFeed(), dezhouPlan, { lang: 'zh-Hant' }));
    assert.deepEqual(late, {
      'entries[0].asOf': '此項日期 2023-12-31 晚於報告日期 2023-06-30:完成值的日期不得晚於報告日期。若為實際完成值,請改正日期;若為預測值,請刪除此項(或寫入備註)',
    });
    for (const message of [...Object.values(issues), ...Object.values(late)]) assertNoEnglish(message);
  });

  test('zh-Hans: the same issues in Simplified Chinese', () => {
    const issues = messagesOf(parseProgressReport(badFeed(), dezhouPlan, { lang: 'zh-Hans' }));
    const late = messagesOf(parseProgressReport(lateFeed(), dezhouPlan, { lang: 'zh-Hans' }));
    assert.equal(issues['entries[0].value'], '应为数字,收到的是文本“2100”');
    assert.equal(late['entries[0].asOf'], '此项日期 2023-12-31 晚于报告日期 2023-06-30:完成值的日期不得晚于报告日期。若为实际完成值,请改正日期;若为预测值,请删除此项(或写入备注)');
    for (const message of [...Object.values(issues), ...Object.values(late)]) {
      assertNoEnglish(message);
      assert.doesNotMatch(message, /[於數預際請報實應項為「」]/, `Traditional characters or quotes in: ${message}`);
    }
  });

  test('a language it does not speak (from plain JavaScript) is English, never a throw', () => {
    const odd = { lang: 'fr' } as unknown as { lang: Language };
    assert.equal(parseProgressReport(badFeed(), dezhouPlan, odd).issues[0]!.message, 'expected a number, received the text "2100"');
    assert.match(validatePlan({}, odd).issues[0]!.message, /expected/);
  });

  test('a feed for another plan and an unknown target, in Chinese', () => {
    const other = { plan: 'other-plan', asOf: '2023-06-30', entries: [] };
    assert.deepEqual(parseProgressReport(other, dezhouPlan, { lang: 'zh-Hant' }).issues, [
      { path: 'plan', message: '應為「dezhou-2023-green-low-carbon」,此報告寫的是「other-plan」' },
    ]);
    const unknown = { plan: dezhouPlan.id, asOf: '2023-06-30', entries: [{ target: 't99.9', value: 1 }] };
    assert.deepEqual(parseProgressReport(unknown, dezhouPlan, { lang: 'zh-Hans' }).issues, [
      { path: 'entries[0].target', message: '没有编号为“t99.9”的指标' },
    ]);
  });

  test('without lang, and with lang en, every message is English, naming the value found (r115 F7)', () => {
    const before = {
      'entries[0].value': 'expected a number, received the text "2100"',
      'entries[1].asOf': 'expected a real date',
      'entries[2].asOf': 'expected an ISO date YYYY-MM-DD | expected a real date',
      'entries[3].target': 'must not be empty',
      'entries[4].value': 'missing (expected a number)',
    };
    const late = {
      'entries[0].asOf': "the entry is dated 2023-12-31, after the report's date 2023-06-30: a reading cannot be dated after its report. Correct the date if it is a reading; leave out a forecast (or say it in a note)",
    };
    for (const options of [undefined, { lang: 'en' } as const]) {
      assert.deepEqual(messagesOf(parseProgressReport(badFeed(), dezhouPlan, options)), before);
      assert.deepEqual(messagesOf(parseProgressReport(lateFeed(), dezhouPlan, options)), late);
    }
    assert.deepEqual(parseProgressReport({ plan: 'x', asOf: '2023-06-30', entries: [] }, dezhouPlan).issues, [
      { path: 'plan', message: 'the report is for plan "x", not "dezhou-2023-green-low-carbon"' },
    ]);
  });
});

describe('a plan\'s issues in the language', () => {
  const broken = (): Plan => {
    const plan = structuredClone(dezhouPlan) as Plan & { tasks: { lead: string[] }[] };
    plan.tasks[3]!.lead[0] = 'foo';
    plan.units[1]!.id = plan.units[0]!.id;
    plan.targets[0]!.upperValue = plan.targets[0]!.value - 1;
    return plan;
  };

  for (const lang of ['zh-Hant', 'zh-Hans'] as const satisfies readonly Language[]) {
    test(`${lang}: unknown and duplicate ids, an id of the wrong form and an upper value below the value`, () => {
      const result = validatePlan(broken(), { lang });
      assert.equal(result.success, false);
      const issues = messagesOf(result);
      const unit = lang === 'zh-Hant' ? '單位' : '单位';
      assert.match(issues['tasks[3].lead[0]']!, new RegExp(`「foo」|“foo”`));
      assert.match(issues['tasks[3].lead[0]']!, new RegExp(unit));
      assert.match(issues['units[1].id']!, new RegExp(`${lang === 'zh-Hant' ? '重複' : '重复'}`));
      assert.match(issues['targets[0].upperValue']!, /上限/);
      for (const message of Object.values(issues)) assertNoEnglish(message);
      // Ids of the wrong form are found before the references (which are checked only on a plan of the right form).
      const misshapen = structuredClone(dezhouPlan) as Plan & { sections: { id: string }[]; units: { id: string }[] };
      misshapen.sections[0]!.id = 'section-1';
      misshapen.units[0]!.id = 'Science Bureau';
      const form = messagesOf(validatePlan(misshapen, { lang }));
      assert.equal(form['sections[0].id'], lang === 'zh-Hant' ? '部分編號應形如 s01' : '部分编号应形如 s01');
      assert.match(form['units[0].id']!, /dezhou-2023/);
      for (const message of Object.values(form)) assertNoEnglish(message);
    });
  }

  test('the input limits in Chinese: a cycle, nesting too deep, a value that cannot be read', () => {
    const cycle: Record<string, unknown> = { id: 'x' };
    cycle.self = cycle;
    let deep: unknown = 1;
    for (let i = 0; i < 70; i++) deep = [deep];
    const unreadable = Object.defineProperty({}, 'id', { enumerable: true, get: () => { throw new Error('no'); } });
    for (const input of [cycle, deep, unreadable]) {
      const { issues } = validatePlan(input, { lang: 'zh-Hant' });
      assert.equal(issues.length, 1, JSON.stringify(issues));
      assertNoEnglish(issues[0]!.message);
    }
    assert.match(validatePlan(cycle, { lang: 'zh-Hant' }).issues[0]!.message, /引用自身/);
    assert.match(validatePlan(deep, { lang: 'zh-Hant' }).issues[0]!.message, /64 層/);
  });

  test('loadPlan throws the issues in the language it is given', () => {
    assert.throws(
      () => loadPlan(broken(), { lang: 'zh-Hant' }),
      (error: unknown) => error instanceof PlanValidationError && /tasks\[3\]\.lead\[0\]: 沒有編號為「foo」的單位/.test(error.message),
    );
  });
});

describe('the exported schemas, parsed with validationMessagesIn', () => {
  test('a task of the wrong form, in each language', () => {
    const task = { ...dezhouPlan.tasks[8]!, id: 'task-9', number: '9' };
    const said = (lang: Language) => {
      const result = TaskSchema.safeParse(task, { error: validationMessagesIn(lang) });
      return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    };
    assert.deepEqual(said('en'), ['id: expected a task id like t09', 'number: expected a number, received the text "9"']);
    assert.deepEqual(said('zh-Hant'), ['id: 任務編號應形如 t09', 'number: 應為數字,收到的是文字「9」']);
    assert.deepEqual(said('zh-Hans'), ['id: 任务编号应形如 t09', 'number: 应为数字,收到的是文本“9”']);
    const fraction = TaskSchema.safeParse({ ...dezhouPlan.tasks[8]!, number: 1.5 }, { error: validationMessagesIn('zh-Hant') });
    assert.deepEqual(fraction.error?.issues.map((issue) => issue.message), ['應為整數,收到的是數字 1.5']);
  });
});

describe('dz-plan progress prints the issues of a feed and of --plan in the language of --lang', () => {
  const { at } = cliScratch('dz-plan-validation-lang-', 'progress/index.js');

  test('diff: a feed with a forecast, in zh-Hant by default and in English with --lang en', () => {
    writeFileSync(at('now.json'), diffReportJson({ value: 1500, asOf: '2023-03-31' }, 97));
    writeFileSync(at('later.json'), JSON.stringify({ plan: dezhouPlan.id, asOf: '2023-03-31', entries: [{ target: 't09.1', value: 2100, asOf: '2023-06-30' }] }));
    let r = dzPlan('progress', 'diff', at('now.json'), at('later.json'));
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /entries\[0\]\.asOf: 此項日期 2023-06-30 晚於報告日期 2023-03-31/);
    assertNoEnglish(r.stderr.split(at('later.json')).join(''));
    r = dzPlan('progress', 'diff', at('now.json'), at('later.json'), '--lang', 'en');
    assert.match(r.stderr, /entries\[0\]\.asOf: the entry is dated 2023-06-30, after the report's date 2023-03-31/);
  });

  test('a report that is not an object is said without a "(root)" path', () => {
    writeFileSync(at('array.json'), '[]');
    const r = dzPlan('progress', 'diff', at('array.json'), at('array.json'));
    assert.equal(r.status, 1, r.stderr);
    assert.equal(r.stderr.trimEnd().split('\n')[0], `${at('array.json')}: 應為物件,收到的是陣列`);
  });

  test('--plan: an invalid plan\'s issues in zh-Hans', () => {
    const plan = structuredClone(dezhouPlan) as Plan & { tasks: { lead: string[] }[] };
    plan.tasks[0]!.lead[0] = 'nobody';
    writeFileSync(at('plan.json'), JSON.stringify(plan));
    const r = dzPlan('progress', 'template', '--plan', at('plan.json'), '--lang', 'zh-Hans');
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /tasks\[0\]\.lead\[0\]: 没有编号为“nobody”的单位/);
    assertNoEnglish(r.stderr.split(at('plan.json')).join(''));
  });
});
