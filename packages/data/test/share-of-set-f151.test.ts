/**
 * F151 (review r72 M3, L2): a share of a set written as a change, and the words for points written for a change in
 * per cent. `+36.4%` or `+4/11` for 建有智慧健身設施的縣(市、區)占比 ≥1/3 is a change, signed, not the share, refused
 * as `+1.4%` is for 公辦幼兒園占比 ≥62% (F141); the words for `1.4個百分點` against a change in per cent say what is
 * read, a number alone or with its % sign, not "without the % sign" (F218: with no example figure, which read as a conversion).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describeReadingProblem, parseReadingValue } from '../src/index.js';
import { getTarget } from '../src/dezhou-2023.js';
import { pointsForLevel } from '../src/progress/points-for-level.js';
import { csv, importFiles, langs } from './progress-import-helpers.js';

const third = getTarget('t63.2')!; // 建有智慧健身設施的縣(市、區)占比達到1/3以上

describe('a share of a set written with a sign or in points (r72 M3)', () => {
  test('the gauge refuses +36.4%, +4/11, -4/11, +36.4 and 1.4個百分點 for a third of the counties; 36.4% and 4/11 are read', () => {
    for (const text of ['+36.4%', '+4/11', '-4/11', '+36.4']) {
      assert.deepEqual(parseReadingValue(text, third), { problem: { code: 'pointsForLevel', text, signed: true } }, text);
      assert.equal(pointsForLevel(text, third), 'signed', text);
    }
    assert.deepEqual(parseReadingValue('1.4個百分點', third), { problem: { code: 'pointsForLevel', text: '1.4個百分點', signed: false } });
    assert.equal(pointsForLevel('比上年提高1.4个百分点', third), 'signed');
    assert.deepEqual(parseReadingValue('36.4%', third), { value: 36.4 });
    assert.deepEqual(parseReadingValue('4/11', third), { value: 400 / 11 });
  });

  test('its words ask for the share itself, with 36.4% as the example (not the third as 33.333333333333336%)', () => {
    const read = parseReadingValue('+4/11', third);
    assert.ok('problem' in read);
    assert.match(describeReadingProblem(read.problem, third, 'zh-Hant'), /^「\+4\/11」帶正負號,是增減的幅度,而此處填建有智慧健身設施的縣\(市、區\)占比本身:.*不帶正負號,如 36\.4%$/);
    assert.match(describeReadingProblem(read.problem, third, 'zh-Hans'), /^“\+4\/11”带正负号.*如 36\.4%$/);
    assert.match(describeReadingProblem(read.problem, third, 'en'), /^"\+4\/11" is signed, a change.*without a sign, such as 36\.4%$/);
  });

  test('the import refuses +36.4% and +4/11 for t63.2 as pointsForLevel, and reads 36.4%', async () => {
    const { problems, report } = await importFiles([csv('a.csv', 't63.2,+36.4%,2023-06-30,', 't63.2,+4/11,2023-09-30,', 't63.2,36.4%,2023-12-31,')], 'zh-Hant');
    assert.deepEqual(problems.map((p) => [p.code, p.text]), [['pointsForLevel', '+36.4%'], ['pointsForLevel', '+4/11']]);
    assert.match(problems[0]!.message, /「\+36\.4%」帶正負號,是增減的幅度,.*不帶正負號,如 36\.4%$/);
    assert.deepEqual(report?.entries.map((e) => e.value), [36.4]);
  });
});

describe('points for a change in per cent: the words say what is read (r72 L2)', () => {
  test('1.4個百分點 for 全社會研發經費增長10% asks for the change in per cent, a number alone or with its % sign (no figure, which would read as a conversion: F218), in three languages', async () => {
    const expected = {
      'zh-Hant': /「1\.4個百分點」以百分點計,但目標的變化以百分比\(%\)計,兩者不同,不能由百分點換算:請另填以百分比計的變化幅度,只寫數字,或數字連 % 號,不寫「百分點」$/,
      'zh-Hans': /“1\.4個百分點”以百分点计,但目标的变化以百分比\(%\)计,两者不同,不能由百分点换算:请另填以百分比计的变化幅度,只写数字,或数字连 % 号,不写“百分点”$/,
      en: /"1\.4個百分點" is in percentage points, but the target's change is in per cent \(%\), which differs and cannot be converted from points: write the change in per cent instead, a number alone or a number with its % sign, without "percentage points"$/,
    };
    for (const lang of langs) {
      const { problems, report } = await importFiles([csv('a.csv', 't03.3,1.4個百分點,2023-06-30,', 't03.3,8.6,2023-09-30,', 't03.3,8.6%,2023-12-31,')], lang);
      assert.deepEqual(problems.map((p) => p.code), ['pointsForPercent'], lang);
      assert.match(problems[0]!.message, expected[lang], lang);
      assert.deepEqual(report?.entries.map((e) => e.value), [8.6, 8.6], lang);
    }
  });
});
