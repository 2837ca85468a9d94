/** The shape of the elements' UI strings: every language file fills every key. */

/**
 * The words of the elements' interface in one language: labels, screen-reader text and error messages. Functions
 * build a text around values (a number, a date, a URL). Every language file (`zh-hant.ts`, `zh-hans.ts`, `en.ts`) fills every key.
 */
export interface UiStrings {
  /** Screen-reader text of the loading skeleton: `載入中…`, `Loading…`. */
  readonly loading: string;
  /** The word before a task number: `任務 9`, `Task 9`; also heads the task column of a matrix with `rows="tasks"`. */
  readonly task: string;
  /** Heads the overview's column of sections: `部分`, `Section` (the card heads its section as the plan does: `二、`). */
  readonly section: string;
  /** A unit's role in a task, in words: `牽頭`, `Lead`. */
  readonly lead: string;
  /** A unit's role in a task, in words: `參與`, `Participating`. */
  readonly participating: string;
  /** Heading of a task's lead units (牽頭單位), and their key in the matrix legend. */
  readonly leadUnits: string;
  /** Heading of a task's participating units (參與單位), and their key in the matrix legend. */
  readonly participatingUnits: string;
  /** A task card's message when the task names no units. */
  readonly noUnits: string;
  /** Heading of a task card's quantitative targets. */
  readonly targets: string;
  /** A task card's message when the task states no quantitative targets. */
  readonly noTargets: string;
  /** A task card's disclosure button while the body is hidden. */
  readonly showBody: string;
  /** A task card's disclosure button while the body is shown. */
  readonly hideBody: string;
  /** Header of the matrix's unit column (and of the CSV's first column). */
  readonly unit: string;
  /** Header of the matrix's totals row and column. */
  readonly total: string;
  /** Title of the matrix legend. */
  readonly legend: string;
  /** The matrix's message when no task matches its `section` and `unit` filters. */
  readonly empty: string;
  /**
   * The matrix's message when its sections' tasks name no unit at all (section 11 of the Dezhou plan): nothing to
   * draw, though tasks match.
   *
   * @param count How many tasks there are.
   */
  readonly matrixTasksWithoutUnits: (count: number) => string;
  /** The matrix's export button (with the `export` attribute, or a table too large to render whole). */
  readonly downloadCsv: string;
  /**
   * The description of a matrix too large to render whole, for screen readers (browse mode reads only the rows in the
   * page): `共 96 個單位、240 項任務，只列出畫面上的部分：請用方向鍵移動，或下載 CSV`.
   *
   * @param units How many units the whole table has.
   * @param tasks How many tasks.
   */
  readonly matrixPartial: (units: number, tasks: number) => string;
  /** First part of the matrix's default caption, before the sections or units shown: `責任分工表 — …`. */
  readonly matrixCaption: string;
  /** Ends the matrix's default caption with `sort="load"`: `… — 單位按分工數排序` (units with the most tasks first). */
  readonly matrixByLoad: string;
  /** The short role word in a lead cell and in the legend. */
  readonly matrixLeadShort: string;
  /** The short role word in a participating cell and in the legend: `Part.` in English. */
  readonly matrixParticipatingShort: string;
  /** Label of the lead-count row and column of the CSV export. */
  readonly matrixLeadTotal: string;
  /** Label of the participating-count row and column of the CSV export. */
  readonly matrixParticipatingTotal: string;
  /** What an empty cell says to screen readers, and its legend entry: `無分工`, `no role`. */
  readonly matrixNoRole: string;
  /**
   * A task's full name in the matrix: `任務 24`, `Task 24` (the title follows).
   *
   * @param n The task number.
   */
  readonly matrixTask: (n: number) => string;
  /**
   * A total cell, for screen readers: `牽頭 3、參與 5`, `3 lead, 5 participating`.
   *
   * @param lead How many lead roles.
   * @param participating How many participating roles.
   */
  readonly matrixTotalsOf: (lead: number, participating: number) => string;
  /** The note under the matrix legend: colour only supplements the glyphs and words. */
  readonly matrixLegendNote: string;
  /** Joins the names in a list: `、` in Chinese, `, ` in English. */
  readonly matrixListSeparator: string;
  /** Follows a role heading in the narrow list: `：` in Chinese, `: ` in English. */
  readonly matrixColon: string;
  /**
   * The matrix's error for an attribute value that is not allowed: `Invalid sort "size": use order | load`.
   *
   * @param name The attribute.
   * @param value The value given.
   * @param allowed The allowed values, joined with ` | `.
   */
  readonly matrixInvalidChoice: (name: string, value: string, allowed: string) => string;
  /** A label for made-up progress values (`示例數據`, `Sample data`); the elements do not show it, demo pages do. */
  readonly sampleData: string;
  /** The word before the target amount on a gauge: `目標 ≥ 3000個`. */
  readonly gaugeTarget: string;
  /** The word before the expected progress (序時進度) on a gauge. */
  readonly gaugeExpected: string;
  /**
   * The date a value stands at: `截至 2023年6月30日`, `as of 30 June 2023`.
   *
   * @param date The date, already formatted for the language.
   */
  readonly gaugeAsOf: (date: string) => string;
  /**
   * A target's deadline: `期限 2023年12月31日`, `due 31 December 2023`.
   *
   * @param date The date, already formatted for the language.
   */
  readonly gaugeDue: (date: string) => string;
  /**
   * The date a view's progress stands at, the progress report's own: `進度截至 2023年9月30日`,
   * `Progress as of 30 September 2023`.
   *
   * @param date The date, already formatted for the language.
   */
  readonly progressAsOf: (date: string) => string;
  /**
   * The progress towards a target: `完成 70%`, `70% done`; a no-break space keeps the figure with its word (as in each
   * of these words of a gauge: `已用上限 46%`, `(目標 ↓ 12%)`, `現為 2.2%`).
   *
   * @param percent The progress, already formatted: `70%`.
   */
  readonly gaugeDone: (percent: string) => string;
  /**
   * The share of a ceiling used: `已用上限 46%`, `46% of the ceiling used`.
   *
   * @param percent The share, already formatted: `46%`.
   */
  readonly gaugeCeilingUsed: (percent: string) => string;
  /**
   * A change achieved against the change targeted: `↓ 8%(目標 ↓ 12%)`, `↓ 8% of ↓ 12%`; the target with its direction, clear beside a reading gone the other way (`↑ 1%(目標 ↓ 12%)`).
   *
   * @param achieved The change achieved, formatted with its symbol and unit.
   * @param goal The change targeted, formatted with its unit.
   */
  readonly gaugeOfTarget: (achieved: string, goal: string) => string;
  /**
   * A reading that is no share done (a rate, a level without a baseline, a reading gone the wrong way), where a list's
   * gauge says the share done of others: `現為 2.2%`, `now 2.2%`; never a bare `2.2%`, which reads as 2.2% done.
   *
   * @param reading The reading, formatted with its unit.
   */
  readonly gaugeNow: (reading: string) => string;
  /** In place of the expected progress where nothing is paced: `直接與目標比較`, `compared with the target directly`. */
  readonly gaugeNotPaced: string;
  /**
   * In place of the expected progress of what is held all year (a growth, a rate held or capped, a level held): its
   * pace is its target at any date, below it behind: `全年須保持達標,直接與目標比較`, `held all year: compared with the target directly`.
   */
  readonly gaugeHeldAllYear: string;
  /** In place of the expected progress of a designation (a title awarded on assessment): `須經評定,到期時判斷…`. */
  readonly gaugeConferred: string;
  /**
   * The reading of a threshold each member of a set must reach, which is the lowest member's: `最少的為0家`.
   *
   * @param amount The reading, formatted with its unit.
   */
  readonly gaugeLowest: (amount: string) => string;
  /**
   * The expected progress of a change against a base year, paced from the end of that year: `序時進度(自2020年底起)`.
   *
   * @param year The base year.
   */
  readonly gaugeExpectedSince: (year: number) => string;
  /**
   * The gauge's error for an `as-of` that is not a `YYYY-MM-DD` date.
   *
   * @param text The attribute as written.
   */
  readonly gaugeInvalidDate: (text: string) => string;
  /**
   * The gauge's notice for a `value` without `as-of` read after the target's deadline: it is judged as of the deadline,
   * which nobody wrote.
   *
   * @param date The deadline, already formatted for the language.
   */
  readonly gaugeUndated: (date: string) => string;
  /**
   * Shown when the progress report has no entry for the target and is dated before its deadline (a report before a
   * target is due need not carry it); from its deadline, {@link UiStrings.statusUnreported}.
   */
  readonly noValue: string;
  /**
   * The task card's error for a `task` that names no task: `Task 99 not found`. The card adds the plan's tasks
   * (`: this plan's tasks are 1–69`, from `known-range-words.ts`, loaded on demand).
   *
   * @param ref The `task` attribute as written.
   */
  readonly unknownTask: (ref: string) => string;
  /**
   * The gauge's error for a `target` that names no target: `Target t99.9 not found`. The gauge adds the targets of the
   * task it names, or the plan's (`: task 9's targets are t09.1–t09.5`, from `known-range-words.ts`, loaded on demand).
   *
   * @param ref The `target` attribute as written.
   */
  readonly unknownTarget: (ref: string) => string;
  /**
   * The matrix's error for unit names that match no unit.
   *
   * @param ref The unknown names, joined with {@link UiStrings.matrixListSeparator}.
   */
  readonly unknownUnit: (ref: string) => string;
  /**
   * The matrix's and the overview's error for section references that match no section: `Section 12 not found`. They
   * add the plan's sections (`: this plan's sections are 1–11`, from `known-range-words.ts`, loaded on demand).
   *
   * @param ref The unknown references, joined with {@link UiStrings.matrixListSeparator}.
   */
  readonly unknownSection: (ref: string) => string;
  /** An element that failed to draw what it was given (a fault of its own), with the fault's message. */
  readonly renderFailed: (fault: string) => string;
  /**
   * The gauge's error for a `value` that is not a number (or a value the target cannot be evaluated with).
   *
   * @param ref The value as written, or why it cannot be used.
   */
  readonly invalidValue: (ref: string) => string;
  /**
   * The error when a plan or progress report cannot be fetched: `Could not load /progress.json: HTTP 404`.
   *
   * Also an element's notice that its language's UI strings could not be loaded (the CDN build's chunk of them
   * missing), in zh-Hant's words: `無法載入 en:TypeError: … dz-strings-en-….js`.
   *
   * @param url The URL requested (as written, and as resolved when that differs), or the language whose strings failed.
   * @param why What failed, in a few words: `HTTP 404`, `network error`.
   */
  readonly fetchFailed: (url: string, why: string) => string;
  /**
   * The error for a rejected value whose words could not be loaded (their chunk failed): `Cannot check value: TypeError: …`.
   *
   * @param names The attributes rejected, separated by `, `.
   * @param why Why the words could not be loaded.
   */
  readonly cannotCheck: (names: string, why: string) => string;
  /**
   * The error for a progress report that is not JSON or fails validation.
   *
   * @param url The report's URL.
   * @param why The first problem and how many more: `entries[0].value: expected number (+2)`.
   */
  readonly invalidFeed: (url: string, why: string) => string;
  /**
   * The error for a plan that is not JSON or fails validation.
   *
   * @param url The plan's URL, or `plan` for the `plan` property.
   * @param why The first problem and how many more.
   */
  readonly invalidPlan: (url: string, why: string) => string;
  /**
   * The error when a required attribute is missing: `The task attribute is missing`.
   *
   * @param name The attribute's name.
   */
  readonly missingAttribute: (name: string) => string;
  /** Shown under an English task card's body: task bodies are only available in Chinese. */
  readonly cardBodyInChinese: string;
  // Feed limits (timeouts)
  /**
   * The error when a plan or progress report has not fully arrived within the element's `timeout`:
   * `No complete answer from /progress.json within 15 s`.
   *
   * @param url The URL requested.
   * @param seconds How long the element waited.
   */
  readonly timedOut: (url: string, seconds: number) => string;
  /**
   * The notice for a `timeout` that is not a positive number of seconds.
   *
   * @param text The attribute as written.
   * @param seconds The default waited for instead.
   */
  readonly invalidTimeout: (text: string, seconds: number) => string;
  /**
   * The notice for a flag (`export`, `expanded`) written with a word that says neither on nor off (`export="nope"`):
   * read as on, as HTML reads a boolean attribute present.
   *
   * @param name The attribute.
   * @param value The value as written.
   * @param off The words that turn a flag off, in a list.
   */
  readonly invalidFlag: (name: string, value: string, off: string) => string;
  // Progress trend over a feed's readings (issue 13)
  /**
   * The latest reading is higher than the one before: `up from 1,500 base stations on 31 March 2023`. In Chinese each
   * trend's word of two characters after a figure (上升, 下降, 擴大) is held whole by a word joiner (U+2060), so a line
   * never ends `…1500個上` with `升` below.
   *
   * @param from The earlier reading with its unit.
   * @param date The earlier reading's date, in words.
   */
  readonly trendUp: (from: string, date: string) => string;
  /** The latest reading is lower than the one before: `down from 2,100 base stations on 31 March 2023`. */
  readonly trendDown: (from: string, date: string) => string;
  /** The latest reading equals the one before: `unchanged since 31 March 2023`. */
  readonly trendSame: (date: string) => string;
  /** The label of the list of a target's readings over time. */
  readonly trendReadings: string;
  // Unit summary and plan overview (<dz-unit-summary>, <dz-plan-overview>, issue 11)
  /**
   * A unit's task counts: `共 28 項任務：牽頭 23、參與 5`, `28 tasks: 23 led, 5 joined`.
   *
   * @param total How many tasks the unit leads or joins.
   * @param lead How many it leads.
   * @param participating How many it joins.
   */
  readonly summaryTaskCounts: (total: number, lead: number, participating: number) => string;
  /** Heading of a unit summary's task list. */
  readonly summaryTasks: string;
  /** A unit summary's message when the unit leads and joins no task. */
  readonly summaryNoTasks: string;
  /** A unit summary's message when none of the unit's tasks states a quantitative target. */
  readonly summaryNoTargets: string;
  /** A status group of targets whose reading cannot be judged (a value in the wrong scale). */
  readonly statusCannotJudge: string;
  /**
   * A status group (and a bar segment) of targets the progress report has no entry for; and, with its glyph, the
   * status of such a target on a gauge and in a target list once the report's date has reached its deadline (r100 L8).
   */
  readonly statusUnreported: string;
  /**
   * A target whose judged reading is older than the month of the report's date and its deadline (`staleReading`): not reported this period, the words of
   * `dz-plan progress diff`. A status group, and the mark that stands for the reading's status.
   */
  readonly statusStale: string;
  /**
   * A count with its word, in a status bar's key: `進度滯後 2`, `2 behind`.
   *
   * @param word The status in words.
   * @param count How many targets.
   */
  readonly statusCount: (word: string, count: number) => string;
  /** Default caption of the plan overview by section. */
  readonly overviewCaption: string;
  /** Default caption of the plan overview by unit (`rows="units"`). */
  readonly overviewUnitsCaption: string;
  /** Added to the caption with `sort="behind"`: the rows are a ranking. */
  readonly overviewRanked: string;
  /** Header of the overview's task count column. */
  readonly overviewTasks: string;
  /** Header of the overview by unit's task count column: the tasks each unit leads (牽頭). */
  readonly overviewTasksLed: string;
  /** Header of the overview's target count column. */
  readonly overviewTargets: string;
  /** Header of the overview's column of targets off track (`behindStatuses`: behind or seriously behind, missed, used faster than the pace, over the ceiling), a word that covers them all, not the status 進度滯後 alone. */
  readonly overviewBehind: string;
  /** Header of the overview's status bar column. */
  readonly overviewStatuses: string;
  /** Header of the overview's rank column (with `sort="behind"`). */
  readonly overviewRank: string;
  /** Note under an overview by unit: each unit counts and ranks by the tasks it leads, and the totals row counts each task and target once. */
  readonly overviewDistinctTotals: string;
  /** The overview's error for `sort="behind"` without a progress report to rank by. */
  readonly overviewSortNeedsFeed: string;
  // Trend of a change and the overview's unjudged targets (tally-trend-errors)
  /** What a change from a base year is, for the trend: `降幅`, `the cut` (a reduction, ↓12%). */
  readonly trendCut: string;
  /** What a change from a base year is, for the trend: `增幅`, `the rise` (an increase, ↑6%). */
  readonly trendRise: string;
  /**
   * The latest reading's change is larger than the one before: `降幅較2023年6月30日的↓ 3%擴大`, `the cut grew from ↓ 3% on 30 June 2023`.
   *
   * @param change {@link UiStrings.trendCut} or {@link UiStrings.trendRise}.
   * @param from The earlier reading, as the headline writes it (`↓ 3%`).
   * @param date The earlier reading's date, in words.
   */
  readonly trendGrew: (change: string, from: string, date: string) => string;
  /** The latest reading's change is smaller than the one before: `the cut shrank from ↓ 7% on 30 June 2023`. */
  readonly trendShrank: (change: string, from: string, date: string) => string;
  /**
   * The latest reading's change went the other way from the one before, a cut to a rise or a rise to a cut:
   * `由2023年6月30日的↓ 7%轉為↑ 1%`, `turned from ↓ 7% on 30 June 2023 to ↑ 1%` (review r57).
   *
   * @param from The earlier reading, as the headline writes it (`↓ 7%`).
   * @param date The earlier reading's date, in words.
   * @param to The latest reading, as the headline writes it (`↑ 1%`).
   */
  readonly trendTurned: (from: string, date: string, to: string) => string;
  /**
   * One target of the list under the overview that names the targets counted "cannot be judged", also the message of
   * its `dz-error`: `萬元GDP用水量(t26.4):進度值無法判斷`.
   *
   * @param metric The target's metric.
   * @param id The target's id.
   */
  readonly overviewUnjudged: (metric: string, id: string) => string;
  // A supervision office's follow-ups (supervision-follow-ups)
  /**
   * The trend of a total built up over the year (新增, 完成; a ceiling's use) read lower than before (`totalFalls`,
   * as `dz-plan progress import` and `progress diff` warn): `較2023年6月30日的2100個下降:全年累計的數不會下降,數值有待核實` (the page's readers are told the figures await checking; the office, by the import, to check them).
   */
  readonly trendTotalFalls: (from: string, date: string) => string;
  /** Header of the overview by unit's column of targets off track (`behindStatuses`) in tasks the unit joins (參與), not counted in its rank. */
  readonly overviewJoinedBehind: string;
  /** The overview's status cell of a row whose tasks state no targets (sections 十, 十一 of Dezhou's plan). */
  readonly overviewNoTargets: string;
  // Inputs checked at the boundary: rejected property values, unknown attributes, words not allowed (issues 12, 14)
  /**
   * The `invalid-attribute` error: `Cannot use an array as section`.
   *
   * @param name The attribute's name.
   * @param value The value, described (`an array`, `a date`, `4`).
   */
  readonly invalidAttribute: (name: string, value: string) => string;
  /** The notice for an attribute the element does not know: `Unknown attribute "sections" ignored.` */
  readonly unknownAttribute: (name: string) => string;
  /** The notice for an attribute written empty (a CMS template whose variable was empty): `Empty attribute "section" ignored.` */
  readonly emptyAttribute: (name: string) => string;
  /**
   * The notice for a word that is not allowed: `variant="bars" is not one of ring | bar; the default is shown.`
   *
   * @param name The attribute's name.
   * @param value The value, described (`"bars"`).
   * @param allowed The allowed words, separated by ` | `.
   */
  readonly invalidChoice: (name: string, value: string, allowed: string) => string;
  /** A word of a list (`show="tasks targts"`) that is not allowed, left out. */
  readonly invalidWord: (name: string, word: string, allowed: string) => string;
  /** A link template that cannot make one link per item: `unit-href="/units/"`, `{ID}`, `javascript:`. */
  readonly invalidLinkTemplate: (name: string, value: string, keys: string, example: string) => string;
  /**
   * The notice for an object that arrived as an attribute (`plan="[object Object]"`): a framework set it on the tag
   * before the element was defined, which makes it an attribute.
   *
   * @param name The attribute's name.
   * @param value The text it holds.
   * @param tag The element's tag.
   * @param module The module that defines it (`@dz-tasks/elements/task-card.js`).
   */
  readonly objectAsAttribute: (name: string, value: string, tag: string, module: string) => string;
  /**
   * The notice for content between the element's tags, most often a tag left unclosed: `Content between
   * <dz-task-card> and </dz-task-card> is not part of the element; it is shown after it. Is the tag closed? …`
   *
   * @param tag The element's tag.
   */
  readonly unexpectedContent: (tag: string) => string;
  /**
   * The notice for a value another leaves unused: `Both "value" and "src" are given: "value" is shown, "src" is
   * ignored.`
   *
   * @param name The attribute ignored.
   * @param instead The attribute shown instead.
   */
  readonly ignoredInput: (name: string, instead: string) => string;
  /** Added to a notice when a known name is close: ` Did you mean "section"?` */
  readonly didYouMean: (name: string) => string;
  // A rejected value's kind in words (issue 14 follow-up): `Cannot use an array as section`, `section 屬性不能使用 陣列`
  /** Words for a value that is not text or a number, used in {@link UiStrings.invalidAttribute} and notices. */
  readonly valueKinds: ValueKinds;
}

/** Words for the kinds of value a property may be given by mistake. */
export interface ValueKinds {
  /** An array: "an array", 陣列. */
  readonly array: string;
  /** A `Date`: "a date", 日期. */
  readonly date: string;
  /** Any other object (a revoked Proxy too): "an object", 物件. */
  readonly object: string;
  /** A function: "a function", 函式. */
  readonly function: string;
  /** A symbol: "a symbol", 符號. */
  readonly symbol: string;
  /** `undefined`. */
  readonly undefined: string;
}

/** The UI strings of one language (the name the elements use internally). */
export type Strings = UiStrings;
