/** UI strings of the elements in the plan's three languages, and the language an element is in. */
import { resolveLanguage, type Language } from '@dz-tasks/data';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The words of the elements' interface in one language: labels, screen-reader text and error messages. Functions
 * build a text around values (a number, a date, a URL). Every language of {@link strings} has every key.
 */
export interface UiStrings {
  /** Screen-reader text of the loading skeleton: `載入中…`, `Loading…`. */
  readonly loading: string;
  /** The word before a task number: `任務 9`, `Task 9`; also heads the task column of a matrix with `rows="tasks"`. */
  readonly task: string;
  /** The word before a section number on a task card: `部分 2`, `Section 2`. */
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
  /** The matrix's export button (with the `export` attribute). */
  readonly downloadCsv: string;
  /** First part of the matrix's default caption, before the sections or units shown: `責任分工表 — …`. */
  readonly matrixCaption: string;
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
  /** Added to the status when a ceiling (`atMost`) is exceeded. */
  readonly gaugeExceeded: string;
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
   * The progress towards a target: `完成 70%`, `70% done`.
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
   * A change achieved against the change targeted: `↓ 8%(目標 12%)`, `↓ 8% of 12%`.
   *
   * @param achieved The change achieved, formatted with its symbol and unit.
   * @param goal The change targeted, formatted with its unit.
   */
  readonly gaugeOfTarget: (achieved: string, goal: string) => string;
  /** In place of the expected progress where nothing is paced: `直接與目標比較`, `compared with the target directly`. */
  readonly gaugeNotPaced: string;
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
  /** Shown when the progress report has no entry for the target. */
  readonly noValue: string;
  /**
   * The task card's error for a `task` that names no task: `Task 99 not found`.
   *
   * @param ref The `task` attribute as written.
   */
  readonly unknownTask: (ref: string) => string;
  /**
   * The gauge's error for a `target` that names no target: `Target t99.1 not found`.
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
   * The matrix's error for section references that match no section.
   *
   * @param ref The unknown references, joined with {@link UiStrings.matrixListSeparator}.
   */
  readonly unknownSection: (ref: string) => string;
  /**
   * The gauge's error for a `value` that is not a number (or a value the target cannot be evaluated with).
   *
   * @param ref The value as written, or why it cannot be used.
   */
  readonly invalidValue: (ref: string) => string;
  /**
   * The error when a plan or progress report cannot be fetched: `Could not load /progress.json: HTTP 404`.
   *
   * @param url The URL requested.
   * @param why What failed, in a few words: `HTTP 404`, `network error`.
   */
  readonly fetchFailed: (url: string, why: string) => string;
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
}

/**
 * The UI strings of the elements, per language: `strings.en.showBody` is `Show full text`. An element uses the
 * language of its `lang` attribute, or its nearest ancestor's (see {@link languageOf}).
 *
 * @example
 * ```ts
 * strings['zh-Hant'].matrixTask(24); // '任務 24'
 * strings.en.fetchFailed('/progress.json', 'HTTP 404'); // 'Could not load /progress.json: HTTP 404'
 * ```
 */
