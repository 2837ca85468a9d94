/**
 * Word's automatic numbering written into a .docx's paragraphs, as Word shows it, before mammoth reads their text
 * (mammoth leaves it out): a paragraph numbered by `w:numPr` (its own, or its style's) gets its label (`一、` `1.`
 * `（1）` `1.2`) from `word/numbering.xml`: the list's level text (`w:lvlText`) with each `%n` the count of level n in
 * its format (`w:numFmt`), counted from `w:start` (or a `w:startOverride`), the levels below restarting as their
 * `w:lvlRestart` says. A list's `w:num`s share their abstract numbering's counts, as in Word. A format not written here
 * is said by `onUnwritten`.
 */
import { numberInFormat } from './docx-number-formats.js';
import { childNamed, childrenNamed, elementsNamed, paragraphText, W, wAttribute } from './docx-xml.js';

/** A level of a list: where it starts, its format, its text (`%1、`), what follows the label. */
interface Level {
  readonly start: number;
  readonly format: string;
  readonly text: string;
  /** `w:isLgl`: every number in the label in decimal (`1.2`, whatever the levels above show). */
  readonly legal: boolean;
  /** `w:suff`: a tab (Word's default) or a space shows a gap after the label; `nothing` none. */
  readonly gap: boolean;
  /**
   * `w:lvlRestart` (ECMA-376 §17.9.10), as the number of levels whose use restarts this one: the count restarts when a
   * level with a smaller `w:ilvl` than this is used. Its value n (1-based) names levels 0 … n−1; 0 never restarts;
   * none, any level above.
   */
  readonly restartBelow: number;
}

/** A list (`w:num`): the abstract numbering whose counts it shares, its levels, the levels it restarts. */
interface List {
  readonly counts: string;
  readonly levels: ReadonlyMap<number, Level>;
  readonly restarts: ReadonlyMap<number, number>;
}

/** A paragraph's numbering: which list, which level. */
interface NumberingRef {
  readonly numId: string;
  readonly ilvl: number;
}

const intOf = (value: string | undefined, otherwise: number) => (value !== undefined && /^-?\d+$/u.test(value) ? Number(value) : otherwise);

/** A `w:lvl` read. */
function levelOf(lvl: Element): Level {
  const legal = wAttribute(childNamed(lvl, 'isLgl'));
  return {
    start: intOf(wAttribute(childNamed(lvl, 'start')), 0),
    format: wAttribute(childNamed(lvl, 'numFmt')) ?? 'decimal',
    text: wAttribute(childNamed(lvl, 'lvlText')) ?? '',
    legal: childNamed(lvl, 'isLgl') !== undefined && legal !== 'false' && legal !== '0',
    gap: wAttribute(childNamed(lvl, 'suff')) !== 'nothing',
    restartBelow: intOf(wAttribute(childNamed(lvl, 'lvlRestart')), Infinity),
  };
}

/** The levels (`w:lvl`) under `parent`, by `w:ilvl`. */
const levelsUnder = (parent: Element | undefined) => new Map(childrenNamed(parent, 'lvl').map((lvl) => [intOf(wAttribute(lvl, 'ilvl'), 0), levelOf(lvl)]));

/** Each paragraph style's numbering (`w:numPr` in its `w:pPr`, or its `w:basedOn` style's), by style id. */
function styleNumbering(styles: Document | undefined): (styleId: string | undefined) => Partial<NumberingRef> | undefined {
  const byId = new Map((styles ? elementsNamed(styles, 'style') : []).map((style) => [wAttribute(style, 'styleId'), style]));
  const resolve = (styleId: string | undefined, depth = 0): Partial<NumberingRef> | undefined => {
    const style = byId.get(styleId);
    if (!style || depth > 20) return undefined;
    const numPr = childNamed(childNamed(style, 'pPr'), 'numPr');
    const basedOn = numPr ? undefined : resolve(wAttribute(childNamed(style, 'basedOn')), depth + 1);
    return numPr ? refOf(numPr) : basedOn;
  };
  return resolve;
}

/** What a `w:numPr` says: its list and level, either missing when it does not say them. */
function refOf(numPr: Element): Partial<NumberingRef> {
  const numId = wAttribute(childNamed(numPr, 'numId'));
  const ilvl = wAttribute(childNamed(numPr, 'ilvl'));
  return { ...(numId === undefined ? {} : { numId }), ...(ilvl === undefined ? {} : { ilvl: intOf(ilvl, 0) }) };
}

