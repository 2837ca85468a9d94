/**
 * The plan model. These zod schemas are the source of truth: every type is `z.infer`red from them.
 * They use `zod/mini` so the same schemas validate plans in the browser without the classic zod bundle. Every object
 * is strict, as a progress report's and an overlay's are: a misspelt key (`baseLineYear`, `meassure`) is an issue
 * naming it and the keys there are, never a field dropped without a word while the target is judged without it.
 */
import * as z from 'zod/mini';
import { IsoDateSchema as isoDate } from './iso-date-schema.js';
import { saying, worded } from './issues.js';
import { isChangeComparator } from './target-kinds.js';
import { MAX_ISSUES } from './validate-input.js';
import type { Said } from './validation-words.js';
import { Comparator, Firmness, Language, Measure, UnitKind } from './vocabulary.js';

export { Comparator, Firmness, Language, languages, Measure, Role, UnitKind } from './vocabulary.js';

/**
 * No bidirectional control character (U+202A–U+202E, U+2066–U+2069) in a text a page shows: one can make the text
 * show in another order than it is stored (`市\u202E局育教` shows as 市教育局), so a name read on the page is not the name
 * in the data. Chinese and English text needs none.
 */
export const noBidiControls = worded(z.regex(/^[^\u202A-\u202E\u2066-\u2069]*$/), ['bidiControl']);
/** Text a page shows: see {@link noBidiControls}. */
const shownText = z.string().check(noBidiControls);
/** Whether `text` holds a bidirectional control character, which {@link noBidiControls} refuses (a sheet's note, r77 M1). */
export const hasBidiControl = (text: string): boolean => !z.safeParse(shownText, text).success;
const nonEmpty = z.string().check(z.minLength(1), noBidiControls);
const naturalNumber = z.number().check(z.int(), z.positive());
const offset = z.number().check(z.int(), z.gte(0));

/** Text in all three languages; the Chinese ones non-empty, the English one possibly not yet written. Validates {@link LocalizedText}. */
export const LocalizedTextSchema = z.strictObject({
  /** Traditional Chinese: for the plan's own texts, the words of the source document. */
  'zh-Hant': nonEmpty,
  /** Simplified Chinese. */
  'zh-Hans': nonEmpty,
  /**
   * English. Empty in a plan built from a document (`dz-plan build`) until someone translates it; the plan API
   * ({@link createPlanApi}) then shows the text in the document's own script in its place.
   */
  en: shownText,
});
/**
 * Text in all three languages, e.g. a task title: `{ 'zh-Hant': '大力發展數字經濟', 'zh-Hans': '大力发展数字经济',
 * en: 'Vigorously develop the digital economy' }`. Pick one with `text[lang]`.
 */
export interface LocalizedText extends z.infer<typeof LocalizedTextSchema> {}

/** Text in the two Chinese scripts (the task bodies are not translated). Validates {@link ChineseText}. */
export const ChineseTextSchema = z.strictObject({
  /** Traditional Chinese, verbatim from the source document. */
  'zh-Hant': shownText,
  /** Simplified Chinese, converted from the Traditional text. */
  'zh-Hans': shownText,
});
/** Text in the two Chinese scripts only, for texts without an English translation such as {@link Task.body}. */
export interface ChineseText extends z.infer<typeof ChineseTextSchema> {}

/** A span of the source text, in UTF-16 code units (JavaScript string indices) of the decoded seed. Validates {@link Span}. */
export const SpanSchema = z.strictObject({
  /** Where the span starts: a 0-based index into the source text, in UTF-16 code units. */
  offset,
  /** How many UTF-16 code units the span covers; `source.slice(offset, offset + length)` is its text. */
  length: z.number().check(z.int(), z.gte(0)),
});
/** Where a piece of a task stands in the source document: `text.slice(span.offset, span.offset + span.length)`. */
export interface Span extends z.infer<typeof SpanSchema> {}

