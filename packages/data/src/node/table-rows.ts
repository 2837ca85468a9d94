/**
 * A table in the document, read after the parse (`after-parse.ts`): tasks copied out of Word or a spreadsheet as rows
 * of cells (tab-separated, `| … |`, or drawn with │) have no numbering the parser reads, so a document of them read as
 * "no numbered tasks" without a word about the table. Said once, at the table's first row.
 */
import type { DiagnosticSink } from '../parse/diagnostics.js';
import { documentScript } from './document-script.js';
import { tableRowWords } from './table-rows-words.js';

/** How a table's cells are separated: tabs, `|`, or box-drawing lines (│). */
export type TableKind = 'tab' | 'pipe' | 'grid';

/** A task's or heading's numbering alone in the first cell (`1.⇥擴大…`): a task, not a row. */
const NUMBERING = /^(?:[(（]?[0-9０-９一二三四五六七八九十]+[)）]|[0-9０-９]+[.、．]|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)$/u;
/** A task's numbering with its text after it, in one cell: `1.擴大…`, `(一)推進…`. */
const TASK_START = /^(?:[(（]?[0-9０-９一二三四五六七八九十]+[)）]|[0-9０-９]+[.、．]|[一二三四五六七八九十]+、)\S/u;
/** A rule between rows: `| --- | --- |`, `+----+`, `├──┼──┤`. */
const BORDER = /^[-─━=:+|│┃┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋\s]*[-─━=][-─━=:+|│┃┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋\s]*$/u;

/** What a line is in a table: a row of at least two cells (and how they are separated), a rule, or neither. */
export function tableLineKind(line: string): TableKind | 'border' | undefined {
  const trimmed = line.trim();
  if (trimmed.length >= 3 && BORDER.test(trimmed)) return 'border';
  const kind: TableKind = /[│┃]/u.test(trimmed) ? 'grid' : trimmed.startsWith('|') ? 'pipe' : 'tab';
  const cells = trimmed.split({ grid: /[│┃]/u, pipe: '|', tab: '\t' }[kind]).map((cell) => cell.trim()).filter(Boolean);
  if (cells.length < 2 || (kind === 'tab' && cells.length === 2 && NUMBERING.test(cells[0]!))) return undefined;
  // A task written whole, a tab inside it (`1.擴大有效投資。⇥(牽頭單位:…)`): its numbering runs on into its text.
  if (kind === 'tab' && TASK_START.test(cells[0]!)) return undefined;
  return kind;
}

/** Says to `sink` the first table of `text`: a row beside another of its kind or a rule (one line with a tab is no table). */
export function checkTableRows(text: string, sink: DiagnosticSink): void {
  const lines: { readonly offset: number; readonly kind: TableKind | 'border' | undefined }[] = [];
  for (const match of text.matchAll(/[^\r\n]*(?:\r\n|\r|\n|$)/gu)) {
    if (match.index === text.length && match[0] === '') break;
    lines.push({ offset: match.index, kind: tableLineKind(match[0]) });
  }
  // A row beside another row of its kind, or (drawn or piped) beside a rule: tab-separated text has no rules.
  const beside = (i: number, kind: TableKind) => lines[i]?.kind === kind || (kind !== 'tab' && lines[i]?.kind === 'border');
  const first = lines.findIndex((line, i) => line.kind !== undefined && line.kind !== 'border' && (beside(i - 1, line.kind) || beside(i + 1, line.kind)));
  const row = lines[first];
  if (!row || row.kind === undefined || row.kind === 'border') return;
  sink.warning('tableNotRead', tableRowWords.en(first + 1, row.kind, documentScript(text)), row.offset);
}
