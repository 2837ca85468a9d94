/**
 * The screenshots of docs/guide-cms-editors.md, taken from examples/cms.html (the CMS example page that loads
 * nothing but the built CDN file), so they always show what the built elements really do. Each variant is added to
 * that same page with the snippet the guide prints, under the page's strict CSP.
 *
 *   npm run build && npx tsx scripts/screenshots.ts     # writes docs/images/*.png
 *
 * The printed pages (print-*.png) are pages of the PDF Chromium prints, rendered by PDF.js.
 *
 * Needs a CJK font for the Chinese text (Debian: fonts-noto-cjk).
 */
import { access, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Locator, type Page } from 'playwright-core';
import { pdfPageToPng, printToPdf } from './lib/print-pdf.js';
import { chromiumLaunchOptions, serveStatic } from './lib/static-server.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const imagesDir = join(repo, 'docs', 'images');
const cdnFile = join(repo, 'packages', 'elements', 'dist', 'cdn', 'dz-elements.js');
const examplePage = '/examples/cms.html';

/** A shot of something already on examples/cms.html. */
interface PageShot {
  readonly file: string;
  readonly selector: string;
}

/** A shot of a snippet the guide prints, added to examples/cms.html: one element, its attributes, a width. */
export interface SnippetShot {
  readonly file: string;
  readonly tag: 'dz-task-card' | 'dz-task-matrix' | 'dz-target-gauge' | 'dz-unit-summary' | 'dz-plan-overview';
  readonly attributes: Readonly<Record<string, string>>;
  /** Width of the box around the element, in CSS pixels. */
  readonly width: number;
  /** `lang` of the box, if not the page's zh-Hant. */
  readonly lang?: string;
}

const pageShots: readonly PageShot[] = [
  { file: 'cms-task-matrix.png', selector: 'dz-task-matrix' },
  { file: 'cms-task-card.png', selector: 'dz-task-card[task="9"]' },
  { file: 'cms-target-gauges.png', selector: '.gauges' },
  { file: 'cms-task-card-en.png', selector: 'section[lang="en"] dz-task-card' },
];

export const snippetShots: readonly SnippetShot[] = [
  { file: 'task-card-expanded.png', tag: 'dz-task-card', attributes: { task: '26', expanded: '' }, width: 760 },
  { file: 'task-card-unit-links.png', tag: 'dz-task-card', attributes: { task: '9', 'unit-href': '/units/{id}' }, width: 760 },
  { file: 'task-matrix-unit.png', tag: 'dz-task-matrix', attributes: { unit: '市發改委', section: '4' }, width: 760 },
  { file: 'task-matrix-rows-tasks.png', tag: 'dz-task-matrix', attributes: { section: '4', rows: 'tasks' }, width: 1100 },
  { file: 'task-matrix-narrow.png', tag: 'dz-task-matrix', attributes: { section: '1' }, width: 400 },
  { file: 'target-gauge-target-only.png', tag: 'dz-target-gauge', attributes: { target: 't26.3' }, width: 360 },
  {
    file: 'target-gauge-bar.png',
    tag: 'dz-target-gauge',
    attributes: { target: 't09.1', value: '2100', 'as-of': '2023-06-30', variant: 'bar' },
    width: 420,
  },
  { file: 'error-unknown-task.png', tag: 'dz-task-card', attributes: { task: '99' }, width: 520 },
  { file: 'target-gauge-en.png', tag: 'dz-target-gauge', attributes: { target: 't26.4', value: '7', 'as-of': '2023-06-30' }, width: 420, lang: 'en' },
  { file: 'unit-summary-tasks.png', tag: 'dz-unit-summary', attributes: { unit: '市發改委', show: 'tasks', 'task-href': '/tasks/{number}' }, width: 760 },
  { file: 'plan-overview.png', tag: 'dz-plan-overview', attributes: {}, width: 900 },
];

/** A page of a printed PDF (Chromium's print to PDF, A4, as packages/elements/test/pages/print.test.ts prints it). */
interface PrintShot {
  readonly file: string;
  /** A page that loads nothing but the built CDN file. */
  readonly path: string;
  /** Which page of the PDF, from 1. */
  readonly pdfPage: number;
}

