/**
 * Whether a sheet is another plan's (review r80 M3): another city's sheet read against the Dezhou plan, `--plan`
 * forgotten. Its ids are the plan's too (every plan numbers its targets t01.1…), so each row read as a slip in its id
 * (`targetMismatch`), and a clerk told to renumber the rows to the plan's. When few or none of the rows' metrics are
 * targets of the plan, the sheet is said to be another plan's instead, once. A metric of another of the plan's targets
 * than its id's, as the template writes it, is the plan's all the same (r81 H2): ids slipped a row in a paste, or the
 * 指標 column sorted alone, are slips, each row told the target its metric is. So is a metric typed by hand (not the
 * template's words) most like the target of a row at most {@link NEAR_ROWS} away (r82, F184's leftover): the plan's own
 * sheet with its ids slipped. A paste slips every row by one and the same offset (r85 M1): a metric like a near row's
 * target counts only at the offset most such rows share ({@link slipOffset}); another city's metrics typed by hand are
 * like Dezhou's a row up, two down, two up, which is no paste. Another plan's sheet needs evidence of another plan:
 * metrics like none of the plan's targets, or like ones the sheet does not have nearby (another city's 实施省市重点项目
 * is like Dezhou's 市级以上重点项目, t18.1, on its row t01.1) or not at one offset, not merely metrics that are not their
 * ids' targets as the template writes them.
 */
import type { Language, Plan, Target } from '../schema.js';
import { targetMismatch, writesMetricOf } from './described-targets.js';
import type { SheetRow } from './read-sheets.js';
import type { SheetTable } from './sheet-layout.js';

/** How many rows with an id and a metric, at least, tell a sheet of another plan from a few slips in the ids. */
const MIN_ROWS = 3;
/** How many of those rows are read, at most: the first of a sheet of 200,000 rows tell as well (r77 H1). */
const MAX_ROWS = 100;
/**
 * How many rows away, at most, the id of the target a hand-typed metric is like may be: a paste slipped that far. Not
 * anywhere on the sheet: another plan's full sheet has most of this plan's ids (every plan numbers t01.1…), and a metric
 * of a city's like one of another's somewhere among them is no slip.
 */
const NEAR_ROWS = 3;

/** A sheet whose rows describe no target of the plan: how many rows were compared, how many agree. */
export interface OtherPlanSheet {
  readonly rows: number;
  readonly agreeing: number;
}

/**
 * The rows compared and those whose metric is a target's of the plan (their id's, or another's as the template writes it),
 * when at most a quarter of them (and at least {@link MIN_ROWS} rows) agree: an id the plan does not have agrees with
 * nothing. `undefined` for a sheet of the plan, or one without a metric column.
 */
export function otherPlanSheet(plan: Plan, rows: readonly SheetRow[], { at, cell }: SheetTable, targetOf: (id: string) => Target | undefined, lang: Language): OtherPlanSheet | undefined {
  if (at('metric') < 0 || at('target') < 0) return undefined;
  const compared: { readonly target: Target | undefined; readonly metric: string }[] = [];
  for (const row of rows) {
    const [id, metric] = [cell(row.cells, 'target'), cell(row.cells, 'metric')];
    if (!id || !metric) continue;
    compared.push({ target: targetOf(id), metric });
    if (compared.length === MAX_ROWS) break;
  }
  // The metric alone: the unit and the lead units of another plan's target may well be this one's. `undefined` for a
  // row of its id's target, the targets its metric names otherwise (none for a metric like no target, or an id not the
  // plan's).
  const described = compared.map(({ target, metric }) => (target ? targetMismatch(plan, target, { metric, unit: '', lead: '' }, lang)?.described : []));
  const offset = slipOffset(compared.map((row) => row.target), described);
  const agreeing = compared.filter(({ target, metric }, i) => {
    if (!target) return false;
    // Another target's metric counts as written by the template, or as like the target of the row at the sheet's one
    // offset: another plan's metric may be like one of this plan's, seldom all at one offset.
    const others = described[i];
    return !others || others.some((other) => writesMetricOf(plan, other, metric) || (offset !== undefined && compared[i + offset]?.target === other));
  }).length;
  return compared.length >= MIN_ROWS && agreeing * 4 <= compared.length ? { rows: compared.length, agreeing } : undefined;
}

/**
 * The offset of a slipped paste: the one (at most {@link NEAR_ROWS} rows either way) at which most rows whose metric
 * names another target near them find it, two rows at least; `undefined` when no offset is shared so (each row's at its
 * own distance). `targets[i]` is row i's id's target, `described[i]` the other targets its metric names.
 */
function slipOffset(targets: readonly (Target | undefined)[], described: readonly (readonly Target[] | undefined)[]): number | undefined {
  const rowsAt = new Map<number, number>();
  let nearRows = 0;
  described.forEach((others, i) => {
    const offsets = new Set<number>();
    for (let offset = -NEAR_ROWS; offset <= NEAR_ROWS; offset++) {
      const there = targets[i + offset];
      if (offset !== 0 && there && others?.includes(there)) offsets.add(offset);
    }
    if (offsets.size) nearRows++;
    for (const offset of offsets) rowsAt.set(offset, (rowsAt.get(offset) ?? 0) + 1);
  });
  const [offset, rows] = [...rowsAt].reduce((most, entry) => (entry[1] > most[1] ? entry : most), [0, 0]);
  return rows >= 2 && rows * 2 > nearRows ? offset : undefined;
}
