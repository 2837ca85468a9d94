/**
 * F289 (review r119 F1, F5): a blank between two unit names, the body after it named after another city or a national
 * body (`市商務局 濟南海關`, `市財政局 人民銀行濟寧分行`) is a unit of its own, as a place of China
 * (`china-area-data`) or such a body starts its name; one whose name only has 國 or 區 inside it (`市委 國安辦`,
 * `市委 区域协调发展办公室`) is part of the name before it, said as r118 F2's are; a district's branch (`市生態環境局
 * 德城分局`) too. Each name in both scripts.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { blankPairs } from './blank-pair-helpers.js';
import { placeStart } from '../src/node/place-stems.js';

const { apart, joined } = blankPairs('济宁');

describe('F1: a body named after another city, or a national or provincial body, after a blank is a unit of its own, unsaid', () => {
  for (const pair of [
    '市商務局 濟南海關',
    '市商务局 济南海关',
    '市商務局 青島海關',
    '市商务局 青岛海关',
    '市財政局 人民銀行濟寧分行',
    '市财政局 人民银行济宁分行',
    '市交通運輸局 濟南鐵路局',
    '市交通运输局 济南铁路局',
    '市公安局 武警濟寧支隊',
    '市公安局 武警济宁支队',
  ]) {
    test(pair, () => apart(pair));
  }
  test('a county’s body not named as a branch: 齊河縣應急局, 禹城市住建局', () => {
    for (const pair of ['市應急局 齊河縣應急局', '市应急局 齐河县应急局', '市住房城鄉建設局 禹城市住建局', '市住房城乡建设局 禹城市住建局']) apart(pair);
  });
});

describe('r118 F2 unchanged: apart as before', () => {
  for (const pair of ['市發展改革委 國網德州供電公司', '市发展改革委 国网德州供电公司', '市商務局 德州海關', '市商务局 德州海关', '市委宣傳部 團市委', '市委宣传部 团市委', '市發展改革委 市工業和信息化局', '市发展改革委 市工业和信息化局']) {
    test(pair, () => apart(pair));
  }
});

describe('F5: 國 or 區 inside a body’s name makes no unit of its own: joined, said', () => {
  for (const pair of ['市委 國安辦', '市委 国安办', '市政府 國資委', '市政府 国资委', '市委 區域協調發展辦公室', '市委 区域协调发展办公室']) {
    test(pair, () => joined(pair));
  }
});

describe('r118 F2 unchanged: a body of the unit before it, or a district’s branch of it, joined, said', () => {
  for (const pair of [
    '市委 組織部',
    '市委 组织部',
    '市政府 辦公室',
    '市政府 办公室',
    '市公安局 交警支隊',
    '市公安局 交警支队',
    '市生態環境局 德城分局',
    '市生态环境局 德城分局',
    '市公安局 歷下分局',
    '市公安局 历下分局',
    '市公安局 嶗山派出所',
    '市公安局 崂山派出所',
    '市委政法委 平安辦',
    '市委政法委 平安办',
  ]) {
    test(pair, () => joined(pair));
  }
});

describe('placeStart: the places of china-area-data a name starts with', () => {
  test('a city’s stem, in either script, as written', () => {
    assert.deepEqual(placeStart('濟南海關'), { stem: '濟南', county: false });
    assert.deepEqual(placeStart('青島海關'), { stem: '青島', county: false });
    assert.deepEqual(placeStart('青岛海关'), { stem: '青岛', county: false });
  });
  test('a county’s or a district’s stem, the longest, its peoples left out', () => {
    assert.deepEqual(placeStart('德城分局'), { stem: '德城', county: true });
    assert.deepEqual(placeStart('齊河縣應急局'), { stem: '齊河', county: true });
    assert.deepEqual(placeStart('围场县林业局'), { stem: '围场', county: true });
  });
  test('none for a body named like a place with one character after it, nor for no place', () => {
    assert.equal(placeStart('公安局'), undefined);
    assert.equal(placeStart('平安辦'), undefined);
    assert.equal(placeStart('組織部'), undefined);
    assert.equal(placeStart('市辖区'), undefined);
  });
});
