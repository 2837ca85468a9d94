/** Progress reports: validation with paths, checks against a plan, and latestProgress. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { latestProgress, parseProgressReport, ProgressReportSchema, type ProgressReport } from '../src/index.js';

const valid = {
  plan: 'dezhou-2023-green-low-carbon',
  asOf: '2023-06-30',
  entries: [
    { target: 't09.1', value: 2100 },
    { target: 't26.3', value: 10.5, asOf: '2023-05-31', note: '上半年用水' },
  ],
};

describe('parseProgressReport', () => {
  test('a valid report passes, with and without the plan', () => {
    for (const result of [parseProgressReport(valid), parseProgressReport(valid, dezhouPlan)]) {
      assert.equal(result.success, true, JSON.stringify(result.issues));
      assert.deepEqual(result.issues, []);
      assert.deepEqual(result.data, valid);
    }
    assert.equal(parseProgressReport({ plan: dezhouPlan.id, asOf: '2023-06-30', entries: [] }, dezhouPlan).success, true);
  });

  test('issues name the path of each bad value', () => {
    const result = parseProgressReport({
      plan: 'dezhou-2023-green-low-carbon',
      asOf: '30 June',
      entries: [
        { target: 't09.1', value: 1 },
        { target: 't09.3', value: 'many' },
        { target: '', value: Infinity, asOf: '2023-7-1' },
      ],
    });
    assert.equal(result.success, false);
    const paths = result.issues.map((i) => i.path);
    assert.ok(paths.includes('asOf'), paths.join(', '));
    assert.ok(paths.includes('entries[1].value'), paths.join(', '));
    assert.ok(paths.includes('entries[2].target'), paths.join(', '));
    assert.ok(paths.includes('entries[2].value'), paths.join(', '));
    assert.ok(paths.includes('entries[2].asOf'), paths.join(', '));
    assert.ok(!paths.some((p) => p.startsWith('entries[0]')), 'the good entry has no issue');
    assert.match(result.issues.find((i) => i.path === 'asOf')!.message, /YYYY-MM-DD/);
    assert.ok(result.issues.find((i) => i.path === 'entries[2].value')!.message.length > 0, 'Infinity is rejected with a message');
    assert.equal(parseProgressReport({ ...valid, entries: [{ target: 't09.1', value: NaN }] }).issues[0]?.path, 'entries[0].value');
  });

  test('a missing field is reported at its path', () => {
    const result = parseProgressReport({ plan: 'x', entries: [{ value: 1 }] });
    assert.equal(result.success, false);
    const paths = result.issues.map((i) => i.path);
    assert.ok(paths.includes('asOf') && paths.includes('entries[0].target'), paths.join(', '));
  });

  test('an unknown target id is reported against the plan', () => {
    const result = parseProgressReport({ ...valid, entries: [{ target: 't99.9', value: 1 }, { target: 't09.1', value: 2 }] }, dezhouPlan);
    assert.equal(result.success, false);
    assert.deepEqual(result.issues, [{ path: 'entries[0].target', message: 'unknown target id "t99.9"' }]);
    const formatted = result.issues.map((i) => `${i.path}: ${i.message}`);
    assert.deepEqual(formatted, ['entries[0].target: unknown target id "t99.9"']);
    assert.equal(parseProgressReport({ ...valid, entries: [{ target: 't99.9', value: 1 }] }).success, true, 'without a plan ids are not checked');
  });

  test('reportedBy against the plan: a unit id not in it, or one given twice, is an issue at its path (review r69 L3)', () => {
    const gxj = 'industry-information-technology-bureau';
    const reported = (reportedBy: string[]) => ({ ...valid, entries: [{ target: 't09.1', value: 2100, reportedBy }] });
    const result = parseProgressReport(reported(['industry-information-technolgy-bureau', gxj, gxj]), dezhouPlan);
    assert.deepEqual(result.issues, [
      { path: 'entries[0].reportedBy[0]', message: 'unknown unit id "industry-information-technolgy-bureau"' },
      { path: 'entries[0].reportedBy[2]', message: `duplicate unit id "${gxj}"` },
    ]);
    assert.equal(parseProgressReport(reported([gxj, 'science-technology-bureau']), dezhouPlan).success, true);
    // The CDN's outline of the plan (its id and target ids, no units) checks no unit, as without a plan.
    assert.equal(parseProgressReport(reported(['no-such-unit']), { id: dezhouPlan.id, targets: dezhouPlan.targets }).success, true);
    assert.equal(parseProgressReport(reported(['no-such-unit'])).success, true);
  });

  test('a report for another plan is rejected against this plan', () => {
    const result = parseProgressReport({ ...valid, plan: 'other-city-2024' }, dezhouPlan);
    assert.equal(result.success, false);
    assert.equal(result.issues[0]!.path, 'plan');
    assert.match(result.issues[0]!.message, /other-city-2024/);
  });

  test('comes back as plain JSON data, as a plan does: keys set to undefined left out, -0 read as 0 (one copy of the input does it, before zod)', () => {
    const result = parseProgressReport({ plan: dezhouPlan.id, asOf: '2023-06-30', entries: [{ target: 't09.1', value: -0, note: undefined, asOf: undefined }] }, dezhouPlan);
    assert.ok(result.success);
    const [entry] = result.data.entries;
    assert.ok(Object.is(entry!.value, 0));
    assert.deepEqual(Object.keys(entry!), ['target', 'value']);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(result.data)), result.data);
  });

  test('an entry dated after the report is refused at its path: a reading cannot be dated after its report (a forecast is no reading)', () => {
    // A Q3 report holding a "full-year" 4 of 6 units at 31 December would be judged as missed in September.
    const report = { ...valid, asOf: '2023-09-30', entries: [{ target: 't09.1', value: 2480 }, { target: 't14.3', value: 4, asOf: '2023-12-31', note: '全年' }] };
    for (const result of [parseProgressReport(report), parseProgressReport(report, dezhouPlan), ProgressReportSchema.safeParse(report)]) {
      assert.equal(result.success, false);
    }
    const { issues } = parseProgressReport(report, dezhouPlan);
    assert.deepEqual(issues, [
      { path: 'entries[1].asOf', message: "the entry is dated 2023-12-31, after the report's date 2023-09-30: a reading cannot be dated after its report. Correct the date if it is a reading; leave out a forecast (or say it in a note)" },
    ]);
    // At the report's date or before it, an entry's own date is a reading of that day.
    assert.equal(parseProgressReport({ ...report, entries: [{ target: 't14.3', value: 4, asOf: '2023-09-30' }, { target: 't14.3', value: 2, asOf: '2023-03-31' }] }).success, true);
    assert.equal(parseProgressReport({ ...report, asOf: '2023-12-31' }, dezhouPlan).success, true);
  });

  test('a key a report or an entry does not have is refused, naming it and the keys there are, in the language asked (a security review)', () => {
    // A misspelt as_of was dropped: the Q1 value was dated and judged at the report's date, and the Note lost.
    const misspelt = { ...valid, asOf: '2023-12-31', entries: [{ target: 't09.1', value: 500, as_of: '2023-03-31', Note: 'Q1 only' }] };
    assert.deepEqual(parseProgressReport(misspelt, dezhouPlan).issues, [
      { path: 'entries[0]', message: 'unknown keys "as_of", "Note" (the keys here are target, value, asOf, note, baseline, reportedBy)' },
    ]);
    assert.deepEqual(parseProgressReport(misspelt, dezhouPlan, { lang: 'zh-Hant' }).issues, [
      { path: 'entries[0]', message: '無法識別的欄位「as_of」、「Note」(可用的欄位:target、value、asOf、note、baseline、reportedBy)' },
    ]);
    assert.deepEqual(parseProgressReport({ ...valid, date: '2023-06-30' }, dezhouPlan, { lang: 'zh-Hans' }).issues, [
      { path: '(root)', message: '无法识别的字段“date”(可用的字段:plan、asOf、entries、disputes)' },
    ]);
    // Five keys at most, each cut to 40 characters, control and direction characters shown, not obeyed.
    const many: Record<string, unknown> = { target: 't09.1', value: 1 };
    for (let i = 0; i < 20; i++) many[`key${i}${'x'.repeat(60)}`] = i;
    const message = parseProgressReport({ ...valid, entries: [many] }, dezhouPlan).issues[0]!.message;
    assert.ok(message.length < 400, `${message.length} characters`);
    assert.match(message, /^unknown keys "key0x{36}…", .* and 15 more \(the keys here are/);
    const hidden = parseProgressReport({ ...valid, entries: [{ target: 't09.1', value: 1, 'a\u202eb\nc': 1 }] }, dezhouPlan).issues[0]!.message;
    assert.equal(hidden, 'unknown key "a\\u202eb\\nc" (the keys here are target, value, asOf, note, baseline, reportedBy)');
    const withSchema = { $schema: 'https://example.org/progress-report.schema.json', ...valid };
    assert.deepEqual(parseProgressReport(withSchema, dezhouPlan).data, withSchema, 'the JSON Schema an editor is pointed at is allowed');
  });

  test('a __proto__ key of JSON stays a key, refused as unknown, and never lends the report its fields', () => {
    const hidden = JSON.parse(`{"__proto__": ${JSON.stringify(valid)}}`);
    const result = parseProgressReport(hidden, dezhouPlan);
    assert.equal(result.success, false);
    assert.deepEqual(
      result.issues.map((i) => i.path),
      ['plan', 'asOf', 'entries', '(root)'],
    );
    assert.match(result.issues.at(-1)!.message, /unknown key "__proto__"/);
    const inEntry = JSON.parse(`{"plan": "${valid.plan}", "asOf": "2023-06-30", "entries": [{"target": "t09.1", "__proto__": {"value": 1}}]}`);
    assert.deepEqual(parseProgressReport(inEntry, dezhouPlan).issues.map((i) => i.path), ['entries[0].value', 'entries[0]']);
    assert.equal(({} as { value?: unknown }).value, undefined, 'no prototype of the page changed');
  });

  test('non-objects fail with an issue and never throw', () => {
    for (const input of [null, undefined, 'report', 42, [], [valid], true, { plan: 1 }]) {
      let result: ReturnType<typeof parseProgressReport> | undefined;
      assert.doesNotThrow(() => (result = parseProgressReport(input, dezhouPlan)), JSON.stringify(input));
      assert.equal(result!.success, false, JSON.stringify(input));
      assert.ok(result!.issues.length > 0);
      assert.ok(result!.issues.every((i) => typeof i.path === 'string' && typeof i.message === 'string'));
    }
    assert.equal(parseProgressReport(null).issues[0]!.path, '(root)');
  });
});

describe('validation messages', () => {
  test('say what was expected and what came, not just "Invalid input" (zod/mini has no messages of its own)', () => {
    const result = parseProgressReport({ plan: 'p', asOf: '2023-06-30', entries: [{ target: 't09.1', value: 'x' }, { value: 3 }] });
    assert.equal(result.success, false);
    const byPath = new Map(result.issues.map((i) => [i.path, i.message]));
    assert.equal(byPath.get('entries[0].value'), 'expected a number, received the text "x"');
    assert.equal(byPath.get('entries[1].target'), 'missing (expected a text)');
  });
});

describe('latestProgress', () => {
  const report: ProgressReport = {
    plan: 'dezhou-2023-green-low-carbon',
    asOf: '2023-06-30',
    entries: [
      { target: 't09.1', value: 900, asOf: '2023-03-31' },
      { target: 't09.1', value: 2100 },
      { target: 't09.1', value: 1500, asOf: '2023-05-31', note: 'May' },
      { target: 't09.3', value: 120, asOf: '2023-09-30', note: 'Q3' },
    ],
  };

  test('picks the entry with the latest date, using the report date for entries without one', () => {
    assert.deepEqual(latestProgress(report, 't09.1'), { value: 2100, asOf: '2023-06-30' });
    assert.deepEqual(latestProgress(report, 't09.3'), { value: 120, asOf: '2023-09-30', note: 'Q3' });
  });

  test('order of entries does not matter', () => {
    const reversed = { ...report, entries: [...report.entries].reverse() };
    assert.deepEqual(latestProgress(reversed, 't09.1'), { value: 2100, asOf: '2023-06-30' });
  });

  test('a target without entries has no progress', () => {
    assert.equal(latestProgress(report, 't01.1'), undefined);
  });
});
