/**
 * The entries of a report that `dz-plan progress summary` refused (F268: `RefusedEntry`), in the summary itself
 * (`progress-summary-format.ts` puts them after its own lists and rows): a list after those that cannot be judged (the
 * last of the summary's lists), each issue with its entry's target and why, in text and Markdown; in CSV a row each,
 * its target in the target column, 未採用 in the status column and why in the note column, as the summary's own rows
 * have them. Its words per language.
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
}

const words: Readonly<Record<Language, RefusedWords>> = {
  'zh-Hant': { heading: (n) => `報告中未採用的條目(${n} 條)`, label: '未採用', entry: '條目', why: '原因' },
  'zh-Hans': { heading: (n) => `报告中未采用的条目(${n} 条)`, label: '未采用', entry: '条目', why: '原因' },
  en: { heading: (n) => `Entries of the report not used (${n})`, label: 'not used', entry: 'Entry', why: 'Why' },
};

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
 * A row per issue of the refused entries, as wide as the summary's CSV `header`: the target in its target column,
 * the label in its status column and why in its note column (`columns`, the summary's words for them).
 */
export function refusedRows(refused: readonly RefusedEntry[], header: readonly string[], columns: { readonly status: string; readonly note: string }, lang: Language): string[][] {
  const [target, status, note] = [sheetHeaders[lang].target, columns.status, columns.note].map((name) => header.indexOf(name));
  return issuesOf(refused).map((refusal) => header.map((_, i) => (i === target ? refusal.target : i === status ? words[lang].label : i === note ? issueLine(refusal.issue) : '')));
}
