/**
 * The words of `dz-plan progress summary`, per language (written by hand in each, as `progressCommandWords`; the lines
 * `progress diff` gained with it are in `progress-diff-words.ts`). Status names are the data package's
 * (`statusLabels`); column headers the progress sheet's (`sheetHeaders`).
 */
import type { Language } from '../schema.js';

/**
 * What a target's reading says beyond a status: an older reading than the report's, one below an earlier one of a
 * running total (數值矛盾, as `progress diff` says it), one not judged otherwise, none.
 */
export type ReadingKey = 'stale' | 'contradicts' | 'unjudged' | 'unreported';

interface ProgressSummaryWords {
  /** The summary's first line: the report's file, the date it stands at, and the unit of `--unit`. */
  readonly title: (file: string, date: string, unit: string | undefined) => string;
  /** A count of targets, then how many say each thing (`已達成 1`), those with none left out. */
  readonly counts: (targets: number, parts: readonly (readonly [label: string, count: number])[]) => string;
  /**
   * In place of a status: {@link ReadingKey}, as the elements say them; `contradicts` as `progress diff` does (in
   * English a form a count reads with: `2 contradicting an earlier figure`).
   */
  readonly readings: Readonly<Record<ReadingKey, string>>;
  /** The heading of the counts per lead unit, and a unit's line under it: its name and {@link counts}. */
  readonly byUnit: string;
  readonly unitLine: (unit: string, counts: string) => string;
  /** The headings of the lists, with how many each has. */
  readonly behind: (count: number) => string;
  readonly overdue: (count: number) => string;
  /**
   * The targets with no reading, those whose reading is older than the report's date, below an earlier one, or that
   * cannot be judged otherwise.
   */
  readonly unreported: (count: number) => string;
  readonly stale: (count: number) => string;
  readonly contradicts: (count: number) => string;
  readonly unjudged: (count: number) => string;
  /** An empty list. */
  readonly none: string;
  /** One target of a list: its id and metric, then what is said of it (a reading, a status, a deadline, its lead units). */
  readonly item: (target: string, metric: string, parts: readonly string[]) => string;
  /** A reading (in words: `60名`), its date, and what it says (a status, or {@link ReadingKey}'s words) unless said already. */
  readonly reading: (value: string, date: string, status: string | undefined) => string;
  readonly deadline: (date: string) => string;
  /**
   * The earlier figure (in words: `150家`) and its date that a reading contradicts (`contradicts`): beside the reading
   * in text, in the status cell in Markdown ({@link ProgressSummaryWords.contradiction}), so a paper copy shows why (r72 L3).
   */
  readonly earlier: (value: string, date: string) => string;
  /** A status cell of Markdown that says a contradiction: the status's words, then {@link ProgressSummaryWords.earlier}'s. */
  readonly contradiction: (status: string, earlier: string) => string;
  readonly lead: (units: readonly string[]) => string;
  /** Lead units joined in one cell (`市工業和信息化局、市地方金融監管局`), as the template's column. */
  readonly units: (units: readonly string[]) => string;
  /**
   * The headers that are not a progress sheet's: a status, the earlier figure a reading contradicts, past the deadline and
   * not met, a count of targets, the behind ones.
   */
  readonly columns: { readonly status: string; readonly earlier: string; readonly overdue: string; readonly targets: string; readonly behind: string };
  /** A cell that says yes (past the deadline, not met). */
  readonly yes: string;
  /** The usage mistakes of `progress summary`. */
  readonly needsOneReport: () => string;
  readonly format: (value: string) => string;
  /** A unit that leads no task with targets: the tasks it takes part in, if any; a summary lists the targets a unit leads. */
  readonly leadsNothing: (unit: string, takesPartIn: readonly number[]) => string;
}

