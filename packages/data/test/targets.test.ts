/**
 * Faithfulness and completeness of the curated targets: every quote is the seed's text, every value is the
 * numeral written there, comparators and firmness agree with the wording, and every Arabic numeral of every task
 * is accounted for (a target value, a year, or a reviewed non-target).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { nthIndexOf } from '../scripts/build-plan.js';
import { allNonTargets, allTargets } from '../scripts/curated/targets/index.js';
import { dezhouPlan, type Target, type Task } from '../src/index.js';
import { escapeRegExp, seed } from './helpers.js';

const plan = dezhouPlan;
const targetById = new Map(plan.targets.map((t) => [t.id, t]));
const taskById = new Map(plan.tasks.map((t) => [t.id, t]));

interface TaskText {
  readonly task: Task;
  /** Where the task's "N." stands in the seed. */
  readonly start: number;
  /** Just past the units parenthesis, or the next task's start (or the end of the seed) for tasks without units. */
  readonly end: number;
  /** seed.slice(start, end). */
  readonly text: string;
}

const taskTexts: TaskText[] = plan.tasks.map((task, i) => {
  const start = task.source.title.offset - `${task.number}.`.length;
  const next = plan.tasks[i + 1];
  const end = task.source.units
    ? task.source.units.offset + task.source.units.length
    : next
      ? next.source.title.offset - `${next.number}.`.length
      : seed.trimEnd().length;
  return { task, start, end, text: seed.slice(start, end) };
});
const taskTextOf = (taskId: string): TaskText => taskTexts.find((t) => t.task.id === taskId)!;

/** The span of a target's value in the seed: where valueText (followed, maybe after spaces, by unit) is in the quote. */
function valueSpan(target: Target): { offset: number; length: number } | undefined {
  const pattern = new RegExp(`(?<![0-9.])${escapeRegExp(target.valueText)}(?![0-9.])\\s*${escapeRegExp(target.unit)}`);
  const m = pattern.exec(target.quote);
  return m ? { offset: target.offset + m.index, length: target.valueText.length } : undefined;
}

/** Text from the last of `boundaries` before the quote (within the task) up to the quote's end. */
function leadUpTo(target: Target, boundaries: RegExp): string {
  const { start } = taskTextOf(target.taskId);
  let from = target.offset;
  while (from > start && !boundaries.test(seed[from - 1]!)) from--;
  return seed.slice(from, target.offset + target.quote.length);
}
const clauseOf = (target: Target) => leadUpTo(target, /[,。;、]/);
const sentenceOf = (target: Target) => leadUpTo(target, /[。;]/);

