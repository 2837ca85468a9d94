/**
 * Brackets in a units list: 、 , ; inside them never split a name, however deep they nest, and a name whose brackets
 * do not close, or close before they open, is an error.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parsePlanText } from '../src/parse-plan-text.js';

const codes = (text: string) => parsePlanText(text).diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);

describe('units: brackets in names', () => {
  test('a 、 inside 70,000 open brackets (past 65,535) stays inside: one name, unbalanced', () => {
    const name = `市甲局${'('.repeat(70_000)}乙${')'.repeat(65_535)}、市丙局`;
    const text = `一、甲\n1.任務。\n牽頭單位:${name}\n`;
    assert.deepEqual(parsePlanText(text).tasks[0]!.lead, [name]);
    assert.deepEqual(codes(text), ['unbalancedBracketInUnitName']);
  });

  test('70,000 nested brackets that all close are one balanced name, and the next name is split off', () => {
    const name = `市甲局${'('.repeat(70_000)}乙${')'.repeat(70_000)}`;
    const text = `一、甲\n1.任務。\n牽頭單位:${name}、市丙局\n`;
    assert.deepEqual(parsePlanText(text).tasks[0]!.lead, [name, '市丙局']);
    assert.deepEqual(codes(text), []);
  });

  test('brackets that close before they open, or never close, are reported once per name', () => {
    const parsed = parsePlanText('一、甲\n1.任務。(牽頭單位:市甲局)、市乙局(、市丙局【處】)\n');
    assert.deepEqual(parsed.tasks[0]!.lead, ['市甲局']);
    const text = '一、甲\n1.任務。\n牽頭單位:市甲局)(、市乙局【處】、市丙局(處\n';
    assert.deepEqual(parsePlanText(text).tasks[0]!.lead, ['市甲局)(、市乙局【處】、市丙局(處']);
    assert.deepEqual(codes(text), ['unbalancedBracketInUnitName']);
    const closed = '一、甲\n1.任務。\n牽頭單位:市甲局)、市乙局(處)、市丙局【處\n';
    assert.deepEqual(parsePlanText(closed).tasks[0]!.lead, ['市甲局)', '市乙局(處)', '市丙局【處']);
    assert.deepEqual(codes(closed), ['unbalancedBracketInUnitName', 'unbalancedBracketInUnitName']);
  });
});
