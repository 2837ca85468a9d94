/**
 * Whether a row of a progress sheet describes the target its id names (review r68 H1): the template writes each
 * target's metric, unit of measure and lead units beside its id (`progressTemplate`), and a slip in the id (t01.2 typed
 * for t10.2) filed the value under another unit's target, unsaid. The row's own 指標, 計量單位 and 牽頭單位 cells, where
 * the sheet has them, are read back and compared with what the template writes, in any of its languages and in either
 * script, width or spacing (`normalizeKey`, as unit names are looked up). A metric written otherwise (typed by hand, or
 * from a template of an earlier wording: 新開通第五代移動通信基站 for 新開通5G基站) describes the plan's target it is
 * most like ({@link metricLikeness}), if it is like any.
 */
import { indexPlan, normalizeKey } from '../plan-index.js';
import type { Language, Plan, Target } from '../schema.js';
import { unitsInCell } from './lead-units.js';
import { sheetColumns } from './sheet-columns.js';
import { progressTemplate } from './template.js';

/** The columns of a sheet that describe its row's target, in the order a mismatch is said. */
const describingColumns = ['metric', 'unit', 'lead'] as const;
/** One of {@link describingColumns}. */
export type DescribingColumn = (typeof describingColumns)[number];

/** A row's cells of the {@link describingColumns}, trimmed: `''` where the row leaves it empty or the sheet has no such column. */
export type RowDescription = Readonly<Record<DescribingColumn, string>>;

/** A row that describes another target than its id's: the first column that differs and what the template writes there. */
export interface TargetMismatch {
  /** The column that differs: the metric first, then the unit, then (in a sheet without metrics) the lead units. */
  readonly column: DescribingColumn;
  /** The template's cell for the id's target, in the language asked for. */
  readonly expected: string;
  /** For the metric: the plan's other targets whose metric the row shows (their unit too, where the row gives one). */
  readonly described: readonly Target[];
}

const languages = ['zh-Hant', 'zh-Hans', 'en'] as const;

/**
 * How like a target's metric a row's must be, at least, to describe it when it is not the template's
 * ({@link metricLikeness}): 新開通第五代移動通信基站 is 0.35 like 新開通5G基站 (and at most 0.12 like any other of the
 * Dezhou plan's), 每萬人口發明專利擁有量 0.84 like 每萬人發明專利擁有量; 見附件, or another unit's metric, 0.
 */
const LIKE_METRIC = 0.25;

/** The pairs of characters of a text as a key (`normalizeKey`): `每萬人` → 每万, 万人; a single character alone. */
function pairsOf(text: string): string[] {
  const chars = [...normalizeKey(text)];
  return chars.length < 2 ? chars : chars.slice(1).map((char, i) => chars[i]! + char);
}

/**
 * How alike two metrics are, from 0 to 1: the share of pairs of characters they have in common (Dice's coefficient of
 * their {@link pairsOf}), whatever their script, width or spacing. 1 for the same metric.
 */