/** The lists of `numbering.xml`, by `w:numId`; an abstract numbering given through a style (`w:numStyleLink`) followed. */
function listsOf(numbering: Document, styleRef: ReturnType<typeof styleNumbering>): Map<string, List> {
  const abstracts = new Map(elementsNamed(numbering, 'abstractNum').map((a) => [wAttribute(a, 'abstractNumId'), a]));
  const nums = new Map(elementsNamed(numbering, 'num').map((n) => [wAttribute(n, 'numId'), n]));
  const abstractOf = (num: Element | undefined, depth = 0): [string | undefined, Element | undefined] => {
    const id = wAttribute(childNamed(num, 'abstractNumId'));
    const abstract = abstracts.get(id);
    const link = wAttribute(childNamed(abstract, 'numStyleLink'));
    if (link === undefined || depth > 2) return [id, abstract];
    return abstractOf(nums.get(styleRef(link)?.numId), depth + 1);
  };
  const lists = new Map<string, List>();
  for (const [numId, num] of nums) {
    const [counts, abstract] = abstractOf(num);
    if (numId === undefined || counts === undefined || !abstract) continue;
    const overrides = childrenNamed(num, 'lvlOverride');
    const levels = new Map([...levelsUnder(abstract), ...overrides.flatMap((o) => [...levelsUnder(o)])]);
    const restarts = new Map(
      overrides.flatMap((o) => {
        const start = wAttribute(childNamed(o, 'startOverride'));
        return start === undefined ? [] : [[intOf(wAttribute(o, 'ilvl'), 0), intOf(start, 0)] as const];
      }),
    );
    lists.set(numId, { counts, levels, restarts });
  }
  return lists;
}

/** A bullet's character as text: Word's Symbol and Wingdings bullets are private-use characters, shown as •. */
const bulletText = (text: string) => text.replace(/[\uE000-\uF8FF]/gu, '•');

/** What a paragraph numbered in a format not written here is said with: its text and the format. */
export type UnwrittenNumbering = (paragraph: string, format: string) => void;

/**
 * Writes each numbered paragraph's label into `document` (a run before its first), as Word shows it; says each one
 * whose format is not written here through `onUnwritten`, its text left as it is.
 */
export function writeNumbering(document: Document, numbering: Document, styles: Document | undefined, onUnwritten: UnwrittenNumbering): void {
  const styleRef = styleNumbering(styles);
  const lists = listsOf(numbering, styleRef);
  const counts = new Map<string, (number | undefined)[]>();
  const begun = new Set<string>();
  for (const paragraph of elementsNamed(document, 'p')) {
    const ref = numberingRef(paragraph, styleRef);
    const list = ref && lists.get(ref.numId);
    const level = list?.levels.get(ref!.ilvl);
    if (!ref || !list || !level) continue;
    const count = counts.get(list.counts) ?? [];
    counts.set(list.counts, count);
    if (!begun.has(ref.numId)) for (const [ilvl, start] of list.restarts) count[ilvl] = start - 1;
    begun.add(ref.numId);
    count[ref.ilvl] = count[ref.ilvl] === undefined ? level.start : count[ref.ilvl]! + 1;
    restartLevelsBelow(count, list, ref.ilvl);
    const label = labelOf(level, list, count);
    if (typeof label !== 'string') onUnwritten(paragraphText(paragraph), label.format);
    else if (label) insertLabel(paragraph, level.gap ? `${label} ` : label);
  }
}

/**
 * Restarts the levels below `ilvl` that restart when it is used: a level j when `ilvl` < j and `ilvl` < its
 * `restartBelow` (a value above j is ignored, as the standard says, which comes to the same).
 */
function restartLevelsBelow(count: (number | undefined)[], list: List, ilvl: number): void {
  for (let j = ilvl + 1; j < count.length; j++) if (ilvl < (list.levels.get(j)?.restartBelow ?? Infinity)) count[j] = undefined;
}

/** The paragraph's list and level, from its `w:numPr` or its style's; none for `w:numId` 0 (numbering taken off). */
function numberingRef(paragraph: Element, styleRef: ReturnType<typeof styleNumbering>): NumberingRef | undefined {
  const pPr = childNamed(paragraph, 'pPr');
  const numPr = childNamed(pPr, 'numPr');
  const own = numPr ? refOf(numPr) : {};
  const styled = styleRef(wAttribute(childNamed(pPr, 'pStyle'))) ?? {};
  const numId = own.numId ?? styled.numId;
  if (numId === undefined || numId === '0') return undefined;
  return { numId, ilvl: own.ilvl ?? styled.ilvl ?? 0 };
}

/** The label of a paragraph at the last level of `count`, or the format that cannot be written. */
function labelOf(level: Level, list: List, count: readonly (number | undefined)[]): string | { readonly format: string } {
  if (level.format === 'bullet') return bulletText(level.text);
  let unwritten: string | undefined;
  const label = level.text.replace(/%([1-9])/gu, (_, n: string) => {
    const at = Number(n) - 1;
    const format = level.legal ? 'decimal' : (list.levels.get(at)?.format ?? 'decimal');
    if (format === 'none') return '';
    const written = numberInFormat(count[at] ?? list.levels.get(at)?.start ?? 1, format);
    if (written === undefined) unwritten ??= format;
    return written ?? '';
  });
  return unwritten === undefined ? label : { format: unwritten };
}

/** Puts `label` in a run of its own at the start of `paragraph`'s text, after its properties. */
function insertLabel(paragraph: Element, label: string): void {
  const doc = paragraph.ownerDocument;
  const run = doc.createElementNS(W, 'w:r');
  const text = doc.createElementNS(W, 'w:t');
  text.setAttribute('xml:space', 'preserve');
  text.appendChild(doc.createTextNode(label));
  run.appendChild(text);
  const pPr = childNamed(paragraph, 'pPr');
  paragraph.insertBefore(run, pPr ? pPr.nextSibling : paragraph.firstChild);
}
