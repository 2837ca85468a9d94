/**
 * F210's leftover: `dz-plan lint` says a range of a change that keeps no `direction` (a plan an older dz-plan built),
 * but the progress commands given such a plan with `--plan` read it silently, a fall as a rise: the import and the
 * summary judged a rise, and (review r89 H3, once F210 took the template's own guess away) the template asked a clerk
 * for a rise, so a fall was stored as a negative rise that outlives a rebuilt plan. Each progress command that reads a
 * plan file reads such a range as its words say, as building the plan again would, and says so on stderr, once per
 * target, in the language the command speaks (`--lang`, else the plan's, r89 L2); a warning, not an error.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { Plan, Target } from '../src/index.js';
import { planFromText } from '../src/node/plan-from-text.js';
import { dzPlanHere } from './helpers.js';

const built = planFromText('1.甲。单位GDP能耗较2020年下降10%—12%,森林覆盖率提高1—2个百分点。（牵头单位：市工信局）', { title: '测试', issuer: '某市人民政府', year: 2024 }).plan!;
/** As an older dz-plan built it: t01.1, a fall, keeps no direction. */
const older: Plan = { ...built, targets: built.targets.map((t): Target => (t.id === 't01.1' ? (({ direction: _, changeAsked: __, ...rest }) => rest)(t) : t)) };

describe('progress commands given an older plan say its ranges without a direction (F210)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dz-old-plan-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const planFile = join(dir, 'plan.json');
  writeFileSync(planFile, JSON.stringify(older));
  const newer = join(dir, 'newer.json');
  writeFileSync(newer, JSON.stringify(built));

  test('template: the warning on stderr, naming the target, in zh-Hans; the template still written', async () => {
    const r = await dzPlanHere('progress', 'template', '--plan', planFile, '--lang', 'zh-Hans', '-o', join(dir, 't.csv'));
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /t01\.1.*单位GDP能耗较2020年下降10%—12%.*没有写明方向.*依原文读作下降/);
    assert.equal(r.stderr.match(/没有写明方向/g)?.length, 1, r.stderr);
    // The sheet asks for the fall, as for the plan that keeps its direction (was: 上升幅度, a fall to be written negative).
    const asked = readFileSync(join(dir, 't.csv'), 'utf8');
    await dzPlanHere('progress', 'template', '--plan', newer, '--lang', 'zh-Hans', '-o', join(dir, 'n.csv'));
    assert.match(asked, /较2020年下降幅度/);
    assert.equal(asked, readFileSync(join(dir, 'n.csv'), 'utf8'));
  });

  test('summary: in English with --lang en; nothing for a plan that keeps its directions', async () => {
    const report = join(dir, 'report.json');
    writeFileSync(report, JSON.stringify({ plan: built.id, asOf: '2024-06-30', entries: [] }));
    const r = await dzPlanHere('progress', 'summary', report, '--plan', planFile, '--lang', 'en');
    assert.match(r.stderr, /t01\.1: .*keeps no direction of .*read as its words say/);
    // Without --lang, in the plan's own language (Simplified), as the rest of the command's output.
    const own = await dzPlanHere('progress', 'summary', report, '--plan', planFile);
    assert.match(own.stderr, /t01\.1: .*计划没有写明方向/);
    const ok = await dzPlanHere('progress', 'summary', report, '--plan', newer, '--lang', 'en');
    assert.doesNotMatch(ok.stderr, /direction/);
  });
});
