/**
 * The plan model. These zod schemas are the source of truth: every type is `z.infer`red from them.
 * They use `zod/mini` so the same schemas validate plans in the browser without the classic zod bundle.
 */
import * as z from 'zod/mini';

/** The three languages every text of the plan is available in. */
export const Language = {
  /** Traditional Chinese, the language of the source document. */
  zhHant: 'zh-Hant',
  zhHans: 'zh-Hans',
  en: 'en',
} as const;
export type Language = (typeof Language)[keyof typeof Language];
export const languages: readonly Language[] = Object.values(Language);

/** How a target's value is to be read. */
export const Comparator = {
  /** A floor: 以上, 不少于, 突破, 達到. */
  atLeast: 'atLeast',
  /** A ceiling: 以內, 控制在. Lower is better. */
  atMost: 'atMost',
  /** About: 左右. */
  approx: 'approx',
  /** A plain count. */
  exact: 'exact',
  /** A reduction by the value, e.g. 下降12%; progress is the reduction achieved. */
  decreaseBy: 'decreaseBy',
  /** A growth by the value, e.g. 增幅10%. */
  increaseBy: 'increaseBy',
} as const;
export type Comparator = (typeof Comparator)[keyof typeof Comparator];

/** How firmly the plan commits to a target. */
export const Firmness = {
  /** 確保: must be achieved. */
  ensure: 'ensure',
  /** 力爭, 爭創, 爭取: to strive for. */
  strive: 'strive',
  /** Stated without either word. */
  plain: 'plain',
} as const;
export type Firmness = (typeof Firmness)[keyof typeof Firmness];

/** What kind of body a responsible unit is. */
export const UnitKind = {
  governmentDepartment: 'governmentDepartment',
  partyOffice: 'partyOffice',
  centralOrProvincialBranch: 'centralOrProvincialBranch',
  stateOwnedEnterprise: 'stateOwnedEnterprise',
  coordinatingGroup: 'coordinatingGroup',
  districtAdministration: 'districtAdministration',
} as const;
export type UnitKind = (typeof UnitKind)[keyof typeof UnitKind];

/** The role a unit has in a task. */
export const Role = {
  /** 牽頭單位: leads the task. */
  lead: 'lead',
  /** 參與單位: takes part. */
  participating: 'participating',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

const nonEmpty = z.string().check(z.minLength(1));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD'));
const naturalNumber = z.number().check(z.int(), z.positive());
const offset = z.number().check(z.int(), z.gte(0));

/** Text in all three languages. */
export const LocalizedTextSchema = z.object({
  'zh-Hant': nonEmpty,
  'zh-Hans': nonEmpty,
  en: nonEmpty,
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** Text in the two Chinese scripts (the task bodies are not translated). */
export const ChineseTextSchema = z.object({
  'zh-Hant': z.string(),
  'zh-Hans': z.string(),
});
export type ChineseText = z.infer<typeof ChineseTextSchema>;

/** A span of the source text, in UTF-16 code units (JavaScript string indices) of the decoded seed. */
export const SpanSchema = z.object({ offset, length: z.number().check(z.int(), z.gte(0)) });
export type Span = z.infer<typeof SpanSchema>;

export const SectionSchema = z.object({
  /** `s01`…`s11`. */
  id: z.string().check(z.regex(/^s\d{2}$/, 'expected a section id like s01')),
  number: naturalNumber,
  title: LocalizedTextSchema,
  taskIds: z.array(z.string()),
});
export type Section = z.infer<typeof SectionSchema>;

export const TaskSchema = z.object({
  /** `t01`…`t69`. */
  id: z.string().check(z.regex(/^t\d{2,3}$/, 'expected a task id like t09')),
  number: naturalNumber,
  sectionId: z.string(),
  title: LocalizedTextSchema,
  /** The task's body, verbatim in the source language; Simplified converted at build time. */
  body: ChineseTextSchema,
  /** Lead units (牽頭單位), in document order. */
  lead: z.array(z.string()),
  /** Participating units (參與單位), in document order. */
  participating: z.array(z.string()),
  targetIds: z.array(z.string()),
  /** Where the task stands in the source text. */
  source: z.object({
    title: SpanSchema,
    body: SpanSchema,
    /** The `(牽頭單位:…)` parenthesis, absent when the task names no units. */
    units: z.optional(SpanSchema),
  }),
});
export type Task = z.infer<typeof TaskSchema>;

export const UnitSchema = z.object({
  /** Stable ASCII id chosen by meaning, e.g. `science-technology-bureau`. */
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case ASCII id')),
  /** The name as written in the source, and its Simplified and English forms. */
  name: LocalizedTextSchema,
  kind: z.enum(Object.values(UnitKind) as [UnitKind, ...UnitKind[]]),
  /** Other names (abbreviations, full names, Simplified forms) that resolve to this unit. */
  aliases: z.array(nonEmpty),
});
export type Unit = z.infer<typeof UnitSchema>;

export const TargetSchema = z.object({
  /** Task id, a dot, then the target's order in the task: `t09.1`. */
  id: z.string().check(z.regex(/^t\d{2,3}\.\d+$/, 'expected a target id like t09.1')),
  taskId: z.string(),
  metric: LocalizedTextSchema,
  /** The numeral as written (`3000`, `2—3`, `1/3`). */
  valueText: nonEmpty,
  value: z.number(),
  /** Upper end of a range such as `2—3個`. */
  upperValue: z.optional(z.number()),
  /** The unit as written: `億元`, `萬畝`, `%`, `個`. */
  unit: nonEmpty,
  /** The unit in English, normalized (`億元` → `100 million yuan`). */
  unitEn: nonEmpty,
  comparator: z.enum(Object.values(Comparator) as [Comparator, ...Comparator[]]),
  /** The year a `decreaseBy`/`increaseBy` target is measured against (較2020年). */
  baselineYear: z.optional(naturalNumber),
  firmness: z.enum(Object.values(Firmness) as [Firmness, ...Firmness[]]),
  /** When the target falls due (ISO date); the end of the plan year unless the text says otherwise. */
  deadline: isoDate,
  /** The verbatim words of the source that state the target. */
  quote: nonEmpty,
  /** Offset of `quote` in the source text. */
  offset,
});
export type Target = z.infer<typeof TargetSchema>;

/** The shape of a plan without cross-reference checks; see {@link PlanSchema}. */
export const PlanShapeSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case ASCII id')),
  title: LocalizedTextSchema,
  issuer: LocalizedTextSchema,
  year: naturalNumber,
  /** The period the plan covers, for expected progress (序時進度). */
  period: z.object({ start: isoDate, end: isoDate }),
  /** BCP 47 tag of the source document's language. */
  sourceLanguage: z.enum(Object.values(Language) as [Language, ...Language[]]),
  /** The source document, for tracing quotes and offsets. */
  source: z.optional(z.object({ file: nonEmpty, sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)) })),
  sections: z.array(SectionSchema),
  tasks: z.array(TaskSchema),
  units: z.array(UnitSchema),
  targets: z.array(TargetSchema),
});