const printShots: readonly PrintShot[] = [
  { file: 'print-task-matrix-page-1.png', path: '/packages/elements/test-fixtures/print-matrix.html', pdfPage: 1 },
  { file: 'print-task-matrix-page-2.png', path: '/packages/elements/test-fixtures/print-matrix.html', pdfPage: 2 },
  { file: 'print-task-card.png', path: '/packages/elements/test-fixtures/print-card.html', pdfPage: 1 },
];

/** The snippet of a shot, as the guide prints it: `<dz-task-card task="26" expanded></dz-task-card>`. */
export function snippetOf(shot: SnippetShot): string {
  const attributes = Object.entries(shot.attributes)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${value}"`))
    .join('');
  return `<${shot.tag}${attributes}></${shot.tag}>`;
}

/** Every file the script writes, for the docs test. */
export const screenshotFiles: readonly string[] = [...pageShots, ...snippetShots, ...printShots].map((s) => s.file);

/** Waits until every dz- element inside `scope` has rendered and none is loading. */
async function settled(scope: Locator): Promise<void> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  await scope.evaluate(async (root) => {
    const deadline = Date.now() + 15_000;
    const all = [root, ...Array.from(root.querySelectorAll('*'))].filter((e) => e.localName.startsWith('dz-'));
    while (!all.every((e) => (e.shadowRoot?.children.length ?? 0) > 0 && !e.shadowRoot?.querySelector('[part="loading"]'))) {
      if (Date.now() > deadline) throw new Error(`${root.localName}: elements did not finish rendering`);
      await new Promise((r) => setTimeout(r, 50));
    }
    await Promise.all(all.map((e) => (e as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
    await document.fonts.ready;
  });
}

/** Adds a snippet's element to the page in a plain box (DOM calls only: the page enforces Trusted Types). */
async function addSnippet(page: Page, shot: SnippetShot, index: number): Promise<Locator> {
  const id = `screenshot-${index}`;
  await page.evaluate(
    ({ id, shot }) => {
      const box = document.createElement('div');
      box.id = id;
      box.style.width = `${shot.width}px`;
      box.style.padding = '16px';
      box.style.background = '#ffffff';
      if (shot.lang) box.lang = shot.lang;
      const element = document.createElement(shot.tag);
      for (const [name, value] of Object.entries(shot.attributes)) element.setAttribute(name, value);
      box.append(element);
      document.body.append(box);
    },
    { id, shot },
  );
  return page.locator(`#${id}`);
}

async function main(): Promise<number> {
  try {
    await access(cdnFile);
  } catch {
    console.error(`${cdnFile} is missing: run npm run build first`);
    return 1;
  }
  await mkdir(imagesDir, { recursive: true });
  const server = await serveStatic(repo);
  const browser = await chromium.launch(chromiumLaunchOptions);
  const errors: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1, colorScheme: 'light' });
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.origin}${examplePage}`, { waitUntil: 'load' });
    for (const shot of pageShots) {
      const target = page.locator(shot.selector).first();
      await settled(target);
      await target.screenshot({ path: join(imagesDir, shot.file), animations: 'disabled' });
      console.log(`docs/images/${shot.file}  ← ${examplePage} ${shot.selector}`);
    }
    for (const [index, shot] of snippetShots.entries()) {
      const box = await addSnippet(page, shot, index);
      await settled(box);
      await box.screenshot({ path: join(imagesDir, shot.file), animations: 'disabled' });
      console.log(`docs/images/${shot.file}  ← ${snippetOf(shot)}`);
    }
    const pdfs = new Map<string, Uint8Array>();
    for (const shot of printShots) {
      let pdf = pdfs.get(shot.path);
      if (!pdf) {
        await page.goto(`${server.origin}${shot.path}`, { waitUntil: 'load' });
        await settled(page.locator('main'));
        pdf = await printToPdf(page);
        pdfs.set(shot.path, pdf);
      }
      await writeFile(join(imagesDir, shot.file), await pdfPageToPng(pdf, shot.pdfPage, 1));
      console.log(`docs/images/${shot.file}  ← page ${shot.pdfPage} of ${shot.path} printed to PDF`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (errors.length) {
    console.error(`console errors on ${examplePage}:\n  ${errors.join('\n  ')}`);
    return 1;
  }
  console.log(`${screenshotFiles.length} screenshots written to docs/images/`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main();
}
