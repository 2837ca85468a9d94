/**
 * A plan given where a progress report is read, and a report given as the plan (review r49, a CMS editor): said at the
 * root as what it is, in each language, by the validators and so by `dz-plan`, not as a file missing every field of its
 * own (`id: 缺少此項`).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { loadPlan, parseProgressReport, PlanValidationError, validatePlan } from '../src/index.js';
import { dzPlanHere } from './helpers.js';

const report = { plan: dezhouPlan.id, asOf: '2023-09-30', entries: [{ target: 't09.1', value: 2100 }] };
const languages = ['zh-Hant', 'zh-Hans', 'en'] as const;
const planSaid = { 'zh-Hant': '這是計劃檔,不是進度報告', 'zh-Hans': '这是计划文件,不是进度报告', en: 'this is a plan file, not a progress report' } as const;
const reportSaid = { 'zh-Hant': '這是進度報告,不是計劃檔', 'zh-Hans': '这是进度报告,不是计划文件', en: 'this is a progress report, not a plan file' } as const;

describe('a plan and a progress report given for each other', () => {
  it('a progress report given as the plan is said to be a report, in one issue at the root, in each language', () => {
    for (const lang of languages) {
      const result = validatePlan(JSON.parse(JSON.stringify(report)), { lang });
      assert.equal(result.success, false);
      assert.deepEqual(result.issues, [{ path: '(root)', message: reportSaid[lang] }], lang);
    }
    // An empty report too, and one whose entries are wrong: what it is comes first.
    assert.deepEqual(validatePlan({ plan: 'x', asOf: '2023-09-30', entries: [] }).issues, [{ path: '(root)', message: reportSaid.en }]);
    assert.deepEqual(validatePlan({ entries: [{ target: 1 }] }).issues, [{ path: '(root)', message: reportSaid.en }]);
    // loadPlan throws with it.
    assert.throws(() => loadPlan(report, { lang: 'zh-Hant' }), (error: unknown) => error instanceof PlanValidationError && error.message.includes(reportSaid['zh-Hant']));
  });

  it('a plan given as a progress report is said to be a plan, in each language', () => {
    for (const lang of languages) {
      const result = parseProgressReport(JSON.parse(JSON.stringify(dezhouPlan)), dezhouPlan, { lang });
      assert.deepEqual(result.issues, [{ path: '(root)', message: planSaid[lang] }], lang);
    }
    // A plan with only its sections or only its tasks listed is still a plan.
    assert.deepEqual(parseProgressReport({ id: 'x', tasks: [] }).issues, [{ path: '(root)', message: planSaid.en }]);
  });

  it("a file of neither shape is told field by field: a report whose entries are misspelt is not called a plan", () => {
    // `targets` for `entries`: a report missing its entries (and with a key it does not have), not a plan.
    const misspelt = parseProgressReport({ plan: dezhouPlan.id, asOf: '2023-09-30', targets: [{ target: 't09.1', value: 2100 }] }, dezhouPlan);
    assert.ok(misspelt.issues.every((issue) => issue.message !== planSaid.en), JSON.stringify(misspelt.issues));
    assert.ok(misspelt.issues.some((issue) => issue.path === 'entries'), JSON.stringify(misspelt.issues));
    // Sections that are not a list, beside entries: a broken report.
    assert.ok(parseProgressReport({ sections: 3, entries: [] }).issues.every((issue) => issue.message !== planSaid.en));
    // A plan whose sections are broken is told as a plan: it has no entries, and its tasks are listed.
    const broken = validatePlan({ ...dezhouPlan, sections: 'none' });
    assert.ok(broken.issues.some((issue) => issue.path === 'sections'), JSON.stringify(broken.issues.slice(0, 3)));
    // A report given as a plan that also lists tasks is neither: told field by field.
    assert.ok(validatePlan({ ...report, tasks: [] }).issues.every((issue) => issue.message !== reportSaid.en));
    // A value that is not an object, and a revoked Proxy, are neither, and nothing throws.
    for (const value of [null, 3, 'plan', [report]]) assert.equal(validatePlan(value).success, false);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    assert.equal(validatePlan(proxy).success, false);
    assert.equal(parseProgressReport(proxy).success, false);
  });

  it('dz-plan says so of a report given where its plan is read (summary FILE, progress --plan)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dz-plan-file-kind-'));
    try {
      const file = join(dir, 'progress-2023q3.json');
      writeFileSync(file, JSON.stringify(report));
      const summary = await dzPlanHere('summary', file, '--lang', 'zh-Hant');
      assert.equal(summary.status, 1);
      // …and points to the command that sums a report up (F132).
      assert.equal(summary.stderr.trim(), `${file}: ${reportSaid['zh-Hant']}\ndz-plan: 進度報告的摘要請用 dz-plan progress summary ${file}`);
      // `progress` speaks zh-Hant unless told otherwise.
      const diff = await dzPlanHere('progress', 'diff', file, file, '--plan', file);
      assert.notEqual(diff.status, 0);
      assert.match(diff.stderr, new RegExp(`${file} 無效:${reportSaid['zh-Hant']}\n$`));
      const english = await dzPlanHere('progress', 'diff', file, file, '--plan', file, '--lang', 'en');
      assert.match(english.stderr, new RegExp(reportSaid.en));
      assert.doesNotMatch(english.stderr, /\bid\b/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