type PlanShape = z.infer<typeof PlanShapeSchema>;

/** Reports every broken cross-reference of a plan, with its path, as zod issues. */
function checkReferences(plan: PlanShape, ctx: z.core.$RefinementCtx<PlanShape>): void {
  const fail = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', message, path, input: plan });
  const unitIds = new Set<string>();
  plan.units.forEach((unit, i) => {
    if (unitIds.has(unit.id)) fail(['units', i, 'id'], `duplicate unit id "${unit.id}"`);
    unitIds.add(unit.id);
  });
  const sectionIds = new Set<string>();
  plan.sections.forEach((section, i) => {
    if (sectionIds.has(section.id)) fail(['sections', i, 'id'], `duplicate section id "${section.id}"`);
    sectionIds.add(section.id);
  });
  const taskIds = new Set<string>();
  const targetIds = new Set(plan.targets.map((target) => target.id));
  plan.tasks.forEach((task, i) => {
    if (taskIds.has(task.id)) fail(['tasks', i, 'id'], `duplicate task id "${task.id}"`);
    taskIds.add(task.id);
    if (!sectionIds.has(task.sectionId)) fail(['tasks', i, 'sectionId'], `unknown section id "${task.sectionId}"`);
    for (const role of ['lead', 'participating'] as const) {
      task[role].forEach((unitId, j) => {
        if (!unitIds.has(unitId)) fail(['tasks', i, role, j], `unknown unit id "${unitId}"`);
      });
    }
    task.targetIds.forEach((targetId, j) => {
      if (!targetIds.has(targetId)) fail(['tasks', i, 'targetIds', j], `unknown target id "${targetId}"`);
    });
  });
  plan.sections.forEach((section, i) =>
    section.taskIds.forEach((taskId, j) => {
      if (!taskIds.has(taskId)) fail(['sections', i, 'taskIds', j], `unknown task id "${taskId}"`);
    }),
  );
  const seenTargets = new Set<string>();
  plan.targets.forEach((target, i) => {
    if (seenTargets.has(target.id)) fail(['targets', i, 'id'], `duplicate target id "${target.id}"`);
    seenTargets.add(target.id);
    if (!taskIds.has(target.taskId)) fail(['targets', i, 'taskId'], `unknown task id "${target.taskId}"`);
    if (target.upperValue !== undefined && target.upperValue < target.value) {
      fail(['targets', i, 'upperValue'], `upper value ${target.upperValue} is below the value ${target.value}`);
    }
  });
}

/** A whole plan, with every id it refers to checked. */
export const PlanSchema = PlanShapeSchema.check(z.superRefine(checkReferences));
export type Plan = z.infer<typeof PlanSchema>;
