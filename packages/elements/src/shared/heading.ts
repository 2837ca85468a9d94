/** Headings at a level chosen at run time (Lit cannot bind a tag name), as the card and the unit summary need. */
import { html, type TemplateResult } from 'lit';
import { folded, numberInput, type Input } from './inputs.js';

/** A heading at `level` (2–6); below h6 there is no heading level left, so a plain label keeps the structure. */
export function headingOf(level: number, id: string, part: string, className: string, content: unknown): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 id=${id} part=${part} class=${className}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${part} class=${className}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part} class=${className}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} class=${className}>${content}</h5>`;
    case 6:
      return html`<h6 id=${id} part=${part} class=${className}>${content}</h6>`;
    default:
      return html`<p id=${id} part=${part} class=${className}>${content}</p>`;
  }
}

/** A `heading-level` value as a heading level, 2–6; 3, the default, for any other (which the element notices). */
export function headingLevelOf(value: unknown): number {
  const level = levelOf(value);
  return typeof level === 'number' && Number.isInteger(level) && level >= 2 && level <= 6 ? level : 3;
}

/** A heading level, 2 to 6 (h1 is the page's own title), as it may be given: a number, or digits or its tag as text (`"4"`, `"h4"`). */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6 | `${2 | 3 | 4 | 5 | 6}` | `h${2 | 3 | 4 | 5 | 6}`;

/**
 * A heading level (`heading-level`), 2 to 6: an attribute of digits, or written as its tag (`h2`), is read as the
 * number; any other value is noticed ("heading-level=7 is not one of 2 | 3 | 4 | 5 | 6", a tag of no level as written:
 * `heading-level="h7"`) and the default, 3, drawn.
 */
export const headingLevelInput: Input<number | string> & { readonly choices: readonly string[] } = {
  ...numberInput,
  choices: ['2', '3', '4', '5', '6'],
  fromAttribute: (value: string | null) => levelOf(folded(value)),
  // What an editor leaves around it dropped first: `“h2”` is a level, as drawn.
  read: (value) => levelOf(numberInput.read(value)),
};

/** A level written as digits or as the tag of a level (`3`, ` h2 `) as its number; anything else (`h7`) as it is. */
function levelOf<T>(value: T): T | number {
  const digits = typeof value === 'string' ? /^\s*(?:h\s*(?=0*[2-6]\s*$))?(-?\d+)\s*$/i.exec(value)?.[1] : undefined;
  return digits === undefined ? value : Number(digits);
}
