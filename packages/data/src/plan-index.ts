/** Lookup tables built once per plan, so every query is O(1) or O(result). */
import { foldToSimplified } from './fold.js';
import { EDITOR_LEFTOVERS } from './queries/reference-number.js';
import type { Plan, Role, Section, Target, Task, Unit } from './schema.js';

/** A unit's part in one task: one entry of {@link PlanIndex.assignmentsByUnit}. */
export interface Assignment {
  /** The task. */
  readonly task: Task;
  /** The unit named in the task's units parenthesis. */
  readonly unit: Unit;
  /** Whether the unit leads the task (牽頭) or takes part in it (參與). */
  readonly role: Role;
}

/**
 * Lookup tables of one plan, built by {@link indexPlan}: the first argument of the query functions, and
 * {@link PlanApi.index}. Every map holds the plan's own objects, not copies.
 */
export interface PlanIndex {
  /** The plan the tables were built from. */
  readonly plan: Plan;
  /** Tasks by id: `t09`. */
  readonly taskById: ReadonlyMap<string, Task>;
  /** Tasks by number: `9`. */
  readonly taskByNumber: ReadonlyMap<number, Task>;
  /** Sections by id: `s04`. */
  readonly sectionById: ReadonlyMap<string, Section>;
  /** Sections by number: `4`. */
  readonly sectionByNumber: ReadonlyMap<number, Section>;
  /** Units by id: `science-technology-bureau`. */
  readonly unitById: ReadonlyMap<string, Unit>;
  /**
   * Every name, alias and id of a unit, normalized (spaces, case, width and script folded: `市 發改委` → `市发改委`);
   * then, where no other name claims the key and no other unit shortens to it, each of them without the plan's city,
   * county or district prefix (`stripUnitPrefix`), so `科技局` finds 市科技局 and `Finance Bureau` Dezhou Municipal
   * Finance Bureau, and `财政局` neither of 县财政局 and 市财政局.
   * `getUnit(index, name)` looks a unit up in it.
   */
  readonly unitByKey: ReadonlyMap<string, Unit>;
  /** Targets by id: `t09.1`. */
  readonly targetById: ReadonlyMap<string, Target>;
  /** Assignments per unit id, in task order. */
  readonly assignmentsByUnit: ReadonlyMap<string, readonly Assignment[]>;
  /** Plan order of units: by first appearance in the tasks, then the rest in listed order. */
  readonly unitOrder: ReadonlyMap<string, number>;
}

/**
 * Case-, width- and script-insensitive key for names typed by people: NFKC-normalized (full-width ASCII folded),
 * whitespace and what a rich-text editor leaves (quotes, invisible format characters) removed, lower-cased, and
 * Traditional and variant characters folded to Simplified (`發` → `发`). Keys of
 * {@link PlanIndex.unitByKey} are made with it.
 *
 * @example
 * ```ts
 * normalizeKey(' Ｄezhou  Customs '); // 'dezhoucustoms'
 * normalizeKey('市 發改委');           // '市发改委'
 * index.unitByKey.get(normalizeKey('市 發改委'))?.id; // 'development-reform-commission'
 * ```
 */
export function normalizeKey(text: string): string {
  return foldToSimplified(text.normalize('NFKC').replace(/\s+/g, '').replace(EDITOR_LEFTOVERS, '').toLowerCase());
}

/**
 * The prefixes a unit name of the plan may begin with, as keys ({@link normalizeKey}), longest first: the plan's place
 * as its issuer writes it (in each language: its city to 市, then its county, district or banner to 縣, 區, 旗, or a
 * name to `Municipal`), with and without those words, the last word alone, then 市 and `municipal`; a word that is
 * not there gives nothing. `['德州市', '德州市', '德州', …, 'dezhoumunicipal', 'dezhou', 'municipal', '市', 'municipal']`
 * for 德州市人民政府 / Dezhou Municipal People's Government; `嘉祥縣人民政府` gives `嘉祥县`, `嘉祥` and `县`, so
 * `嘉祥縣財政局` finds 縣財政局; `德州市德城區人民政府` gives `德州市德城区`, `德州市`, `德州`, `德城区`, `德城` and `区`,
 * so `德州市商務局` finds 市商務局 too.
 */
