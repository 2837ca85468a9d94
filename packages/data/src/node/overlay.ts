/**
 * A city's reviewed corrections to a plan built from its document (`dz-plan build --overlay curated.json`): English
 * names, unit ids, kinds and aliases, and targets removed, changed or added. Every reference is checked: a name,
 * number or id the plan does not have is an issue, never silently skipped.
 */
import * as z from 'zod/mini';
import { toValidationIssues, validationMessagesIn, worded, type ValidationIssue } from '../issues.js';
import { Comparator, Firmness, Measure, PlanSchema, TargetSchema, UnitKind, type LocalizedText, type Plan, type Target } from '../schema.js';
import { inBothScripts, toSimplified, toTraditional, unitInBothScripts, type ChineseScript } from './chinese.js';
import { findOccurrence } from './find-occurrence.js';
import { overlayIssueWords } from './overlay-issue-words.js';
import { languageOption } from '../library-inputs.js';
import type { Language } from '../vocabulary.js';

const text = z.optional(z.string());
const partialText = z.optional(z.strictObject({ 'zh-Hant': text, 'zh-Hans': text, en: text }));
const kebab = z.string().check(worded(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), ['kebabId']));
const oneOf = <T extends string>(values: Record<string, T>) => z.enum(Object.values(values) as [T, ...T[]]);

/** What a target's reading may be corrected to. */
const targetFields = {
  metric: partialText,
  valueText: text,
  value: z.optional(z.number()),
  upperValue: z.optional(z.number()),
  unit: text,
  unitEn: text,
  comparator: z.optional(oneOf(Comparator)),
  /**
   * A range's direction, as the schema's (`decreaseBy` for 較2020年下降10%—12%), or `null` to take one away (a
   * comparator changed from a range), and its `changeAsked` with it.
   */
  direction: z.optional(z.nullable(TargetSchema.shape.direction.def.innerType)),
  /** A range of a change asked as a minimum (`true`), or a band held or capped (`false`): {@link Target.changeAsked}. */
  changeAsked: z.optional(z.boolean()),
  measure: z.optional(oneOf(Measure)),
  firmness: z.optional(oneOf(Firmness)),
  baselineYear: z.optional(z.number()),
  floor: z.optional(z.boolean()),
  approx: z.optional(z.boolean()),
  baseline: z.optional(z.number()),
  held: z.optional(z.boolean()),
  /**
   * An upper limit brought down to by the deadline (`true`), or a cap held all year (`false`): {@link Target.broughtDown}.
   * A `comparator` other than `atMost` clears it unless this sets it.
   */
  broughtDown: z.optional(z.boolean()),
  neverZero: z.optional(z.boolean()),
  tolerance: z.optional(z.number()),
  deadline: text,
  /** The day the work begins (`2024-07-01`), paced from it, or `null` to take away one read wrongly (paced from the period's start). */
  start: z.optional(z.nullable(TargetSchema.shape.start.def.innerType)),
  /** The set each member of which must reach the target, or `null` to remove one proposed wrongly. */
  each: z.optional(z.nullable(z.strictObject({ 'zh-Hant': text, 'zh-Hans': text, en: text }))),
};

/**
 * The overlay file. Validates {@link PlanOverlay}. Every object is strict: a misspelt key (`unit` for `units`,
 * `comparater`) is an issue naming the keys there are, never a correction dropped without a word.
 */