/** A section (一、二、…) of a plan. Validates {@link Section}. */
export const SectionSchema = z.strictObject({
  /** `s01`…`s11`: `s` and the section number, two digits or more (up to `s999`, for province-scale plans). */
  id: z.string().check(worded(z.regex(/^s\d{2,3}$/), ['idLike', 'section', 's01'])),
  /** 1-based number of the section: the Chinese numeral of its heading (`四、` is 4). */
  number: naturalNumber,
  /** The heading after the numeral, e.g. `提升科技創新能力` (Enhance scientific and technological innovation capacity). */
  title: LocalizedTextSchema,
  /** Ids of the section's tasks ({@link Task.id}), in document order. */
  taskIds: z.array(z.string()),
});
/**
 * A section of the plan: a heading (一、提升科技創新能力) and the tasks under it. Look one up with
 * {@link PlanApi.getSection}.
 */
export interface Section extends z.infer<typeof SectionSchema> {}

/** A numbered task of a plan. Validates {@link Task}. */
export const TaskSchema = z.strictObject({
  /** `t01`…`t69`: `t` and the task number, two digits or more (up to `t99999`, for province-scale plans). */
  id: z.string().check(worded(z.regex(/^t\d{2,5}$/), ['idLike', 'task', 't09'])),
  /** The task's number in the document (`9.`), running on across sections. */
  number: naturalNumber,
  /** Id of the section the task stands in ({@link Section.id}). */
  sectionId: z.string(),
  /** The heading sentence, up to its first `。`: `大力發展數字經濟`. */
  title: LocalizedTextSchema,
  /** The task's body, verbatim in the source language; Simplified converted at build time. */
  body: ChineseTextSchema,
  /** Lead units (牽頭單位), in document order. */
  lead: z.array(z.string()),
  /** Participating units (參與單位), in document order. */
  participating: z.array(z.string()),
  /** Ids of the quantitative targets the body states ({@link Target.id}), in text order; empty when it states none. */
  targetIds: z.array(z.string()),
  /** Where the task stands in the source text. */
  source: z.strictObject({
    /** The heading sentence. */
    title: SpanSchema,
    /** The body, from after the heading to the units parenthesis. */
    body: SpanSchema,
    /** The `(牽頭單位:…)` parenthesis, absent when the task names no units. */
    units: z.optional(SpanSchema),
  }),
});
/**
 * A numbered task of the plan: its title, its body in Chinese, the units responsible for it (by {@link Unit.id})
 * and the ids of the targets it states. Look one up with {@link PlanApi.getTask}.
 */
export interface Task extends z.infer<typeof TaskSchema> {}

/** A responsible unit of a plan. Validates {@link Unit}. */
export const UnitSchema = z.strictObject({
  /** Stable ASCII id chosen by meaning, e.g. `science-technology-bureau`. */
  id: z.string().check(worded(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), ['kebabId'])),
  /** The name as written in the source, and its Simplified and English forms. */
  name: LocalizedTextSchema,
  /** What kind of body the unit is. */
  kind: z.enum(Object.values(UnitKind) as [UnitKind, ...UnitKind[]]),
  /** Other names (abbreviations, full names, Simplified forms) that resolve to this unit. */
  aliases: z.array(nonEmpty),
});
/**
 * A unit responsible for tasks (責任單位): a bureau, a Party office, a company…, with the names it goes by. Look one
 * up by id, name or alias with {@link PlanApi.getUnit}.
 */
export interface Unit extends z.infer<typeof UnitSchema> {}