export const progressSummaryWords: Readonly<Record<Language, ProgressSummaryWords>> = {
  'zh-Hant': {
    title: (file, date, unit) => `進度摘要:${file}${unit === undefined ? '' : `(${unit}牽頭的指標)`},截至 ${date}`,
    counts: (targets, parts) => `${targets} 個指標${parts.length ? `:${parts.map(([label, n]) => `${label} ${n}`).join('、')}` : ''}`,
    readings: { stale: '本期未報', contradicts: '數值矛盾', unjudged: '無法判斷', unreported: '未報送' },
    byUnit: '按牽頭單位',
    unitLine: (unit, counts) => `${unit}:${counts}`,
    behind: (n) => `進度滯後或嚴重滯後(${n} 個)`,
    overdue: (n) => `期限已到未達成(${n} 個)`,
    unreported: (n) => `未報送(${n} 個)`,
    stale: (n) => `本期未報(${n} 個)`,
    contradicts: (n) => `數值矛盾(${n} 個)`,
    unjudged: (n) => `無法判斷(${n} 個)`,
    none: '無',
    item: (target, metric, parts) => `${target} ${metric}:${parts.join(';')}`,
    reading: (value, date, status) => `${value}(${date})${status === undefined ? '' : `,${status}`}`,
    deadline: (date) => `完成時限 ${date}`,
    earlier: (value, date) => `少於 ${date}的 ${value}`,
    contradiction: (status, earlier) => `${status}(${earlier})`,
    lead: (units) => `牽頭:${units.join('、')}`,
    units: (units) => units.join('、'),
    columns: { status: '狀態', earlier: '與之矛盾的較早數值', overdue: '期限已到未達成', targets: '指標數', behind: '進度滯後或嚴重滯後的指標' },
    yes: '是',
    needsOneReport: () => 'progress summary 要一份報告:report.json',
    format: (value) => `--format 必須是 text、md 或 csv,不是「${value}」`,
    leadsNothing: (unit, tasks) => `${unit} 牽頭的任務中沒有指標${tasks.length ? `(它參與任務 ${tasks.join('、')},不牽頭)` : ''}:摘要列出單位牽頭的任務的指標`,
  },
  'zh-Hans': {
    title: (file, date, unit) => `进度摘要:${file}${unit === undefined ? '' : `(${unit}牵头的指标)`},截至 ${date}`,
    counts: (targets, parts) => `${targets} 个指标${parts.length ? `:${parts.map(([label, n]) => `${label} ${n}`).join('、')}` : ''}`,
    readings: { stale: '本期未报', contradicts: '数值矛盾', unjudged: '无法判断', unreported: '未报送' },
    byUnit: '按牵头单位',
    unitLine: (unit, counts) => `${unit}:${counts}`,
    behind: (n) => `进度滞后或严重滞后(${n} 个)`,
    overdue: (n) => `期限已到未达成(${n} 个)`,
    unreported: (n) => `未报送(${n} 个)`,
    stale: (n) => `本期未报(${n} 个)`,
    contradicts: (n) => `数值矛盾(${n} 个)`,
    unjudged: (n) => `无法判断(${n} 个)`,
    none: '无',
    item: (target, metric, parts) => `${target} ${metric}:${parts.join(';')}`,
    reading: (value, date, status) => `${value}(${date})${status === undefined ? '' : `,${status}`}`,
    deadline: (date) => `完成时限 ${date}`,
    earlier: (value, date) => `少于 ${date}的 ${value}`,
    contradiction: (status, earlier) => `${status}(${earlier})`,
    lead: (units) => `牵头:${units.join('、')}`,
    units: (units) => units.join('、'),
    columns: { status: '状态', earlier: '与之矛盾的较早数值', overdue: '期限已到未达成', targets: '指标数', behind: '进度滞后或严重滞后的指标' },
    yes: '是',
    needsOneReport: () => 'progress summary 要一份报告:report.json',
    format: (value) => `--format 必须是 text、md 或 csv,不是“${value}”`,
    leadsNothing: (unit, tasks) => `${unit} 牵头的任务中没有指标${tasks.length ? `(它参与任务 ${tasks.join('、')},不牵头)` : ''}:摘要列出单位牵头的任务的指标`,
  },
  en: {
    title: (file, date, unit) => `Progress summary of ${file}${unit === undefined ? '' : ` (the targets ${unit} leads)`}, as of ${date}`,
    counts: (targets, parts) => `${targets} ${targets === 1 ? 'target' : 'targets'}${parts.length ? `: ${parts.map(([label, n]) => `${n} ${label}`).join(', ')}` : ''}`,
    readings: { stale: 'not reported this period', contradicts: 'contradicting an earlier figure', unjudged: 'cannot be judged', unreported: 'not reported' },
    byUnit: 'By lead unit',
    unitLine: (unit, counts) => `${unit}: ${counts}`,
    behind: (n) => `Behind or seriously behind (${n})`,
    overdue: (n) => `Past the deadline, not met (${n})`,
    unreported: (n) => `Not reported (${n})`,
    stale: (n) => `Not reported this period (${n})`,
    contradicts: (n) => `Contradicting an earlier figure (${n})`,
    unjudged: (n) => `Cannot be judged (${n})`,
    none: 'none',
    item: (target, metric, parts) => `${target} ${metric}: ${parts.join('; ')}`,
    reading: (value, date, status) => `${value} (${date})${status === undefined ? '' : `, ${status}`}`,
    deadline: (date) => `deadline ${date}`,
    earlier: (value, date) => `below ${value} on ${date}`,
    contradiction: (status, earlier) => `${status} (${earlier})`,
    lead: (units) => `lead: ${units.join(', ')}`,
    units: (units) => units.join('; '),
    columns: { status: 'Status', earlier: 'Earlier figure contradicted', overdue: 'Past the deadline, not met', targets: 'Targets', behind: 'Behind or seriously behind' },
    yes: 'yes',
    needsOneReport: () => 'progress summary needs one report: report.json',
    format: (value) => `--format must be text, md or csv, not "${value}"`,
    leadsNothing: (unit, tasks) => `${unit} leads no task with targets${tasks.length ? ` (it takes part in task ${tasks.join(', ')})` : ''}: a summary lists the targets of the tasks a unit leads`,
  },
};
