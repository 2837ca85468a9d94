/**
 * Faithfulness and completeness of the curated targets: every quote is the seed's text, every value is the
 * numeral written there, comparators and firmness agree with the wording, and every Arabic numeral of every task
 * is accounted for (a target value, a year, or a reviewed non-target).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { nthIndexOf } from '../scripts/build-plan.js';
import { allNonTargets, allTargets } from '../scripts/curated/targets/index.js';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { evaluateTarget, type Target, type Task } from '../src/index.js';
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

/**
 * valueText, then (maybe after spaces) the unit. A share written as a fraction counts a set (`1/3的縣(市、區)`), so
 * `的` may stand between the fraction and the set it counts.
 */
const unitPattern = (target: Target, flags = '') =>
  new RegExp(
    `(?<![0-9.])${escapeRegExp(target.valueText)}(?![0-9.])\\s*${target.fraction ? '的?' : ''}${escapeRegExp(target.unit)}`,
    flags,
  );

/** The span of a target's value in the seed: where valueText (followed, maybe after spaces, by unit) is in the quote. */
function valueSpan(target: Target): { offset: number; length: number } | undefined {
  const pattern = unitPattern(target);
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
/** The seed text from the start of the target's sentence (within its task) up to its value. */
function sentenceLead(target: Target): string {
  const span = valueSpan(target)!;
  const { start } = taskTextOf(target.taskId);
  let from = span.offset;
  while (from > start && !/[。;]/.test(seed[from - 1]!)) from--;
  return seed.slice(from, span.offset);
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
      const pattern = unitPattern(target, 'g');
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

  test('value is Number(valueText); a range a—b gives value a and upperValue b; a fraction a/b gives the share in percent', () => {
    for (const target of plan.targets) {
      const range = /^(\d+(?:\.\d+)?)—(\d+(?:\.\d+)?)$/.exec(target.valueText);
      const fraction = /^(\d+)\/(\d+)$/.exec(target.valueText);
      if (range) {
        assert.equal(target.value, Number(range[1]), `${target.id} lower`);
        assert.equal(target.upperValue, Number(range[2]), `${target.id} upper`);
      } else if (fraction) {
        assert.deepEqual(target.fraction, { numerator: Number(fraction[1]), denominator: Number(fraction[2]) }, target.id);
        assert.equal(target.value, (100 * Number(fraction[1])) / Number(fraction[2]), `${target.id}: the share in percent`);
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

  test('firmness is the reach rule of README.md: the last firmness word before the value in its sentence decides', () => {
    // 確保/保證/力爭/爭取 govern every target after them up to the next 。 or ; or the next firmness word;
    // 爭創 is a verb with its own object and governs only up to the end of its clause (the next ,).
    const wrong: string[] = [];
    for (const target of plan.targets) {
      const lead = sentenceLead(target);
      const last = [...lead.matchAll(/確保|保證|力爭|爭取|爭創/g)].pop();
      const expected =
        !last ? 'plain'
        : last[0] === '爭創' ? (lead.slice(last.index).includes(',') ? 'plain' : 'strive')
        : last[0] === '確保' || last[0] === '保證' ? 'ensure'
        : 'strive';
      if (target.firmness !== expected) wrong.push(`${target.id} is ${target.firmness}, the reach rule gives ${expected}: «${lead}»`);
    }
    assert.deepEqual(wrong, []);
  });

  test('plain targets have no firmness word in their own clause', () => {
    for (const target of plan.targets.filter((t) => t.firmness === 'plain')) {
      const clause = leadUpTo(target, /[,。;]/);
      assert.doesNotMatch(clause, /確保|保證|力爭|爭創|爭取/, `${target.id}: «${clause}»`);
    }
  });
});

/**
 * A count written in Chinese numerals: a run of them before a measure word or 大 (十大項目, 36個 written 三十六個,
 * 三年), not after an Arabic figure (the 萬 of 3.5萬個) and not the indefinite 一批 or 一輪 (a batch, a round).
 */
const chineseCount = /(?<![\d.一二兩三四五六七八九十百千萬])(?!一[批輪些])[一二兩三四五六七八九十百千萬]+(?=[個家項所座條名大張件年級類種])/u;

describe('completeness: every numeral of every task is accounted for (Arabic, and Chinese before a measure word)', () => {
  const located = allNonTargets.map((n) => {
    const taskText = taskTexts.find((t) => t.task.number === n.task)!;
    const at = nthIndexOf(taskText.text, n.text, n.occurrence ?? 1);
    return { nonTarget: n, at: at === -1 ? -1 : taskText.start + at };
  });

  test('every nonTarget snippet is found in its task and covers at least one numeral', () => {
    for (const { nonTarget, at } of located) {
      assert.notEqual(at, -1, `task ${nonTarget.task}: "${nonTarget.text}" (occurrence ${nonTarget.occurrence ?? 1})`);
      assert.match(nonTarget.text, new RegExp(`\\d|${chineseCount.source}`, 'u'), `task ${nonTarget.task}: "${nonTarget.text}" holds a numeral`);
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
      const numeral = new RegExp(`\\d+(?:\\.\\d+)?|${chineseCount.source}`, 'gu');
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

/** The unit without its scale prefix, so that 萬人 and 人, 萬個 and 個 count the same things. */
const baseUnit = (unit: string) => unit.replace(/^(萬|億)(?!元)/, '').replace(/^萬元$|^億元$/, '元');
const targetByQuote = (task: number, fragment: string) =>
  plan.targets.find((t) => t.taskId === `t${String(task).padStart(2, '0')}` && t.quote.includes(fragment));

describe('measure kinds, tolerances, ranges and fractions', () => {
  test('every target has a measure', () => {
    const missing = plan.targets.filter((t) => t.measure === undefined).map((t) => t.id);
    assert.deepEqual(missing, [], 'targets without a measure');
  });

  test('every approx target has a tolerance, and only approx targets have one', () => {
    for (const target of plan.targets) {
      if (target.comparator === 'approx') {
        assert.ok(target.tolerance !== undefined, `${target.id} (左右) has a tolerance`);
        // ±5%, widened to one whole thing either way where 5% of a count is less than one (10家左右 → ±1).
        const wholeThings = target.unit !== '%' && !/^(萬|億)/.test(target.unit) && Number.isInteger(target.value);
        const expected = wholeThings ? Math.max(0.05, 1 / target.value) : 0.05;
        assert.equal(target.tolerance, expected, `${target.id}: tolerance by the README rule`);
      } else {
        assert.equal(target.tolerance, undefined, `${target.id} (${target.comparator}) has no tolerance`);
      }
    }
  });

  test('every range has an upper value, and every a—b value is a range', () => {
    for (const target of plan.targets) {
      if (target.comparator === 'range') assert.ok(target.upperValue !== undefined && target.upperValue > target.value, target.id);
      if (target.valueText.includes('—')) assert.equal(target.comparator, 'range', `${target.id}: «${target.quote}»`);
      if (target.upperValue !== undefined) assert.equal(target.comparator, 'range', target.id);
    }
  });

  test('a decreaseBy with a baseline year is a change; an increaseBy is a growth or a change; a change has a baseline year', () => {
    for (const target of plan.targets) {
      if (target.comparator === 'decreaseBy' && target.baselineYear !== undefined) assert.equal(target.measure, 'change', target.id);
      if (target.comparator === 'increaseBy') assert.ok(target.measure === 'growth' || target.measure === 'change', target.id);
      if (target.measure === 'change') assert.ok(target.baselineYear !== undefined, `${target.id}: a change names its base year`);
      if (target.measure === 'growth') assert.equal(target.comparator, 'increaseBy', target.id);
    }
  });

  test('a ceiling is atMost; an atMost is never a flow (an atMost flow is a ceiling)', () => {
    for (const target of plan.targets) {
      if (target.measure === 'ceiling') assert.equal(target.comparator, 'atMost', target.id);
      if (target.comparator === 'atMost') assert.notEqual(target.measure, 'flow', `${target.id}: an atMost flow is a ceiling`);
    }
  });

  test('a share (% without a change, or a fraction) is a rate, and a rate is a share', () => {
    for (const target of plan.targets) {
      const share = target.fraction !== undefined || (target.unit === '%' && !['increaseBy', 'decreaseBy'].includes(target.comparator));
      assert.equal(target.measure === 'rate', share, `${target.id} (${target.measure}, ${target.unit}): «${target.quote}»`);
    }
  });

  test('the wording decides flow and level where it is plain: 新增/新建/新開通/引進/實施/培育 are flows, 擁有/人均/每萬人 are levels', () => {
    for (const target of plan.targets) {
      const lead = seed.slice(target.offset, valueSpan(target)!.offset);
      if (/擁有|人均|每萬人/.test(lead)) assert.equal(target.measure, 'level', `${target.id}: «${target.quote}»`);
      else if (/新增|新建|新開通|引進|實施|培育/.test(lead) && target.unit !== '%') assert.equal(target.measure, 'flow', `${target.id}: «${target.quote}»`);
    }
  });

  test('a count of titles awarded on assessment is a designation, by the rule of README.md, and nothing else is', () => {
    // 爭創 governs its clause (to the next ,); 爭取創建 its sentence (to the next 。 or ;); 列入…名單 its own quote.
    const wrong: string[] = [];
    for (const target of plan.targets) {
      const lead = sentenceLead(target);
      const last = [...lead.matchAll(/爭創|爭取創建/g)].pop();
      // A title of a named level (省級以上…單項冠軍, 省級…標桿企業) is won whatever the verb, unless the clause is work on
      // designations already held (…試點縣建設, 示範項目并網, 實施…重點項目).
      const named = /國家級|省級|市級以上/.test(target.quote) && !/建設|實施|并網|改造/.test(leadUpTo(target, /[,。;]/));
      const conferred =
        named || /列入.*名單/.test(target.quote) || (last !== undefined && (last[0] === '爭取創建' || !lead.slice(last.index).includes(',')));
      const expected = target.unit === '%' ? target.measure : conferred ? 'designation' : target.measure === 'designation' ? 'not a designation' : target.measure;
      if (target.measure !== expected) wrong.push(`${target.id} is ${target.measure}, the rule gives ${expected}: «${lead}»`);
    }
    assert.deepEqual(wrong, []);
    const designations = plan.targets.filter((t) => t.measure === 'designation').map((t) => t.id);
    assert.deepEqual(designations, ['t02.2', 't02.3', 't10.1', 't12.3', 't29.1', 't29.2', 't29.3', 't36.5', 't40.2']);
  });

  test('a threshold each member of a set must reach names the set, as the text writes it before the value', () => {
    // 各縣(市、區)至少…1家, 每個產業鏈…5個: a clause with 各 or 每個 before the value (各類 is "all kinds", not each);
    // reviewed without either word: t40.1 (中心村…達到), t48.2 (a named set of counties), t58.1 (縣(市、區)40%以上的學校).
    const wrong: string[] = [];
    for (const target of plan.targets) {
      // The clause (to the last , 。 or ;: 縣(市、區) holds a 、) up to the value.
      const clause = leadUpTo(target, /[,。;]/);
      const clauseLead = clause.slice(0, clause.length - (target.offset + target.quote.length - valueSpan(target)!.offset));
      if (/各(?!類)|每個/.test(clauseLead) !== (target.each !== undefined) && !['t40.1', 't48.2', 't58.1'].includes(target.id)) {
        wrong.push(`${target.id}: «${clauseLead}» each=${JSON.stringify(target.each)}`);
      }
      if (target.each) assert.ok(clauseLead.includes(target.each['zh-Hant']), `${target.id}: «${clauseLead}»`);
    }
    assert.deepEqual(wrong, []);
    assert.deepEqual(plan.targets.filter((t) => t.each).map((t) => t.id), ['t05.2', 't40.1', 't48.2', 't57.4', 't58.1']);
  });

  test('a change is a floor (floor: true, "at least") exactly when its text says 以上 right after its value', () => {
    const wrong = plan.targets
      .filter((t) => (t.comparator === 'increaseBy' || t.comparator === 'decreaseBy') && t.quote.includes(`${t.valueText}${t.unit}以上`) !== (t.floor === true))
      .map((t) => `${t.id} floor=${t.floor}: «${t.quote}»`);
    assert.deepEqual(wrong, []);
    assert.deepEqual(plan.targets.filter((t) => t.floor).map((t) => t.id), ['t03.3', 't44.1']);
    assert.ok(plan.targets.every((t) => !t.floor || t.comparator === 'increaseBy' || t.comparator === 'decreaseBy'), 'only a change has a floor');
  });

  test('a rate (穩定在, 保持, 不低於) or a level (穩定在, 保持) is held (held: true) exactly when its clause says the plan holds it, unless seasonal', () => {
    // A sown area (種植面積, 播種面積) is sown in its season: nothing is held before then, whatever its words (F229).
    const seasonal = (t: Target) => /種植面積|播種面積/.test(t.metric['zh-Hant']);
    const holds = (t: Target) => !seasonal(t) && (t.measure === 'rate' ? /穩定在|保持(?!率)|不低於|不低于/ : /穩定在|保持(?!率)/).test(leadUpTo(t, /[,。;]/));
    const wrong = plan.targets
      .filter((t) => (t.measure === 'rate' || t.measure === 'level') && holds(t) !== (t.held === true))
      .map((t) => `${t.id} held=${t.held}: «${leadUpTo(t, /[,。;]/)}»`);
    assert.deepEqual(wrong, []);
    assert.deepEqual(plan.targets.filter((t) => t.held).map((t) => t.id), ['t27.1', 't38.4', 't39.5']);
    assert.ok(plan.targets.every((t) => !t.held || t.measure === 'rate' || t.measure === 'level'), 'a flow kept (穩定在150萬噸左右) accumulates: not held');
  });

  test('a ceiling is never met by a use of 0 (neverZero) exactly when its metric names a total a city always uses: 總量, 消費量, 排放量', () => {
    const wrong = plan.targets
      .filter((t) => t.measure === 'ceiling' && /總量|消費量|排放量/.test(t.metric['zh-Hant']) !== (t.neverZero === true))
      .map((t) => `${t.id} ${t.measure} neverZero=${t.neverZero}: ${t.metric['zh-Hant']}`);
    assert.deepEqual(wrong, []);
    assert.deepEqual(plan.targets.filter((t) => t.neverZero && t.measure === 'ceiling').map((t) => t.id), ['t26.3']);
    // Besides ceilings, only a stock (level) or a share (rate) the city holds is never 0 (reading-checks-r63.test.ts lists them).
    assert.deepEqual(plan.targets.filter((t) => t.neverZero && t.measure !== 'ceiling' && t.measure !== 'level' && t.measure !== 'rate').map((t) => t.id), []);
  });

  test('a fraction target has value 100 × numerator / denominator, unit the set counted, and measure rate', () => {
    const fractions = plan.targets.filter((t) => t.fraction !== undefined);
    assert.ok(fractions.length >= 1, 'the 1/3 target of task 63 is stated as a fraction');
    for (const target of fractions) {
      const { numerator, denominator } = target.fraction!;
      assert.equal(target.value, (100 * numerator) / denominator, target.id);
      assert.equal(target.valueText, `${numerator}/${denominator}`, target.id);
      assert.equal(target.measure, 'rate', target.id);
      assert.doesNotMatch(target.unit, /^的/, `${target.id}: the unit is the set counted, without 的`);
    }
    const third = targetByQuote(63, '1/3')!;
    assert.equal(third.unit, '縣(市、區)');
    assert.equal(third.valueText, '1/3');
  });
});

describe('links between targets', () => {
  const linked = plan.targets.flatMap((t) =>
    (['sameAs', 'partOf'] as const).flatMap((link) => (t[link] ? [{ target: t, link, other: targetById.get(t[link]!) }] : [])),
  );

  test('every sameAs and partOf resolves to another target counting the same kind of thing (same unit up to 萬/億)', () => {
    for (const { target, link, other } of linked) {
      assert.ok(other, `${target.id}.${link} resolves`);
      assert.notEqual(other!.id, target.id);
      assert.equal(baseUnit(other!.unit), baseUnit(target.unit), `${target.id}.${link} → ${other!.id}: ${target.unit} / ${other!.unit}`);
    }
  });

  test('the link stands on the later (sameAs) or smaller (partOf) target', () => {
    const scale = (t: Target) => (t.unit.startsWith('萬') ? 1e4 : t.unit.startsWith('億') ? 1e8 : 1);
    for (const { target, link, other } of linked) {
      if (link === 'sameAs') {
        assert.ok(other!.offset < target.offset, `${target.id} sameAs ${other!.id}: the link is on the later one`);
        assert.equal(other!.value * scale(other!), target.value * scale(target), `${target.id} sameAs ${other!.id}: the same amount`);
      } else {
        assert.ok(target.value * scale(target) < other!.value * scale(other!), `${target.id} partOf ${other!.id}: the part is smaller`);
      }
    }
  });

  test('the reviewed links are there: 42 water projects, 31 kindergartens, graduates within college graduates', () => {
    assert.equal(targetByQuote(32, '42項')!.sameAs, targetByQuote(16, '42項')!.id);
    assert.equal(targetByQuote(62, '公辦幼兒園31所')!.sameAs, targetByQuote(58, '公辦幼兒園31所')!.id);
    assert.equal(targetByQuote(4, '1700人')!.partOf, targetByQuote(4, '3.3萬人')!.id);
    assert.equal(targetByQuote(36, '21萬畝')!.partOf, targetByQuote(36, '65萬畝')!.id);
  });
});

describe('named sets', () => {
  test('the counts of named sets the review found missing are targets', () => {
    for (const [task, fragment] of [
      [14, '5個國家級整縣分布式光伏規模化開發試點縣'],
      [36, '3個國家級制種縣'],
      [25, '3個省級生態產品價值實現機制試點縣'],
      [15, '3個儲能電站'],
      [60, '6 個縣(市、區)'],
    ] as const) {
      assert.ok(targetByQuote(task, fragment), `task ${task}: «${fragment}» is a target`);
    }
  });

  test('every count of a set whose members are named (甲、乙等N個…, 甲、乙N個…) is a target', () => {
    const missing: string[] = [];
    for (const { task, start, text } of taskTexts) {
      for (const m of text.matchAll(/(?:等|[\u4e00-\u9fff]、[\u4e00-\u9fff]{1,4})\s*(\d+)\s*(個|家|所|條|處|項)/g)) {
        const at = start + m.index + m[0].indexOf(m[1]!);
        const covered = plan.targets.some((t) => t.taskId === task.id && valueSpan(t)!.offset === at);
        if (!covered) missing.push(`task ${task.number}: «${m[0]}»`);
      }
    }
    assert.deepEqual(missing, []);
  });

  test('no numeral is left out as a mere enumeration count', () => {
    assert.deepEqual(allNonTargets.filter((n) => n.reason === 'enumerationCount'), []);
  });

  test('a threshold that decides what counts is named in the metric of every target it qualifies, in both languages', () => {
    const thresholds = allNonTargets.filter((n) => n.reason === 'threshold');
    assert.ok(thresholds.length >= 2, 'the 5000萬元 and 30萬千瓦 thresholds are curated as such');
    for (const { task, text } of thresholds) {
      const qualified = plan.targets.filter((t) => t.taskId === `t${String(task).padStart(2, '0')}` && t.quote.includes(text));
      assert.ok(qualified.length > 0, `task ${task}: «${text}» qualifies a target`);
      for (const target of qualified) {
        assert.ok(target.metric['zh-Hant'].includes(text.replace(/的$/, '')), `${target.id}: «${target.metric['zh-Hant']}» names «${text}»`);
        assert.match(target.metric.en, /\d/, `${target.id}: «${target.metric.en}» names the threshold`);
      }
    }
  });
});

describe('English', () => {
  test('噸半糧 is 1.5 t per mu (22.5 t/ha), never 15 t/ha', () => {
    const target = targetByQuote(37, '噸半糧')!;
    assert.match(target.metric.en, /1\.5 t(onnes)? per mu/);
    assert.doesNotMatch(target.metric.en, /\b15 t\/ha/);
  });

  test('樂陵 is Leling in English everywhere', () => {
    const english = JSON.stringify(plan);
    assert.doesNotMatch(english, /Laoling/);
    // A target counting a named set that includes 樂陵 names its members in English.
    for (const target of plan.targets.filter((t) => seed.slice(t.offset - 40, t.offset + t.quote.length).includes('樂陵'))) {
      assert.match(target.metric.en, /Leling/, target.id);
    }
  });

  test('per-target English units are plain nouns at base scale, never the generic word or a scale', () => {
    for (const curated of allTargets.filter((c) => c.unitEn !== undefined)) {
      assert.doesNotMatch(curated.unitEn!, /10,000|100 million|^(units|items|entities|sites)$/, `task ${curated.task}: «${curated.quote}»`);
    }
    const expected: [number, string, string][] = [
      [60, '6 個縣', 'counties'],
      [17, '10條', 'rivers and lakes'],
      [16, '7條', 'rivers'],
      [15, '3個儲能電站', 'energy storage stations'],
      [3, '100家', 'enterprises'],
      [14, '5個國家級', 'counties'],
    ];
    for (const [task, fragment, unitEn] of expected) assert.equal(targetByQuote(task, fragment)?.unitEn, unitEn, `task ${task} «${fragment}»`);
  });
});

describe('t40.1: the income of the year each central village must reach (a supervision review)', () => {
  const income = plan.targets.find((t) => t.id === 't40.1')!;

  test('paced as a flow from zero per village: 10萬元 at 30 June is behind the pace, 16萬元 on it, never 無基數', () => {
    const midYear = (value: number) => evaluateTarget(income, { value, asOf: '2023-06-30' });
    assert.equal(midYear(10).status, 'behind');
    assert.equal(midYear(16).status, 'onTrack');
    assert.doesNotMatch(midYear(10).sentence, /無基數/);
    assert.match(midYear(10).sentence, /中心村/);
  });

  test('judged at the year end on the lowest village: 30萬元 is met, 20萬元 missed', () => {
    assert.equal(evaluateTarget(income, { value: 30, asOf: '2023-12-31' }).status, 'met');
    assert.equal(evaluateTarget(income, { value: 20, asOf: '2023-12-31' }).status, 'missed');
  });
});