/** A quantitative target of a plan. Validates {@link Target}. */
export const TargetSchema = z.strictObject({
  /** Task id, a dot, then the target's order in the task: `t09.1`. */
  id: z.string().check(worded(z.regex(/^t\d{2,5}\.\d+$/), ['idLike', 'target', 't09.1'])),
  /** Id of the task that states the target ({@link Task.id}). */
  taskId: z.string(),
  /** What is measured, e.g. `新開通5G基站` / `New 5G base stations opened`. */
  metric: LocalizedTextSchema,
  /** The numeral as written (`3000`, `2—3`, `1/3`). */
  valueText: nonEmpty,
  /**
   * The target amount as a number, in {@link Target.unit}: `3000` for `3000個`, `12` for `下降12%`, the lower
   * end of a range, `33.33…` (the share in percent) for `1/3` of a set.
   */
  value: z.number(),
  /** Upper end of a range such as `2—3個`. */
  upperValue: z.optional(z.number()),
  /**
   * The unit as written: `億元`, `萬畝`, `%`, `個`; `''` for a quantity that has none, an index, a coefficient or a
   * ratio (數據中心PUE值控制在1.3以內, 基尼係數低於0.4, 容積率不低於1.2): shown as the number alone (`≤ 1.3`), read
   * from a progress sheet as a bare number, judged as any value.
   */
  unit: shownText,
  /**
   * The English noun of the unit, plural and without the scale of a leading 萬 (10⁴) or 億 (10⁸), which
   * `formatAmount` multiplies into the number: `億元` → `yuan` (`CNY 9 billion`), `萬人` → `people` (`33,000 people`).
   * A target may name its own (`counties`). Empty in a plan built from a document until someone writes it, and for a
   * target of no unit (`unit` `''`).
   */
  unitEn: shownText,
  /**
   * The unit in both Chinese scripts, `{ 'zh-Hant': '萬噸', 'zh-Hans': '万吨' }`: written by `dz-plan build` (OpenCC),
   * so a page shows a Simplified document's units in Traditional and the other way round, and a reading may write
   * either. Absent (the Dezhou plan), {@link Target.unit} is Traditional and its Simplified form comes from a table;
   * absent too for a target of no unit (`unit` `''`), which has no script.
   */
  unitZh: z.optional(ChineseTextSchema),
  /** How {@link Target.value} is to be read: a floor, a ceiling, a reduction…. */
  comparator: z.enum(Object.values(Comparator) as [Comparator, ...Comparator[]]),
  /**
   * For a `range` stated by a change (較2020年下降10%—12%, 較年初下降0.5—1個百分點, 森林覆蓋率提高1—2個百分點): the
   * change's comparator, which the range keeps beside its two values. A reading is then the change, in the target's
   * unit: `11` for a fall of 11%, below zero a move the wrong way (`changeDirection`). Absent for a range of a level,
   * a count or a gap between two rates (2—3個, 高於城鎮居民1—2個百分點), and on any other comparator (an issue).
   */
  direction: z.optional(z.enum(['decreaseBy', 'increaseBy'])),
  /**
   * For a range of a change (one with a {@link Target.direction}): its words ask for the change as a minimum
   * (增長3%-5%, 提高1—2個百分點, 較2020年下降10%—12%, 在2022年基礎上增長5%—6%), so a reading beyond its top is more than
   * asked, reached and 超額完成 (`met` at the deadline), not above its band. Absent, the range is a band held or capped
   * (增長控制在3%-5%, 增速保持在 6%—7%, 物價漲幅3%-5%): above it is `aboveBand`. `dz-plan build` sets it from the words
   * right before the figure (no 在 there) and the metric (no 漲幅); a plan without it keeps its bands, never a false
   * 超額完成. Only on a target with a `direction` (an issue otherwise).
   */
  changeAsked: z.optional(z.boolean()),
  /** The year a `decreaseBy`/`increaseBy`/`range` target is measured against (較2020年), or a multiple is of (2020年的1.5倍). */
  baselineYear: z.optional(naturalNumber),
  /**
   * For a `decreaseBy`/`increaseBy`: the change is a floor (增幅達到10%以上: an increase of at least 10%), said so in
   * words; without it the change is written as the document gives it (較2020年下降12%). A reading is judged alike.
   */
  floor: z.optional(z.boolean()),
  /**
   * For a `decreaseBy`/`increaseBy`: the change is about its value (增長6%左右), reached within the band of
   * {@link Target.tolerance} as an `approx` target is; said so in words (`an increase of about 6%`, `增長6%左右`).
   */
  approx: z.optional(z.boolean()),
  /**
   * What kind of quantity the target measures, which decides how a reading is judged. A plan without it (another
   * city's, before curation) is judged against the target only, never paced: the data cannot say more.
   */
  measure: z.optional(z.enum(Object.values(Measure) as [Measure, ...Measure[]])),
  /**
   * For `approx` (左右), and a change about its value ({@link Target.approx}): the half-width of the band around the
   * value that counts as reached, as a share of the value
   * (`0.05` is ±5%). Stated in the data because the document does not say it; without it the band is ±5%.
   */
  tolerance: z.optional(z.number().check(z.gt(0), z.lt(1))),
  /**
   * For a `rate` or a `level`: the plan holds it all year (穩定在90%以上, 不低於33.3%, 面積穩定在35萬畝以上). A held rate
   * or level below it at any date is behind (under half of it, seriously behind); a rate without it is one to reach by
   * the deadline (建成率達到90%): it builds up over the year, and below it before then is `belowTarget`, as is a level
   * without it and without a baseline. A level reached before the deadline, held or not (達到900家), is `onTrack`, as a
   * stock may fall back; `met` at the deadline. On a `range` of a flow or a level, the plan holds or caps it in its
   * band (用水總量控制在3億—3.2億立方米, 耕地保有量穩定在100萬—110萬畝): above its top it is `aboveBand`, not more done.
   */
  held: z.optional(z.boolean()),
  /**
   * For an upper limit (`atMost`) on a level or a rate: the plan brings it down to its value by the deadline
   * (PM2.5平均濃度下降到38微克/立方米以下, 城鄉收入比縮小到2.1, 失業率降至5%以內, 壓縮至, 縮減至, 減到), not holds it under
   * the value all year (控制在5.5%以內). Above its value before the deadline it has not reached it yet (`belowTarget`, as
   * a rate to reach short of it), not gone over a cap (`overCeiling`), and a gauge does not call it exceeded; at the
   * deadline above it is `missed`. `dz-plan build` sets it from the words before the value; without it (an older plan) an upper limit
   * is a cap at any date. A `ceiling` (a quota the period uses up, 用水總量降至…) is judged by its use and has none.
   * Only on an `atMost` target (an issue otherwise).
   */
  broughtDown: z.optional(z.boolean()),
  /**
   * A quantity that is never 0, so a reading of 0 is a report not made, refused (`zeroReading`), never judged: a
   * `ceiling` on a total a city always uses (用水總量, 能源消費總量, 碳排放總量; the parser marks these), and, reviewed by
   * hand, a stock or share the city already holds (新能源發電裝機, 科技型中小企業, 優良水體比例). A quota that may go unused
   * (新增建設用地), a count of new things and a rate built up by the year's work (建成率) have none.
   */
  neverZero: z.optional(z.boolean()),
  /** For a `level`: its amount at the start of the period when the text gives one (由X提高到Y), to pace from. */
  baseline: z.optional(z.number()),
  /** For a share written as a fraction (`1/3的縣`): its parts; {@link Target.value} is then the share in percent. */
  fraction: z.optional(
    z.strictObject({
      /** The count of parts: `1` in `1/3`. */
      numerator: naturalNumber,
      /** The parts the whole is divided into: `3` in `1/3`. */
      denominator: naturalNumber,
    }),
  ),
  /**
   * For a threshold each member of a set must reach (各縣(市、區)至少建設1家, 每個產業鏈引進…5個以上): the set, in the
   * singular as the text names it (`縣(市、區)`, `產業鏈`). A reading is then the lowest any member has reached, not
   * the total: 5 markets in 5 of 11 counties is 0, not 5.
   */
  each: z.optional(LocalizedTextSchema),
  /** Id of another target that counts the same things (the same 42 water projects stated in two tasks). */
  sameAs: z.optional(z.string()),
  /** Id of a target whose count includes this one (a subset, such as the graduates among the talents attracted). */
  partOf: z.optional(z.string()),
  /**
   * How sure an automatic extraction (`extractTargets`, `dz-plan build`) was that this is a target read right, 0–1.
   * Absent for a reviewed target; `dz-plan lint` lists the low ones for a person to check.
   */
  confidence: z.optional(z.number().check(z.gte(0), z.lte(1))),
  /** How firmly the plan commits to the target (確保, 力爭, or neither). */
  firmness: z.enum(Object.values(Firmness) as [Firmness, ...Firmness[]]),
  /**
   * The day the work the target counts begins, when the text names one (4月1日至6月30日, 自3月起, 下半年, 三季度: ISO
   * date): its pace (序時進度) runs from it, not from the plan's start, and is 0 before it. Inside the plan's period, not
   * after the deadline. Absent, the work runs from the period's start.
   */
  start: z.optional(isoDate),
  /** When the target falls due (ISO date); the end of the plan year unless the text says otherwise. */
  deadline: isoDate,
  /** The verbatim words of the source that state the target. */
  quote: nonEmpty,
  /** Offset of `quote` in the source text. */
  offset,
});
/**
 * A quantitative target stated in a task's body, such as `新開通5G基站3000個` (3000 new 5G base stations): the
 * metric, the value and its unit, how to compare a reading with it and when it is due. Evaluate progress against
 * one with {@link evaluateTarget}.
 */
