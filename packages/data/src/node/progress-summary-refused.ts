/**
 * The entries of a report that `dz-plan progress summary` refused (F268: `RefusedEntry`), in the summary itself
 * (`progress-summary-format.ts` puts them after its own lists and rows): a list after those that cannot be judged (the
 * last of the summary's lists), each issue with its entry's target and why, in text and Markdown (the report author's
 * to-do list, keyed by entry); at the target each names, why it cannot be judged, short (F274: review r112 F6); in CSV,
 * where that target's row says it, a row each only for the issues of an entry that names no target of the plan, 未採用
 * in the status column and why in the note column, as the summary's own rows have them. Its words per language.
 */
import { issueLine } from '../issues.js';
import { sheetHeaders } from '../progress/sheet-columns.js';
import type { Language } from '../schema.js';
import type { RefusedEntry } from './progress-summary.js';
import { markdownText } from './markdown-text.js';

interface RefusedWords {
  /** The heading of the list, with how many entries. */
  readonly heading: (count: number) => string;
  /** What the status column of the CSV says of a refused entry. */
  readonly label: string;
  /** The Markdown table's columns besides the target's: the entry's place (`entries[39].asOf`), and why. */
  readonly entry: string;
  readonly why: string;
  /**
   * At a target that cannot be judged because an entry of it was refused (F274): the entry (`entries[1]`) and the
   * first sentence of each of its issues ({@link firstSentence}), joined by {@link RefusedWords.and}.
   */
  readonly atTarget: (entry: string, why: string) => string;
  readonly and: string;
}

const words: Readonly<Record<Language, RefusedWords>> = {
  'zh-Hant': { heading: (n) => `報告中未採用的條目(${n} 條)`, label: '未採用', entry: '條目', why: '原因', atTarget: (entry, why) => `未採用報告中的條目 ${entry}:${why}`, and: ';' },
  'zh-Hans': { heading: (n) => `报告中未采用的条目(${n} 条)`, label: '未采用', entry: '条目', why: '原因', atTarget: (entry, why) => `未采用报告中的条目 ${entry}:${why}`, and: ';' },
  en: { heading: (n) => `Entries of the report not used (${n})`, label: 'not used', entry: 'Entry', why: 'Why', atTarget: (entry, why) => `${entry} of the report not used: ${why}`, and: '; ' },
};

/** The end of a sentence in an issue's message: 。, or a full stop before a space (not the point of `1.5`). */
const SENTENCE_END = /。|\.(?=\s)/;

/** The first sentence of `message`, without its end: what is wrong, without the advice after it. */
const firstSentence = (message: string) => {
  const end = message.search(SENTENCE_END);
  return end < 0 ? message : message.slice(0, end);
};

/**
 * What a target that cannot be judged says of the refused entries that name it (F274): a line per entry, its place in
 * the report and the first sentence of why (the list after the summary says all of it): none when none.
 */
export function refusedAtTarget(refused: readonly RefusedEntry[], lang: Language): string[] {
  const w = words[lang];
  return refused.map(({ index, issues }) => w.atTarget(`entries[${index}]`, issues.map((issue) => firstSentence(issue.message)).join(w.and)));
}

/** Each issue of the refused entries, with its entry's target (`''` when it names none). */
const issuesOf = (refused: readonly RefusedEntry[]) => refused.flatMap(({ target, issues }) => issues.map((issue) => ({ target: target ?? '', issue })));

/** The list as lines for a terminal, after the summary's: none when no entry was refused. */
export function refusedText(refused: readonly RefusedEntry[], lang: Language): string[] {
  if (!refused.length) return [];
  return ['', words[lang].heading(refused.length), ...issuesOf(refused).map(({ target, issue }) => `  ${target ? `${target} ` : ''}${issueLine(issue)}`)];
}

/** The list as Markdown, after the summary's (ending in a line break, as the summary does): `''` when none. */
export function refusedMarkdown(refused: readonly RefusedEntry[], lang: Language): string {
  if (!refused.length) return '';
  const w = words[lang];
  const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const rows = issuesOf(refused).map(({ target, issue }) => row([target, issue.path, issue.message].map(markdownText)));
  return ['', `## ${markdownText(w.heading(refused.length))}`, '', row([sheetHeaders[lang].target, w.entry, w.why].map(markdownText)), row(['---', '---', '---']), ...rows, ''].join('\n');
}

/**
 * A row per issue of the refused entries that name no target of the plan (an unknown id, none: F274, the others are
 * said in their target's row, {@link refusedAtTarget}), as wide as the summary's CSV `header`: the label in its status
 * column and why in its note column (`columns`, the summary's words for them), the target column empty.
 */
export function refusedRows(refused: readonly RefusedEntry[], header: readonly string[], columns: { readonly status: string; readonly note: string }, lang: Language): string[][] {
  const [status, note] = [columns.status, columns.note].map((name) => header.indexOf(name));
  const label = words[lang].label;
  return issuesOf(refused.filter((entry) => entry.target === undefined)).map(({ issue }) => header.map((_, i) => (i === status ? label : i === note ? issueLine(issue) : '')));
}
