/**
 * F205's leftover, as for the build's issues: under `dz-plan build --lang`, an overlay's problems (a reference the plan
 * does not have, a quote not in its task, two entries for one unit, a target removed and changed, half a figure, a
 * misspelt key) were said in English alone. `applyOverlay`'s `lang` says them in that language; English without it.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, test } from 'node:test';
import { applyOverlay, planFromText } from '../src/node/index.js';
import { dzPlanHere, fixturesDir } from './helpers.js';

const file = resolve(fixturesDir, 'invented-simplified.txt');
const invented = readFileSync(file, 'utf8');
const built = planFromText(invented, { issuer: '虚构市人民政府' }).plan!;
const [first, second, third] = built.targets as [(typeof built.targets)[0], (typeof built.targets)[0], (typeof built.targets)[0]];
const unit = built.units[0]!;
/** An overlay with every kind of problem an overlay's references can have. */
const overlay = {
  sections: { '99': { title: { en: 'x' } } },
  tasks: { '98': { title: { en: 'x' } } },
  units: { 市不存在局: { en: 'Nowhere' }, [unit.name['zh-Hans']]: { en: 'A' }, [unit.id]: { kind: 'partyOffice' } },
  targets: {
    remove: ['t99.1', first.id],
    change: { 't98.1': { value: 1 }, [first.id]: { value: 7 }, [second.id]: { valueText: '7' }, [third.id]: { value: 3 } },
    add: [
      { task: 1, quote: '不在文中', valueText: '1', value: 1, unit: '個', comparator: 'exact', measure: 'flow' },
      { task: Number(second.taskId.slice(1)), quote: second.quote, occurrence: 99, valueText: '1', value: 1, unit: '個', comparator: 'exact', measure: 'flow' },
      { task: Number(second.taskId.slice(1)), quote: second.quote, valueText: '1', value: 1, unit: '個', comparator: 'exact', measure: 'flow' },
      { task: 97, quote: '新', valueText: '1', value: 1, unit: '個', comparator: 'exact', measure: 'flow' },
    ],
  },
};
/** Latin words of three letters or more, leaving out paths, ids, option names and the field names a message quotes. */
const english = (message: string) => message.replace(/\b(?:value|upperValue|valueText|occurrence)\b/g, '').match(/[A-Za-z]{3,}/g) ?? [];

describe('an overlay’s problems in the language asked for (F205)', () => {
  test('applyOverlay: every issue of the same paths in zh-Hans and zh-Hant, with no English words; English by default', () => {
    const en = applyOverlay(built, overlay, invented);
    assert.equal(en.plan, undefined);
    assert.equal(en.issues.length, 13, JSON.stringify(en.issues));
    assert.deepEqual(applyOverlay(built, overlay, invented, { lang: 'en' }).issues, en.issues);
    for (const lang of ['zh-Hans', 'zh-Hant'] as const) {
      const { issues } = applyOverlay(built, overlay, invented, { lang });
      assert.deepEqual(issues.map((i) => i.path), en.issues.map((i) => i.path));
      for (const issue of issues) assert.deepEqual(english(issue.message), [], `${lang}: ${issue.path}: ${issue.message}`);
    }
    const hans = applyOverlay(built, overlay, invented, { lang: 'zh-Hans' }).issues;
    const at = (path: string) => hans.find((i) => i.path === path)!.message;
    assert.match(at('overlay.sections.99'), /计划没有第99部分/);
    assert.match(at('overlay.targets.add[0].quote'), /“不在文中”不在任务1的文字中/);
    assert.match(at(`overlay.targets.change.${second.id}`), /valueText.*value/);
    assert.match(at(`overlay.targets.change.${third.id}`), /value.*valueText/);
    assert.match(at('overlay.targets.add[1].occurrence'), /只出现1次.*1到1/);
  });

  test('a malformed overlay (a misspelt key) is said in the language too', () => {
    const { issues } = applyOverlay(built, { units: { [unit.id]: { idd: 'x' } } }, invented, { lang: 'zh-Hant' });
    assert.equal(issues.length, 1);
    assert.match(issues[0]!.message, /idd/);
    // (the keys it names, the overlay's own, are the same in every language)
    assert.deepEqual(english(issues[0]!.message.replace(/idd|kind|aliases/g, '')), [], issues[0]!.message);
  });

  describe('dz-plan build --overlay --lang zh-Hans', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dz-overlay-lang-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    test('says the overlay’s problems in Simplified', async () => {
      writeFileSync(join(dir, 'o.json'), JSON.stringify({ sections: { '99': { title: { en: 'x' } } } }));
      const r = await dzPlanHere('build', file, '--issuer', '虚构市人民政府', '--overlay', join(dir, 'o.json'), '--lang', 'zh-Hans', '-o', join(dir, 'p.json'));
      assert.equal(r.status, 1);
      assert.match(r.stderr, /^error overlay\.sections\.99: 计划没有第99部分/m);
    });
  });
});
