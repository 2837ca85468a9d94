/**
 * The words of the lines `dz-plan progress` prints itself (beyond the sheets' problems, `sheet-problems.ts`, and
 * why a file cannot be read, `unreadable-reasons.ts`), per language: `progress diff`'s summary and the readings it
 * cannot judge, the figures `progress import --into` replaces, and the counts `template` and `import` end with.
 */
import type { HeldBackSettler } from '../progress/conflicts.js';
import type { Language } from '../schema.js';

/** Rows of one sheet that count as not reported this period: where (`describeWhere`'s), the rows (`describeRows`'), their targets. */
export interface StaleRows {
  readonly where: string;
  readonly rows: string;
  readonly targets: readonly string[];
}

interface ProgressCommandWords {
  /** In place of a status, for a reading `progress diff` cannot judge. */
  readonly cannotJudge: string;
  /** A reading of a report, a target and a date, then what is said of it: `now.json: t09.1 at 2999-06-30: …`. */
  readonly readingAt: (file: string, target: string, asOf: string, text: string) => string;
  /**
   * `progress diff`'s last line on stdout: the targets changed, those whose status changed (marked ↑ better, ↓ worse,
   * ≠ contradicting an earlier reading, * otherwise: a reading added or removed, or a move in neither direction), and
   * how many went each way; then, apart (r72 M1), those with a figure the old report published corrected or removed
   * (`revised`, marked ≠ too), which is neither a contradiction nor a change of status.
   */
  readonly changed: (targets: number, inStatus: number, better: number, worse: number, contradicting?: number, revised?: number) => string;
  /** In place of a status, for a reading that contradicts an earlier one (a running total read lower: ≠). */
  readonly contradicts: string;
  /** After a reading of `progress diff` whose date is the old one's: a correction, not progress. */
  readonly corrected: string;
  /**
   * After a reading of `progress diff` that a reading added before it contradicts (`ReportChange.addedBefore`, ≠): that
   * reading, in words (`1個`), and its date.
   */
  readonly addedBefore: (reading: string, date: string) => string;
  /**
   * After a reading of `progress diff`, for each reading of the old report the new one corrects or removes
   * (`ReportChange.revised`, ≠): its date, its old value in words (`56家`), and the new one (`undefined`: removed).
   */
  readonly revised: (date: string, before: string, after: string | undefined) => string;
  /**
   * What `progress diff` says after {@link ProgressCommandWords.readingAt}'s place (the new report's) of a reading of
   * the old report (`old`, its file) that the new one corrects or removes: the value in words, and the new one.
   */
  readonly revisedReading: (old: string, before: string, after: string | undefined) => string;
  /** `progress diff`'s last line on stderr when the new report corrects or removes readings of the old one. */
  readonly revisedCount: (readings: number) => string;
  /** `progress diff`'s line for the targets the new report has no reading of for its own date (the latest is older). */
  readonly notReported: (date: string, targets: readonly { readonly target: string; readonly asOf: string }[]) => string;
  /** `progress diff`'s warning when the old report is dated after the new one (given in the wrong order?). */
  readonly olderAfter: (old: string, oldDate: string, now: string, nowDate: string) => string;
  /**
   * The last line on stderr of `progress diff` and `summary` when some readings cannot be judged (`readings`), or
   * contradict an earlier one (`contradicting`: a running total read lower, 數值矛盾 as the diff's line says it); the
   * contradictions first, as the summary's lists put them (r72 L4).
   */
  readonly cannotBeJudged: (readings: number, contradicting?: number) => string;
  /**
   * What `--into` says of a figure it replaces (after {@link ProgressCommandWords.readingAt}'s place), each reading in
   * words as `diff` says it (`下降4.2%`, `30項`).
   */
  readonly replaced: (before: string, after: string) => string;
  /** What `--into` says of a note it replaces with another, the value the same (after the place, as `replaced`). */
  readonly noteReplaced: (before: string, after: string) => string;
  /**
   * What `--into` says of the report's figure (in words: `2100個`) it removes at a date the sheets' rows conflict on
   * (after the place, F83): in dispute, whether or not it equals one of the rows (r72 L1); and who is to settle it as the
   * conflict says (F146): the units, unless `settle` says the target ids of one sheet that gives the target twice
   * (`'targetIds'`), or the one unit whose sheets disagree, by its name as shown (a {@link HeldBackSettler} names its id).
   */
  readonly heldBack: (value: string, settle?: 'targetIds' | { readonly unitName: string }) => string;
  /**
   * What `--into --partial` says of the report's figure (in words, as {@link ProgressCommandWords.heldBack}) at a date
   * the sheets' rows conflict on, when it writes nothing (no other reading to add): kept as published, still in dispute.
   */
  readonly keptInDispute: (value: string) => string;
  /** A unit's figure in a dispute: the units (their names as shown) and the figure in words (`市科技局 105家`). */
  readonly unitFigure: (units: readonly string[], value: string) => string;
  /**
   * What `--into` says of a target and date (after the place) whose figure another unit gave differently in the report
   * (r121 F1): each unit's figure ({@link ProgressCommandWords.unitFigure}), neither kept, the units to agree on one; the
   * report records the dispute only when written (`recorded`, with --partial: r126 F8).
   */
  readonly unitsDisagree: (figures: readonly string[], recorded: boolean) => string;
  /**
   * What `--into` says of a target and date (after the place) whose dispute the import settles (F292: an agreed figure,
   * or the office's own), as a correction's 改為 is said: each unit's figure, and the figure now written.
   */
  readonly disputeSettled: (figures: readonly string[], value: string) => string;
  /**
   * What `--into` says of a target and date (after the place) where a unit's figure ({@link ProgressCommandWords.unitFigure})
   * differs from the office's own in the report (`office`, in words): not written, the office's figure stands (r126 F2).
   */
  readonly officeFigureStands: (figure: string, office: string) => string;
  /** `progress template`'s line on stderr: how many targets, and the file written. */
  readonly templateWritten: (targets: number, file: string | undefined) => string;
  /**
   * After {@link templateWritten} when no `--plan` was given: the sheet is of the package's own plan (its title), and
   * how to give one's own (another city's clerk following the guide got Dezhou's targets silently: review r97 M2).
   */
  readonly ownPlanUsed: (title: string) => string;
  /**
   * When the report's date, that of its latest readings, is set by fewer readings than the date most stand at: the
   * date, the targets read then, the usual date, how many stand at it, and how many readings of the usual date's month
   * the report so dated judges not reported this period (`earlierRows`), and where (each sheet's rows and targets,
   * always named: review r107 M4). The ways out are ones the import takes: the rows' dates corrected, or kept; never
   * `--as-of` the usual date, which refuses the later rows (review r106 M2).
   */
  readonly loneDate: (asOf: string, targets: readonly string[], usual: string, usualCount: number, stale: number, staleRows: readonly StaleRows[]) => string;
  /**
   * {@link loneDate} when the readings at the usual date are whole sheets of their own (`sheets`, `describeWhere`'s),
   * with targets read again at the report's date: likely last month's sheet kept beside this month's. No row is told
   * to move (the advice of a slip told June's rows onto May: review r107 M4); the rows that count as not reported are
   * named by {@link earlierRows}.
   */
  readonly keptSheet: (asOf: string, usual: string, usualCount: number, sheets: readonly string[]) => string;
  /**
   * Rows of one sheet (`where`, `describeWhere`'s; `rows`, `describeRows`') and their targets, dated `date`, before the
   * report's date `asOf` and their deadlines: judged not reported this period (`earlierRows`), with both ways out (the
   * period's figure dated wrong, or a figure that lags the period, kept as it is). Never `--as-of`: rows after it are
   * refused. With `usual` (the report's date a lone date, {@link loneDate}), the rows are told against the date most
   * readings stand at, the one the lone date's advice names, never onto the lone date (review r107 M3).
   */
  readonly earlierRows: (where: string, rows: string, targets: readonly string[], date: string, asOf: string, usual?: string) => string;
  /**
   * {@link loneDate} when the readings at the report's date are all after their targets' deadlines (`LoneReportDate`'s
   * `deadlines`): they judge nothing, so `--as-of` would change nothing; the deadlines to date them at instead.
   */
  readonly pastDeadlineDate: (asOf: string, targets: readonly string[], usual: string, usualCount: number, deadlines: readonly string[]) => string;
  /** Every reading of the import at the report's date, after its target's deadline: the date, how many, the deadlines. */
  readonly lateImport: (asOf: string, count: number, deadlines: readonly string[]) => string;
  /**
   * A total built up over the year read lower at a later date: target, the earlier value (in words: `2100個`) and date,
   * the later ones, and where `import` read each (`a.csv 第 3 行`, the report appended to; `diff` names none).
   */
  readonly totalFalls: (target: string, before: string, beforeDate: string, after: string, afterDate: string, beforeAt?: string, afterAt?: string) => string;
  /**
   * Two targets the plan links read against each other at one date (`linkedReadingConflicts`): `sameAs`, the same things
   * read differently; `partOf`, a part above its whole. Each target named with its metric (`t32.1(實施重點水利工程)`, the
   * caller's), each value with its unit.
   */
  readonly linkedConflict: (kind: 'sameAs' | 'partOf', target: string, other: string, asOf: string, value: string, otherValue: string) => string;
  /** The readings one worksheet gave, after its place (`describeWhere`), when a workbook gave readings from more than one. */
  readonly fromSheet: (where: string, readings: number) => string;
  /** `progress import`'s last line when it writes: what it read, and the file written. */
  readonly imported: (counts: ImportCounts, file: string | undefined) => string;
  /**
   * `progress import`'s last line when problems stop it (no `--partial`): `--partial` advised only when some readings
   * are good (`accepted` above 0), since it would write nothing else.
   */
  readonly nothingWritten: (problems: number, accepted: number) => string;
  /**
   * Readings of the report appended to that stop the write even with --partial: they are the user's, never dropped.
   * `afterToday`: some are dated after today, which no later `--as-of` can take: the report's dates are to be corrected.
   */
  readonly reportReadingsLate: (count: number, report: string, afterToday: boolean) => string;
  /**
   * `progress import`'s last line when no reading is left to write: no row gives a value, or (with `--partial`) every
   * row that does was rejected (`rows`), or a sheet's problem gave none (`problems`, rows 0: no value column).
   */
  readonly noValue: (rows: number, problems: number) => string;
  /** With `--partial`, the rows left out: `發改委.xlsx/進度:5`, the first of them and how many `more` are not listed. */
  readonly rejectedRows: (rows: readonly string[], more: number) => string;
  /** After the first problems listed, how many more there are, not listed (a sheet of 200,000 bad rows, r77 H1). */
  readonly moreProblems: (more: number) => string;
  /** After the first warnings listed, how many more there are, not listed (200,000 rows with a note only). */
  readonly moreWarnings: (more: number) => string;
  /**
   * The report built is one `parseProgressReport` refuses (its issues printed above): not written, as no page or
   * command would read it. A fault of the import, which refuses such rows: never expected.
   */
  readonly reportRefused: () => string;
}

