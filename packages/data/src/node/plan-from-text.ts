/**
 * A plan from a document: the parser's sections, tasks and units, the targets `extractTargets` proposes, names in
 * both scripts by OpenCC, unit ids by pinyin, and the source's hash. English is left empty for a person to write
 * (an overlay, `./overlay.ts`); the plan API shows the Chinese until then.
 */
import { createHash } from 'node:crypto';
import type { ProposedTarget } from '../extract-targets.js';
import { toValidationIssues, validationMessagesIn, type ValidationIssue } from '../issues.js';
import type { Diagnostic, ParsedPlanText } from '../parse-plan-text.js';
import { PlanSchema, type LocalizedText, type Plan, type Section, type Target, type Task, type Unit } from '../schema.js';
import { inBothScripts, scriptOf, unitInBothScripts, type ChineseScript } from './chinese.js';
import { guessUnitKind } from './unit-kind.js';
import { parsePlanTextChecked } from './parse-checked.js';
import type { UnitRole } from '../parse/roles.js';
import { createDiagnosticSink, type DiagnosticSink } from '../parse/diagnostics.js';
import type { ParsedTask } from '../parse/types.js';
import { documentProposals, taskProposals } from './task-proposals.js';
import { lineWidths, type LineWidths } from './line-widths.js';
import { tasksWrapWidth } from './wrapped-lines.js';
import { slugOf, uniqueIds } from './unit-ids.js';
import { lastDayOf } from '../iso-date.js';
import { taskDeadlines, type TaskDeadline } from './task-deadline.js';
import { lineOf } from './line-of.js';
import { oneBodyNames } from './one-body-names.js';
import { idWithoutPlaceWords, issuerFromLineWords } from './issuer-words.js';
import { buildIssueWords } from './build-issue-words.js';
import { untitledTaskWords } from './untitled-task-words.js';
import type { Language } from '../vocabulary.js';
import { languageOption } from '../library-inputs.js';

/** Options of {@link planFromText}. */
export interface PlanFromTextOptions {
  /**
   * The plan's id (kebab-case ASCII). Default: the pinyin of the city, county or district the title names (else the
   * issuer), the year and `key-tasks`: `dezhou-2023-key-tasks`, `jiaxiang-2023-key-tasks`; an id of a department's
   * name alone, no place in it, is said (`idWithoutPlace`).
   */
  readonly id?: string;
  /** The document's title. Default: the 《…》 title the preamble names, else its first line. */
  readonly title?: string;
  /**
   * The body that issued the plan. Default: a line above the title that is a body's name alone (a government's first
   * among several; said, `issuerFromLine`, unless a government's alone), else the first 人民政府, 人民政府辦公室 or 辦公廳
   * the preamble names; never a recipient (各…) or a list (、).
   */
  readonly issuer?: string;
  /**
   * The plan's year: a plan of that year alone. Default: the first `20xx年` of the title, else of the preamble; a range
   * of years there (`2021—2025年`, `2021年至2025年`) is a plan over them, of the last year, its period from the first.
   */
  readonly year?: number;
  /** Path of the source file, relative to where the plan is published, for `plan.source.file`. */
  readonly sourceFile?: string;
  /** Build a plan even when the parse has errors (they are still returned). */
  readonly lenient?: boolean;
  /**
   * How to read, in the whole document, the units of a label that says no role (責任單位, 責任部門) beside a lead label
   * (`牽頭單位:A;責任單位:B、C`), and of 負責 beside 牽頭 (`A牽頭,B、C負責`): `participating`, they take part (A leads,
   * B and C take part); `lead`, they lead with the lead label's units. Without it, each is a `responsibleBesideLead`
   * error, as a city may mean either (`dz-plan --responsible-beside-lead`).
   */
  readonly responsibleBesideLead?: UnitRole;
  /**
   * The language of `issues` (what stops the build: no title, year or issuer; numbers used twice): `dz-plan --lang`.
   * Default: English; a tag like `zh-TW` is read as `resolveLanguage` reads it. The diagnostics are in English, read in
   * another language by their codes.
   */
  readonly lang?: Language;
}

