/** The rows of a progress sheet for a plan (or one unit's or section's part of it), before any file format. */
import { describeTarget, formatAmount, unitScale } from '../describe-target.js';
import { languageOption } from '../library-inputs.js';
import { shownIn } from '../english-fallback.js';
import { createPlanApi } from '../plan-api.js';
import { indexPlan } from '../plan-index.js';
import type { Language, Plan, Target, Task, Unit } from '../schema.js';
import { changeDirection } from '../change-direction.js';
import { gapInPoints, PERCENTAGE_POINTS } from '../target-kinds.js';
import { changeWords, countedFromWords, growthFallWords, lowestMemberWords, measureWords, sheetColumns, sheetHeaders, type ChangeBase, type SheetColumn } from './sheet-columns.js';
import { countedSince } from '../unpaced.js';

/** Options of {@link progressTemplate}. */
export interface ProgressTemplateOptions {
  /** Language of the headers and the fixed columns. Default zh-Hant; another tag is read as `resolveLanguage` reads it (`zh-CN` is zh-Hans, `fr` English). */
  readonly lang?: Language;
  /**
   * Only the targets of tasks this unit leads (an id, a name or an alias such as `市發改委`); the files name the unit
   * above the header, and the import files the sheet's figures as its (`reportedBy`).
   */
  readonly unit?: string;
  /** Only the targets of this section (a number such as `4`, or an id). */
  readonly section?: string | number;
}

/** A progress sheet's content: the header row, then one row per target with its value, date and note empty. */
export interface ProgressTemplate {
  /** The language the headers and fixed columns are written in. */
  readonly lang: Language;
  /** The header row, in {@link sheetColumns} order. */
  readonly header: readonly string[];
  /** One row per target, in plan order. */
  readonly rows: readonly (readonly string[])[];
  /** The targets of the rows, in the same order. */
  readonly targets: readonly Target[];
  /**
   * The unit of a unit's template (`unit` given): its id, and its name in `lang`, which the files write in a line above
   * the header (`填報單位:市工業和信息化局`) for the import to know whose sheet it is (review r69 H1). Absent for the
   * office's own templates (the whole plan's, a section's).
   */
  readonly unit?: { readonly id: string; readonly name: string };
}

/** What a template's `unit` or `section` names that the plan does not have: which, and the plan's id. */
export type TemplateScope =
  /** No unit of the plan goes by `unit`'s name. */
  | { readonly code: 'noUnit'; readonly plan: string; readonly unit: string }
  /** No section of the plan is `section`. */
  | { readonly code: 'noSection'; readonly plan: string; readonly section: string }
  /**
   * The unit and section given (`selection`) exist but select no target; `takesPartIn`: the numbers of the tasks
   * (of the section, if given) the unit takes part in without leading, whose targets its template does not list.
   */
  | { readonly code: 'noTarget'; readonly plan: string; readonly selection: readonly string[]; readonly takesPartIn: readonly number[] };

/** What the template names cannot be found in the plan: `scope` says which (the message says it in English). */
export class TemplateScopeError extends RangeError {
  constructor(readonly scope: TemplateScope) {
    super(
      scope.code === 'noUnit'
        ? `no unit "${scope.unit}" in plan ${scope.plan}`
        : scope.code === 'noSection'
          ? `no section "${scope.section}" in plan ${scope.plan}`
          : `no target in plan ${scope.plan} for ${scope.selection.join(', ')}${
              scope.takesPartIn.length ? `: it takes part in task ${scope.takesPartIn.join(', ')}, and a template lists the targets of the tasks a unit leads` : ''
            }`,
    );
    this.name = 'TemplateScopeError';
  }
}

/**
 * The rows of a progress sheet: one per target, with its id, task, metric, unit of measure, target, deadline,
 * measure and lead units, and empty columns for the value, the date and a note. The plan is read as it is: one an
 * older dz-plan built keeps no direction on a range of a change (`dz-plan lint` says `rangeWithoutDirection`), so
 * 較2020年下降10%—12% asks for a rise; pass `withDirectionsRead(plan).plan` to read such ranges as their words say, as
 * `dz-plan progress template` does (it loads the parser, about 28 KB gzip in a browser, which a plan built now never
 * needs), or build the plan again.
 *
 * @example
 * ```ts
 * progressTemplate(dezhouPlan, { unit: '市發改委', lang: 'zh-Hans' }).rows[0][0]; // 't03.1' (the first target of a task it leads)
 * ```
 * @throws TemplateScopeError when `unit` or `section` names nothing in the plan, or selects no target.
 */