export interface Target extends z.infer<typeof TargetSchema> {}

/** The shape of a plan without cross-reference checks; see {@link PlanSchema}. */
const PlanShapeSchema = z.strictObject({
  /** Stable kebab-case ASCII id, e.g. `dezhou-2023-green-low-carbon`; progress reports name their plan by it. */
  id: z.string().check(worded(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), ['kebabId'])),
  /** The document's title. */
  title: LocalizedTextSchema,
  /** The body that issued the plan, e.g. `德州市人民政府` (Dezhou Municipal People's Government). */
  issuer: LocalizedTextSchema,
  /** The year the plan is for, e.g. `2023`. */
  year: naturalNumber,
  /** The period the plan covers, for expected progress (序時進度). */
  period: z.strictObject({
    /** First day of the period (ISO `YYYY-MM-DD`), e.g. `2023-01-01`. */
    start: isoDate,
    /** Last day of the period, inclusive (ISO `YYYY-MM-DD`), e.g. `2023-12-31`. */
    end: isoDate,
  }),
  /** BCP 47 tag of the source document's language. */
  sourceLanguage: z.enum(Object.values(Language) as [Language, ...Language[]]),
  /** The source document, for tracing quotes and offsets. */
  source: z.optional(
    z.strictObject({
      /** Path of the source text, relative to the repository root: `seeds/dezhou-2023-key-tasks.zh-Hant.txt`. */
      file: nonEmpty,
      /** SHA-256 of the file's bytes, 64 lower-case hex digits, to tell whether offsets still match it. */
      sha256: z.string().check(worded(z.regex(/^[0-9a-f]{64}$/), ['sha256'])),
    }),
  ),
  /** The sections, in document order. */
  sections: z.array(SectionSchema),
  /** Every task, in document order (by number). */
  tasks: z.array(TaskSchema),
  /** Every responsible unit the tasks name. */
  units: z.array(UnitSchema),
  /** Every quantitative target, in task and text order. */
  targets: z.array(TargetSchema),
});