export const strings: Readonly<Record<Language, UiStrings>> = {
  'zh-Hant': {
    loading: '載入中…',
    task: '任務',
    section: '部分',
    lead: '牽頭',
    participating: '參與',
    leadUnits: '牽頭單位',
    participatingUnits: '參與單位',
    noUnits: '未列明責任單位',
    targets: '量化目標',
    noTargets: '本任務沒有量化目標',
    showBody: '展開全文',
    hideBody: '收起全文',
    unit: '單位',
    total: '合計',
    legend: '圖例',
    empty: '沒有符合條件的任務',
    downloadCsv: '下載 CSV',
    matrixCaption: '責任分工表',
    matrixLeadShort: '牽頭',
    matrixParticipatingShort: '參與',
    matrixLeadTotal: '牽頭合計',
    matrixParticipatingTotal: '參與合計',
    matrixNoRole: '無分工',
    matrixTask: (n: number) => `任務 ${n}`,
    matrixTotalsOf: (lead: number, participating: number) => `牽頭 ${lead}、參與 ${participating}`,
    matrixLegendNote: '顏色僅作輔助：角色以符號和文字標示；合計列出牽頭與參與的數目。',
    matrixListSeparator: '、',
    matrixColon: '：',
    matrixInvalidChoice: (name: string, value: string, allowed: string) => `${name} 屬性的值「${value}」無效，可用：${allowed}`,
    sampleData: '示例數據',
    gaugeTarget: '目標',
    gaugeExpected: '序時進度',
    gaugeExceeded: '超出上限',
    gaugeAsOf: (date: string) => `截至 ${date}`,
    gaugeDue: (date: string) => `期限 ${date}`,
    gaugeDone: (percent: string) => `完成 ${percent}`,
    gaugeCeilingUsed: (percent: string) => `已用上限 ${percent}`,
    gaugeOfTarget: (achieved: string, goal: string) => `${achieved}(目標 ${goal})`,
    gaugeNotPaced: '直接與目標比較,不計序時進度',
    gaugeExpectedSince: (year: number) => `序時進度(自${year}年底起)`,
    gaugeInvalidDate: (text: string) => `日期無效:${text}(應為 YYYY-MM-DD)`,
    noValue: '尚無進度數據',
    unknownTask: (ref: string) => `找不到任務 ${ref}`,
    unknownTarget: (ref: string) => `找不到目標 ${ref}`,
    unknownUnit: (ref: string) => `找不到單位 ${ref}`,
    unknownSection: (ref: string) => `找不到部分 ${ref}`,
    invalidValue: (ref: string) => `進度值無效:${ref}`,
    fetchFailed: (url: string, why: string) => `無法載入 ${url}:${why}`,
    invalidFeed: (url: string, why: string) => `進度數據格式錯誤(${url}):${why}`,
    invalidPlan: (url: string, why: string) => `計劃數據格式錯誤(${url}):${why}`,
    missingAttribute: (name: string) => `缺少 ${name} 屬性`,
    cardBodyInChinese: '全文以中文原文呈現。',
  },
  'zh-Hans': {
    loading: '加载中…',
    task: '任务',
    section: '部分',
    lead: '牵头',
    participating: '参与',
    leadUnits: '牵头单位',
    participatingUnits: '参与单位',
    noUnits: '未列明责任单位',
    targets: '量化目标',
    noTargets: '本任务没有量化目标',
    showBody: '展开全文',
    hideBody: '收起全文',
    unit: '单位',
    total: '合计',
    legend: '图例',
    empty: '没有符合条件的任务',
    downloadCsv: '下载 CSV',
    matrixCaption: '责任分工表',
    matrixLeadShort: '牵头',
    matrixParticipatingShort: '参与',
    matrixLeadTotal: '牵头合计',
    matrixParticipatingTotal: '参与合计',
    matrixNoRole: '无分工',
    matrixTask: (n: number) => `任务 ${n}`,
    matrixTotalsOf: (lead: number, participating: number) => `牵头 ${lead}、参与 ${participating}`,
    matrixLegendNote: '颜色仅作辅助：角色以符号和文字标示；合计列出牵头与参与的数目。',
    matrixListSeparator: '、',
    matrixColon: '：',
    matrixInvalidChoice: (name: string, value: string, allowed: string) => `${name} 属性的值“${value}”无效，可用：${allowed}`,
    sampleData: '示例数据',
    gaugeTarget: '目标',
    gaugeExpected: '序时进度',
    gaugeExceeded: '超出上限',
    gaugeAsOf: (date: string) => `截至 ${date}`,
    gaugeDue: (date: string) => `期限 ${date}`,
    gaugeDone: (percent: string) => `完成 ${percent}`,
    gaugeCeilingUsed: (percent: string) => `已用上限 ${percent}`,
    gaugeOfTarget: (achieved: string, goal: string) => `${achieved}(目标 ${goal})`,
    gaugeNotPaced: '直接与目标比较,不计序时进度',
    gaugeExpectedSince: (year: number) => `序时进度(自${year}年底起)`,
    gaugeInvalidDate: (text: string) => `日期无效:${text}(应为 YYYY-MM-DD)`,
    noValue: '尚无进度数据',
    unknownTask: (ref: string) => `找不到任务 ${ref}`,
    unknownTarget: (ref: string) => `找不到目标 ${ref}`,
    unknownUnit: (ref: string) => `找不到单位 ${ref}`,
    unknownSection: (ref: string) => `找不到部分 ${ref}`,
    invalidValue: (ref: string) => `进度值无效:${ref}`,
    fetchFailed: (url: string, why: string) => `无法加载 ${url}:${why}`,
    invalidFeed: (url: string, why: string) => `进度数据格式错误(${url}):${why}`,
    invalidPlan: (url: string, why: string) => `计划数据格式错误(${url}):${why}`,
    missingAttribute: (name: string) => `缺少 ${name} 属性`,
    cardBodyInChinese: '全文以中文原文呈现。',
  },
  en: {
    loading: 'Loading…',
    task: 'Task',
    section: 'Section',
    lead: 'Lead',
    participating: 'Participating',
    leadUnits: 'Lead units',
    participatingUnits: 'Participating units',
    noUnits: 'No responsible units named',
    targets: 'Targets',
    noTargets: 'This task states no quantitative targets',
    showBody: 'Show full text',
    hideBody: 'Hide full text',
    unit: 'Unit',
    total: 'Total',
    legend: 'Legend',
    empty: 'No tasks match',
    downloadCsv: 'Download CSV',
    matrixCaption: 'Responsibility matrix',
    matrixLeadShort: 'Lead',
    matrixParticipatingShort: 'Part.',
    matrixLeadTotal: 'Lead total',
    matrixParticipatingTotal: 'Participating total',
    matrixNoRole: 'no role',
    matrixTask: (n: number) => `Task ${n}`,
    matrixTotalsOf: (lead: number, participating: number) => `${lead} lead, ${participating} participating`,
    matrixLegendNote: 'Colours are only a supplement: the symbol and the word show the role. Totals count lead and participating roles.',
    matrixListSeparator: ', ',
    matrixColon: ': ',
    matrixInvalidChoice: (name: string, value: string, allowed: string) => `Invalid ${name} "${value}": use ${allowed}`,
    sampleData: 'Sample data',
    gaugeTarget: 'Target',
    gaugeExpected: 'Expected progress',
    gaugeExceeded: 'exceeded',
    gaugeAsOf: (date: string) => `as of ${date}`,
    gaugeDue: (date: string) => `due ${date}`,
    gaugeDone: (percent: string) => `${percent} done`,
    gaugeCeilingUsed: (percent: string) => `${percent} of the ceiling used`,
    gaugeOfTarget: (achieved: string, goal: string) => `${achieved} of ${goal}`,
    gaugeNotPaced: 'Compared with the target directly, not paced',
    gaugeExpectedSince: (year: number) => `Expected progress since the end of ${year}`,
    gaugeInvalidDate: (text: string) => `Invalid date: ${text} (expected YYYY-MM-DD)`,
    noValue: 'No progress reported yet',
    unknownTask: (ref: string) => `Task ${ref} not found`,
    unknownTarget: (ref: string) => `Target ${ref} not found`,
    unknownUnit: (ref: string) => `Unit ${ref} not found`,
    unknownSection: (ref: string) => `Section ${ref} not found`,
    invalidValue: (ref: string) => `Invalid progress value: ${ref}`,
    fetchFailed: (url: string, why: string) => `Could not load ${url}: ${why}`,
    invalidFeed: (url: string, why: string) => `Invalid progress feed (${url}): ${why}`,
    invalidPlan: (url: string, why: string) => `Invalid plan data (${url}): ${why}`,
    missingAttribute: (name: string) => `The ${name} attribute is missing`,
    cardBodyInChinese: 'The full text of this task is available in Chinese.',
  },
};