export function unitPrefixes(plan: Plan): string[] {
  return Object.values(plan.issuer)
    .flatMap((text) => /^((.+?)市)?((.+?)([县区旗]|municipal))?/.exec(normalizeKey(text))!)
    .filter(Boolean)
    .concat('市', 'municipal') as string[];
}

/**
 * A unit key ({@link normalizeKey}) without the first of `prefixes` ({@link unitPrefixes}) it begins with (once); the
 * key as it is when it begins with none, `undefined` when nothing would remain: `市科技局` → `科技局`,
 * `德州市市场监管局` → `市场监管局`, `dezhoumunicipalfinancebureau` → `financebureau`, `dezhoucustoms` → `customs`.
 */
export function stripUnitPrefix(key: string, prefixes: readonly string[]): string | undefined {
  return key.slice(prefixes.find((prefix) => key.startsWith(prefix))?.length) || undefined;
}

const cache = new WeakMap<Plan, PlanIndex>();

/**
 * Indexes a (valid) plan for the query functions (`getTask(index, 9)`, `tasksOfUnit(index, '市科技局')`…), which a
 * bundle then carries one by one; {@link createPlanApi} binds them all instead. The index is cached per plan object,
 * so calling it again with the same plan is free; do not mutate a plan after indexing it. `unitByKey` is built
 * when first read.
 *
 * @example
 * ```ts
 * const index = indexPlan(plan);
 * getTask(index, 9)?.id;                    // 't09'
 * index.taskByNumber.get(9)?.id;            // 't09'
 * index.assignmentsByUnit.get('science-technology-bureau')?.length;
 * ```
 */
export function indexPlan(plan: Plan): PlanIndex {
  const cached = cache.get(plan);
  if (cached) return cached;
  const unitById = new Map(plan.units.map((u) => [u.id, u]));
  // Built on first read: a matrix or a card never looks a unit up by name, and the keys of a province-scale plan's
  // 300 units (every name and alias normalized and folded) cost more than all the other tables together.
  let unitByKey: Map<string, Unit> | undefined;
  const assignmentsByUnit = new Map<string, Assignment[]>();
  const unitOrder = new Map<string, number>();
  for (const task of plan.tasks) {
    for (const role of ['lead', 'participating'] as const) {
      // A unit a task lists twice in a role (the parser only warns) has one assignment there, as one cell of the matrix.
      for (const id of new Set(task[role])) {
        const unit = unitById.get(id);
        if (!unit) continue;
        if (!unitOrder.has(id)) unitOrder.set(id, unitOrder.size);
        let list = assignmentsByUnit.get(id);
        if (!list) assignmentsByUnit.set(id, (list = []));
        list.push({ task, unit, role });
      }
    }
  }
  for (const unit of plan.units) if (!unitOrder.has(unit.id)) unitOrder.set(unit.id, unitOrder.size);
  const index: PlanIndex = {
    plan,
    taskById: new Map(plan.tasks.map((t) => [t.id, t])),
    taskByNumber: new Map(plan.tasks.map((t) => [t.number, t])),
    sectionById: new Map(plan.sections.map((s) => [s.id, s])),
    sectionByNumber: new Map(plan.sections.map((s) => [s.number, s])),
    unitById,
    get unitByKey() {
      if (!unitByKey) {
        const names = plan.units.flatMap((unit) => [unit.id, ...Object.values(unit.name), ...unit.aliases].map((name) => [normalizeKey(name), unit] as const));
        const prefixes = unitPrefixes(plan);
        // A bare name two units shorten to (县财政局 and 市财政局: 财政局) is neither's (false).
        const bare = new Map<string, Unit | false>();
        for (const [name, unit] of names) {
          const key = stripUnitPrefix(name, prefixes);
          if (key) bare.set(key, (bare.get(key) ?? unit) === unit && unit);
        }
        // The first unit to claim a key keeps it (a Map keeps the last, hence reversed), and bare names come last: a
        // name as written always wins over another unit's name without its prefix.
        unitByKey = new Map([...names, ...bare].filter(([, unit]) => unit).reverse() as [string, Unit][]);
      }
      return unitByKey;
    },
    targetById: new Map(plan.targets.map((t) => [t.id, t])),
    assignmentsByUnit,
    unitOrder,
  };
  cache.set(plan, index);
  return index;
}
