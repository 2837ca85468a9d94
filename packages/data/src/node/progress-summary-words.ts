/**
 * The words of `dz-plan progress summary`, per language (written by hand in each, as `progressCommandWords`; the lines
 * `progress diff` gained with it are in `progress-diff-words.ts`). Status names are the data package's
 * (`statusLabels`); column headers the progress sheet's (`sheetHeaders`).
 */
import type { ReportStatus } from '../evaluate-report.js';
import type { Status } from '../messages.js';
import type { Language } from '../schema.js';

/**
 * What a target's reading says beyond a status: an older reading than the report's, one below an earlier one of a
 * running total (數值矛盾, as `progress diff` says it), one not judged otherwise, none.
 */
export type ReadingKey = Exclude<ReportStatus, Status>;

interface ProgressSummaryWords {
  /**
   * The summary's first line: the report's file, the date it stands at, the unit of `--unit`, and
   * {@link ProgressSummaryWords.judgedAtDeadline}'s words when targets are judged at a deadline before that date.
   */
  readonly title: (file: string, date: string, unit: string | undefined, judgedAtDeadline: string | undefined) => string;
  /**
   * Beside the date of a summary that stands after deadlines (r82 L2: a year closed with January's rows, kept as history
   * only): its targets are judged at their deadline, how many of them if not all (`due`), and that deadline when they
   * share one. The date stays the report's, so that a paper copy matches the file it was written from.
   */
  readonly judgedAtDeadline: (due: number | undefined, deadline: string | undefined) => string;
  /** A count of targets, then how many say each thing (`已達成 1`), those with none left out. */
  readonly counts: (targets: number, parts: readonly (readonly [label: string, count: number])[]) => string;
  /**
   * In place of a status: {@link ReadingKey}, as the elements say them; `contradicts` as `progress diff` does (in
   * English a form a count reads with: `2 contradicting an earlier figure`).
   */
  /** Beside a target whose units' figures disagree (r121 F3): awaiting their agreement, each unit's figure (`市科技局 105家`). */
  readonly disputed: (figures: readonly string[]) => string;
  readonly readings: Readonly<Record<ReadingKey, string>>;
  /** The heading of the counts per lead unit, and a unit's line under it: its name and {@link counts}. */
  readonly byUnit: string;
  readonly unitLine: (unit: string, counts: string) => string;
  /** The headings of the lists, with how many each has. */
  readonly behind: (count: number) => string;
  /**
   * The targets met (r82 L1: an office names what was done before what is behind), with how many were met beyond their
   * goal (`[超額完成, 1]`: {@link exceeded}), as {@link counts}.
   */
  readonly met: (count: number, parts: readonly (readonly [label: string, count: number])[]) => string;
  /**
   * The targets off target before their deadline (r82 M3: a ceiling used faster than the pace, or exceeded, a rate above
   * its band) and those past the deadline not met or not reported (r82 M1: a heading an office copies, so it says
   * how many are missed and how many were never reported), with how many say each thing (as {@link counts}).
   */
  readonly offTarget: (count: number, parts: readonly (readonly [label: string, count: number])[]) => string;
  readonly overdue: (count: number, parts: readonly (readonly [label: string, count: number])[]) => string;
  /** The other targets read (on track, not yet at target, awaiting decision…: r92 M7), with how many say each thing. */
  readonly others: (count: number, parts: readonly (readonly [label: string, count: number])[]) => string;
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
  /**
   * A status with what more is said of it: in a Markdown cell, a contradiction ({@link ProgressSummaryWords.earlier}'s
   * words); in a line and a cell, what is left of a ceiling used faster than the pace, or 超額完成 (`statusNote`).
   */
  readonly noted: (status: string, note: string) => string;
  readonly lead: (units: readonly string[]) => string;
  /** The target as `describeTarget` says it (`≥ 90億元`, `力爭 1個`), before a target's reading in a line (r100 M3). */
  readonly goal: (target: string) => string;
  /**
   * A figure reported after the deadline, which judges nothing (`SummaryTarget.late`, review r100 M1): its amount and
   * date, and the earlier figure of a running total it is below (`LateFigure.contradicts`, r101 M2: as `progress diff`
   * says it), its amount and date.
   */
  readonly late: (amount: string, date: string, below: readonly [earlier: string, date: string] | undefined) => string;
  /** Between two things said beside a status (a gap and a figure reported late). */
  readonly alsoNoted: string;
  /**
   * How many were met beyond their goal, in the heading of those met ({@link met}'s label): 超額完成 as the sentences
   * say it, `exceeded` in English, whose sentence says `target exceeded`, no label of a count (r100 L6).
   */
  readonly exceeded: string;
  /** Lead units joined in one cell (`市工業和信息化局、市地方金融監管局`), as the template's column. */
  readonly units: (units: readonly string[]) => string;
  /**
   * The headers that are not a progress sheet's: a status, the earlier figure a reading contradicts, past the deadline and
   * not met or not reported, a count of targets, the ones behind or off target.
   */
  readonly columns: { readonly status: string; readonly note: string; readonly earlier: string; readonly overdue: string; readonly targets: string; readonly warned: string };
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
    title: (file, date, unit, judged) => `進度摘要:${file}${unit === undefined ? '' : `(${unit}牽頭的指標)`},截至 ${date}${judged ?? ''}`,
    judgedAtDeadline: (due, deadline) => `(${due === undefined ? '' : `期限已到的 ${due} 個指標`}按${deadline === undefined ? '各自的期限' : `期限 ${deadline}`}判斷)`,
    counts: (targets, parts) => `${targets} 個指標${parts.length ? `:${parts.map(([label, n]) => `${label} ${n}`).join('、')}` : ''}`,
    disputed: (figures) => `數值待核定:${figures.join(',')}`,
    readings: { stale: '本期未報', contradicts: '數值矛盾', unjudged: '無法判斷', unreported: '未報送' },
    byUnit: '按牽頭單位',
    unitLine: (unit, counts) => `${unit}:${counts}`,
    behind: (n) => `進度滯後或嚴重滯後(${n} 個)`,
    met: (n, parts) => `已達成(${n} 個${parts.length ? `:${parts.map(([label, c]) => `${label} ${c}`).join('、')}` : ''})`,
    offTarget: (n, parts) => `偏離目標(${n} 個${parts.length ? `:${parts.map(([label, c]) => `${label} ${c}`).join('、')}` : ''})`,
    overdue: (n, parts) => `期限已到未達成或未報送(${n} 個${parts.length ? `:${parts.map(([label, c]) => `${label} ${c}`).join('、')}` : ''})`,
    others: (n, parts) => `其他指標(${n} 個${parts.length ? `:${parts.map(([label, c]) => `${label} ${c}`).join('、')}` : ''})`,
    unreported: (n) => `未報送(${n} 個)`,
    stale: (n) => `本期未報(${n} 個)`,
    contradicts: (n) => `數值矛盾(${n} 個)`,
    unjudged: (n) => `無法判斷(${n} 個)`,
    none: '無',
    item: (target, metric, parts) => `${target} ${metric}:${parts.join(';')}`,
    reading: (value, date, status) => `${value}(${date})${status === undefined ? '' : `,${status}`}`,
    deadline: (date) => `完成時限 ${date}`,
    earlier: (value, date) => `少於 ${date}的 ${value}`,
    noted: (status, note) => `${status}(${note})`,
    lead: (units) => `牽頭:${units.join('、')}`,
    goal: (target) => `目標 ${target}`,
    late: (amount, date, below) => `逾期報送 ${amount},${date}${below ? `,少於 ${below[1]}的 ${below[0]}:累計數不會減少` : ''}`,
    alsoNoted: ';',
    exceeded: '超額完成',
    units: (units) => units.join('、'),
    columns: { status: '狀態', note: '說明', earlier: '與之矛盾的較早數值', overdue: '期限已到未達成或未報送', targets: '指標數', warned: '進度滯後或偏離目標的指標' },
    yes: '是',
    needsOneReport: () => 'progress summary 要一份報告:report.json',
    format: (value) => `--format 必須是 text、md 或 csv,不是「${value}」`,
    leadsNothing: (unit, tasks) => `${unit} 牽頭的任務中沒有指標${tasks.length ? `(它參與任務 ${tasks.join('、')},不牽頭)` : ''}:摘要列出單位牽頭的任務的指標`,
  },
  'zh-Hans': {
    title: (file, date, unit, judged) => `进度摘要:${file}${unit === undefined ? '' : `(${unit}牵头的指标)`},截至 ${date}${judged ?? ''}`,
    judgedAtDeadline: (due, deadline) => `(${due === undefined ? '' : `期限已到的 ${due} 个指标`}按${deadline === undefined ? '各自的期限' : `期限 ${deadline}`}判断)`,
    counts: (targets, parts) => `${targets} 个指标${parts.length ? `:${parts.map(([label, n]) => `${label} ${n}`).join('、')}` : ''}`,
    disputed: (figures) => `数值待核定:${figures.join(',')}`,
    readings: { stale: '本期未报', contradicts: '数值矛盾', unjudged: '无法判断', unreported: '未报送' },
    byUnit: '按牵头单位',
    unitLine: (unit, counts) => `${unit}:${counts}`,
    behind: (n) => `进度滞后或严重滞后(${n} 个)`,
    met: (n, parts) => `已达成(${n} 个${parts.length ? `:${parts.map(([label, c]) => `${label} ${c}`).join('、')}` : ''})`,
    offTarget: (n, parts) => `偏离目标(${n} 个${parts.length ? `:${parts.map(([label, c]) => `${label} ${c}`).join('、')}` : ''})`,
    overdue: (n, parts) => `期限已到未达成或未报送(${n} 个${parts.length ? `:${parts.map(([label, c]) => `${label} ${c}`).join('、')}` : ''})`,
    others: (n, parts) => `其他指标(${n} 个${parts.length ? `:${parts.map(([label, c]) => `${label} ${c}`).join('、')}` : ''})`,
    unreported: (n) => `未报送(${n} 个)`,
    stale: (n) => `本期未报(${n} 个)`,
    contradicts: (n) => `数值矛盾(${n} 个)`,
    unjudged: (n) => `无法判断(${n} 个)`,
    none: '无',
    item: (target, metric, parts) => `${target} ${metric}:${parts.join(';')}`,
    reading: (value, date, status) => `${value}(${date})${status === undefined ? '' : `,${status}`}`,
    deadline: (date) => `完成时限 ${date}`,
    earlier: (value, date) => `少于 ${date}的 ${value}`,
    noted: (status, note) => `${status}(${note})`,
    lead: (units) => `牵头:${units.join('、')}`,
    goal: (target) => `目标 ${target}`,
    late: (amount, date, below) => `逾期报送 ${amount},${date}${below ? `,少于 ${below[1]}的 ${below[0]}:累计数不会减少` : ''}`,
    alsoNoted: ';',
    exceeded: '超额完成',
    units: (units) => units.join('、'),
    columns: { status: '状态', note: '说明', earlier: '与之矛盾的较早数值', overdue: '期限已到未达成或未报送', targets: '指标数', warned: '进度滞后或偏离目标的指标' },
    yes: '是',
    needsOneReport: () => 'progress summary 要一份报告:report.json',
    format: (value) => `--format 必须是 text、md 或 csv,不是“${value}”`,
    leadsNothing: (unit, tasks) => `${unit} 牵头的任务中没有指标${tasks.length ? `(它参与任务 ${tasks.join('、')},不牵头)` : ''}:摘要列出单位牵头的任务的指标`,
  },
  en: {
    title: (file, date, unit, judged) => `Progress summary of ${file}${unit === undefined ? '' : ` (the targets ${unit} leads)`}, as of ${date}${judged ?? ''}`,
    judgedAtDeadline: (due, deadline) =>
      ` (${due === undefined ? '' : due === 1 ? 'the target past its deadline ' : `the ${due} targets past their deadline `}judged at ${deadline === undefined ? 'their deadlines' : `the deadline, ${deadline}`})`,
    counts: (targets, parts) => `${targets} ${targets === 1 ? 'target' : 'targets'}${parts.length ? `: ${parts.map(([label, n]) => `${n} ${label}`).join(', ')}` : ''}`,
    disputed: (figures) => `awaiting agreement between units: ${figures.join('; ')}`,
    readings: { stale: 'not reported this period', contradicts: 'contradicting an earlier figure', unjudged: 'cannot be judged', unreported: 'not reported' },
    byUnit: 'By lead unit',
    unitLine: (unit, counts) => `${unit}: ${counts}`,
    behind: (n) => `Behind or seriously behind (${n})`,
    met: (n, parts) => `Met (${n}${parts.length ? `: ${parts.map(([label, c]) => `${c} ${label}`).join(', ')}` : ''})`,
    offTarget: (n, parts) => `Off target (${n}${parts.length ? `: ${parts.map(([label, c]) => `${c} ${label}`).join(', ')}` : ''})`,
    overdue: (n, parts) => `Past the deadline, not met or not reported (${n}${parts.length ? `: ${parts.map(([label, c]) => `${c} ${label}`).join(', ')}` : ''})`,
    others: (n, parts) => `Other targets (${n}${parts.length ? `: ${parts.map(([label, c]) => `${c} ${label}`).join(', ')}` : ''})`,
    unreported: (n) => `Not reported (${n})`,
    stale: (n) => `Not reported this period (${n})`,
    contradicts: (n) => `Contradicting an earlier figure (${n})`,
    unjudged: (n) => `Cannot be judged (${n})`,
    none: 'none',
    item: (target, metric, parts) => `${target} ${metric}: ${parts.join('; ')}`,
    reading: (value, date, status) => `${value} (${date})${status === undefined ? '' : `, ${status}`}`,
    deadline: (date) => `deadline ${date}`,
    earlier: (value, date) => `below ${value} on ${date}`,
    noted: (status, note) => `${status} (${note})`,
    lead: (units) => `lead: ${units.join(', ')}`,
    goal: (target) => `target ${target}`,
    late: (amount, date, below) => `reported late: ${amount}, ${date}${below ? `, below the ${below[0]} of ${below[1]}: a running total cannot fall` : ''}`,
    alsoNoted: '; ',
    exceeded: 'exceeded',
    units: (units) => units.join('; '),
    columns: { status: 'Status', note: 'Note', earlier: 'Earlier figure contradicted', overdue: 'Past the deadline, not met or not reported', targets: 'Targets', warned: 'Behind or off target' },
    yes: 'yes',
    needsOneReport: () => 'progress summary needs one report: report.json',
    format: (value) => `--format must be text, md or csv, not "${value}"`,
    leadsNothing: (unit, tasks) => `${unit} leads no task with targets${tasks.length ? ` (it takes part in task ${tasks.join(', ')})` : ''}: a summary lists the targets of the tasks a unit leads`,
  },
};