/** The UI strings of one language (the name the elements use internally). */
export type Strings = UiStrings;

/**
 * The language of an element: its own `lang`, else the nearest ancestor's (across shadow roots), else zh-Hant. The
 * tag is mapped to a plan language by `resolveLanguage` of `@dz-tasks/data` (`zh-CN` → zh-Hans, `en-GB` → en).
 *
 * @example
 * ```ts
 * document.documentElement.lang = 'zh-CN';
 * languageOf(document.querySelector('dz-task-card')!); // 'zh-Hans'
 * ```
 */
export function languageOf(element: Element): Language {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return resolveLanguage(node.getAttribute('lang'));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'zh-Hant';
}

const hosts = new Set<ReactiveControllerHost & Element>();
let observer: MutationObserver | undefined;

/**
 * Keeps `host` in the language of the page: re-renders it when any `lang` attribute changes, so switching the
 * page (or a container) to English switches every element inside.
 */
export class LanguageController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  /** The current language. */
  get lang(): Language {
    return languageOf(this.host);
  }

  /** The UI strings of the current language. */
  get strings(): Strings {
    return strings[this.lang];
  }

  hostConnected(): void {
    hosts.add(this.host);
    if (!observer && typeof MutationObserver !== 'undefined') {
      observer = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }
}
