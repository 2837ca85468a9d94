/**
 * The screenshots of docs/guide-progress.md: a filled progress sheet (the rows `dz-plan progress template` writes for
 * 市發改委, with values typed in, drawn as a spreadsheet grid) and what the import shows (the Storybook recipe
 * "Progress sheet import", a sheet with errors).
 *
 *   npm run build && npx storybook build -o storybook-static && npx tsx scripts/screenshots-progress.ts [storybook-static]
 *
 * Needs a CJK font for the Chinese text (Debian: fonts-noto-cjk).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { dezhouPlan } from '../packages/data/src/dezhou-2023.js';
import { progressTemplate } from '../packages/data/src/progress/index.js';
import { columnWidths } from '../packages/data/src/progress/write-template.js';
import { reportingUnitLine } from '../packages/data/src/progress/reporting-unit.js';
import { chromiumLaunchOptions, serveStatic } from './lib/static-server.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const imagesDir = join(repo, 'docs', 'images');
const storybook = resolve(repo, process.argv[2] ?? 'storybook-static');

/** The shots this script takes (the guide shows each). */
export const progressShots = ['progress-sheet.png', 'progress-import-result.png'] as const;

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The first rows of 市發改委's template as the file holds them (its 填報單位 line, the header, the rows), with a value, a
 * date and a note typed in the last three columns.
 */
function sheetPage(): string {
  const template = progressTemplate(dezhouPlan, { unit: '市發改委' });
  const typed = [['48家', '2023-06-30', ''], ['650', '2023/6/30', '上半年'], ['4.5%', '2023年6月30日', ''], ['二千', '2023-06-30', '']];
  const rows = template.rows.slice(0, typed.length).map((row, i) => [...row.slice(0, 8), ...typed[i]!]);
  const letters = template.header.map((_, i) => String.fromCharCode(65 + i));
  const cell = (text: string, i: number) => `<td class="${i >= 8 ? 'open' : 'fixed'}">${escape(text)}</td>`;
  // The columns as wide as the file's (Excel's width in characters of a digit), the fixed ones wrapping as
  // the file's do (F145), not cut with "…".
  const widths = columnWidths(template);
  return `<!doctype html><html lang="zh-Hant"><meta charset="utf-8"><style>
    body { font: 13px 'Noto Sans CJK TC', sans-serif; margin: 8px; background: #fff; }
    table { border-collapse: collapse; table-layout: fixed; } td, th { border: 1px solid #c8c8c8; padding: 3px 6px; vertical-align: top; }
    th { background: #f0f0f0; font-weight: normal; color: #555; } thead tr:nth-child(3) th { font-weight: bold; color: #000; }
    td.fixed, th.fixed { background: #d9d9d9; color: #222; overflow-wrap: anywhere; } td.open, th.open { background: #fff2cc; white-space: nowrap; }
    td.line { white-space: nowrap; }
  </style><table><colgroup><col style="width: 2.5em">${widths.map((w) => `<col style="width: ${w * 0.6}em">`).join('')}</colgroup>
  <thead><tr><th></th>${letters.map((l) => `<th>${l}</th>`).join('')}</tr>
  <tr><th>1</th><td class="line" colspan="${letters.length}">${escape(reportingUnitLine(template.unit!.name, template.lang))}</td></tr>
  <tr><th>2</th>${template.header.map((h, i) => `<th class="${i >= 8 ? 'open' : 'fixed'}">${escape(h)}</th>`).join('')}</tr></thead>
  <tbody>${rows.map((r, i) => `<tr><th>${i + 3}</th>${r.map(cell).join('')}</tr>`).join('')}</tbody></table></html>`;
}

const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage({ viewport: { width: 1700, height: 400 }, deviceScaleFactor: 1 });
await page.setContent(sheetPage());
await page.locator('table').screenshot({ path: join(imagesDir, progressShots[0]) });
if (!existsSync(join(storybook, 'iframe.html'))) {
  await browser.close();
  console.error(`wrote docs/images/${progressShots[0]}; not ${progressShots[1]}: no Storybook build at ${storybook} (npx storybook build -o storybook-static)`);
  process.exit(1);
}
const server = await serveStatic(storybook);
try {
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(`${server.origin}/iframe.html?id=recipes-progress-sheet-import--sheet-with-errors&viewMode=story`);
  await page.waitForSelector('dz-target-gauge');
  await page.evaluate(() => Promise.all([...document.querySelectorAll('dz-target-gauge')].map((g) => (g as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete)));
  // The summary, the problems and the first row of gauges.
  const box = await page.locator('.import-page').boundingBox();
  const firstGauges = await page.locator('dz-target-gauge').nth(3).boundingBox();
  await page.screenshot({ path: join(imagesDir, progressShots[1]), clip: { x: 0, y: 0, width: 1000, height: Math.ceil((firstGauges?.y ?? box!.height) - 4) } });
  console.log(`wrote ${progressShots.map((f) => `docs/images/${f}`).join(', ')}`);
} finally {
  await browser.close();
  await server.close();
}
