/**
 * A .docx's tables written as rows of text before mammoth reads them: mammoth makes each cell its own paragraph, so
 * tasks in a table came out as loose lines (`noTasks`, `headingLikeText`) with no word of the table. Each row of two
 * cells or more becomes one paragraph, its cells joined by a tab (a cell's paragraphs by a space), as a table copied
 * out of Word reads; the check for tables in the text (`table-rows.ts`) then says `tableNotRead` at its first row. A
 * row of one cell (a box drawn around text) keeps its paragraphs.
 */
import { elementsNamed, isNamed, W } from './docx-xml.js';

/** The nearest ancestor of `node` named `name` (WordprocessingML), if any. */
function ancestorNamed(node: Element, name: string): Element | undefined {
  for (let at = node.parentNode; at; at = at.parentNode) if (isNamed(at, name)) return at;
  return undefined;
}

/** The elements named `name` under `parent` whose nearest `owner`-named ancestor is `parent` (not a nested table's). */
const ownNamed = (parent: Element, name: string, owner: string) => elementsNamed(parent, name).filter((e) => ancestorNamed(e, owner) === parent);

/** A run holding `what` (`w:tab`, or `w:t` of a space). */
function runOf(doc: Document, what: 'tab' | 'space'): Element {
  const run = doc.createElementNS(W, 'w:r');
  const inner = doc.createElementNS(W, what === 'tab' ? 'w:tab' : 'w:t');
  if (what === 'space') {
    inner.setAttribute('xml:space', 'preserve');
    inner.appendChild(doc.createTextNode(' '));
  }
  run.appendChild(inner);
  return run;
}

/** Moves what `paragraph` holds (its runs, links, insertions: all but its properties) to the end of `into`. */
function moveContent(paragraph: Element, into: Element): void {
  for (let node = paragraph.firstChild; node; ) {
    const next = node.nextSibling;
    if (!isNamed(node, 'pPr')) into.appendChild(node);
    node = next;
  }
}

/** The paragraphs a row is written as: one of its cells joined by tabs, or a lone cell's own paragraphs. */
function rowParagraphs(row: Element): Element[] {
  const cells = ownNamed(row, 'tc', 'tr');
  if (cells.length < 2) return cells.flatMap((cell) => elementsNamed(cell, 'p'));
  const doc = row.ownerDocument;
  const line = doc.createElementNS(W, 'w:p');
  for (const [i, cell] of cells.entries()) {
    if (i) line.appendChild(runOf(doc, 'tab'));
    for (const [j, paragraph] of elementsNamed(cell, 'p').entries()) {
      if (j) line.appendChild(runOf(doc, 'space'));
      moveContent(paragraph, line);
    }
  }
  return [line];
}

/** Replaces each table of `document` by its rows, each one paragraph: a nested table first, then its cell's row. */
export function writeTableRows(document: Document): void {
  for (const table of elementsNamed(document, 'tbl').reverse()) {
    const parent = table.parentNode!;
    for (const row of ownNamed(table, 'tr', 'tbl')) for (const paragraph of rowParagraphs(row)) parent.insertBefore(paragraph, table);
    parent.removeChild(table);
  }
}