export function progressTemplate(plan: Plan, options: ProgressTemplateOptions = {}): ProgressTemplate {
  const lang = languageOption(options.lang, 'zh-Hant');
  const api = createPlanApi(plan);
  let targets: readonly Target[] = plan.targets;
  /** The tasks the unit takes part in without leading, for the error when it leads none. */
  let takesPartIn: readonly Task[] = [];
  let unit: Unit | undefined;
  if (options.unit !== undefined) {
    unit = api.getUnit(options.unit);
    if (!unit) throw new TemplateScopeError({ code: 'noUnit', plan: plan.id, unit: options.unit });
    const ids = new Set(api.targetsOfUnit(unit, { role: 'lead' }).map((t) => t.id));
    targets = targets.filter((t) => ids.has(t.id));
    takesPartIn = api.tasksOfUnit(unit, { role: 'participating' }) ?? [];
  }
  if (options.section !== undefined) {
    const section = api.getSection(options.section);
    if (!section) throw new TemplateScopeError({ code: 'noSection', plan: plan.id, section: String(options.section) });
    const ids = new Set(api.targetsOfSection(section).map((t) => t.id));
    targets = targets.filter((t) => ids.has(t.id));
    takesPartIn = takesPartIn.filter((t) => section.taskIds.includes(t.id));
  }
  if (!targets.length) {
    throw new TemplateScopeError({
      code: 'noTarget',
      plan: plan.id,
      selection: [options.unit, options.section].filter((x) => x !== undefined).map(String),
      takesPartIn: takesPartIn.map((t) => t.number),
    });
  }
  const headers = sheetHeaders[lang];
  // Texts as the API shows them (`shownIn`): English not written yet reads in the document's own script.
  const shownPlan = indexPlan(shownIn(plan, lang));
  const countedFrom = countedFromDay(plan.period);
  const year = planYear(plan.period);
  const rows = targets.map((target) => {
    const task = shownPlan.taskById.get(target.taskId);
    const shown = shownPlan.targetById.get(target.id)!;
    const cells: Record<SheetColumn, string> = {
      target: target.id,
      task: task ? `${task.number}. ${task.title[lang]}` : target.taskId,
      metric: shown.metric[lang],
      // The value is read in the plan's unit; English says what 萬人 means beside it.
      unit: sheetUnit(target, lang),
      goal: describeTarget(target, lang),
      deadline: target.deadline,
      measure: measureCell(shown, target, countedSince(target) ?? countedFrom, year, lang),
      lead: (task?.lead ?? []).map((id) => shownPlan.unitById.get(id)?.name[lang] ?? id).join(lang === 'en' ? '; ' : '、'),
      value: '',
      asOf: '',
      note: '',
    };
    return sheetColumns.map((column) => cells[column]);
  });
  const scope = unit ? { unit: { id: unit.id, name: unit.name[lang] } } : {};
  return { lang, header: sheetColumns.map((column) => headers[column]), rows, targets, ...scope };
}

/**
 * The unit column of a target of no unit (an index, a coefficient or a ratio: `unit` `''`): said in words, as a cell
 * left blank reads as a unit not yet known.
 */
const noUnitWords: Readonly<Record<Language, string>> = { 'zh-Hant': '無', 'zh-Hans': '无', en: 'none' };

/**
 * The unit a value is written in: the plan's ({@link noUnitWords} for none), or for a share of a set written as a fraction (1/3的縣), percent, with
 * the set it is a share of (a clerk asked for `縣(市、區)` wrote 4 counties, which is read as 4%).
 */
function sheetUnit(target: Target, lang: Language): string {
  if (target.unit === '') return noUnitWords[lang];
  if (target.fraction !== undefined) return lang === 'en' ? `% (share of ${target.unitEn || target.unit})` : `%(${formatAmount(target, '', lang)}中的占比)`;
  return lang === 'en' ? englishUnit(target) : formatAmount(target, '', lang);
}

/** The unit as the plan writes it, and in English what it means: `萬人 (10,000 people)`, `家 (enterprises)`. */
function englishUnit(target: Target): string {
  if (target.unit === '%') return '%';
  const meaning = unitScale(target.unit) > 1 ? formatAmount(target, 1, 'en') : target.unitEn;
  return meaning ? `${target.unit} (${meaning})` : target.unit;
}

/**
 * What the value column holds for the target (`shown`: as the API shows it, its set in the document's script where
 * English is not written yet; `target`: as the plan has it, in both scripts): its measure's words, for a flow or a
 * ceiling from when it is counted (`countedFrom`, see {@link countedFromDay}), for a change the base it counts from
 * ({@link changeBase}, `year`: the plan's, see {@link planYear}) and for one in points its size, the example's, and for
 * a threshold each member must reach, which member.
 */
