/**
 * Sections, tasks and targets referred to the way people write them (issue 12, "attributes that tell"): the document
 * numbers sections 一、二、… and tasks 1. 2. …, and its targets are read as 9.1; one parser of reference numbers serves
 * every look-up, and so every element.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dezhou, dezhouPlan } from '../src/dezhou-2023.js';
import { planLookupsAsIs } from '../src/index.js';

const api = dezhou();

describe('section references', () => {
  for (const ref of ['4', 4, '04', 's04', 'S04', 's4', '四', '四、', '第四', '第四部分', '第4部分', '（四）', '(四)', ' 四 ',
    // A CMS editor's forms (a review): full-width letters and digits, a circled digit, 部份 (Taiwan and Hong Kong), quotes a CMS curled.
    'Ｓ４', 'ｓ04', '④', '第四部份', '第４部份', '“4”', '「四」',
    // What a rich-text editor leaves (a CMS review): its zero-width filler (UEditor), a soft hyphen, a word joiner, a BOM;
    // the corner and double-prime quotes of Taiwan and Hong Kong sites.
    '4\u200b', '\u200b4', '4\u00ad', '\u20604', '\ufeff4', '『4』', '〝4〞']) {
    test(`${JSON.stringify(ref)} is section 4`, () => assert.equal(api.getSection(ref)?.id, 's04'));
  }
  test('十一 is section 11 where the plan has it, and 十 is section 10', () => {
    assert.equal(api.getSection('十')?.number, 10);
    assert.equal(api.getSection('第十部分')?.number, 10);
  });
  for (const ref of ['一十', '四四', '第', '部分', '99', '九十九', 's4x', '4.5', '']) {
    test(`${JSON.stringify(ref)} is no section`, () => assert.equal(api.getSection(ref), undefined));
  }
});

describe('task references', () => {
  for (const ref of ['9', 9, '09', 't09', 'T09', 't9', '9.', '9、', '第9項', '第九項', '九', '任務9', '任务 9', 'ｔ９', 'Ｔ09', '０９', '“9”', '"9"', '9\u200b', '9\u200c\u200d']) {
    test(`${JSON.stringify(ref)} is task 9`, () => assert.equal(api.getTask(ref)?.id, 't09'));
  }
  for (const ref of ['9.1', 't9x', '0', '999', '']) {
    test(`${JSON.stringify(ref)} is no task`, () => assert.equal(api.getTask(ref), undefined));
  }
});

describe('target references', () => {
  for (const ref of ['t09.1', 'T09.1', 't9.1', '9.1', '09.1', ' 9.1 ', '9．1', 'ｔ０９．１', '９.１', 't09.１', '“9.1”', '9.1\u200b',
    // The separators a Chinese input method or a habit types (a CMS review): 。 ・ · - — and 9(1), 9（1）.
    '9。1', '9・1', '9·1', '9-1', '9－1', '9—1', 't09-1', '9(1)', '9（1）']) {
    test(`${JSON.stringify(ref)} is target t09.1`, () => assert.equal(api.getTarget(ref)?.id, 't09.1'));
  }
  for (const ref of ['9', 't9', '9.99', '99.1', '9.1.1', '', '“”', '９.９９', '9-1-1', '9(1', '9..1', '9。。1']) {
    test(`${JSON.stringify(ref)} is no target`, () => assert.equal(api.getTarget(ref), undefined));
  }
});

describe('unit references', () => {
  // What a rich-text editor leaves around a name (a CMS review): curled or corner quotes, a zero-width filler.
  for (const ref of ['市發改委', '“市發改委”', '「市發改委」', '『市發改委』', '市發改委\u200b', '\u200b市发改委', '"市發改委"']) {
    test(`${JSON.stringify(ref)} is the development and reform commission`, () => assert.equal(api.getUnit(ref)?.name['zh-Hant'], api.getUnit('市發改委')?.name['zh-Hant']));
  }

  // A plan whose English is not written (the CDN's bundled plan on a Chinese page, a plan just built): its empty names
  // must not match a value that is nothing but what an editor left (a code review: UEditor's filler found 市科技局).
  const noEnglish = planLookupsAsIs({ ...dezhouPlan, units: dezhouPlan.units.map((u) => ({ ...u, name: { ...u.name, en: '' } })) });
  for (const ref of ['', ' ', '\u200b', '“”', '「」', "''", '\u00ad']) {
    test(`${JSON.stringify(ref)} is no unit, also where English names are empty`, () => {
      assert.equal(noEnglish.getUnit(ref), undefined);
      assert.equal(api.getUnit(ref), undefined);
    });
  }
});