describe('every target is faithful to the seed', () => {
  test('the quote is the seed text at the offset, inside its own task', () => {
    for (const target of plan.targets) {
      assert.equal(seed.slice(target.offset, target.offset + target.quote.length), target.quote, target.id);
      const { start, end } = taskTextOf(target.taskId);
      assert.ok(target.offset >= taskById.get(target.taskId)!.source.title.offset, `${target.id} starts inside task ${target.taskId}`);
      assert.ok(target.offset >= start && target.offset + target.quote.length <= end, `${target.id} ends inside task ${target.taskId}`);
    }
  });

  test('valueText followed by its unit is in the quote (directly, or somewhere for values sharing a quote)', () => {
    const byQuote = new Map<string, Target[]>();
    for (const t of plan.targets) byQuote.set(`${t.offset}|${t.quote}`, [...(byQuote.get(`${t.offset}|${t.quote}`) ?? []), t]);
    for (const target of plan.targets) {
      const siblings = byQuote.get(`${target.offset}|${target.quote}`)!;
      const span = valueSpan(target);
      assert.ok(span, `${target.id}: "${target.valueText}" followed by "${target.unit}" in «${target.quote}»`);
      const pattern = new RegExp(`(?<![0-9.])${escapeRegExp(target.valueText)}(?![0-9.])\\s*${escapeRegExp(target.unit)}`, 'g');
      const occurrences = target.quote.match(pattern)?.length ?? 0;
      if (siblings.length === 1) {
        assert.equal(occurrences, 1, `${target.id}: the value is unambiguous in «${target.quote}»`);
      } else {
        // Values sharing a quote must each stand somewhere in it, at different places.
        const spans = siblings.map((s) => valueSpan(s)!.offset);
        assert.equal(new Set(spans).size, siblings.length, `${siblings.map((s) => s.id).join(', ')} have distinct values in the shared quote`);
      }
    }
    // A quote is shared only where the seed states several values with one predicate: …分別下降12%、5%.
    for (const list of byQuote.values()) {
      if (list.length > 1) assert.match(list[0]!.quote, /分別/, `${list.map((t) => t.id).join(', ')} share «${list[0]!.quote}»`);
    }
  });

  test('value is Number(valueText); a range a—b gives value a and upperValue b; a/b is a/b to 4 decimals', () => {
    for (const target of plan.targets) {
      const range = /^(\d+(?:\.\d+)?)—(\d+(?:\.\d+)?)$/.exec(target.valueText);
      const fraction = /^(\d+)\/(\d+)$/.exec(target.valueText);
      if (range) {
        assert.equal(target.value, Number(range[1]), `${target.id} lower`);
        assert.equal(target.upperValue, Number(range[2]), `${target.id} upper`);
      } else if (fraction) {
        assert.equal(Math.round(target.value * 1e4), Math.round((Number(fraction[1]) / Number(fraction[2])) * 1e4), target.id);
        assert.equal(target.upperValue, undefined, target.id);
      } else {
        assert.match(target.valueText, /^\d+(?:\.\d+)?$/, `${target.id} valueText is a plain numeral`);
        assert.equal(target.value, Number(target.valueText), target.id);
        assert.equal(target.upperValue, undefined, target.id);
      }
    }
  });

  test('target ids are t{task}.{n}, n = 1.. in text order, and tasks list exactly their targets', () => {
    for (const task of plan.tasks) {
      const own = plan.targets.filter((t) => t.taskId === task.id);
      assert.deepEqual(task.targetIds, own.map((t) => t.id), `task ${task.number} targetIds`);
      own.forEach((t, k) => {
        assert.equal(t.id, `${task.id}.${k + 1}`);
        if (k > 0) assert.ok(t.offset >= own[k - 1]!.offset, `${t.id} is not before ${own[k - 1]!.id}`);
      });
    }
    assert.equal(new Set(plan.targets.map((t) => t.id)).size, plan.targets.length, 'unique ids');
    assert.equal(plan.targets.length, allTargets.length, 'one target per curated entry');
  });

  test('about 160 targets (between 140 and 180)', () => {
    assert.ok(plan.targets.length >= 140 && plan.targets.length <= 180, `${plan.targets.length} targets`);
  });
});

describe('comparator and firmness agree with the wording', () => {
  const comparatorWords: Partial<Record<Target['comparator'], RegExp>> = {
    atLeast: /以上|不少于|不少於|不低于|不低於|突破|達到|超|至少/,
    atMost: /以內|控制在|不超過/,
    approx: /左右/,
    decreaseBy: /下降|減少|降低/,
    increaseBy: /增|提高|增長/,
  };

  test('the comparator word is in the quote, or in its clause just before the quote', (t) => {
    const viaClause: string[] = [];
    for (const target of plan.targets) {
      const words = comparatorWords[target.comparator];
      if (!words) continue;
      if (words.test(target.quote)) continue;
      const clause = clauseOf(target);
      assert.match(clause, words, `${target.id} (${target.comparator}): «${target.quote}» / clause «${clause}»`);
      viaClause.push(target.id);
    }
    t.diagnostic(`comparator word found before the quote (in its clause) for: ${viaClause.join(', ') || 'none'}`);
  });

  test('an exact target has no comparator word around its value', () => {
    for (const target of plan.targets.filter((t) => t.comparator === 'exact')) {
      const span = valueSpan(target)!;
      const after = seed.slice(span.offset + span.length).replace(/^\s*/, '').slice(target.unit.length);
      assert.doesNotMatch(after, /^(以上|以內|以下|左右)/, `${target.id}: «${target.quote}» is followed by a comparator word`);
      const before = seed.slice(target.offset, span.offset);
      assert.doesNotMatch(before, /達到|突破|不少于|不少於|不低于|至少|控制在|不超過|下降|增長|增幅/, `${target.id}: «${target.quote}»`);
    }
  });

  test('baselineYear appears as 較YYYY年 in the clause of the target', () => {
    for (const target of plan.targets.filter((t) => t.baselineYear !== undefined)) {
      assert.ok(['decreaseBy', 'increaseBy'].includes(target.comparator), target.id);
      assert.ok(sentenceOf(target).includes(`較${target.baselineYear}年`), target.id);
    }
  });

  test('ensure targets stand in a sentence with 確保/保證, strive targets with 力爭/爭創/爭取', () => {
    for (const target of plan.targets) {
      const sentence = sentenceOf(target);
      if (target.firmness === 'ensure') assert.match(sentence, /確保|保證/, `${target.id}: «${sentence}»`);
      if (target.firmness === 'strive') assert.match(sentence, /力爭|爭創|爭取/, `${target.id}: «${sentence}»`);
    }
  });

  test('plain targets have no firmness word in their own clause', () => {
    for (const target of plan.targets.filter((t) => t.firmness === 'plain')) {
      const clause = leadUpTo(target, /[,。;]/);
      assert.doesNotMatch(clause, /確保|保證|力爭|爭創|爭取/, `${target.id}: «${clause}»`);
    }
  });
});