function measureCell(shown: Target, target: Target, countedFrom: string | undefined, year: number | undefined, lang: Language): string {
  const key = measureKey(target);
  const points = PERCENTAGE_POINTS.test(target.unit) && target.value > 0 ? String(Number(target.value.toPrecision(12))) : undefined;
  const words =
    key === 'fall' || key === 'rise'
      ? changeWords[lang](key, changeBase(target, year), points)
      : key === 'growthFall' || key === 'averageGrowthFall'
        ? growthFallWords[lang](key === 'averageGrowthFall', points)
        : key === 'flow' || key === 'ceiling'
          ? countedFromWords[lang](measureWords[lang][key], countedFrom)
          : measureWords[lang][key];
  return shown.each ? lowestMemberWords[lang](words, shown.each[lang]) : words;
}

/**
 * The day a flow or a ceiling is counted from, as the evaluation paces it: the period's start; `undefined` for 1
 * January of a plan of one year, said 年初 (over several years, 年初 would read as this year's start).
 */
function countedFromDay(period: Plan['period']): string | undefined {
  return period.start.endsWith('-01-01') && period.start.slice(0, 4) === period.end.slice(0, 4) ? undefined : period.start;
}

/** The year of a plan of one year (its period within one calendar year); `undefined` for a plan over several. */
function planYear(period: Plan['period']): number | undefined {
  const year = Number(period.start.slice(0, 4));
  return String(year) === period.end.slice(0, 4) ? year : undefined;
}

/**
 * Whether a growth is stated as an average over the years (各類貸款年均增速10%以上, 地区生产总值年均增长6%), which its
 * metric or its quote says (the parser leaves 年均 out of the metric): not this year's year-on-year figure.
 */
const averagedGrowth = (target: Target): boolean =>
  [target.metric['zh-Hant'], target.metric['zh-Hans'], target.quote].some((text) => /年均|年平均/.test(text));

/**
 * The base a change counts from, as the target says it: the start of the year, the end of last year or last year where
 * its metric or quote says so (年初; 上年末, 去年底; 比上年, 較上年), before its `baselineYear`, which the parser sets to the
 * year before the plan's for those too (較年初 is no 較2023年); else its `baselineYear` (較2020年), but for a change
 * over one year whose text names no year: the end of last year where that is the year before the plan's (`year`),
 * as the parser reads 比重提高1.5個百分點 with no base in a plan of 2024 (F179; 較2023年 was a base the plan does not
 * write), the start of the year where it is the plan's; else none said.
 */
function changeBase(target: Target, year: number | undefined): ChangeBase {
  const text = [target.metric['zh-Hant'], target.metric['zh-Hans'], target.quote].join(' ');
  if (/年初/.test(text)) return 'yearStart';
  // Not 以上年 (連續3年以上年均增長).
  if (/(?:(?<!以)上|去)年[末底]/.test(text)) return 'lastYearEnd';
  if (/(?<!以)上年|去年/.test(text)) return 'lastYear';
  const base = target.baselineYear;
  if (base === undefined || year === undefined || text.includes(String(base)) || Number(target.deadline.slice(0, 4)) - base > 1) return base;
  return base === year - 1 ? 'lastYearEnd' : base === year ? 'yearStart' : base;
}

/**
 * The key of a target's words in {@link measureWords} (or {@link changeWords}: `fall`, `rise`; {@link growthFallWords}: `growthFall`, `averageGrowthFall`): a gap as a gap; a target whose value is a change
 * (`readsAsChange`) by its direction (`changeDirection`: a fall, or a rise, which a change held under a ceiling
 * counts too), as the change and not a level: a change against a base year, and a rate,
 * a level or a target of a plan without measures stated by a change (較年初下降0.5個百分點 asks for the fall, not the
 * current rate); a growth that is to fall as the fall, a positive number, where a growth's words would have it
 * negative; a growth stated as an average over the years (年均) as such. A flow stated by a change (比上年增加5萬噸)
 * is counted from zero as any flow.
 */
function measureKey(target: Target): keyof (typeof measureWords)['en'] | 'fall' | 'rise' | 'growthFall' | 'averageGrowthFall' {
  if (gapInPoints(target)) return 'gap';
  const { measure } = target;
  // A range that keeps no direction (a plan built before F200) is read as every reader reads it; `dz-plan lint` says it (F210).
  const direction = changeDirection(target);
  if (measure === 'growth') {
    const average = averagedGrowth(target);
    if (direction === 'decreaseBy') return average ? 'averageGrowthFall' : 'growthFall';
    return average ? 'averageGrowth' : 'growth';
  }
  if (measure !== 'flow' && direction) return direction === 'decreaseBy' ? 'fall' : 'rise';
  return measure ?? 'unknown';
}
