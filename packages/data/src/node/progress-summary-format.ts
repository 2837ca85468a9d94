/**
 * A {@link ProgressSummary} written out, in one of three forms: lines for a terminal (`text`), Markdown to print or
 * paste into a document (`md`), and CSV for a spreadsheet (`csv`, one row per target). The same sections in the
 * first two: the counts, each lead unit's counts and its targets behind or off target (not for one unit's summary,
 * whose counts are the first), then the targets met (headed with how many beyond their goal: 超額完成), behind, off target before the deadline (a ceiling used faster than the
 * pace…), past the deadline and not met or not reported (headed with how many say what), the others read (on track, not
 * yet at target, awaiting decision…, headed with how many say what), not reported, not reported
 * this period, read below an earlier figure (數值矛盾, a figure reported late below one too), and those that cannot be
 * judged otherwise.
 */
import { CSV_BOM, toCsv, type CsvValue } from '../csv-text.js';
import { describeTarget } from '../describe-target.js';
import { formatIsoDate } from '../iso-date.js';
import { statusNote } from '../evaluation-sentence.js';
import { Status, statusLabels } from '../messages.js';
import { indexPlan } from '../plan-index.js';
import { lowestReadingWords, sheetHeaders } from '../progress/sheet-columns.js';
import type { Language, Plan } from '../schema.js';
import type { ProgressDispute } from '../progress-report.js';
import { progressCommandWords } from './progress-words.js';
import { readingsIn, targetIn, unitNameIn } from './plan-shown.js';
import { countsOf, isBehind, isExceeded, isOffTarget, isWarned, lateContradicts, otherTargets, type ProgressSummary, type SummaryKey, type SummaryTarget } from './progress-summary.js';
import { progressSummaryWords } from './progress-summary-words.js';
import { markdownText } from './markdown-text.js';
import { refusedAtTarget, refusedMarkdown, refusedRows, refusedText } from './progress-summary-refused.js';
import { describeGap } from '../target-gap.js';

/** The forms a summary is written in (`--format`). */
export const summaryFormats = ['text', 'md', 'csv'] as const;
export type SummaryFormat = (typeof summaryFormats)[number];

/** What a summary is written with: the report's file, the language, and the plan as shown in it (`shownIn`). */
export interface SummaryContext {
  readonly file: string;
  readonly lang: Language;
  readonly shown: Plan;
}

/**
 * A list of targets: its heading (with its count) and the targets; whether each says its deadline, and the key all say
 * (not said again on each line).
 */
interface TargetList {
  readonly heading: string;
  readonly targets: readonly SummaryTarget[];
  readonly deadline?: true;
  readonly key?: SummaryKey;
}

