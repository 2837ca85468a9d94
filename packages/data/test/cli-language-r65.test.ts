/**
 * Review r65 M4 and L2: the document commands speak the plan's language. `lint` and `summary` of a plan built from a
 * Simplified document quote it in Simplified (its `sourceLanguage`), and `lint --lang` says its words in a language;
 * `parse` labels roles in `--lang`, else in the document's own script; under `--lang`, `build`'s closing line and the
 * diagnostics that stop a build are in that language too. Through the CLI's `main`, on small documents in both scripts.
 * Review r66 L3–L6: the progress commands given a plan speak its source language too; lint says a comparator, a measure
 * and a unit kind in words of `--lang`, and a quote on one line; a build that stops prints its warnings as summary does.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { scriptOf } from '../src/node/chinese.js';
import { lintPlan } from '../src/node/lint-plan.js';
import type { Plan } from '../src/schema.js';
import { dzPlanHere, fixturesDir, seedPath } from './helpers.js';

/** A Simplified document: two tasks, four units (three named once), two targets. */
const hans = [
  '芜湖市2024年重点工作任务',
  '芜湖市人民政府',
  '一、做大做强数字经济',
  '1.加快数字经济核心产业发展。新增规上工业企业30家以上。（牵头单位：市经济和信息化局；配合单位：市发展改革委、市统计局）',
  '2.推进新型基础设施建设。新开通5G基站2000个以上。（牵头单位：市经济和信息化局；配合单位：中国电信芜湖分公司）',
].join('\n');
/** The same document in Traditional. */
const hant = [
  '蕪湖市2024年重點工作任務',
  '蕪湖市人民政府',
  '一、做大做強數字經濟',
  '1.加快數字經濟核心產業發展。新增規上工業企業30家以上。(牽頭單位:市經濟和信息化局;配合單位:市發展改革委、市統計局)',
  '2.推進新型基礎設施建設。新開通5G基站2000個以上。(牽頭單位:市經濟和信息化局;配合單位:中國電信蕪湖分公司)',
].join('\n');

/** Latin words of three letters or more in `line`, leaving out options (`--lenient`), their values (`lead`) and `overlay`. */
const englishIn = (line: string) => line.replace(/--[a-z-]+|\b(?:participating|lead|overlay)\b/g, '').match(/[A-Za-z]{3,}/g) ?? [];