export const PlanOverlaySchema = z.strictObject({
  /** The JSON Schema an editor reads, if any: not read here. */
  $schema: text,
  /** A new id for the plan. */
  id: z.optional(kebab),
  /** The plan's title, in any of its languages. */
  title: partialText,
  /** The issuer, in any of its languages. */
  issuer: partialText,
  /** Section titles by section number: `{ "1": { "en": "…" } }`. */
  sections: z.optional(z.record(z.string(), z.strictObject({ title: partialText }))),
  /** Task titles by task number. */
  tasks: z.optional(z.record(z.string(), z.strictObject({ title: partialText }))),
  /** Units by their name as written (or their built id): a new id, English name, kind, more aliases. */
  units: z.optional(
    z.record(z.string(), z.strictObject({ id: z.optional(kebab), en: text, kind: z.optional(oneOf(UnitKind)), aliases: z.optional(z.array(z.string())) })),
  ),
  /** Targets: ids to remove, corrections by id, and targets to add by task number and verbatim quote. */
  targets: z.optional(
    z.strictObject({
      remove: z.optional(z.array(z.string())),
      change: z.optional(z.record(z.string(), z.strictObject(targetFields))),
      add: z.optional(
        z.array(
          z.strictObject({
            ...targetFields,
            task: z.number(),
            quote: z.string().check(z.minLength(1)),
            /** Which appearance of `quote` in the task (1 the first): a count, so a whole number from 1. */
            occurrence: z.optional(z.number().check(z.refine((n) => Number.isInteger(n) && n >= 1, { error: 'expected a whole number from 1 (1 is the quote\'s first appearance in the task)' }))),
            valueText: z.string(),
            value: z.number(),
            unit: z.string(),
            comparator: oneOf(Comparator),
            measure: oneOf(Measure),
          }),
        ),
      ),
    }),
  ),
});
/** A city's reviewed corrections to a built plan; see {@link applyOverlay}. */
export type PlanOverlay = z.infer<typeof PlanOverlaySchema>;

/** `text` with the languages the overlay gives, the missing Chinese script converted from the other. */
function merged(base: LocalizedText, change: { 'zh-Hant'?: string | undefined; 'zh-Hans'?: string | undefined; en?: string | undefined } | undefined): LocalizedText {
  if (!change) return base;
  const hant = change['zh-Hant'] ?? (change['zh-Hans'] ? toTraditional(change['zh-Hans']) : base['zh-Hant']);
  const hans = change['zh-Hans'] ?? (change['zh-Hant'] ? toSimplified(change['zh-Hant']) : base['zh-Hans']);
  return { 'zh-Hant': hant, 'zh-Hans': hans, en: change.en ?? base.en };
}

/**
 * Why a change gives half of a target's figure, or `undefined`: `value` (or `upperValue`) without `valueText`, or the
 * other way round. The sentence shows `valueText` and the judgement uses `value`, so a change of one alone would leave
 * them saying two figures; neither is derived from the other (`valueText` is the figure as the document writes it).
 */
function halfAFigure(change: { value?: number | undefined; upperValue?: number | undefined; valueText?: string | undefined }, lang: Language): string | undefined {
  const numbers = change.value !== undefined || change.upperValue !== undefined;
  if (numbers === (change.valueText !== undefined)) return undefined;
  return (numbers ? overlayIssueWords.figureWithoutText : overlayIssueWords.textWithoutFigure)[lang]();
}

/**
 * Copies the defined fields of `change` onto `target`, a reviewed target (no `confidence`); a new unit, written in
 * `source`, comes in both scripts.
 */
function corrected(target: Target, change: Partial<Record<keyof typeof targetFields, unknown>>, source: ChineseScript): Target {
  const { confidence: _, ...rest } = target;
  const out: Record<string, unknown> = { ...rest };
  for (const [key, value] of Object.entries(change)) if (value !== undefined && key !== 'metric' && key !== 'each') out[key] = value;
  // A range of a change no longer (its direction taken away) is asked for as none: its mark goes with it, unless set.
  if (change.direction === null) {
    delete out.direction;
    if (change.changeAsked === undefined) delete out.changeAsked;
  }
  // An upper limit no longer (a comparator other than atMost) is brought down to nothing: its mark goes, unless set.
  if (change.comparator !== undefined && change.comparator !== 'atMost' && change.broughtDown === undefined) delete out.broughtDown;
  if (change.start === null) delete out.start;
  if (typeof change.unit === 'string') {
    delete out.unitZh;
    Object.assign(out, unitInBothScripts(change.unit, source));
  }
  const each = change.each as Parameters<typeof merged>[1] | null;
  if (each === null) delete out.each;
  return {
    ...(out as unknown as Target),
    metric: merged(target.metric, change.metric as Parameters<typeof merged>[1]),
    // A set the target had not: its Chinese comes from the overlay (an empty one fails validation, with its path).
    ...(each === null ? {} : each || target.each ? { each: merged(target.each ?? { 'zh-Hant': '', 'zh-Hans': '', en: '' }, each) } : {}),
  };
}

