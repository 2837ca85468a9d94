/**
 * F205's leftover: under `--lang`, what stops `dz-plan build` before a plan is made (no title, year or issuer; tasks or
 * sections numbered again) was said in English alone, beside diagnostics said in the language asked for. Each is said
 * in the language of `--lang` (`planFromText`'s `lang`), still naming the option to give; English without it.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { planFromText } from '../src/node/plan-from-text.js';
import { dzPlanHere } from './helpers.js';

/** No issuer; tasks numbered from 1 in each section. */
const restarted = '临江市2024年重点工作任务\n一、扩大内需\n1.扩大消费。新增商户20家。（牵头单位：市商务局）\n二、乡村振兴\n1.稳定粮食生产。建设高标准农田10万亩。（牵头单位：市农业农村局）\n';
/** No issuer; （一） sections under 一、 headings, numbered again (read lenient, past the headings' errors). */
const threeLevels = '临江市2024年重点工作任务\n一、扩大内需\n（一）扩大消费\n1.扩大消费。新增商户20家。（牵头单位：市商务局）\n（二）扩大投资\n2.扩大投资。新开工项目20个。（牵头单位：市发展改革委）\n二、乡村振兴\n（一）稳定粮食\n3.稳定粮食生产。建设高标准农田10万亩。（牵头单位：市农业农村局）\n';
/** No title line with a year, no issuer. */
const untitled = '一、扩大内需\n1.扩大消费。新增商户20家。（牵头单位：市商务局）\n';

describe('what stops a build is said in the language asked for (F205)', () => {
  test('planFromText: each issue in Simplified, Traditional and English, naming the option and the line', () => {
    const issues = (text: string, lang?: 'zh-Hans' | 'zh-Hant' | 'en') => planFromText(text, { lenient: true, ...(lang ? { lang } : {}) }).issues;
    const en = [...issues(restarted), ...issues(threeLevels)];
    assert.deepEqual(en.map((i) => i.path), ['issuer', 'tasks', 'issuer', 'sections']);
    assert.deepEqual([...issues(restarted, 'en'), ...issues(threeLevels, 'en')], en);
    assert.match(en[3]!.message, /^the section "（一）稳定粮食" \(line 8\) has the number of an earlier section/);
    const hans = [...issues(restarted, 'zh-Hans'), ...issues(threeLevels, 'zh-Hans')];
    assert.deepEqual(hans.map((i) => i.path), ['issuer', 'tasks', 'issuer', 'sections']);
    assert.match(hans[0]!.message, /^文件没有写发文机关.*--issuer/);
    assert.match(hans[1]!.message, /第5行.*任务1.*编号/);
    assert.match(hans[3]!.message, /第8行.*“（一）稳定粮食”.*编号/);
    for (const issue of hans) assert.doesNotMatch(issue.message.replace(/--[a-z]+|planFromText|issuer|title|year/g, ''), /[A-Za-z]{3,}/, issue.message);
    const hant = issues(restarted, 'zh-Hant');
    assert.match(hant[0]!.message, /^文件沒有寫發文機關.*--issuer/);
    assert.match(hant[1]!.message, /第5行.*任務1.*編號/);
    // A language tag as resolveLanguage reads it (zh-TW: Traditional).
    assert.deepEqual(planFromText(restarted, { lang: 'zh-TW' as 'zh-Hant' }).issues, hant);
    const none = issues(untitled, 'zh-Hant');
    assert.deepEqual(none.map((i) => i.path), ['title', 'year', 'issuer']);
    assert.match(none[0]!.message, /標題.*--title/);
    assert.match(none[1]!.message, /年份.*--year/);
  });

  describe('dz-plan build --lang', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dz-build-lang-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    test('says the issues in zh-Hans, and in English without --lang', async () => {
      const file = join(dir, 'restarted.txt');
      writeFileSync(file, restarted);
      const hans = await dzPlanHere('build', file, '--lenient', '--lang', 'zh-Hans', '-o', join(dir, 'p.json'));
      assert.equal(hans.status, 1);
      assert.match(hans.stderr, /^error issuer: 文件没有写发文机关/m);
      assert.doesNotMatch(hans.stderr, /names no issuer|has the number of an earlier/);
      const en = await dzPlanHere('build', file, '--lenient', '-o', join(dir, 'p.json'));
      assert.match(en.stderr, /^error issuer: the document names no issuer/m);
    });
  });
});