/** What the text and the Markdown both say, in words. */
function sections(summary: ProgressSummary, { file, lang, shown }: SummaryContext) {
  const words = progressSummaryWords[lang];
  const label = (key: SummaryKey) =>
    key === 'stale' || key === 'contradicts' || key === 'unjudged' || key === 'unreported' ? words.readings[key] : statusLabels[lang][key];
  const labelled = (targets: readonly SummaryTarget[]) => countsOf(targets).map(([key, n]) => [label(key), n] as const);
  const counts = (targets: readonly SummaryTarget[]) => words.counts(targets.length, labelled(targets));
  /**
   * What is said beside the target's status: the sentence's (`statusNote`: what is left of a ceiling, 超額完成), or how
   * far it missed or is over its ceiling (`targetGap`: 差1.5億元, 超出上限0.13億立方米, r100 M2), and a figure reported
   * after the deadline; else `''`.
   */
  const note = (t: SummaryTarget) => {
    // A figure reported after the deadline judges nothing, but is said (逾期報送 6個,2023年12月31日: review r100 M1), and
    // the earlier figure it contradicts, as `diff` says it (r101 M2).
    const below = t.late?.contradicts?.problem;
    const late = t.late && words.late(amount(t.target.id, t.late.value), date(t.late.asOf), below && [amount(t.target.id, below.earlier), date(below.earlierAsOf)]);
    return [judgedNote(t), late].filter(Boolean).join(words.alsoNoted);
  };
  const judgedNote = ({ target, key, reading }: SummaryTarget) => {
    if (!reading || key !== reading.status) return '';
    // How far it missed, in the words the elements show too (`describeGap`, r100 M2), else the status's own note.
    return describeGap(targetIn(shown, target.id), reading.value, key, lang) ?? statusNote({ target, value: reading.value, asOf: reading.asOf, status: key }, lang);
  };
  /** The target's status in words with {@link note}'s: `用量快於序時(上限已用盡)`. */
  const said = (t: SummaryTarget) => {
    const more = note(t);
    return more ? words.noted(label(t.key), more) : label(t.key);
  };
  const amount = readingsIn(shown, lang);
  /**
   * The reading in words; of a threshold each member of a set must reach (各縣(市、區)至少1家), said as the lowest
   * member's (`縣(市、區)中最少的為11家`), as the gauge says it: a bare `11家` read as the city's total, met (r111).
   */
  const reached = (id: string, value: number) => {
    const each = targetIn(shown, id).each?.[lang];
    return each ? lowestReadingWords[lang](amount(id, value), each) : amount(id, value);
  };
  const unitName = (id: string) => unitNameIn(shown, id, lang);
  const metric = (t: SummaryTarget) => targetIn(shown, t.target.id).metric[lang];
  /** The target as the template's column says it (`describeTarget`: `≥ 90億元`, `力爭 1個`, r100 M3). */
  const goal = (t: SummaryTarget) => describeTarget(targetIn(shown, t.target.id), lang);
  const leads = (t: SummaryTarget) => t.lead.map((unit) => unitName(unit.id));
  const date = (iso: string) => formatIsoDate(iso, lang);
  /** The earlier figure a reading contradicts, in words (`150家`), and its ISO date; `undefined` for another reading. */
  const earlierOf = ({ target, reading }: SummaryTarget) =>
    reading?.problem?.code === 'belowEarlier' ? { value: amount(target.id, reading.problem.earlier), asOf: reading.problem.earlierAsOf } : undefined;
  /** {@link earlierOf} in words: `少於 2023年3月31日的 150家`. */
  const earlier = (t: SummaryTarget) => {
    const e = earlierOf(t);
    return e && words.earlier(e.value, date(e.asOf));
  };
  /** Why a target cannot be judged: a line per refused entry that names it (F274), none when none. */
  const refusal = (t: SummaryTarget, withDispute = true) => [...refusedAtTarget(t.refused ?? [], lang), ...(t.disputed && withDispute ? [disputed(t.target.id, t.disputed)] : [])];
  /** Why a target whose units' figures disagree cannot be judged (r121 F3): each unit's figure. */
  const disputed = (id: string, d: ProgressDispute) =>
    words.disputed(d.figures.map((f) => progressCommandWords[lang].unitFigure(f.reportedBy.map(unitName), reached(id, f.value))));
  /** What a cell says beside the status: the contradicted figure, else why it cannot be judged, else {@link note}'s. */
  const cellNote = (t: SummaryTarget) => earlier(t) ?? (refusal(t).join(words.alsoNoted) || note(t));
  const cells = (t: SummaryTarget) => ({
    target: t.target.id,
    metric: metric(t),
    goal: goal(t),
    value: t.reading ? reached(t.target.id, t.reading.value) : '',
    asOf: t.reading ? date(t.reading.asOf) : '',
    status: cellNote(t) ? words.noted(label(t.key), cellNote(t)) : label(t.key),
    deadline: date(t.target.deadline),
    lead: words.units(leads(t)),
  });
  const { targets } = summary;
  const list = (heading: (count: number, parts: ReturnType<typeof labelled>) => string, listed: readonly SummaryTarget[], more: Omit<TargetList, 'heading' | 'targets'> = {}): TargetList => ({
    heading: heading(listed.length, labelled(listed)),
    targets: listed,
    ...more,
  });
  const judged = summary.judgedAtDeadline;
  const met = targets.filter((t) => t.key === Status.met);
  const exceeded = met.filter(isExceeded).length;
  const lists: TargetList[] = [
    // What was done first, as an office reports it, with how many beyond their goal (r82 L1).
    { heading: words.met(met.length, exceeded ? [[words.exceeded, exceeded]] : []), targets: met, key: Status.met },
    list(words.behind, targets.filter(isBehind)),
    list(words.offTarget, targets.filter(isOffTarget)),
    list(words.overdue, targets.filter((t) => t.overdue), { deadline: true }),
    // Then the rest of what was read, so that every target counted is named (r92 M7).
    list(words.others, otherTargets(targets)),
    // 數值矛盾: a reading below an earlier one, or a figure reported late below one (r101 M2), judged at the deadline.
    ...(['unreported', 'stale', 'contradicts', 'unjudged'] as const).map((key) => list(words[key], targets.filter((t) => t.key === key || (key === 'contradicts' && lateContradicts(t))), { key })),
  ];
  return {
    words,
    title: words.title(file, date(summary.asOf), summary.unit && unitName(summary.unit.id), judged && words.judgedAtDeadline(judged.due, judged.deadline && date(judged.deadline))),
    counts: counts(targets),
    units: summary.units.map(({ unit, targets }) => ({ name: unitName(unit.id), targets: targets.length, counts: countsOf(targets), line: counts(targets), warned: targets.filter(isWarned) })),
    lists,
    label,
    said,
    note,
    refusal,
    metric,
    cells,
    earlierOf,
    amount,
    /**
     * A target as a line of `list`: the target (r100 M3), its reading and what it says (unless the list says it), the
     * earlier figure it contradicts, its deadline if the list asks, its lead units.
     */
    item: (t: SummaryTarget, list: TargetList) => {
      // What the list says is not said again, what more is said of it is (超額完成 in the list of those met).
      const status = t.key === list.key ? note(t) || undefined : said(t);
      const reading = t.reading ? words.reading(reached(t.target.id, t.reading.value), date(t.reading.asOf), status) : status;
      const below = earlier(t);
      return words.item(t.target.id, metric(t), [
        words.goal(goal(t)),
        ...(reading ? [reading] : []),
        ...(below ? [below] : []),
        ...(list.deadline ? [words.deadline(date(t.target.deadline))] : []),
        words.lead(leads(t)),
      ]);
    },
  };
}