type PlanShape = z.infer<typeof PlanShapeSchema>;

/**
 * A `valueText` in the forms plans write in digits: a number (`3000`, `1,700`, `2.5`, full-width `３０００` once
 * NFKC-folded), a range (`7—8`, `7%—8%`, `2~3`, `2至3`), either with 萬 or 億 after it (`1.5萬`); a fraction (`1/3`)
 * is apart. Chinese numerals (十五, 千分之二), which the parser may also quote from other cities' documents, are not
 * read here (the schema goes to browsers, the extractor's reader with its tables does not): such a valueText is not
 * checked against its value.
 */
const VALUE_TEXT = /^(\d[\d,]*(?:\.\d+)?)%?(?:[—–~\-至到](\d[\d,]*(?:\.\d+)?)%?)?([萬万億亿])?$/u;
const FRACTION = /^(\d+)\/(\d+)$/;

/**
 * The value and upper value a target's `valueText` says (`1/3` as the share in percent, a 萬 or 億 multiplied in),
 * or `undefined` for a form not read (see {@link VALUE_TEXT}), which is then not checked.
 */
function readValueText(valueText: string): { value: number; upperValue?: number } | undefined {
  const text = valueText.normalize('NFKC').replace(/\s/g, '');
  const fraction = FRACTION.exec(text);
  if (fraction) return { value: (Number(fraction[1]) / Number(fraction[2])) * 100 };
  const figure = VALUE_TEXT.exec(text);
  if (!figure) return undefined;
  const scale = figure[3] ? ('萬万'.includes(figure[3]) ? 1e4 : 1e8) : 1;
  const number = (digits: string) => Number(digits.replaceAll(',', '')) * scale;
  return { value: number(figure[1]!), ...(figure[2] === undefined ? {} : { upperValue: number(figure[2]) }) };
}

