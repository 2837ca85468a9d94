/**
 * An element as on paper, in both engines: Chromium emulates print media; the Firefox launcher here emulates no
 * media (no CDP), so there the element's own `@media print` rules are applied on screen, each in its place in its
 * sheet (the same cascade order as in print), and its screen-only rules left out.
 */
import { emulateMedia } from '@web/test-runner-commands';
import { answered } from './media.js';

/** A sheet's rules as they apply on paper: `@media print` unwrapped, `@media screen` dropped, the rest as they are. */
function paperText(sheet: CSSStyleSheet): string {
  return [...sheet.cssRules]
    .map((rule) => {
      if (!(rule instanceof CSSMediaRule)) return rule.cssText;
      const media = rule.media.mediaText.trim();
      if (media === 'print') return [...rule.cssRules].map((inner) => inner.cssText).join('\n');
      return media === 'screen' ? '' : rule.cssText;
    })
    .join('\n');
}

/** Applies the print rules of `el`'s shadow root in place of its screen ones; returns what puts them back. */
function printRulesOn(el: Element): () => void {
  const root = el.shadowRoot!;
  // A copy: Firefox gives the live array, which the assignment below would change under it.
  const sheets = [...root.adoptedStyleSheets];
  if (sheets.length === 0) throw new Error(`${el.localName} adopts no style sheets: its print rules cannot be applied`);
  root.adoptedStyleSheets = sheets.map((sheet) => {
    const paper = new CSSStyleSheet();
    paper.replaceSync(paperText(sheet));
    return paper;
  });
  return () => {
    root.adoptedStyleSheets = sheets;
  };
}

/**
 * Runs `check` with `el` styled as printed: print media emulated where the launcher can, else the element's print
 * rules applied to its shadow root; screen again afterwards, whether `check` passed or not.
 */
export async function onPaper(el: Element, check: () => void | Promise<void>): Promise<void> {
  let undo: () => Promise<void> | void;
  try {
    await answered(() => emulateMedia({ media: 'print' }));
    undo = () => answered(() => emulateMedia({ media: 'screen' }));
  } catch (error) {
    if (!/not support/i.test(String(error))) throw error;
    undo = printRulesOn(el);
  }
  try {
    await check();
  } finally {
    await undo();
  }
}