/**
 * The keys of a map of the overlay as written, `__proto__` among them (JSON.parse gives an object that key of its own):
 * zod leaves it out of a record without a word (it never becomes an object's prototype), and the correction under it
 * would be lost without one; the plan has no section, task, unit or target of that name, and says so.
 */
const writtenKeys = (map: unknown): string[] => (map !== null && typeof map === 'object' ? Object.keys(map) : []);

/** Options of {@link applyOverlay}. */
export interface ApplyOverlayOptions {
  /**
   * The language of the issues (`dz-plan build --lang`). Default: English; a tag like `zh-TW` is read as
   * `resolveLanguage` reads it.
   */
  readonly lang?: Language;
}

/**
 * Applies an overlay to a built plan: the corrected plan, or every problem (a malformed overlay, a reference to a
 * section, task, unit or target the plan does not have, a quote not in its task, a plan that no longer validates).
 *
 * @example
 * ```ts
 * const { plan, issues } = applyOverlay(built, JSON.parse(readFileSync('curated.json', 'utf8')), text);
 * ```
 */
export function applyOverlay(plan: Plan, input: unknown, sourceText: string, options: ApplyOverlayOptions = {}): { plan: Plan | undefined; issues: ValidationIssue[] } {
  const lang = languageOption(options.lang, 'en');
  const said = overlayIssueWords;
  const parsed = PlanOverlaySchema.safeParse(input, { error: validationMessagesIn(lang) });
  if (!parsed.success) return { plan: undefined, issues: toValidationIssues(parsed.error.issues.map((i) => ({ ...i, path: ['overlay', ...i.path] }))) };
  const overlay = parsed.data;
  const written = input as { sections?: unknown; tasks?: unknown; units?: unknown; targets?: { change?: unknown } };
  const issues: ValidationIssue[] = [];
  const missing = (path: string, message: string) => issues.push({ path: `overlay.${path}`, message });
  // Quotes and units are written as the document is; the other script is converted from it.
  const source: ChineseScript = plan.sourceLanguage === 'zh-Hans' ? 'zh-Hans' : 'zh-Hant';

  const sections = plan.sections.map((s) => ({ ...s, title: merged(s.title, overlay.sections?.[String(s.number)]?.title) }));
  for (const key of writtenKeys(written.sections)) if (!plan.sections.some((s) => String(s.number) === key)) missing(`sections.${key}`, said.noSection[lang](key));
  const byTask = new Map(plan.tasks.map((t) => [String(t.number), t]));
  for (const key of writtenKeys(written.tasks)) if (!byTask.has(key)) missing(`tasks.${key}`, said.noTask[lang](key));

  const unitIdChanges = new Map<string, string>();
  const units = plan.units.map((unit) => {
    const keys = Object.keys(overlay.units ?? {}).filter((k) => k === unit.id || k === unit.name['zh-Hant'] || k === unit.name['zh-Hans']);
    // Two entries for one unit (its name and its id) would leave one unapplied: say so rather than pick.
    if (keys.length > 1) issues.push({ path: `overlay.units.${keys[1]}`, message: said.sameUnit[lang](keys[0]!) });
    const key = keys[0];
    const change = key === undefined ? undefined : overlay.units![key]!;
    if (!change) return unit;
    if (change.id) unitIdChanges.set(unit.id, change.id);
    return {
      id: change.id ?? unit.id,
      name: { ...unit.name, en: change.en ?? unit.name.en },
      kind: change.kind ?? unit.kind,
      aliases: [...new Set([...unit.aliases, ...(change.aliases ?? [])])],
    };
  });
  for (const key of writtenKeys(written.units)) {
    if (!plan.units.some((u) => key === u.id || key === u.name['zh-Hant'] || key === u.name['zh-Hans'])) missing(`units.${key}`, said.noUnit[lang](key));
  }
  const unitId = (id: string) => unitIdChanges.get(id) ?? id;

  const remove = new Set(overlay.targets?.remove ?? []);
  const changes = overlay.targets?.change ?? {};
  const targetIds = new Set(plan.targets.map((t) => t.id));
  (overlay.targets?.remove ?? []).forEach((id, i) => targetIds.has(id) || missing(`targets.remove[${i}]`, said.noTarget[lang](id)));
  for (const id of writtenKeys(written.targets?.change)) {
    if (!targetIds.has(id)) {
      missing(`targets.change.${id}`, said.noTarget[lang](id));
      continue;
    }
    const half = halfAFigure(changes[id]!, lang);
    if (remove.has(id)) issues.push({ path: `overlay.targets.change.${id}`, message: said.alsoRemoved[lang](id) });
    else if (half) issues.push({ path: `overlay.targets.change.${id}`, message: half });
  }
  let targets = plan.targets.filter((t) => !remove.has(t.id)).map((t) => (changes[t.id] ? corrected(t, changes[t.id]!, source) : t));

  const added = new Map<string, string[]>();
  (overlay.targets?.add ?? []).forEach((add, i) => {
    const task = byTask.get(String(add.task));
    if (!task) return missing(`targets.add[${i}].task`, said.noTask[lang](String(add.task)));
    const body = sourceText.slice(task.source.body.offset, task.source.body.offset + task.source.body.length);
    const found = findOccurrence(body, add.quote, add.occurrence ?? 1);
    if ('times' in found && found.times === 0) return issues.push({ path: `overlay.targets.add[${i}].quote`, message: said.quoteNotInTask[lang](add.quote, add.task) });
    if ('times' in found) return issues.push({ path: `overlay.targets.add[${i}].occurrence`, message: said.occursOnly[lang](add.quote, found.times, add.task) });
    const offset = task.source.body.offset + found.at;
    const same = targets.find((t) => t.taskId === task.id && t.offset === offset && t.quote === add.quote);
    if (same) return issues.push({ path: `overlay.targets.add[${i}].quote`, message: said.alreadyTarget[lang](add.quote, same.id) });
    const used = new Set(targets.map((t) => t.id));
    let k = task.targetIds.length + 1;
    while (used.has(`${task.id}.${k}`)) k++;
    const { task: _, occurrence: __, ...fields } = add;
    const base: Target = {
      id: `${task.id}.${k}`,
      taskId: task.id,
      metric: merged({ ...inBothScripts(add.quote, source), en: '' }, add.metric),
      valueText: add.valueText,
      value: add.value,
      unit: add.unit,
      unitEn: add.unitEn ?? '',
      comparator: add.comparator,
      measure: add.measure,
      firmness: add.firmness ?? 'plain',
      deadline: add.deadline ?? plan.period.end,
      quote: add.quote,
      offset,
    };
    targets = [...targets, corrected(base, { ...fields, metric: undefined }, source)];
    added.set(task.id, [...(added.get(task.id) ?? []), base.id]);
  });

  const kept = new Set(targets.map((t) => t.id));
  const tasks = plan.tasks.map((t) => ({
    ...t,
    title: merged(t.title, overlay.tasks?.[String(t.number)]?.title),
    lead: t.lead.map(unitId),
    participating: t.participating.map(unitId),
    targetIds: [...t.targetIds.filter((id) => kept.has(id)), ...(added.get(t.id) ?? [])],
  }));
  if (issues.length) return { plan: undefined, issues };

  const next = {
    ...plan,
    id: overlay.id ?? plan.id,
    title: merged(plan.title, overlay.title),
    issuer: merged(plan.issuer, overlay.issuer),
    sections,
    tasks,
    units,
    targets,
  };
  const result = PlanSchema.safeParse(next, { error: validationMessagesIn(lang) });
  return result.success ? { plan: result.data, issues: [] } : { plan: undefined, issues: toValidationIssues(result.error.issues) };
}