interface ImportCounts {
  readonly accepted: number;
  readonly files: number;
  readonly rejected: number;
  readonly skipped: number;
  readonly replaced: number;
  /** Targets and dates whose units' figures differ: none written, recorded as awaiting agreement (F292). */
  readonly disputed?: number;
}

const arrow = (file: string | undefined) => (file === undefined ? '' : ` → ${file}`);
/** A count and its English noun, singular for 1: `1 reading`, `2 readings`. */
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The words of `dz-plan progress`'s own lines, per language (written by hand in each, as `sheetProblemWords`). */
export const progressCommandWords: Readonly<Record<Language, ProgressCommandWords>> = {
  'zh-Hant': {
    cannotJudge: '無法判斷',
    readingAt: (file, target, asOf, text) => `${file}:指標 ${target}(${asOf}):${text}`,
    changed: (targets, inStatus, better, worse, odd = 0, revised = 0) =>
      targets ? `${targets} 個指標有變動,其中 ${inStatus} 個狀態改變:好轉 ${better} 個(↑)、變差 ${worse} 個(↓)${odd ? `、數值矛盾 ${odd} 個(≠)` : ''}${inStatus - better - worse - odd ? `、其他 ${inStatus - better - worse - odd} 個(*)` : ''}${revised ? `;已發布的數值更正或刪去 ${revised} 個(≠)` : ''}` : '沒有指標變動',
    contradicts: '數值矛盾',
    corrected: '(更正)',
    addedBefore: (reading, date) => `(在最新數值之前補入了 ${date}的 ${reading})`,
    revised: (date, before, after) => (after === undefined ? `(刪去了 ${date}的 ${before})` : `(${date}的 ${before} 更正為 ${after})`),
    revisedReading: (old, before, after) => (after === undefined ? `${old} 的 ${before} 已從報告中刪去` : `${old} 的 ${before} 更正為 ${after}`),
    revisedCount: (readings) => `dz-plan:舊報告的 ${readings} 個數值在新報告中已更正或刪去(見上)`,
    notReported: (date, targets) => `截至${date}本期未報(所據數值較早):${targets.map((t) => `${t.target}(${t.asOf})`).join('、')}`,
    olderAfter: (old, oldDate, now, nowDate) => `dz-plan:${old} 的日期(${oldDate})晚於 ${now}(${nowDate}):舊報告應寫在前面`,
    cannotBeJudged: (readings, contradicting = 0) =>
      `dz-plan:${[contradicting ? `${contradicting} 個數值與較早的數值矛盾` : '', readings ? `${readings} 個數值無法判斷` : ''].filter(Boolean).join(',')}(見上)`,
    replaced: (before, after) => `${before} 改為 ${after}`,
    noteReplaced: (before, after) => `備註「${before}」改為「${after}」(數值不變)`,
    heldBack: (value, settle) =>
      `報告原有的 ${value} 在該日期有爭議(本次匯入的各行數值不一),已從報告中刪去:${
        settle === 'targetIds'
          ? '本表兩行給了同一指標,其中一行可能填錯了編號:請核對指標編號,再匯入改正的表'
          : `${settle ? `請向${settle.unitName}確認以哪個為準` : '請各單位核定一個數'},再匯入核定的數`
      }`,
    unitFigure: (units, value) => `${units.join('、')} ${value}`,
    unitsDisagree: (figures, recorded) => `各單位報送的數值不同:${figures.join(',')}:請兩單位核定一個數(兩個數值均未寫入${recorded ? ',報告記為數值待核定' : ''})`,
    disputeSettled: (figures, value) => `數值待核定(${figures.join(',')})改為 ${value}`,
    officeFigureStands: (figure, office) => `${figure} 未寫入:督查辦自己的數值 ${office} 不變(單位報送的數值不取代督查辦的數值)`,
    keptInDispute: (value) => `報告原有的 ${value} 保留不變:本次匯入沒有寫入報告,該日期的數值仍有爭議(各行數值不一,見上)`,
    templateWritten: (targets, file) => `${targets} 個指標${arrow(file)}`,
    ownPlanUsed: (title) => `未給 --plan:這是本套件自帶的計劃《${title}》的台賬;貴市的計劃請加 --plan plan.json(dz-plan build 產生的檔案)`,
    loneDate: (asOf, targets, usual, n, stale, rows) =>
      `報告的日期是 ${asOf},只有 ${targets.join('、')} 是這一天的數值,另有 ${n} 個在 ${usual}:如果 ${asOf} 是打錯的日期(如填了報送的日期),請改正這些行的日期(如改為 ${usual});如確是截至 ${asOf} 的數值,可照樣匯入,報告以 ${asOf} 為準${stale ? `,${usual} 的 ${stale} 個數值評定時作為本期未報(${rows.map((r) => `${r.where}${r.rows}:${r.targets.join('、')}`).join(';')})` : ''}`,
    keptSheet: (asOf, usual, n, sheets) =>
      `報告的日期是 ${asOf},另有 ${n} 個數值在 ${usual},是 ${sheets.join('、')}的全部數值:像是保留下來的上月的表;照樣匯入時,這些數值列入歷次填報;如是本期的表,請改正其日期`,
    earlierRows: (where, rows, targets, date, asOf, usual) =>
      `${where}:${rows}(${targets.join('、')})的日期 ${date} 早於${usual ? '本期多數數值' : '報告'}的日期 ${usual ?? asOf}:評定時作為本期未報;如是截至 ${usual ?? asOf} 的數值,請把日期改為 ${usual ?? asOf};如確是截至 ${date} 的數值(如滯後一個月的統計),可照樣匯入,本期記為未報`,
    lateImport: (asOf, n, deadlines) =>
      `報告的日期是 ${asOf},本次匯入的 ${n} 個數值都是這一天的:這一天晚於完成時限 ${deadlines.join('、')},這些數值只列入歷次填報,不用於評定;如是截至完成時限的數值,請把日期改為 ${deadlines.join(' 或 ')}`,
    pastDeadlineDate: (asOf, targets, usual, n, deadlines) =>
      `報告的日期是 ${asOf},只有 ${targets.join('、')} 是這一天的數值,另有 ${n} 個在 ${usual}:這一天晚於完成時限 ${deadlines.join('、')},這些數值只列入歷次填報,不用於評定;如是截至完成時限的數值,請把日期改為 ${deadlines.join(' 或 ')}`,
    totalFalls: (target, before, beforeDate, after, afterDate, beforeAt, afterAt) =>
      `指標 ${target}:${afterDate} 的 ${after}${afterAt ? `(${afterAt})` : ' '}低於 ${beforeDate} 的 ${before}${beforeAt ? `(${beforeAt})` : ''},而這是全年累計的數:請核對這兩個數值`,
    linkedConflict: (kind, target, other, asOf, value, otherValue) =>
      kind === 'sameAs'
        ? `指標 ${target}和 ${other}計的是同一批,但 ${asOf} 一個是 ${value},一個是 ${otherValue}:請兩個牽頭單位核定一個數`
        : `指標 ${target}是 ${other}的一部分,但 ${asOf} 的 ${value} 多於總數 ${otherValue}:請核對這兩個數值`,
    fromSheet: (where, n) => `${where}:${n} 個數值`,
    imported: (c, file) =>
      `${c.accepted} 個數值,來自 ${c.files} 個檔案${c.rejected ? `,${c.rejected} 行未採用` : ''}${c.skipped ? `,略過只有備註的 ${c.skipped} 行` : ''}${c.replaced ? `,取代 ${c.replaced} 個數值` : ''}${c.disputed ? `,${c.disputed} 個數值待核定` : ''}${arrow(file)}`,
    nothingWritten: (problems, accepted) => `dz-plan:未寫入:有 ${problems} 個問題(請改正${accepted ? `,或加 --partial 只寫入 ${accepted} 個沒有問題的數值` : ''})`,
    reportReadingsLate: (count, report, afterToday) =>
      `dz-plan:未寫入:${report} 中有 ${count} 個數值的日期晚於報告的日期;--partial 不會刪去已有報告的數值。${afterToday ? '請改正報告中的日期' : '請用較晚的 --as-of,或不用 --as-of 而在表中填上各行日期'}`,
    noValue: (rows, problems) =>
      `dz-plan:未寫入:${rows ? `沒有可寫入的數值:${rows} 行有問題(見上)` : problems ? `沒有可寫入的數值:有 ${problems} 個問題(見上)` : '沒有一行填了完成值'}`,
    rejectedRows: (rows, more) => `未採用的行:${rows.join('、') || '無'}${more ? ` 等 ${rows.length + more} 行` : ''}`,
    moreProblems: (more) => `…另有 ${more} 個問題未列出`,
    moreWarnings: (more) => `…另有 ${more} 個提示未列出`,
    reportRefused: () => 'dz-plan:未寫入:所得的報告不能讀回(見上),這是 dz-plan 的錯誤,請回報',
  },
  'zh-Hans': {
    cannotJudge: '无法判断',
    readingAt: (file, target, asOf, text) => `${file}:指标 ${target}(${asOf}):${text}`,
    changed: (targets, inStatus, better, worse, odd = 0, revised = 0) =>
      targets ? `${targets} 个指标有变动,其中 ${inStatus} 个状态改变:好转 ${better} 个(↑)、变差 ${worse} 个(↓)${odd ? `、数值矛盾 ${odd} 个(≠)` : ''}${inStatus - better - worse - odd ? `、其他 ${inStatus - better - worse - odd} 个(*)` : ''}${revised ? `;已发布的数值更正或删去 ${revised} 个(≠)` : ''}` : '没有指标变动',
    contradicts: '数值矛盾',
    corrected: '(更正)',
    addedBefore: (reading, date) => `(在最新数值之前补入了 ${date}的 ${reading})`,
    revised: (date, before, after) => (after === undefined ? `(删去了 ${date}的 ${before})` : `(${date}的 ${before} 更正为 ${after})`),
    revisedReading: (old, before, after) => (after === undefined ? `${old} 的 ${before} 已从报告中删去` : `${old} 的 ${before} 更正为 ${after}`),
    revisedCount: (readings) => `dz-plan:旧报告的 ${readings} 个数值在新报告中已更正或删去(见上)`,
    notReported: (date, targets) => `截至${date}本期未报(所据数值较早):${targets.map((t) => `${t.target}(${t.asOf})`).join('、')}`,
    olderAfter: (old, oldDate, now, nowDate) => `dz-plan:${old} 的日期(${oldDate})晚于 ${now}(${nowDate}):旧报告应写在前面`,
    cannotBeJudged: (readings, contradicting = 0) =>
      `dz-plan:${[contradicting ? `${contradicting} 个数值与较早的数值矛盾` : '', readings ? `${readings} 个数值无法判断` : ''].filter(Boolean).join(',')}(见上)`,
    replaced: (before, after) => `${before} 改为 ${after}`,
    noteReplaced: (before, after) => `备注“${before}”改为“${after}”(数值不变)`,
    heldBack: (value, settle) =>
      `报告原有的 ${value} 在该日期有争议(本次导入的各行数值不一),已从报告中删去:${
        settle === 'targetIds'
          ? '本表两行给了同一指标,其中一行可能填错了编号:请核对指标编号,再导入改正的表'
          : `${settle ? `请向${settle.unitName}确认以哪个为准` : '请各单位核定一个数'},再导入核定的数`
      }`,
    unitFigure: (units, value) => `${units.join('、')} ${value}`,
    unitsDisagree: (figures, recorded) => `各单位报送的数值不同:${figures.join(',')}:请两单位核定一个数(两个数值均未写入${recorded ? ',报告记为数值待核定' : ''})`,
    disputeSettled: (figures, value) => `数值待核定(${figures.join(',')})改为 ${value}`,
    officeFigureStands: (figure, office) => `${figure} 未写入:督查办自己的数值 ${office} 不变(单位报送的数值不取代督查办的数值)`,
    keptInDispute: (value) => `报告原有的 ${value} 保留不变:本次导入没有写入报告,该日期的数值仍有争议(各行数值不一,见上)`,
    templateWritten: (targets, file) => `${targets} 个指标${arrow(file)}`,
    ownPlanUsed: (title) => `未给 --plan:这是本套件自带的计划《${title}》的台账;贵市的计划请加 --plan plan.json(dz-plan build 生成的文件)`,
    loneDate: (asOf, targets, usual, n, stale, rows) =>
      `报告的日期是 ${asOf},只有 ${targets.join('、')} 是这一天的数值,另有 ${n} 个在 ${usual}:如果 ${asOf} 是打错的日期(如填了报送的日期),请改正这些行的日期(如改为 ${usual});如确是截至 ${asOf} 的数值,可照样导入,报告以 ${asOf} 为准${stale ? `,${usual} 的 ${stale} 个数值评定时作为本期未报(${rows.map((r) => `${r.where}${r.rows}:${r.targets.join('、')}`).join(';')})` : ''}`,
    keptSheet: (asOf, usual, n, sheets) =>
      `报告的日期是 ${asOf},另有 ${n} 个数值在 ${usual},是 ${sheets.join('、')}的全部数值:像是保留下来的上月的表;照样导入时,这些数值列入历次填报;如是本期的表,请改正其日期`,
    earlierRows: (where, rows, targets, date, asOf, usual) =>
      `${where}:${rows}(${targets.join('、')})的日期 ${date} 早于${usual ? '本期多数数值' : '报告'}的日期 ${usual ?? asOf}:评定时作为本期未报;如是截至 ${usual ?? asOf} 的数值,请把日期改为 ${usual ?? asOf};如确是截至 ${date} 的数值(如滞后一个月的统计),可照样导入,本期记为未报`,
    lateImport: (asOf, n, deadlines) =>
      `报告的日期是 ${asOf},本次导入的 ${n} 个数值都是这一天的:这一天晚于完成时限 ${deadlines.join('、')},这些数值只列入历次填报,不用于评定;如是截至完成时限的数值,请把日期改为 ${deadlines.join(' 或 ')}`,
    pastDeadlineDate: (asOf, targets, usual, n, deadlines) =>
      `报告的日期是 ${asOf},只有 ${targets.join('、')} 是这一天的数值,另有 ${n} 个在 ${usual}:这一天晚于完成时限 ${deadlines.join('、')},这些数值只列入历次填报,不用于评定;如是截至完成时限的数值,请把日期改为 ${deadlines.join(' 或 ')}`,
    totalFalls: (target, before, beforeDate, after, afterDate, beforeAt, afterAt) =>
      `指标 ${target}:${afterDate} 的 ${after}${afterAt ? `(${afterAt})` : ' '}低于 ${beforeDate} 的 ${before}${beforeAt ? `(${beforeAt})` : ''},而这是全年累计的数:请核对这两个数值`,
    linkedConflict: (kind, target, other, asOf, value, otherValue) =>
      kind === 'sameAs'
        ? `指标 ${target}和 ${other}计的是同一批,但 ${asOf} 一个是 ${value},一个是 ${otherValue}:请两个牵头单位核定一个数`
        : `指标 ${target}是 ${other}的一部分,但 ${asOf} 的 ${value} 多于总数 ${otherValue}:请核对这两个数值`,
    fromSheet: (where, n) => `${where}:${n} 个数值`,
    imported: (c, file) =>
      `${c.accepted} 个数值,来自 ${c.files} 个文件${c.rejected ? `,${c.rejected} 行未采用` : ''}${c.skipped ? `,略过只有备注的 ${c.skipped} 行` : ''}${c.replaced ? `,替换 ${c.replaced} 个数值` : ''}${c.disputed ? `,${c.disputed} 个数值待核定` : ''}${arrow(file)}`,
    nothingWritten: (problems, accepted) => `dz-plan:未写入:有 ${problems} 个问题(请改正${accepted ? `,或加 --partial 只写入 ${accepted} 个没有问题的数值` : ''})`,
    reportReadingsLate: (count, report, afterToday) =>
      `dz-plan:未写入:${report} 中有 ${count} 个数值的日期晚于报告的日期;--partial 不会删去已有报告的数值。${afterToday ? '请改正报告中的日期' : '请用较晚的 --as-of,或不用 --as-of 而在表中填上各行日期'}`,
    noValue: (rows, problems) =>
      `dz-plan:未写入:${rows ? `没有可写入的数值:${rows} 行有问题(见上)` : problems ? `没有可写入的数值:有 ${problems} 个问题(见上)` : '没有一行填了完成值'}`,
    rejectedRows: (rows, more) => `未采用的行:${rows.join('、') || '无'}${more ? ` 等 ${rows.length + more} 行` : ''}`,
    moreProblems: (more) => `…另有 ${more} 个问题未列出`,
    moreWarnings: (more) => `…另有 ${more} 个提示未列出`,
    reportRefused: () => 'dz-plan:未写入:所得的报告不能读回(见上),这是 dz-plan 的错误,请报告',
  },
  en: {
    cannotJudge: 'cannot be judged',
    readingAt: (file, target, asOf, text) => `${file}: ${target} at ${asOf}: ${text}`,
    changed: (targets, inStatus, better, worse, odd = 0, revised = 0) =>
      targets ? `${count(targets, 'target')} changed, ${inStatus} in status: ${better} better (↑), ${worse} worse (↓)${odd ? `, ${odd} contradicting an earlier figure (≠)` : ''}${inStatus - better - worse - odd ? `, ${inStatus - better - worse - odd} other (*)` : ''}${revised ? `; ${revised} with a published figure corrected or removed (≠)` : ''}` : 'no target changed',
    contradicts: 'contradicts an earlier figure',
    corrected: ' (corrected)',
    addedBefore: (reading, date) => ` (a reading added before the latest one: ${reading} on ${date})`,
    revised: (date, before, after) => (after === undefined ? ` (removed: ${before} as of ${date})` : ` (corrected: ${before} → ${after} as of ${date})`),
    revisedReading: (old, before, after) => (after === undefined ? `${before} of ${old} removed from the report` : `${before} of ${old} corrected to ${after}`),
    revisedCount: (readings) => `dz-plan: ${count(readings, 'reading')} of the old report corrected or removed in the new one (above)`,
    notReported: (date, targets) => `not reported for ${date} (the reading it is judged by is older): ${targets.map((t) => `${t.target} (${t.asOf})`).join(', ')}`,
    olderAfter: (old, oldDate, now, nowDate) => `dz-plan: ${old} (${oldDate}) is dated after ${now} (${nowDate}): give the older report first`,
    cannotBeJudged: (readings, contradicting = 0) =>
      `dz-plan: ${[contradicting ? `${count(contradicting, 'reading')} ${contradicting === 1 ? 'contradicts' : 'contradict'} an earlier figure` : '', readings ? `${count(readings, 'reading')} cannot be judged` : ''].filter(Boolean).join(', ')} (above)`,
    replaced: (before, after) => `${before} replaced by ${after}`,
    noteReplaced: (before, after) => `note "${before}" replaced by "${after}" (the value unchanged)`,
    heldBack: (value, settle) =>
      `${value} removed from the report: the figure at that date is in dispute (this import's rows disagree); ${
        settle === 'targetIds'
          ? "one sheet gives the target twice, one row's id perhaps mistyped: check the target ids and import the corrected sheet"
          : settle
            ? `ask ${settle.unitName} which figure is current and import it`
            : 'the units are to settle one figure and import it'
      }`,
    unitFigure: (units, value) => `${units.join(', ')}: ${value}`,
    unitsDisagree: (figures, recorded) => `the units reported different figures (${figures.join('; ')}): ask them to agree on one (neither is written${recorded ? '; the report records the figure as awaiting agreement' : ''})`,
    disputeSettled: (figures, value) => `awaiting agreement between units (${figures.join('; ')}), now ${value}`,
    officeFigureStands: (figure, office) => `${figure} not written: the office's own figure, ${office}, stands (a unit's figure never replaces the office's)`,
    keptInDispute: (value) => `${value} kept in the report as published: nothing is written, the figure at that date still in dispute (the rows disagree, above)`,
    templateWritten: (targets, file) => `${count(targets, 'target')}${arrow(file)}`,
    ownPlanUsed: (title) => `no --plan: this is the sheet of the package's own plan, "${title}"; for your city's plan give --plan plan.json (the file dz-plan build writes)`,
    loneDate: (asOf, targets, usual, n, stale, rows) =>
      `the report stands at ${asOf}, the date of ${targets.join(', ')} only; ${n} other readings stand at ${usual}: if ${asOf} is a slip (the day the sheet was sent), correct those rows' dates (to ${usual}, say); if they are figures as of ${asOf}, they may stay, the report stands at ${asOf}${stale ? `, and the ${count(stale, 'reading')} at ${usual} ${stale === 1 ? 'is' : 'are'} judged not reported this period (${rows.map((r) => `${r.where}, ${r.rows}: ${r.targets.join(', ')}`).join('; ')})` : ''}`,
    keptSheet: (asOf, usual, n, sheets) =>
      `the report stands at ${asOf}; ${n} other readings stand at ${usual}, all those of ${sheets.join('; ')}: likely last month's sheet kept; imported as it is, they are kept in the history; if it is this period's sheet, correct its dates`,
    earlierRows: (where, rows, targets, date, asOf, usual) => {
      const one = targets.length === 1;
      const to = usual ?? asOf;
      return `${where}: ${rows} (${targets.join(', ')}) dated ${date}, ${usual ? `before ${usual}, the date most readings stand at` : `before the report's date, ${asOf}`}: judged not reported this period; ${one ? `if it is the figure as of ${to}, date it` : `if they are figures as of ${to}, date them`} ${to}; ${one ? `if it is the figure as of ${date} (a statistic that lags a month), it may stay as it is, and the target counts` : `if they are figures as of ${date} (a statistic that lags a month), they may stay as they are, and the targets count`} as not reported this period`;
    },
    lateImport: (asOf, n, deadlines) =>
      `the report stands at ${asOf}, the date of all ${n} readings of this import: that date is after the deadline${deadlines.length > 1 ? 's' : ''}, ${deadlines.join(', ')}, so those readings are kept in the history only and judge nothing; if they are figures as of the deadline, date them ${deadlines.join(' or ')}`,
    pastDeadlineDate: (asOf, targets, usual, n, deadlines) =>
      `the report stands at ${asOf}, the date of ${targets.join(', ')} only; ${n} other readings stand at ${usual}: that date is after the deadline${deadlines.length > 1 ? 's' : ''}, ${deadlines.join(', ')}, so those readings are kept in the history only and judge nothing; if they are figures as of the deadline, date them ${deadlines.join(' or ')}`,
    totalFalls: (target, before, beforeDate, after, afterDate, beforeAt, afterAt) =>
      `${target}: ${after} at ${afterDate}${afterAt ? ` (${afterAt})` : ''} is below ${before} at ${beforeDate}${beforeAt ? ` (${beforeAt})` : ''}, for a total built up over the year: check both readings`,
    linkedConflict: (kind, target, other, asOf, value, otherValue) =>
      kind === 'sameAs'
        ? `${target} and ${other} count the same things, but at ${asOf} one reads ${value} and the other ${otherValue}: have their lead units agree on one figure`
        : `${target} is a part of ${other}, but at ${asOf} its ${value} is more than the whole's ${otherValue}: check both readings`,
    fromSheet: (where, n) => `${where}: ${count(n, 'reading')}`,
    imported: (c, file) =>
      `${count(c.accepted, 'reading')} from ${count(c.files, 'file')}${c.rejected ? `, ${count(c.rejected, 'row')} rejected` : ''}${c.skipped ? `, ${count(c.skipped, 'note-only row')} skipped` : ''}${c.replaced ? `, ${c.replaced} replaced` : ''}${c.disputed ? `, ${c.disputed} awaiting agreement between units` : ''}${arrow(file)}`,
    nothingWritten: (problems, accepted) =>
      `dz-plan: nothing written: ${problems === 1 ? '1 problem (fix it' : `${problems} problems (fix them`}${accepted ? `, or give --partial to write the ${accepted} good ${accepted === 1 ? 'reading' : 'readings'}` : ''})`,
    reportReadingsLate: (count, report, afterToday) =>
      `dz-plan: nothing written: ${count} ${count === 1 ? 'reading' : 'readings'} of ${report} ${count === 1 ? 'is' : 'are'} dated after the date the report would stand at; --partial never drops readings already in a report. ${afterToday ? 'Correct the date in the report' : "Give a later --as-of, or date the sheet's rows instead of giving --as-of"}`,
    noValue: (rows, problems) =>
      `dz-plan: nothing written: ${rows ? `no value to write: ${count(rows, 'row has', 'rows have')} problems (above)` : problems ? `no value to write: ${count(problems, 'problem')} (above)` : 'no row gives a value'}`,
    rejectedRows: (rows, more) => `rejected rows (left out): ${rows.join(', ') || 'none'}${more ? ` and ${more} more` : ''}`,
    moreProblems: (more) => `… and ${count(more, 'more problem')}, not listed`,
    moreWarnings: (more) => `… and ${count(more, 'more warning')}, not listed`,
    reportRefused: () => 'dz-plan: nothing written: the report built would not be read back (above): a fault of dz-plan, please report it',
  },
};