function metricLikeness(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const left = [...b];
  let common = 0;
  for (const pair of a) {
    const at = left.indexOf(pair);
    if (at >= 0) {
      common++;
      left.splice(at, 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

/** Each target's template cells of the describing columns, per language, and the keys any of them may be written as. */
interface Descriptions {
  readonly cells: ReadonlyMap<string, Readonly<Record<Language, RowDescription>>>;
  readonly keys: ReadonlyMap<string, Readonly<Record<DescribingColumn, ReadonlySet<string>>>>;
  /** Each target's metric in each language, as {@link pairsOf}. */
  readonly metricPairs: ReadonlyMap<string, readonly (readonly string[])[]>;
}

const cache = new WeakMap<Plan, Descriptions>();

/** The template's describing cells of every target, in each language: built once per plan, when a sheet first has such a column. */
function descriptionsOf(plan: Plan): Descriptions {
  const cached = cache.get(plan);
  if (cached) return cached;
  const cells = new Map<string, Record<Language, RowDescription>>();
  for (const lang of languages) {
    const template = progressTemplate(plan, { lang });
    template.targets.forEach((target, i) => {
      const row = template.rows[i]!;
      const described = Object.fromEntries(describingColumns.map((column) => [column, row[sheetColumns.indexOf(column)]!])) as Record<DescribingColumn, string>;
      cells.set(target.id, { ...cells.get(target.id)!, [lang]: described });
    });
  }
  const keys = new Map(
    plan.targets.map((target) => {
      const written = Object.values(cells.get(target.id)!);
      // The unit as the plan writes it too (個, 萬人, a share of a set's %): a hand-made sheet's unit column.
      const units = [...written.map((c) => c.unit), target.unit, target.unitEn ?? '', target.fraction ? '%' : ''];
      const keysOf = (texts: readonly string[]) => new Set(texts.map(normalizeKey).filter(Boolean));
      return [target.id, { metric: keysOf(written.map((c) => c.metric)), unit: keysOf(units), lead: keysOf(written.map((c) => c.lead)) }] as const;
    }),
  );
  const metricPairs = new Map(plan.targets.map((target) => [target.id, Object.values(cells.get(target.id)!).map((c) => pairsOf(c.metric))] as const));
  const built = { cells, keys, metricPairs };
  cache.set(plan, built);
  return built;
}

/**
 * Whether the lead units cell names a unit of the target's task: as the template writes it, or any name of a lead or
 * participating unit among the names it lists (`unitsInCell`), in any script or form (`工信局`). A cell naming no unit
 * of the plan is not judged.
 */
function leadsTarget(plan: Plan, target: Target, cell: string, keys: ReadonlySet<string>): boolean {
  if (keys.has(normalizeKey(cell))) return true;
  const named = unitsInCell(plan, cell).map((unit) => unit.id);
  const task = indexPlan(plan).taskById.get(target.taskId);
  return !named.length || named.some((id) => !!task && (task.lead.includes(id) || task.participating.includes(id)));
}

/**
 * Whether a metric is the target's as the template writes it, in any of its languages and in either script, width or
 * spacing: not merely like it ({@link metricLikeness}), as another plan's metric may be (实施省市重点项目 is 0.43 like
 * 市级以上重点项目).
 */
export function writesMetricOf(plan: Plan, target: Target, metric: string): boolean {
  return descriptionsOf(plan).keys.get(target.id)!.metric.has(normalizeKey(metric));
}

/**
 * The first describing column of a row that is not its target's, or `undefined` when the row describes its target (or
 * has none of those cells): its metric, as the template writes it in any language, or else most like its target's
 * among the plan's and {@link LIKE_METRIC} like it at least; its unit; and, in a sheet without metrics, its lead
 * units. The lead units are not compared beside a metric, which tells the target: a department's own name written
 * over a target it reports on (代報) says nothing of which target it is.
 *
 * @example
 * ```ts
 * targetMismatch(dezhouPlan, getTarget('t01.2')!, { metric: '數字化轉型“小燈塔”企業', unit: '家', lead: '' }, 'zh-Hant');
 * // { column: 'metric', expected: '技術合同成交額', described: [t10.2] }
 * ```
 */
export function targetMismatch(plan: Plan, target: Target, row: RowDescription, lang: Language): TargetMismatch | undefined {
  if (describingColumns.every((column) => row[column] === '')) return undefined;
  const { cells, keys, metricPairs } = descriptionsOf(plan);
  const own = keys.get(target.id)!;
  // The targets the row's metric is most like, when it is not its target's as the template writes it.
  const written = pairsOf(row.metric);
  const likeness = (t: Target) => metricPairs.get(t.id)!.reduce((most, pairs) => Math.max(most, metricLikeness(written, pairs)), -Infinity);
  const closer = (): { readonly unlike: boolean; readonly described: readonly Target[] } => {
    const ownLikeness = likeness(target);
    const scored = plan.targets.filter((other) => other !== target).map((other) => ({ other, score: likeness(other) }));
    // A loop, not Math.max(...targets): another city's plan may have any number of targets.
    const best = scored.reduce((most, s) => Math.max(most, s.score), LIKE_METRIC);
    const described = best > ownLikeness ? scored.filter((s) => s.score === best).map((s) => s.other) : [];
    return { unlike: ownLikeness < LIKE_METRIC || described.length > 0, described };
  };
  const metric = row.metric === '' || writesMetricOf(plan, target, row.metric) ? undefined : closer();
  const differs = (column: DescribingColumn) => {
    if (row[column] === '') return false;
    if (column === 'metric') return !!metric?.unlike;
    if (column === 'unit') return !own.unit.has(normalizeKey(row.unit));
    return row.metric === '' && !leadsTarget(plan, target, row.lead, own.lead);
  };
  const column = describingColumns.find(differs);
  if (column === undefined) return undefined;
  const byMetric = column === 'metric' ? metric!.described : [];
  const byUnit = byMetric.filter((other) => row.unit === '' || keys.get(other.id)!.unit.has(normalizeKey(row.unit)));
  return { column, expected: cells.get(target.id)![lang][column], described: byUnit.length ? byUnit : byMetric };
}
