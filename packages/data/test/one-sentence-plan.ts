/**
 * A plan of 2024 whose one task states one sentence, its one target, and an evaluation against it in zh-Hant: the
 * set-up of the extraction-and-status reviews' tests (r113, r118, r119, r125). Not a test file.
 */
import assert from 'node:assert/strict';
import { evaluatePlanTarget, type Plan, type Target, type TargetEvaluation } from '../src/index.js';
import { planFromText } from '../src/node/index.js';

/** The plan's title, issuer and year. */
const PLAN = { title: '測試', issuer: '某市人民政府', year: 2024 } as const;

/** A one-task document stating `sentence`, led by 市發改委. */
export const textOf = (sentence: string): string => `1.甲。${sentence}（牽頭單位：市發改委）`;

/** The plan of `textOf(sentence)`, asserted to have one target. */
export const planOf = (sentence: string): Plan => {
  const { plan } = planFromText(textOf(sentence), PLAN);
  assert.equal(plan?.targets.length, 1, sentence);
  return plan!;
};

/** The one target `sentence` states in a plan of 2024. */
export const targetOf = (sentence: string): Target => planOf(sentence).targets[0]!;

/** The evaluation of `value` on `asOf` against `target`, in a plan of 2024, in zh-Hant. */
export const evaluationOf = (target: Target, value: number, asOf: string): TargetEvaluation =>
  evaluatePlanTarget({ period: { start: '2024-01-01', end: '2024-12-31' } }, target, { value, asOf }, { lang: 'zh-Hant' });
