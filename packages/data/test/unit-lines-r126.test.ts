/**
 * Review r126 F5 (a regression of 0cb33583): after a blank between two unit names, a development zone's committee or
 * a company's branch (`市發展改革委 天衢新區管委會`, `市國資委 中石化德州分公司`) is a unit of its own, as a body whose
 * name ends as one does (管委會, 公司, 集團) or holds a place inside it (德州); it was joined to the name before it,
 * with a warning. Each name in both scripts; a body of the unit before it stays joined (r113, r119).
 */
import { describe, test } from 'node:test';
import { blankPairs } from './blank-pair-helpers.js';

const { apart, joined } = blankPairs('德州');

describe('F5: a zone’s committee or a company after a blank is a unit of its own, unsaid', () => {
  for (const pair of [
    '市發展改革委 天衢新區管委會',
    '市发展改革委 天衢新区管委会',
    '市商務局 經開區管委會',
    '市商务局 经开区管委会',
    '市發展改革委 高新區管委會',
    '市发展改革委 高新区管委会',
    '市國資委 中石化德州分公司',
    '市国资委 中石化德州分公司',
    '市工信局 聯通德州分公司',
    '市工信局 联通德州分公司',
    '市國資委 德達投資集團',
    '市国资委 德达投资集团',
    '市財政局 農業銀行德州分行',
    '市财政局 农业银行德州分行',
  ]) {
    test(pair, () => apart(pair));
  }
});

describe('a body of the unit before it, a branch of it in a zone or a county, or one with a county’s stem as a word inside (資源), stays joined, said', () => {
  for (const pair of ['市委 組織部', '市公安局 交警支隊', '市生態環境局 德城分局', '市生态环境局 德城分局', '市公安局 高新區分局', '市公安局 高新区分局', '市公安局 交警德城大隊', '市委 國安辦', '市行政審批服務局 公共資源交易中心']) {
    test(pair, () => joined(pair));
  }
});
