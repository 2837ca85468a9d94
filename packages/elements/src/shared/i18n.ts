/** UI strings of the elements in the plan's three languages, and the language an element is in. */
import { resolveLanguage, type Language } from '@dz-tasks/data';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export const strings = {
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
} as const;

export type Strings = (typeof strings)[Language];

/** The language of an element: its own `lang`, else the nearest ancestor's (across shadow roots), else zh-Hant. */
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