/** Whether two readings of one figure are the same number (`1/3` is 33.333… either way, up to rounding). */
const same = (a: number | undefined, b: number | undefined) => a === b || (a !== undefined && b !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)));
/** A value and its upper end as one figure: `2`, `2—3`. */
const figure = (value: number, upperValue: number | undefined) => (upperValue === undefined ? String(value) : `${value}—${upperValue}`);

/** The issues of one target's value: a valueText that says another figure, a value below zero, a zero nothing can reach. */
function checkValue(target: Target, fail: (key: keyof Target, said: Said) => void): void {
  if (target.value < 0) fail('value', ['negativeValue', target.id, target.value]);
  // 零事故 (at most 0) is a limit judged directly; a floor, a count or a change of 0 asks nothing, and a ceiling's
  // share used of a total of 0 paces nothing.
  else if (target.value === 0 && (target.comparator !== 'atMost' || target.measure === 'ceiling')) fail('value', ['zeroValue', target.id]);
  const read = readValueText(target.valueText);
  if (!read) return;
  const key = !same(read.value, target.value) ? 'value' : !same(read.upperValue, target.upperValue) ? 'upperValue' : undefined;
  if (key) fail(key, ['valueTextDisagrees', target.id, target.valueText, figure(read.value, read.upperValue), figure(target.value, target.upperValue)]);
}

/** The number in a section's or task's id: 9 of `t09`. */
const idNumber = (id: string) => Number(id.slice(1));

/**
 * Reports each item listed by a parent other than its own, and each item its own parent leaves out: a target and the
 * task that lists it in `targetIds`, a task and the section that lists it in `taskIds`. Items whose parent is unknown
 * are reported as such already.
 */
function checkListing(
  items: readonly { id: string }[],
  parentOf: (index: number) => string,
  parents: readonly { id: string }[],
  listed: (index: number) => readonly string[],
  paths: { items: string; parents: string; parentKey: string; listKey: string },
  words: { notListed: 'targetNotListed' | 'taskNotListed'; ofOther: 'targetOfOtherTask' | 'taskOfOtherSection' },
  fail: (path: (string | number)[], said: Said) => void,
): void {
  const parentIndex = new Map(parents.map((parent, i) => [parent.id, i]));
  const own = new Map(items.map((item, i) => [item.id, parentOf(i)]));
  parents.forEach((parent, p) =>
    listed(p).forEach((id, j) => {
      const owner = own.get(id);
      if (owner !== undefined && owner !== parent.id && parentIndex.has(owner)) fail([paths.parents, p, paths.listKey, j], [words.ofOther, id, owner, parent.id]);
    }),
  );
  items.forEach((item, i) => {
    const p = parentIndex.get(parentOf(i));
    if (p !== undefined && !listed(p).includes(item.id)) fail([paths.items, i, paths.parentKey], [words.notListed, item.id, parentOf(i)]);
  });
}