describe('the document commands speak the plan’s language (review r65 M4, L2)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dz-plan-lang-r65-'));
  const at = (name: string) => join(dir, name);
  after(() => rmSync(dir, { recursive: true, force: true }));
  before(async () => {
    writeFileSync(at('hans.txt'), hans);
    writeFileSync(at('hant.txt'), hant);
    for (const script of ['hans', 'hant']) {
      const built = await dzPlanHere('build', at(`${script}.txt`), '-o', at(`${script}.json`));
      assert.equal(built.status, 0, built.stderr);
    }
  });

  describe('lint', () => {
    test('quotes a Simplified plan’s units and tasks in Simplified, a Traditional one’s in Traditional; its words stay English without --lang', async () => {
      const r = await dzPlanHere('lint', at('hans.json'));
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /^review \S+ unitNamedOnce: «中国电信芜湖分公司» is named in one task only/m);
      assert.match(r.stdout, /^review \S+ guessedUnitKind: «市经济和信息化局» is taken to be a governmentDepartment from its name$/m);
      assert.doesNotMatch(r.stdout, /經濟|國電|蕪湖/, r.stdout);
      assert.match(r.stdout, /^\d+ things to review in /m);
      const t = await dzPlanHere('lint', at('hant.json'));
      assert.match(t.stdout, /«中國電信蕪湖分公司» is named in one task only/);
      assert.doesNotMatch(t.stdout, /经济|国电|芜湖/);
    });

    test('--lang zh-Hans and zh-Hant say its items and its last line in that language, the quotes still the plan’s; --lang en is the default', async () => {
      const r = await dzPlanHere('lint', at('hans.json'), '--lang', 'zh-Hans');
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /^review \S+ unitNamedOnce: «中国电信芜湖分公司» 只在一个任务中出现/m);
      assert.match(r.stdout, /^review plan missingEnglish: \d+ 处英文留空/m);
      assert.match(r.stdout, /共有 \d+ 处需要审核$/m);
      const t = await dzPlanHere('lint', at('hans.json'), '--lang', 'zh-Hant');
      assert.match(t.stdout, /«中国电信芜湖分公司» 只在一個任務中出現/);
      assert.match(t.stdout, /共有 \d+ 處需要審核$/m);
      assert.equal((await dzPlanHere('lint', at('hans.json'), '--lang', 'en')).stdout, (await dzPlanHere('lint', at('hans.json'))).stdout);
      const bad = await dzPlanHere('lint', at('hans.json'), '--lang', 'fr');
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /fr/);
    });
  });

  describe('summary of a plan JSON', () => {
    test('says the title and sections in the plan’s source language, its labels as they were', async () => {
      const r = await dzPlanHere('summary', at('hans.json'));
      assert.equal(r.status, 0, r.stderr);
      const lines = r.stdout.split('\n');
      assert.equal(lines[1], '芜湖市2024年重点工作任务');
      assert.ok(lines.includes('sections: 1') && lines.includes('targets: 2'), r.stdout);
      assert.ok(lines.includes('   1. 做大做强数字经济 — 2 tasks, 2 targets'), r.stdout);
      assert.equal((await dzPlanHere('summary', at('hant.json'))).stdout.split('\n')[1], '蕪湖市2024年重點工作任務');
    });

    test('--lang says the names in that language (English falling back to the source’s while it is empty), and the labels', async () => {
      const t = (await dzPlanHere('summary', at('hans.json'), '--lang', 'zh-Hant')).stdout.split('\n');
      assert.equal(t[1], '蕪湖市2024年重點工作任務');
      assert.ok(t.includes('部分:1') && t.includes('指標:2'), t.join('\n'));
      assert.ok(t.includes('   1. 做大做強數字經濟 — 2 項任務、2 個指標'), t.join('\n'));
      const e = (await dzPlanHere('summary', at('hans.json'), '--lang', 'en')).stdout.split('\n');
      assert.equal(e[1], '芜湖市2024年重点工作任务');
      assert.ok(e.includes('sections: 1'), e.join('\n'));
    });
  });

  describe('parse', () => {
    test('labels roles in --lang, and without it in the document’s script', async () => {
      const role = async (...args: string[]) => /\((\S+): [^;]+; (\S+): /.exec((await dzPlanHere('parse', ...args)).stdout)?.slice(1, 3);
      assert.deepEqual(await role('--lang', 'zh-Hans', at('hant.txt')), ['牵头', '参与']);
      assert.deepEqual(await role('--lang', 'zh-Hant', at('hans.txt')), ['牽頭', '參與']);
      assert.deepEqual(await role('--lang', 'en', at('hans.txt')), ['lead', 'participating']);
      assert.deepEqual(await role(at('hans.txt')), ['牵头', '参与']);
      assert.deepEqual(await role(at('hant.txt')), ['牽頭', '參與']);
    });

    test('its count line is in --lang, English without it', async () => {
      assert.match((await dzPlanHere('parse', at('hans.txt'))).stdout, /^1 sections, 2 tasks, 4 units$/m);
      assert.match((await dzPlanHere('parse', at('hans.txt'), '--lang', 'zh-Hans')).stdout, /^1 个部分、2 项任务、4 个单位$/m);
    });

    test('the document’s script is read without OpenCC as OpenCC reads it', async () => {
      const { documentScript } = await import('../src/node/document-script.js');
      const files = [seedPath, resolve(fixturesDir, 'invented-simplified.txt'), ...['blank-separated.zh-Hans', 'fullwidth-digits.zh-Hant', 'part-headings.zh-Hans'].map((f) => resolve(fixturesDir, 'forms', `${f}.txt`))];
      for (const text of [hans, hant, ...files.map((f) => readFileSync(f, 'utf8'))]) assert.equal(documentScript(text), scriptOf(text), text.slice(0, 40));
    });
  });

  describe('under --lang, build’s last line and the errors that stop a build', () => {
    test('the closing line follows --lang; without it, it is English as before', async () => {
      writeFileSync(at('unclosed.txt'), hans.replace('市统计局）', '市统计局'));
      const r = await dzPlanHere('build', at('unclosed.txt'), '--lang', 'zh-Hans');
      assert.equal(r.status, 1);
      assert.match(r.stderr, /^dz-plan: 未写出计划:文件中有 1 个错误\(请修正,或加上 --lenient\)$/m);
      assert.match(r.stderr, /^error \d+:\d+ unclosedUnits: 任务 1:责任单位的括号没有闭合/m);
      const t = await dzPlanHere('build', at('unclosed.txt'), '--lang', 'zh-Hant');
      assert.match(t.stderr, /^dz-plan: 未寫出計劃:文件中有 1 個錯誤\(請修正,或加上 --lenient\)$/m);
      const e = await dzPlanHere('build', at('unclosed.txt'));
      assert.match(e.stderr, /^dz-plan: no plan written: 1 error in the document \(fix it, or give --lenient\)$/m);
      assert.match(e.stderr, /unclosedUnits: task 1: the units parenthesis is not closed/);
    });

    test('a plan written says its counts and what next in --lang', async () => {
      const r = await dzPlanHere('build', at('hans.txt'), '--lang', 'zh-Hans', '-o', at('again.json'));
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stderr, /^wuhu-2024-key-tasks: 1 个部分、2 项任务、4 个单位、\d+ 项分工、2 个指标 → /m);
      assert.match(r.stderr, /^下一步:dz-plan lint \S+again\.json 列出需要审核的地方$/m);
    });

    /** A document for each error that stops a build (and the closing's warning), by code. */
    const documents: Record<string, string> = {
      noTasks: '一、总体要求\n没有任务。',
      taskNumberRepeated: '一、甲\n1.推进工作。(牵头单位:市发改委)\n1.推进工作。(牵头单位:市发改委)\n',
      taskNumberSkipped: '一、甲\n1.推进工作。(牵头单位:市发改委)\n4.推进工作。(牵头单位:市发改委)\n',
      sectionNumberRepeated: '一、甲\n1.推进工作。(牵头单位:市发改委)\n一、乙\n2.推进工作。(牵头单位:市发改委)\n',
      sectionNumberSkipped: '一、甲\n1.推进工作。(牵头单位:市发改委)\n四、乙\n2.推进工作。(牵头单位:市发改委)\n',
      unclosedUnits: '一、甲\n1.推进工作。(牵头单位:市发改委\n2.推进工作。(牵头单位:市发改委)\n',
      textAfterUnits: '一、甲\n1.推进工作。(牵头单位:市发改委)其他文字\n2.推进工作。(牵头单位:市发改委)\n',
      'textAfterUnits broken': '1.实际使用外资同比增长10%以上。\n牵头单位：县商务局；配合单位：县投资促进服务\n中心、县财政局\n全年新增外资企业20家。\n2.城镇新增就业5000人。\n牵头单位：县人力资源和社会保障局',
      roleWordInUnitName: '一、甲\n1.推进工作。(牵头单位:市发改委牵头办)\n',
      unbalancedBracketInUnitName: '1.甲項。內容。\n責任單位:市甲局(市乙辦、市丙局',
      ambiguousUnitRole: '一、甲\n1.推进工作。(市发改委、市财政局牵头,市统计局,市商务局配合)\n',
      unitsJoinedByWord: '一、甲\n1.推进工作。(牵头单位:市发改委和市财政局)\n',
      headingAboveSections: ['一、堅持創新驅動', '（一）培育新興產業', '1.培育集群。(牽頭單位:市科技局)', '二、深化改革開放', '（二）優化營商環境', '2.壓縮開辦時間。(牽頭單位:市市場監管局)', '（三）擴大對外開放', '3.穩外貿。(牽頭單位:市商務局)'].join('\n'),
      taskNumberingNotRead: '一、甲\n1.1推进工作。(牵头单位:市发改委)\n',
      taskNumberBeforeDigits: '一、甲\n1.推进工作,增长\n2.5%以上。\n(牵头单位:市发改委)\n',
      responsibleBesideLead: '一、甲\n1.推进工作。（牵头单位：市发展改革委；责任单位：市财政局）\n',
      textAfterLastTask: '一、甲\n1.推进工作。(牵头单位:市发改委)\n\n芜湖市人民政府办公室\n2024年1月5日\n',
    };

    test('a number out of order after the text before the first task or section is said in Chinese too', async () => {
      const { errorMessageIn } = await import('../src/node/error-words.js');
      assert.equal(errorMessageIn('taskNumberSkipped', 'task 3 follows the preamble; tasks 1–2 are missing', 'zh-Hans'), '任务 3 接在文件开头的文字之后;缺少任务 1–2');
      assert.equal(errorMessageIn('sectionNumberSkipped', 'section 二 follows the preamble; section 一 is missing', 'zh-Hant'), '第二部分接在文件開頭的文字之後;缺少第一部分');
      assert.equal(errorMessageIn('unclosedUnits', 'a message of another form', 'zh-Hant'), undefined, 'kept in English');
    });

    for (const [name, text] of Object.entries(documents)) {
      const code = name.split(' ')[0]!;
      test(`${name}: said in zh-Hant and zh-Hans under --lang, in English as before under --lang en`, async () => {
        const file = at(`${name.replace(' ', '-')}.txt`);
        writeFileSync(file, text);
        const lines = async (lang: string) => (await dzPlanHere('parse', file, '--lenient', '--lang', lang)).stdout.split('\n').filter((l) => l.includes(` ${code}: `));
        const english = await lines('en');
        assert.ok(english.length, `the document says ${code}`);
        if (name === 'textAfterUnits broken') assert.match(english[0]!, /may be the rest of the units line above it/);
        for (const lang of ['zh-Hant', 'zh-Hans']) {
          const said = await lines(lang);
          assert.equal(said.length, english.length, said.join('\n'));
          for (const line of said) {
            const message = line.slice(line.indexOf(` ${code}: `) + code.length + 3);
            assert.deepEqual(englishIn(message), [], `${lang}: ${line}`);
          }
        }
      });
    }
  });

  describe('review r66 L3–L6', () => {
    const plan = (script: string): Plan => JSON.parse(readFileSync(at(`${script}.json`), 'utf8'));

    test('L5: without --lang, progress template, import and diff given a plan speak its source language; --lang wins; Dezhou’s stays Traditional', async () => {
      const t = await dzPlanHere('progress', 'template', '--plan', at('hans.json'));
      assert.equal(t.status, 0, t.stderr);
      assert.match(t.stdout, /^指标编号,任务,指标,计量单位,目标,完成时限,计量方式,牵头单位,/);
      assert.match(t.stdout, /市经济和信息化局/);
      assert.doesNotMatch(t.stdout + t.stderr, /經濟|指標|個/);
      assert.match((await dzPlanHere('progress', 'template', '--plan', at('hant.json'))).stdout, /^指標編號,任務,/);
      assert.match((await dzPlanHere('progress', 'template', '--plan', at('hans.json'), '--lang', 'zh-Hant')).stdout, /^指標編號,任務,/);
      assert.match((await dzPlanHere('progress', 'template', '--plan', at('hans.json'), '--lang', 'en')).stdout, /^Target id,Task,/);
      assert.match((await dzPlanHere('progress', 'template')).stdout, /^指標編號,任務,/);
      const unit = await dzPlanHere('progress', 'template', '--plan', at('hans.json'), '--unit', '统计所');
      assert.notEqual(unit.status, 0);
      assert.match(unit.stderr, /规划 wuhu-2024-key-tasks 中没有单位“统计所”/);
      writeFileSync(at('sheet.csv'), '指标编号,完成值,截至日期\nt01.1,12,2024-06-30\n');
      const imported = await dzPlanHere('progress', 'import', at('sheet.csv'), '--plan', at('hans.json'), '-o', at('r1.json'));
      assert.equal(imported.status, 0, imported.stderr);
      assert.doesNotMatch(imported.stderr, /[個從寫]/, imported.stderr);
      assert.match(imported.stderr, /个/, imported.stderr);
      writeFileSync(at('sheet.csv'), '指标编号,完成值,截至日期\nt01.1,31,2024-09-30\n');
      await dzPlanHere('progress', 'import', at('sheet.csv'), '--plan', at('hans.json'), '-o', at('r2.json'));
      const diff = await dzPlanHere('progress', 'diff', at('r1.json'), at('r2.json'), '--plan', at('hans.json'));
      assert.equal(diff.status, 0, diff.stderr);
      assert.match(diff.stdout, /^1 个指标有变动/m);
      assert.match((await dzPlanHere('progress', 'diff', at('r1.json'), at('r2.json'), '--plan', at('hans.json'), '--lang', 'zh-Hant')).stdout, /^1 個指標有變動/m);
    });

    test('L4: lint under --lang says a comparator, a measure and a unit kind in its words, the plan’s value in brackets; English as before', () => {
      const p = plan('hans');
      const target = { ...p.targets[0]!, comparator: 'increaseBy' as const, measure: 'growth' as const, confidence: 0.5 };
      const doubtful = { ...p, targets: [target, ...p.targets.slice(1)] };
      const said = (lang: 'zh-Hans' | 'zh-Hant' | 'en') => lintPlan(doubtful, { lang }).filter((i) => i.code === 'lowConfidenceTarget' || i.code === 'guessedUnitKind');
      const hansItems = said('zh-Hans');
      const low = hansItems.find((i) => i.at === target.id)!.message;
      assert.match(low, /读作增长 \S+\(increaseBy\),计量方式为同比增长\(growth\),可信度 0\.5$/, low);
      assert.ok(hansItems.some((i) => i.message === '«市经济和信息化局» 依名称当作政府部门(governmentDepartment)'), hansItems.map((i) => i.message).join('\n'));
      const hantItems = said('zh-Hant');
      assert.match(hantItems.find((i) => i.at === target.id)!.message, /讀作增長 \S+\(increaseBy\),計量方式為同比增長\(growth\),/);
      assert.ok(hantItems.some((i) => i.message === '«市经济和信息化局» 依名稱當作政府部門(governmentDepartment)'));
      for (const item of [...hansItems, ...hantItems]) assert.deepEqual(englishIn(item.message.replace(/\([a-zA-Z]+\)/g, '')), [], item.message);
      const en = said('en');
      assert.match(en.find((i) => i.at === target.id)!.message, /read as increaseBy \S+ \(growth\), confidence 0\.5$/);
      assert.ok(en.some((i) => i.message === '«市经济和信息化局» is taken to be a governmentDepartment from its name'));
      const exact = lintPlan({ ...p, targets: [{ ...target, comparator: 'exact', measure: undefined }] }, { lang: 'zh-Hans' })[0]!.message;
      assert.match(exact, /读作 \S+\(exact\),没有计量方式\(measure\),可信度/, exact);
    });

    test('L3: a quote across a page break is said on one line, its breaks as ⏎; the plan keeps the source’s text', async () => {
      const p = plan('hans');
      const quote = '城市\n- 4 -\n更新项目完成投资80亿元';
      const broken = { ...p, targets: [{ ...p.targets[0]!, quote, confidence: 0.5 }, ...p.targets.slice(1)] };
      for (const lang of ['en', 'zh-Hans', 'zh-Hant'] as const) {
        const message = lintPlan(broken, { lang })[0]!.message;
        assert.ok(message.startsWith('«城市 ⏎ - 4 - ⏎ 更新项目完成投资80亿元»'), message);
      }
      assert.equal(broken.targets[0]!.quote, quote);
      writeFileSync(at('broken.json'), JSON.stringify(broken));
      const r = await dzPlanHere('lint', at('broken.json'));
      assert.ok(r.stdout.split('\n').every((line) => line === '' || /^review |things to review/.test(line)), r.stdout);
    });

    test('L6: a build that stops prints every diagnostic it found, warnings of the targets too, before its last line, as summary does', async () => {
      const stopped = {
        error: '芜湖市人民政府\n一、甲\n1.推进工作。新建基站达到500以上。（牵头单位：市发展改革委；责任单位：市财政局）\n',
        noIssuer: '芜湖市2024年重点工作任务\n一、甲\n1.推进工作。新建基站达到500以上。(牵头单位:市发改委)\n',
      };
      for (const [name, text] of Object.entries(stopped)) {
        writeFileSync(at(`${name}.txt`), text);
        for (const lang of [[], ['--lang', 'zh-Hans']]) {
          const summary = (await dzPlanHere('summary', at(`${name}.txt`), ...lang)).stdout.split('\n').filter((l) => /^(?:warning|error) /.test(l));
          assert.ok(summary.some((l) => l.includes(' numeralNotRead: ')), summary.join('\n'));
          const built = await dzPlanHere('build', at(`${name}.txt`), ...lang);
          assert.equal(built.status, 1);
          const lines = built.stderr.trimEnd().split('\n');
          assert.match(lines.at(-1)!, /^dz-plan: (?:no plan written|未写出计划)/);
          assert.deepEqual(lines.filter((l) => /^(?:warning|error) \d/.test(l)), summary, built.stderr);
        }
      }
    });
  });
});
