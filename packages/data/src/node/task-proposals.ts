/**
 * The targets `dz-plan build` proposes for a task, in one place for `build` (`planFromText`) and `summary`: those of
 * its title (a task written as one sentence has it all there: the title runs to the first 。) and of its body, less
 * the values that name nothing (`unnamed-targets.ts`), each said to the sink; and a numeral that looks like a value
 * but was not read (新建基站达到500以上: no unit; 截至2023年底,全市已建成5G基站3000个: a past fact; 翻一番: a doubling) is said too
 * (`numeralNotRead`), never left out silently.
 */
import { extractTargetsAndUnread, type ExtractOptions, type ProposedTarget } from '../extract-targets.js';
import { createDiagnosticSink, type DiagnosticSink } from '../parse/diagnostics.js';
import type { Diagnostic, ParsedTask } from '../parse/types.js';
import { namedProposals } from './unnamed-targets.js';
import { countNotReadWords, formNotReadWords, numeralNotReadWords, statedNumeralWords } from './numeral-words.js';
import { normalizeForExtraction } from '../extract/normalize.js';
import { matchUnit } from '../extract/units.js';
import { lineWidths, type LineWidths } from './line-widths.js';
import { sourceQuote, tasksWrapWidth, unwrapSpan, type Unwrapped, type wrapWidth } from './wrapped-lines.js';
import { SENTENCE_END } from './sentence-titles.js';
import { leadingBracketLength } from './leading-bracket.js';

/**
 * The count a numeral in words not read makes with the unit right after it in `read` (两个 of 建设两个平台), at `at`;
 * `undefined` for a numeral in digits, or one with no unit after it.
 */
function countAt(read: string, at: number, numeral: string): string | undefined {
  if (/[0-9０-９]/u.test(numeral)) return undefined;
  const end = at + numeral.length;
  const unit = matchUnit(normalizeForExtraction(read.slice(end, end + 12)), 0);
  return unit ? read.slice(at, end + unit.end) : undefined;
}

/** What ends a title where it is written: a sentence's end, or a colon (`主要指標如下表：`). */
const TITLE_ENDS = /[。；！？：;!?:]$/u;
/** Blanks and a line break, after a title the line break ended. */
const AT_LINE_BREAK = /^[ \t\f\u3000]*[\r\n]/u;

/**
 * Task `task`'s title and body (`body`, its wrapped lines joined) as one text, where a line break cut a sentence after
 * the title (a web page's copy: `城鎮新增就業4.5萬人，高校畢業生就業率` ↵ `保持在90%以上。`; review r88): the title ended at the
 * line break, not at a sentence's end, and a target of the body's first sentence (`bodyTargets`) names no metric, which
 * its clause on the title's line names. `undefined` otherwise: a title without 。 before a body is a heading
 * (`大力發展數字經濟` ↵ `數字經濟核心產業…`), read apart.
 */
function acrossTitleLine(text: string, task: ParsedTask, body: Unwrapped, bodyTargets: readonly ProposedTarget[]): Unwrapped | undefined {
  const { offset, length } = task.titleSpan;
  if (!task.title || text.slice(offset, offset + length) !== task.title || TITLE_ENDS.test(task.title) || !AT_LINE_BREAK.test(text.slice(offset + length))) return undefined;
  const firstSentence = body.text.search(SENTENCE_END);
  const cut = bodyTargets.some((p) => p.metricMissing && (firstSentence < 0 || p.offset < firstSentence));
  if (!cut) return undefined;
  const topic = leadingBracketLength(task.title);
  const title = task.title.slice(topic);
  const at = title.length;
  return { text: title + body.text, sourceIndex: (index) => (index < at ? offset + topic + index : body.sourceIndex(index - at)) };
}