/** Reports every broken cross-reference of a plan, with its path, as zod issues. */
function checkReferences(plan: PlanShape, ctx: z.core.$RefinementCtx<PlanShape>): void {
  // Past MAX_ISSUES nobody reads on; one more tells validateInput that the list was cut.
  let reported = 0;
  const fail = (path: (string | number)[], said: Said) => {
    if (reported++ <= MAX_ISSUES) ctx.addIssue({ code: 'custom', params: saying(said), path, input: plan });
  };
  const unitIds = new Set<string>();
  plan.units.forEach((unit, i) => {
    if (unitIds.has(unit.id)) fail(['units', i, 'id'], ['duplicateId', 'unit', unit.id]);
    unitIds.add(unit.id);
  });
  const sectionIds = new Set<string>();
  plan.sections.forEach((section, i) => {
    if (sectionIds.has(section.id)) fail(['sections', i, 'id'], ['duplicateId', 'section', section.id]);
    sectionIds.add(section.id);
    if (section.number !== idNumber(section.id)) fail(['sections', i, 'number'], ['numberNotId', 'section', section.id, section.number, idNumber(section.id)]);
  });
  if (plan.period.end < plan.period.start) fail(['period', 'end'], ['periodBackwards', plan.period.start, plan.period.end]);
  const taskIds = new Set<string>();
  const taskNumbers = new Map<number, number>();
  const targetIds = new Set(plan.targets.map((target) => target.id));
  plan.tasks.forEach((task, i) => {
    if (taskIds.has(task.id)) fail(['tasks', i, 'id'], ['duplicateId', 'task', task.id]);
    taskIds.add(task.id);
    const first = taskNumbers.get(task.number);
    if (first !== undefined) fail(['tasks', i, 'number'], ['duplicateTaskNumber', task.number, `tasks[${first}]`]);
    else taskNumbers.set(task.number, i);
    // A second task of one number has another id's number too: the duplicate says it.
    if (first === undefined && task.number !== idNumber(task.id)) fail(['tasks', i, 'number'], ['numberNotId', 'task', task.id, task.number, idNumber(task.id)]);
    if (!sectionIds.has(task.sectionId)) fail(['tasks', i, 'sectionId'], ['unknownId', 'section', task.sectionId]);
    for (const role of ['lead', 'participating'] as const) {
      task[role].forEach((unitId, j) => {
        if (!unitIds.has(unitId)) fail(['tasks', i, role, j], ['unknownId', 'unit', unitId]);
      });
    }
    task.participating.forEach((unitId, j) => {
      if (task.lead.includes(unitId)) fail(['tasks', i, 'participating', j], ['leadAndParticipating', unitId, task.id]);
    });
    task.targetIds.forEach((targetId, j) => {
      if (!targetIds.has(targetId)) fail(['tasks', i, 'targetIds', j], ['unknownId', 'target', targetId]);
    });
  });
  plan.sections.forEach((section, i) =>
    section.taskIds.forEach((taskId, j) => {
      if (!taskIds.has(taskId)) fail(['sections', i, 'taskIds', j], ['unknownId', 'task', taskId]);
    }),
  );
  const seenTargets = new Set<string>();
  plan.targets.forEach((target, i) => {
    if (seenTargets.has(target.id)) fail(['targets', i, 'id'], ['duplicateId', 'target', target.id]);
    seenTargets.add(target.id);
    if (!taskIds.has(target.taskId)) fail(['targets', i, 'taskId'], ['unknownId', 'task', target.taskId]);
    else if (!target.id.startsWith(`${target.taskId}.`)) fail(['targets', i, 'id'], ['targetIdNotTask', target.id, target.taskId]);
    checkValue(target, (key, said) => fail(['targets', i, key], said));
    // Due before the period starts, every reading of it would be refused (before the period) or missed.
    if (target.deadline < plan.period.start) fail(['targets', i, 'deadline'], ['deadlineBeforePeriod', target.id, target.deadline, plan.period.start]);
    // A start outside the period, or after the deadline, leaves no path to pace over.
    const start = target.start;
    if (start !== undefined && (start < plan.period.start || start > plan.period.end)) fail(['targets', i, 'start'], ['startOutsidePeriod', target.id, start, plan.period.start, plan.period.end]);
    else if (start !== undefined && start > target.deadline) fail(['targets', i, 'start'], ['startAfterDeadline', target.id, start, target.deadline]);
    if (target.upperValue !== undefined && target.upperValue < target.value) {
      fail(['targets', i, 'upperValue'], ['upperBelowValue', target.upperValue, target.value]);
    }
    if (target.comparator === 'range' && target.upperValue === undefined) fail(['targets', i, 'upperValue'], ['rangeNeedsUpper']);
    // A floor is a change's (增幅達到10%以上): on a floor or a limit already, it would read "at least at least 100".
    const change = isChangeComparator(target.comparator);
    if (target.floor && !change) fail(['targets', i, 'floor'], ['floorNeedsChange', target.comparator]);
    // About a change (增長6%左右): any other comparator says its own 左右 (`approx`) or has none.
    if (target.approx && !change) fail(['targets', i, 'approx'], ['approxNeedsChange', target.comparator]);
    // A change's direction is its comparator; a level's or a ceiling's with one would read as a change (`readsAsChange`).
    if (target.direction && target.comparator !== 'range') fail(['targets', i, 'direction'], ['directionNeedsRange', target.comparator]);
    // Only a range of a change is asked as a minimum, only an upper limit brought down to.
    if (target.changeAsked && !target.direction) fail(['targets', i, 'changeAsked'], ['changeAskedNeedsDirection']);
    if (target.broughtDown && target.comparator !== 'atMost') fail(['targets', i, 'broughtDown'], ['broughtDownNeedsAtMost', target.comparator]);
    for (const link of ['sameAs', 'partOf'] as const) {
      const other = target[link];
      if (other !== undefined && (other === target.id || !targetIds.has(other))) fail(['targets', i, link], ['unknownId', 'target', other]);
    }
  });
  checkListing(plan.tasks, (i) => plan.tasks[i]!.sectionId, plan.sections, (i) => plan.sections[i]!.taskIds,
    { items: 'tasks', parents: 'sections', parentKey: 'sectionId', listKey: 'taskIds' }, { notListed: 'taskNotListed', ofOther: 'taskOfOtherSection' }, fail);
  checkListing(plan.targets, (i) => plan.targets[i]!.taskId, plan.tasks, (i) => plan.tasks[i]!.targetIds,
    { items: 'targets', parents: 'tasks', parentKey: 'taskId', listKey: 'targetIds' }, { notListed: 'targetNotListed', ofOther: 'targetOfOtherTask' }, fail);
}

/** A whole plan, with every id it refers to checked. */
export const PlanSchema = PlanShapeSchema.check(z.superRefine(checkReferences));
/**
 * A whole plan: its sections, tasks, responsible units and quantitative targets, which refer to one another by id.
 * `dezhouPlan` of `@dz-tasks/data/dezhou-2023` is one; {@link loadPlan} validates another and returns its {@link PlanApi}.
 */
export interface Plan extends z.infer<typeof PlanSchema> {}
