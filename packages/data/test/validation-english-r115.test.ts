/**
 * Review r115 F7: an English reader is told which value was refused, as a Chinese one is (`應為數字,收到的是文字「八」`):
 * every kind of zod issue `issues.ts` words itself, said in English through `parseProgressReport` and `validatePlan`
 * (and, for the kinds no schema of this package raises yet, through `validationMessagesIn`), never zod's
 * `Invalid input: expected number, received string`.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as z from 'zod/mini';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { Comparator, parseProgressReport, validatePlan, validationMessagesIn, type Plan } from '../src/index.js';

/** Each path's messages, joined by " | " where a value has more than one. */
function messagesOf(result: { issues: readonly { path: string; message: string }[] }): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const { path, message } of result.issues) messages[path] = messages[path] ? `${messages[path]} | ${message}` : message;
  return messages;
}

/** zod's own English words, which name neither the value nor its type as found. */
const zodEnglish = /Invalid input|Too small|Too big|Invalid option|expected (?:number|string), received/;

describe('r115 F7: English validation messages name the value', () => {
  test('a progress report: a wrong type names the value found, a missing value and an empty text say so', () => {
    const report = {
      plan: dezhouPlan.id,
      asOf: '2023-06-30',
      entries: [
        { target: 't09.1', value: '八' },
        { target: 9, value: 1 },
        { target: 't09.2', value: true },
        { target: 't09.3', value: { amount: 3 } },
        { target: 't09.4' },
        { target: '', value: 1 },
        { target: 't09.1', value: 'x'.repeat(30) },
      ],
    };
    assert.deepEqual(messagesOf(parseProgressReport(report, dezhouPlan, { lang: 'en' })), {
      'entries[0].value': 'expected a number, received the text "八"',
      'entries[1].target': 'expected a text, received the number 9',
      'entries[2].value': 'expected a number, received the boolean true',
      'entries[3].value': 'expected a number, received an object',
      'entries[4].value': 'missing (expected a number)',
      'entries[5].target': 'must not be empty',
      'entries[6].value': 'expected a number, received a text',
    });
    // Without `lang` (English), the same words.
    assert.equal(messagesOf(parseProgressReport(report, dezhouPlan))['entries[0].value'], 'expected a number, received the text "八"');
    assert.equal(parseProgressReport([], dezhouPlan).issues[0]!.message, 'expected an object, received an array');
  });

  test('a plan: a whole number, numbers out of range and a value not among those allowed', () => {
    const plan = structuredClone(dezhouPlan) as Plan & Record<string, unknown>;
    const task = plan.tasks[8] as unknown as Record<string, unknown>;
    const targets = plan.targets as unknown as Record<string, unknown>[];
    task.number = 9.5;
    (plan.tasks[9] as unknown as Record<string, unknown>).number = 0;
    targets[0]!.comparator = 'about';
    targets[1]!.tolerance = 1;
    targets[2]!.tolerance = 0;
    targets[3]!.confidence = 1.5;
    const issues = messagesOf(validatePlan(plan, { lang: 'en' }));
    assert.equal(issues['tasks[8].number'], 'expected a whole number, received the number 9.5');
    assert.equal(issues['tasks[9].number'], 'expected more than 0');
    assert.equal(issues['targets[0].comparator'], `expected one of ${Object.values(Comparator).join(' | ')}`);
    assert.equal(issues['targets[1].tolerance'], 'expected less than 1');
    assert.equal(issues['targets[2].tolerance'], 'expected more than 0');
    assert.equal(issues['targets[3].confidence'], 'expected at most 1');
    for (const message of Object.values(issues)) assert.doesNotMatch(message, zodEnglish, message);
  });

  test('the kinds no schema here raises yet: texts and lists too short, numbers at their inclusive bounds', () => {
    const said = (schema: z.ZodMiniType, value: unknown) => schema.safeParse(value, { error: validationMessagesIn('en') }).error?.issues.map((i) => i.message);
    assert.deepEqual(said(z.string().check(z.minLength(3)), 'ab'), ['expected at least 3 characters']);
    assert.deepEqual(said(z.array(z.string()).check(z.minLength(1)), []), ['expected at least 1 item']);
    assert.deepEqual(said(z.array(z.string()).check(z.minLength(2)), ['a']), ['expected at least 2 items']);
    assert.deepEqual(said(z.number().check(z.gte(0)), -1), ['expected at least 0']);
    assert.deepEqual(said(z.number().check(z.lte(10)), 11), ['expected at most 10']);
    assert.deepEqual(said(z.null(), 'x'), ['expected null, received the text "x"']);
  });
});