/** What {@link planFromText} returns: the plan, or why there is none, with everything a person should read. */
export interface PlanFromTextResult {
  /** The plan, valid against `PlanSchema`; `undefined` when the parse has errors (unless lenient) or it is invalid. */
  readonly plan: Plan | undefined;
  /** The parser's diagnostics, with line and column. */
  readonly diagnostics: readonly Diagnostic[];
  /** Problems of the document as a whole (no title, no year) and schema issues of the plan, if any. */
  readonly issues: readonly ValidationIssue[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The metric of a target whose text names none, until a person writes it (an overlay). */
const metricToWrite = { 'zh-Hant': '(未寫明指標)', 'zh-Hans': '(未写明指标)' } as const;

/** Both scripts of a text written in `source`, and an empty English for a person to fill. */
const localized = (text: string, source: ChineseScript): LocalizedText => ({ ...inBothScripts(text, source), en: '' });

/**
 * A title without the notice that carries it: 關於印發 and what comes before it on its line (the issuer), and 的通知.
 * `濱州市人民政府辦公室關於印發濱州市2024年重點工作任務的通知` is `濱州市2024年重點工作任務`.
 */
const withoutNotice = (title: string): string => title.replace(/^.*?[關关][于於]印[發发]/u, '').replace(/的通知$/u, '');

/** The words that name a plan in a title: 任務, 計劃, 規劃, 方案, 要點, 清單. */
const PLAN_WORD = '(?:任務|任务|計劃|计划|規劃|规划|方案|要點|要点|清單|清单)';
/** A title line: a year and a plan word, either first (2024年重點工作任務, 科技創新規劃(2021—2025年)). */
const TITLE_LINE = new RegExp(`20\\d\\d年.*${PLAN_WORD}|${PLAN_WORD}.*20\\d\\d年`, 'u');

/** A 《…》 in the preamble, with the clause before it (from the last punctuation or line break). */
const QUOTED = /([^,，;；。\n]*)《([^《》]{4,120})》/gu;
/** Words that cite a document in the clause before its 《…》 (根據《政府工作報告》, 全面落實《…規劃》): not the plan's title. */
const CITING = /[根依][據据]|按照|遵照|[貫贯][徹彻]|[落][實实]|[對对]照|[執执]行/u;
/** A 《…》 that can be the plan: names a plan ({@link PLAN_WORD}) or is its notice (《關於印發…的通知》). */
const NAMES_PLAN = new RegExp(`${PLAN_WORD}|通知$`, 'u');

/**
 * The title of the document: the 《…》 it announces (`現將《…》印發給你們`, `發布了《關於印發…的通知》`: one naming a plan
 * or its notice, in a clause that cites nothing), else the first preamble line that names a year and a plan
 * (2024年重點工作任務, 規劃(2021—2025年)), else the preamble's first line; either without the notice around it
 * (關於印發…的通知). A 《…》 the preamble cites (`根據…審議通過的《政府工作報告》`, `貫徹落實《…規劃綱要》`) is another
 * document: titled by it, a plan was 政府工作報告 on every page (review r97 M5).
 */
function titleOf(parsed: ParsedPlanText): string | undefined {
  const quoted = [...parsed.preamble.matchAll(QUOTED)].find(([, before, quote]) => !CITING.test(before!) && NAMES_PLAN.test(quote!))?.[2];
  const lines = parsed.preamble.split(/\n/u).map((line) => line.trim()).filter(Boolean);
  const title = quoted ?? lines.find((line) => TITLE_LINE.test(line) && line.length <= 80) ?? lines[0];
  return title && withoutNotice(title);
}

/** The years a plan is for: the first it names, or the range of years it begins (`(2021—2025年)`, `2021年至2025年`). */
const YEARS = /(20\d\d)(?:年?\s*(?:[—–\-－~～]{1,2}|至|到)\s*(20\d\d))?年/u;

/** The first and last year of a plan, from the first year of `text` or the range it begins; none if it names no year. */
function planYearsIn(text: string): { readonly first: number; readonly last: number } | undefined {
  const found = YEARS.exec(text);
  if (!found) return undefined;
  const first = Number(found[1]);
  const last = Number(found[2] ?? found[1]);
  // A range that does not run forward (2025—2021年) is read as before: the year written before 年.
  return { first: last > first ? first : last, last };
}

/** The issuer: a government's office (辦公室, 辦公廳) before the government, as the office issued the notice. */
const ISSUER = /[\u4e00-\u9fff]{2,12}?(?:人民政府辦公室|人民政府办公室|人民政府辦公廳|人民政府办公厅|人民政府|辦公廳|办公厅)/u;

/**
 * A line that is a body's name alone, as above a department's title (山東省工業和信息化廳, 省發展改革委): a name that
 * ends in 廳, 局, 委, 委員會, 辦公室 or 人民政府.
 */
const ISSUER_LINE = /^[\u4e00-\u9fff]{2,30}(?:[廳厅局委]|委[員员][會会]|[辦办]公室|人民政府)$/u;

/** A government, or its office, as a name ends: it wins among the bodies above a title (a joint document's issuer). */
const GOVERNMENT = /人民政府(?:[辦办]公室|[辦办]公[廳厅])?$/u;

/** A recipient (各區縣教育局, 各區縣人民政府), or a list of bodies (市教育局、市財政局): no issuer. */
const NO_ISSUER = /^各|、/u;

/** The issuer a preamble names, and the line above the title it was taken from, if it was (see {@link issuerOf}). */
interface IssuerFound {
  readonly issuer: string;
  /** The line above the title it is, and the other bodies named alone above the title, passed over for it. */
  readonly line?: { readonly offset: number; readonly others: readonly string[] };
}

/**
 * The issuer a preamble (at `offset` in the document) names: a line above the title that is a body's name alone (a
 * department's plan), the first government's (or its office's) among several (中共某市委 ↵ 某市人民政府, a joint
 * document); else the first government (or its office) it names. A recipient (各…) or a list (、) is none.
 */
function issuerOf(preamble: string, offset: number): IssuerFound | undefined {
  // Each line, trimmed, with where it stands in the document.
  const lines = [...preamble.matchAll(/[^\n]+/gu)]
    .map((m) => ({ line: m[0].trim(), at: offset + m.index + m[0].length - m[0].trimStart().length }))
    .filter(({ line }) => line);
  const titleAt = lines.findIndex(({ line }) => TITLE_LINE.test(line));
  const bodies = (titleAt < 0 ? [] : lines.slice(0, titleAt)).filter(({ line }) => ISSUER_LINE.test(line) && !NO_ISSUER.test(line));
  const found = bodies.find(({ line }) => GOVERNMENT.test(line)) ?? bodies[0];
  if (found) return { issuer: found.line, line: { offset: found.at, others: bodies.filter((b) => b !== found).map((b) => b.line) } };
  // A government named in a line, or in a part of one between commas and 、, that names no recipient (各縣人民政府).
  const parts = lines.flatMap(({ line }) => line.split(/[、,，;；:：]/u)).filter((part) => !NO_ISSUER.test(part));
  for (const part of parts) {
    const named = ISSUER.exec(part)?.[0];
    if (named) return { issuer: named };
  }
  return undefined;
}

/**
 * The place a title or an issuer begins with, after a 中共 (中共德州市委): its city (the name before 市), then a county,
 * district or banner of 2 or 3 characters before 縣, 區 or 旗 (德州市德城區, 嘉祥縣, 四子王旗); a longer name before
 * 區 is a zone of the city (德州市經濟技術開發區), not a place of its own.
 */
const PLACE = /^(?:中共)?(?:([\u4e00-\u9fff]{2,3}?)省)?(?:([\u4e00-\u9fff]{1,6}?)市)?(?:([\u4e00-\u9fff]{2,3})[縣县區区旗])?/u;

/**
 * The county, district or banner a title or an issuer begins with, else its city, else its province (山東省工業和信息化廳);
 * none when it names none.
 */
function placeIn(text: string): string | undefined {
  const [, province, city, county] = PLACE.exec(text)!;
  return county ?? city ?? province;
}

/**
 * A plan id: the pinyin of the place the title names (else the issuer's, else the issuer: 省發展改革委), the years,
 * `key-tasks`: `jiaxiang-2023-key-tasks` for 嘉祥縣2023年重點工作任務, `dezhou-2023-key-tasks` for 德州經濟技術開發區 of
 * 德州市, `jinan-2021-2025-key-tasks` for a plan over 2021—2025 (a plan's id is unique; its last year alone is not);
 * `placed` false when it names no place (`idWithoutPlace`).
 */
function defaultId(title: string, issuer: string, years: { readonly first: number; readonly last: number }): { readonly id: string; readonly placed: boolean } {
  const place = placeIn(title) ?? placeIn(issuer);
  const name = place ?? (ISSUER_LINE.test(issuer) ? issuer : undefined);
  const period = years.first < years.last ? `${years.first}-${years.last}` : String(years.last);
  return { id: [name ? slugOf(name).replace(/-/g, '') : 'plan', period, 'key-tasks'].join('-'), placed: place !== undefined };
}

/** The proposal as a target of the plan, with its id, and its metric and unit in both scripts. */
/**
 * The deadline of a proposal in a plan of `year` whose period starts in `periodStart` (`year` too, but in a plan over
 * years): a month the text names without a year (6月底前) in `year`; a date it names with one (2024年6月底前, 到2026年)
 * if it falls in the period or later (截至 an earlier year is no deadline); else the end of `year`.
 */
function deadlineOf(p: ProposedTarget, year: number, periodStart: number, taskDue: TaskDeadline | undefined): string {
  // A closing date inside the later period the target names (三季度…,年底前完成) wins over the period's end.
  if (taskDue?.overPeriod) return lastDayOf(year, taskDue.month);
  if (p.deadlineMonth !== undefined) return lastDayOf(year, p.deadlineMonth);
  if (p.deadline !== undefined && p.deadline >= `${periodStart}-01-01`) return p.deadline;
  // 完成時限:2024年6月底前 among the task's units, or a closing 2023年10月底前完成: the deadline of targets that name none.
  if (taskDue && (taskDue.year ?? year) >= periodStart) return lastDayOf(taskDue.year ?? year, taskDue.month);
  return `${year}-12-31`;
}

function targetOf(p: ProposedTarget, id: string, taskId: string, deadline: string, source: ChineseScript): Target {
  return {
    id,
    taskId,
    // A metric not named (達到2.5%) is said to be written, never shown as the value (`metricNotNamed`).
    metric: localized(p.metric || (p.metricMissing ? metricToWrite[source] : p.quote), source),
    valueText: p.valueText,
    value: p.value,
    ...(p.upperValue === undefined ? {} : { upperValue: p.upperValue }),
    // '' for a quantity of no unit (數據中心PUE值控制在1.3以內): no unitZh either.
    unit: p.unit,
    unitEn: '',
    ...unitInBothScripts(p.unit, source),
    comparator: p.comparator,
    ...(p.baselineYear === undefined ? {} : { baselineYear: p.baselineYear }),
    ...(p.baseline === undefined ? {} : { baseline: p.baseline }),
    ...(p.floor ? { floor: true } : {}),
    ...(p.approx ? { approx: true } : {}),
    ...(p.direction === undefined ? {} : { direction: p.direction }),
    ...(p.changeAsked ? { changeAsked: true } : {}),
    measure: p.measure,
    ...(p.tolerance === undefined ? {} : { tolerance: p.tolerance }),
    ...(p.fraction === undefined ? {} : { fraction: { ...p.fraction } }),
    ...(p.each === undefined ? {} : { each: localized(p.each, source) }),
    ...(p.held ? { held: true } : {}),
    ...(p.broughtDown ? { broughtDown: true } : {}),
    ...(p.neverZero ? { neverZero: true } : {}),
    firmness: p.firmness,
    // The day its sentence's work begins (4月1日至6月30日, 下半年), in the plan's year: paced from it. Not one after the
    // deadline (下半年…,6月底前…): no path to pace over.
    ...(p.start === undefined || p.start > deadline ? {} : { start: p.start }),
    // A date the sentence names (到2026年, 6月底前): the target is due then, not at the end of the plan's year.
    deadline,
    quote: p.quote,
    offset: p.offset,
    confidence: Math.round(p.confidence * 100) / 100,
  };
}

/**
 * The targets `taskProposals` proposes for task `p` of a plan of `year` (較上年末: a change since the end of the year
 * before it) whose period starts in `periodStart` (提高1個百分點: since the end of the year before that); a title the page cut (a PDF copy: its lines joined, `wrapped-lines.ts`) is read as a body is, from the
 * source, so that a quote in it is the source's own text at its offset.
 */
function proposalsOf(text: string, p: ParsedTask, sink: DiagnosticSink, width: number | undefined, widths: LineWidths, year: number, periodStart: number): ProposedTarget[] {
  const { offset, length } = p.titleSpan;
  const years = { year, periodStart };
  if (text.slice(offset, offset + length) === p.title) return taskProposals(text, p, sink, width, widths, years);
  return [...taskProposals(text, { ...p, title: '', bodySpan: p.titleSpan }, sink, width, widths, years), ...taskProposals(text, { ...p, title: '' }, sink, width, widths, years)];
}

/**
 * A task's units by their ids, each once (review r116 F1): a unit a task names twice (`duplicateUnitInTask`, said by the
 * parse: `(牽頭單位:市財政局;參與單位:市財政局、市發展改革委)`) leads where it leads, and is not also taking part, which
 * no plan allows (`leadAndParticipating`): the build wrote nothing for a warning.
 */
function rolesNamedOnce(p: { readonly lead: readonly string[]; readonly participating: readonly string[] }, unitIds: ReadonlyMap<string, string>) {
  const lead = [...new Set(p.lead.map((name) => unitIds.get(name)!))];
  return { lead, participating: [...new Set(p.participating.map((name) => unitIds.get(name)!))].filter((id) => !lead.includes(id)) };
}

/**
 * Builds a plan from the text of a key-task document (Traditional or Simplified): sections, tasks, units with ids
 * from their pinyin and kinds guessed from their names, the targets `extractTargets` finds in each task, and the
 * SHA-256 of the text. Never throws: a parse with errors gives no plan unless `lenient`, and says why, with what the
 * targets it did not go on to read would have said (`numeralNotRead`).
 *
 * @example
 * ```ts
 * const { plan, diagnostics } = planFromText(readFileSync('jinan-2024.txt', 'utf8'), { sourceFile: 'jinan-2024.txt' });
 * if (plan) writeFileSync('plan.json', JSON.stringify(plan, null, 2));
 * ```
 */
export function planFromText(text: string, options: PlanFromTextOptions = {}): PlanFromTextResult {
  const parsed = parsePlanTextChecked(text, options);
  let diagnostics = parsed.diagnostics;
  const issues: ValidationIssue[] = [];
  // A build that stops says all it found, as summary does: what its targets would have said too (a PUE value's warning).
  const stopped = () => ({ plan: undefined, diagnostics: documentProposals(text, parsed.tasks, diagnostics).diagnostics, issues });
  if (diagnostics.some((d) => d.severity === 'error') && !options.lenient) return stopped();

  const source = scriptOf(text);
  const title = options.title ?? titleOf(parsed);
  const lang = languageOption(options.lang, 'en');
  if (!title) issues.push({ path: 'title', message: buildIssueWords.noTitle[lang]() });
  // --year gives a plan of that year alone; else the title's years, else the preamble's (a plan of 2021—2025: of 2025, its period from 2021).
  const years = options.year !== undefined ? { first: options.year, last: options.year } : (planYearsIn(title ?? '') ?? planYearsIn(parsed.preamble));
  const year = years?.last;
  if (!year) issues.push({ path: 'year', message: buildIssueWords.noYear[lang]() });
  const found = options.issuer === undefined ? issuerOf(parsed.preamble, parsed.preambleSpan.offset) : undefined;
  const issuer = options.issuer ?? found?.issuer;
  if (!issuer) issues.push({ path: 'issuer', message: buildIssueWords.noIssuer[lang]() });
  // A document that numbers each section's tasks from 1 again: task ids are their numbers, so they would repeat.
  const numbers = new Set<number>();
  const again = parsed.tasks.find((t) => numbers.size === numbers.add(t.number).size);
  if (again) {
    const line = lineOf(text, again.titleSpan.offset);
    issues.push({ path: 'tasks', message: buildIssueWords.taskNumberAgain[lang](again.number, line) });
  }
  // A section numbered again (（一） under each 一、 of a three-level document): section ids are their numbers too.
  const sectionNumbers = new Set<number>();
  const repeated = parsed.sections.find((s) => sectionNumbers.size === sectionNumbers.add(s.number).size);
  if (repeated) {
    const { offset, length } = repeated.headingSpan;
    const line = lineOf(text, offset);
    issues.push({ path: 'sections', message: buildIssueWords.sectionNumberAgain[lang](text.slice(offset, offset + length).trim(), line) });
  }
  // A task with no text before its units: no title, which a plan's task needs (a line without 。 is one: `one-line-titles.ts`).
  const untitled = parsed.tasks.find((t) => !t.title);
  if (untitled) issues.push({ path: 'tasks', message: untitledTaskWords[lang](untitled.number, lineOf(text, untitled.span.offset)) });
  if (!title || !year || !issuer || again || repeated || untitled) return stopped();
  const periodStart = years!.first;

  const deadline = `${year}-12-31`;
  // What the build itself reads and says: an issuer or id it guessed, a body's two names merged, targets it did not read.
  const said = createDiagnosticSink(text);
  const line = found?.line;
  if (line && (line.others.length || !GOVERNMENT.test(issuer))) {
    // A department's line, or a government's among other bodies: a guess to be seen (a government's office alone is the default's).
    said.warning('issuerFromLine', line.others.length ? issuerFromLineWords.joint.en(issuer, line.others.join('、')) : issuerFromLineWords.department.en(issuer), line.offset);
  }
  const planId = options.id ?? defaultId(title, issuer, years!);
  if (typeof planId !== 'string' && !planId.placed) said.warning('idWithoutPlace', idWithoutPlaceWords.en(planId.id, issuer), line?.offset ?? parsed.preambleSpan.offset);
  // 市發展改革委（市能源局）: one body, named by its first name; its second is an alias.
  const bodies = oneBodyNames(text, parsed, said);
  const unitIds = uniqueIds(bodies.units);
  const units: Unit[] = bodies.units.map((name) => {
    // Each name in the other script too.
    const written = [name, ...(bodies.aliases.get(name) ?? [])].flatMap((n) => {
      const both = inBothScripts(n, source);
      return [both['zh-Hant'], both['zh-Hans']];
    });
    return { id: unitIds.get(name)!, name: localized(name, source), kind: guessUnitKind(name), aliases: [...new Set(written)].filter((n) => n !== name) };
  });

  const targets: Target[] = [];
  const widths = lineWidths(text);
  const width = tasksWrapWidth(text, parsed.tasks, widths);
  const tasks: Task[] = bodies.tasks.map((p) => {
    const id = `t${pad(p.number)}`;
    const proposals = proposalsOf(text, p, said, width, widths, year, periodStart);
    const taskDue = taskDeadlines(text, p, proposals.map((proposal) => proposal.offset));
    const targetIds = proposals.map((proposal, k) => {
      const target = targetOf(proposal, `${id}.${k + 1}`, id, deadlineOf(proposal, year, periodStart, taskDue[k]), source);
      targets.push(target);
      return target.id;
    });
    const body = inBothScripts(p.body, source);
    return {
      id,
      number: p.number,
      sectionId: `s${pad(p.sectionNumber ?? 1)}`,
      title: localized(p.title, source),
      body,
      ...rolesNamedOnce(p, unitIds),
      targetIds,
      source: { title: p.titleSpan, body: p.bodySpan, ...(p.unitsSpan ? { units: p.unitsSpan } : {}) },
    };
  });

  const built = said.done();
  if (built.length) diagnostics = [...diagnostics, ...built].sort((a, b) => a.offset - b.offset);

  // --title and --issuer are typed on the command line, in a script that may not be the document's (嘉祥縣 for a
  // Simplified document).
  const titles = localized(title, options.title === undefined ? source : scriptOf(title));
  // A document without headings is one section, named after the plan.
  const sections: Section[] = parsed.sections.length
    ? parsed.sections.map((s) => ({ id: `s${pad(s.number)}`, number: s.number, title: localized(s.title, source), taskIds: s.taskIndices.map((i) => tasks[i]!.id) }))
    : [{ id: 's01', number: 1, title: titles, taskIds: tasks.map((t) => t.id) }];

  const plan = {
    id: typeof planId === 'string' ? planId : planId.id,
    title: titles,
    issuer: localized(issuer, options.issuer === undefined ? source : scriptOf(issuer)),
    year,
    period: { start: `${periodStart}-01-01`, end: deadline },
    sourceLanguage: source,
    ...(options.sourceFile ? { source: { file: options.sourceFile, sha256: createHash('sha256').update(text, 'utf8').digest('hex') } } : {}),
    sections,
    tasks,
    units,
    targets,
  } satisfies Plan;

  const result = PlanSchema.safeParse(plan, { error: validationMessagesIn(lang) });
  if (!result.success) return { plan: undefined, diagnostics, issues: [...issues, ...toValidationIssues(result.error.issues)] };
  return { plan: result.data, diagnostics, issues };
}