/**
 * The targets proposed for task `task` of the document `text`, in document order; what is left out is said to
 * `sink`. The body is read with its lines wrapped at `width` joined (`wrapped-lines.ts`: the document's, from
 * {@link wrapWidth}; `widths`, the widths of its lines, one for all its tasks); each quote is the source's text at its
 * offset, line breaks and all. `years` are the plan's, if known: its `year` (`ExtractOptions.year`: 較上年末 is a change
 * since the end of the year before it) and the first year of its period (`ExtractOptions.periodStart`: 提高1個百分點 in
 * a plan of 2021—2025 is a change since the end of 2020). A bracket that starts the title (`leading-bracket.ts`: a topic,
 * `【重點項目建設】`, or units the task names at its end too) stays in the title, the document's heading, but in no
 * target: the title's targets are read from after it, their quotes the source's text at their offsets (F221).
 */
export function taskProposals(text: string, task: ParsedTask, sink: DiagnosticSink, width: number | undefined, widths: LineWidths, years: Pick<ExtractOptions, 'year' | 'periodStart'> = {}): ProposedTarget[] {
  const inBodyAlone = unwrapSpan(text, task.bodySpan, width, widths);
  const bodyAlone = extractTargetsAndUnread(inBodyAlone.text, years);
  // A sentence a line break cut after the title: the title and the body read as one text, from the source.
  const across = acrossTitleLine(text, task, inBodyAlone, bodyAlone.targets);
  // The title's targets read from after a bracket that starts it (see above).
  const topic = leadingBracketLength(task.title);
  const titleText = across ? '' : task.title.slice(topic);
  const titleOffset = task.titleSpan.offset + topic;
  const title = extractTargetsAndUnread(titleText, { ...years, offset: titleOffset });
  const unwrapped = across ?? inBodyAlone;
  const body = across ? extractTargetsAndUnread(across.text, years) : bodyAlone;
  // What is said of a proposal quotes it joined, on one line, at its place in the source; the target quotes the source.
  const quoted = new Map<ProposedTarget, ProposedTarget>();
  const inBody = body.targets.map((p) => {
    const placed = { ...p, offset: unwrapped.sourceIndex(p.offset) };
    quoted.set(placed, { ...p, ...sourceQuote(text, unwrapped, p.offset, p.quote.length) });
    return placed;
  });
  const unread = [...title.unread.map((u) => ({ ...u, count: countAt(titleText, u.offset - titleOffset, u.numeral) })), ...body.unread.map((u) => ({ ...u, offset: unwrapped.sourceIndex(u.offset), count: countAt(unwrapped.text, u.offset, u.numeral) }))];
  for (const u of unread) {
    const words =
      u.reason === 'past' || u.reason === 'condition'
        ? statedNumeralWords[u.reason].en(task.number, u.quantity ?? u.numeral, u.when ?? '')
        : u.reason !== 'noUnit'
          ? formNotReadWords[u.reason].en(task.number, u.numeral)
          : u.count
            ? countNotReadWords.en(task.number, u.count)
            : numeralNotReadWords.en(task.number, u.numeral);
    sink.warning('numeralNotRead', words, u.offset);
  }
  return namedProposals(text, [...title.targets, ...inBody], task.number, sink).map((p) => quoted.get(p) ?? p);
}

/**
 * How many targets the document's `tasks` propose, and `diagnostics` with what their proposals say (`numeralNotRead`…)
 * among them, in document order: `summary`'s count, and all a build says when it stops before reading its targets.
 */
export function documentProposals(text: string, tasks: readonly ParsedTask[], diagnostics: readonly Diagnostic[]): { readonly targets: number; readonly diagnostics: Diagnostic[] } {
  const sink = createDiagnosticSink(text);
  const widths = lineWidths(text);
  const width = tasksWrapWidth(text, tasks, widths);
  const targets = tasks.reduce((n, task) => n + taskProposals(text, task, sink, width, widths).length, 0);
  return { targets, diagnostics: [...diagnostics, ...sink.done()].sort((a, b) => a.offset - b.offset) };
}