/** The summary as lines for a terminal. */
export function summaryText(summary: ProgressSummary, context: SummaryContext): string[] {
  const s = sections(summary, context);
  const unitLines = s.units.flatMap((u) => [`  ${s.words.unitLine(u.name, u.line)}`, ...u.warned.map((t) => `    ${s.words.item(t.target.id, s.metric(t), [s.said(t)])}`)]);
  // A target that cannot be judged as an entry of it was refused says why under its line (F274), in each list; its
  // units' figures that differ, once, in the list of what cannot be judged, not again among those overdue (F292).
  const itemLines = (t: SummaryTarget, list: TargetList) => [`  ${s.item(t, list)}`, ...s.refusal(t, list.key === t.key).map((line) => `    ${line}`)];
  const listLines = s.lists.flatMap((list) => ['', list.heading, ...(list.targets.length ? list.targets.flatMap((t) => itemLines(t, list)) : [`  ${s.words.none}`])]);
  return [s.title, s.counts, ...(summary.unit ? [] : ['', s.words.byUnit, ...unitLines]), ...listLines, ...refusedText(summary.refused ?? [], context.lang)];
}


/** A Markdown table of `header` and `rows`, every cell escaped. */
const markdownTable = (header: readonly string[], rows: readonly (readonly string[])[]) =>
  [header, header.map(() => '---'), ...rows].map((row) => `| ${row.map((cell) => (cell === '---' ? cell : markdownText(cell))).join(' | ')} |`);