describe('completeness: every Arabic numeral of every task is accounted for', () => {
  const located = allNonTargets.map((n) => {
    const taskText = taskTexts.find((t) => t.task.number === n.task)!;
    const at = nthIndexOf(taskText.text, n.text, n.occurrence ?? 1);
    return { nonTarget: n, at: at === -1 ? -1 : taskText.start + at };
  });

  test('every nonTarget snippet is found in its task and covers at least one numeral', () => {
    for (const { nonTarget, at } of located) {
      assert.notEqual(at, -1, `task ${nonTarget.task}: "${nonTarget.text}" (occurrence ${nonTarget.occurrence ?? 1})`);
      assert.match(nonTarget.text, /\d/, `task ${nonTarget.task}: "${nonTarget.text}" holds a numeral`);
    }
  });

  test('no nonTarget covers the value of a target', () => {
    for (const { nonTarget, at } of located) {
      for (const target of plan.targets) {
        const span = valueSpan(target)!;
        const overlaps = span.offset < at + nonTarget.text.length && at < span.offset + span.length;
        assert.ok(!overlaps, `task ${nonTarget.task}: "${nonTarget.text}" covers the value of ${target.id}`);
      }
    }
  });

  test('task texts use only ASCII digits', () => {
    for (const { task, text } of taskTexts) assert.doesNotMatch(text, /[０-９]/, `task ${task.number}`);
  });

  test('each numeral is a target value, a year, or inside a reviewed nonTarget', (t) => {
    const valueSpans = plan.targets.map((target) => ({ target, span: valueSpan(target)! }));
    const counts = { numerals: 0, targetValues: 0, years: 0, nonTargets: 0 };
    const unaccounted: string[] = [];
    const usedNonTargets = new Set<number>();
    for (const { task, start, text } of taskTexts) {
      const own = `${task.number}.`;
      assert.ok(text.startsWith(own), `task ${task.number} text starts with "${own}"`);
      const numeral = /\d+(?:\.\d+)?/g;
      numeral.lastIndex = own.length;
      for (let m = numeral.exec(text); m; m = numeral.exec(text)) {
        counts.numerals++;
        const from = start + m.index;
        const to = from + m[0].length;
        const asValue = valueSpans.find(
          ({ target, span }) =>
            target.taskId === task.id &&
            from >= span.offset &&
            to <= span.offset + span.length &&
            target.valueText.split(/[—/]/).includes(m![0]),
        );
        if (asValue) {
          counts.targetValues++;
          continue;
        }
        if (/^(19|20)\d\d$/.test(m[0]) && /^[年—]/.test(text.slice(m.index + m[0].length))) {
          counts.years++;
          continue;
        }
        const nonTarget = located.findIndex(
          ({ nonTarget: n, at }) => n.task === task.number && at !== -1 && from >= at && to <= at + n.text.length,
        );
        if (nonTarget !== -1) {
          counts.nonTargets++;
          usedNonTargets.add(nonTarget);
          continue;
        }
        unaccounted.push(`task ${task.number}: "${m[0]}" in «${text.slice(Math.max(0, m.index - 12), m.index + m[0].length + 8)}»`);
      }
    }
    assert.deepEqual(unaccounted, [], 'numerals that are neither a target value, a year, nor a reviewed nonTarget');
    assert.equal(usedNonTargets.size, allNonTargets.length, 'every nonTarget entry accounts for a numeral');
    assert.equal(counts.numerals, counts.targetValues + counts.years + counts.nonTargets);
    assert.ok(counts.targetValues >= plan.targets.length, 'every target value was met in the scan');
    t.diagnostic(
      `numerals checked: ${counts.numerals} (target values ${counts.targetValues}, years ${counts.years}, in nonTargets ${counts.nonTargets}); ` +
        `targets: ${plan.targets.length}; nonTarget entries: ${allNonTargets.length}`,
    );
  });

  test('every target’s value span lies in its quote and was reached by the scan', () => {
    for (const target of plan.targets) {
      const span = valueSpan(target)!;
      assert.ok(span.offset >= target.offset && span.offset + span.length <= target.offset + target.quote.length, target.id);
      assert.equal(seed.slice(span.offset, span.offset + span.length), target.valueText, target.id);
      assert.ok(targetById.get(target.id) === target);
    }
  });
});
