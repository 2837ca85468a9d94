/**
 * Printing a page to PDF in Chromium and reading the PDF back with PDF.js: the text of each page (for the print
 * tests) and a page as a PNG (for the printed-page image in the docs). Chromium embeds the fonts it used, so the
 * Chinese text needs a CJK font on the machine (Debian: fonts-noto-cjk, installed by .ci/run).
 */
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';

/** One page of a printed PDF: its text, in the order it is drawn, and the colours its shapes and text are filled with. */
export interface PrintedPage {
  /** The text items joined, without any white space (a Chinese name may be drawn glyph by glyph, a line may wrap anywhere). */
  readonly text: string;
  /** The text items, one per drawn run. */
  readonly items: readonly string[];
  /** Fill colours set on the page, as `#rrggbb` (read when asked: `readPdf(pdf, { fills: true })`). */
  readonly fills?: ReadonlySet<string>;
}

/**
 * Text as read back from a PDF, for comparison: NFKC, because a CJK font maps some ideographs back to their
 * compatibility forms (工 comes back as the Kangxi radical ⼯). Normalize what you look for the same way.
 */
export const asPrinted = (text: string): string => text.normalize('NFKC');

/**
 * How many times `needle`, white space left out, occurs in printed `text`. Besides NFKC ({@link asPrinted}), a CJK font's reverse mapping
 * also turns some ideographs into CJK radicals with no decomposition (民 comes back as ⺠, U+2EA0): any character
 * of the radical blocks (U+2E80–U+2FDF) in the text matches any ideograph of the needle.
 */
export function countPrinted(text: string, needle: string): number {
  const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const pattern = [...asPrinted(needle).replace(/\s+/g, '')].map((c) => (/\p{Script=Han}/u.test(c) ? `[${escape(c)}\u2E80-\u2FDF]` : escape(c))).join('');
  return text.match(new RegExp(pattern, 'gu'))?.length ?? 0;
}

/** A page that prints to PDF: playwright's (Chromium) or puppeteer's (Firefox, over WebDriver BiDi). */
export interface PrintablePage {
  pdf(options: { format: 'A4'; margin: Record<'top' | 'bottom' | 'left' | 'right', string> }): Promise<Uint8Array>;
}

/** Prints `page` as the browser's print dialog would on A4 portrait, backgrounds left to each element's CSS. */
export function printToPdf(page: Page | PrintablePage): Promise<Uint8Array> {
  return (page as PrintablePage).pdf({ format: 'A4', margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' } });
}

/** Opens a PDF with PDF.js (no worker, no font loading beyond the embedded fonts). */
async function openPdf(pdf: Uint8Array) {
  // PDF.js transfers the buffer it is given: hand it a copy so the caller's stays usable.
  return getDocument({ data: new Uint8Array(pdf), verbosity: 0, useSystemFonts: false, isEvalSupported: false }).promise;
}

/**
 * The text of every page of `pdf`, and with `fills` its fill colours: reading those walks each page's operators, about
 * 4 s for the print tests' big matrices in both engines, which only the card's bars need.
 */
export async function readPdf(pdf: Uint8Array, options: { fills?: boolean } = {}): Promise<PrintedPage[]> {
  const doc = await openPdf(pdf);
  const pages: PrintedPage[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items = content.items.flatMap((item) => ('str' in item && item.str.trim() ? [asPrinted(item.str)] : []));
      const text = items.join('').replace(/\s+/g, '');
      pages.push(options.fills ? { text, items, fills: await fillsOf(page) } : { text, items });
    }
  } finally {
    await doc.destroy();
  }
  return pages;
}

/** The fill colours a page sets, as `#rrggbb`. */
async function fillsOf(page: Awaited<ReturnType<Awaited<ReturnType<typeof openPdf>>['getPage']>>): Promise<Set<string>> {
  const operators = await page.getOperatorList();
  const fills = new Set<string>();
  operators.fnArray.forEach((fn, i) => {
    if (fn !== OPS.setFillRGBColor) return;
    const [colour] = operators.argsArray[i] as [unknown];
    if (typeof colour === 'string') fills.add(colour.toLowerCase());
  });
  return fills;
}

/**
 * Page `n` (from 1) of `pdf` as a PNG at `scale` (1 = 72 dpi). Uses `@napi-rs/canvas`, the canvas PDF.js itself
 * takes in Node (installed with pdfjs-dist).
 */
export async function pdfPageToPng(pdf: Uint8Array, n: number, scale = 1.5): Promise<Buffer> {
  const { createCanvas } = await import('@napi-rs/canvas');
  const doc = await openPdf(pdf);
  try {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale });
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const context = canvas.getContext('2d');
    // Paper is white; the canvas starts transparent.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: context as unknown as CanvasRenderingContext2D, viewport }).promise;
    return canvas.toBuffer('image/png');
  } finally {
    await doc.destroy();
  }
}