/** The summary as Markdown: the counts per unit and each list as tables, to print or paste into a document. */
export function summaryMarkdown(summary: ProgressSummary, context: SummaryContext): string {
  const s = sections(summary, context);
  const headers = sheetHeaders[context.lang];
  const keys = countsOf(summary.targets).map(([key]) => key);
  const unitTable = markdownTable(
    [headers.lead, s.words.columns.targets, ...keys.map(s.label), s.words.columns.warned],
    s.units.map((u) => {
      const counts = new Map(u.counts);
      return [u.name, String(u.targets), ...keys.map((key) => String(counts.get(key) ?? '')), u.warned.map((t) => t.target.id).join(' ')];
    }),
  );
  const columns = [headers.target, headers.metric, headers.goal, headers.value, headers.asOf, s.words.columns.status, headers.deadline, headers.lead];
  const lists = s.lists.flatMap((list) => [
    '',
    `## ${markdownText(list.heading)}`,
    '',
    ...(list.targets.length ? markdownTable(columns, list.targets.map((t) => Object.values(s.cells(t)))) : [markdownText(s.words.none)]),
  ]);
  const byUnit = summary.unit ? [] : ['', `## ${markdownText(s.words.byUnit)}`, '', ...unitTable];
  return [`# ${markdownText(s.title)}`, '', markdownText(s.counts), ...byUnit, ...lists, ''].join('\n') + refusedMarkdown(summary.refused ?? [], context.lang);
}

/**
 * The summary as CSV, one row per target in plan order (the target and its lead units in one cell each, as the
 * template's columns): the reading in words, its date and the deadline as ISO dates (a spreadsheet sorts them), what it
 * says (the status alone, to filter by, and what more is said of it in a column of its own: what is left of a ceiling,
 * 超額完成, how far a target missed: 差1.5億元), the earlier figure
 * it contradicts (in words, with its ISO date), and whether it is past the deadline and not met. A target that cannot be
 * judged as an entry of it was refused says why in its note (F274: one row per target); an entry that names no target
 * of the plan has a row of its own after them (`refusedRows`). With the byte-order mark Excel needs, for a file (`bom`).
 */
export function summaryCsv(summary: ProgressSummary, context: SummaryContext, bom: boolean): string {
  const s = sections(summary, context);
  const headers = sheetHeaders[context.lang];
  const { columns, yes } = s.words;
  const tasks = indexPlan(context.shown).taskById;
  const rows = summary.targets.map((t): CsvValue[] => {
    const c = s.cells(t);
    // The earlier figure contradicted: the reading's, or that of a figure reported late (r101 M2).
    const late = t.late?.contradicts?.problem;
    const earlier = s.earlierOf(t) ?? (late && { value: s.amount(t.target.id, late.earlier), asOf: late.earlierAsOf });
    const note = [s.note(t), ...s.refusal(t)].filter(Boolean).join(s.words.alsoNoted);
    return [c.target, tasks.get(t.target.taskId)!.number, c.metric, c.goal, c.lead, c.value, t.reading?.asOf ?? '', s.label(t.key), note, earlier ? s.words.reading(earlier.value, earlier.asOf, undefined) : '', t.target.deadline, t.overdue ? yes : ''];
  });
  const header = [headers.target, headers.task, headers.metric, headers.goal, headers.lead, headers.value, headers.asOf, columns.status, columns.note, columns.earlier, headers.deadline, columns.overdue];
  return (bom ? CSV_BOM : '') + toCsv([header, ...rows, ...refusedRows(summary.refused ?? [], header, columns, context.lang)]);
}
