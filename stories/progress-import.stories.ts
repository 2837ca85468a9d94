import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { dezhouPlan } from '@dz-tasks/data/dezhou-2023';
import type { Language, ProgressReport } from '@dz-tasks/data';
import { importProgressFiles, progressTemplate, templateCsv, templateXlsx, type ProgressImport, type ProgressTemplate } from '@dz-tasks/data/progress';
import '../packages/elements/src/all.js';
import sample from './sample-data/progress-sample.json' with { type: 'json' };

/**
 * A page where a bureau drops its filled progress sheet (CSV in UTF-8, GBK or Big5, or .xlsx) and sees the validated
 * result before sending it: every accepted reading as a gauge, every problem with its file, row and column. It uses
 * `importProgressFiles` from `@dz-tasks/data/progress`; ExcelJS loads only when a workbook is dropped.
 */
const meta = {
  title: 'Recipes/Progress sheet import',
  // A page built in code with the data package, not a snippet a CMS editor pastes (the story checker skips its snippet).
  tags: ['recipe'],
  parameters: { sampleData: true },
} satisfies Meta;

export default meta;
type Story = StoryObj<{ sheet: 'good' | 'errors' | 'xlsx' }>;

/** The value, date and note columns of a template row (see `sheetColumns`). */
const [VALUE, DATE, NOTE] = [8, 9, 10];

/** The template of 市發改委 filled with the sample feed's values (as a unit would type them), or with typing slips. */
function filledRows(template: ProgressTemplate, slips: boolean): string[][] {
  return template.rows.map((row, i) => {
    const cells = [...row];
    const entry = sample.entries.find((e) => e.target === row[0]);
    const value = entry ? String(entry.value) : String(Math.round(template.targets[i]!.value * 0.4 * 10) / 10);
    [cells[VALUE], cells[DATE], cells[NOTE]] = [value, sample.asOf, '示例數據 Sample data'];
    // Three slips people make: a number in words, a date that does not exist, a unit that is not the target's.
    if (slips && i === 1) cells[VALUE] = '二千';
    if (slips && i === 3) cells[DATE] = '2023-06-31';
    if (slips && i === 4) cells[VALUE] = `${value}元`;
    return cells;
  });
}

/** A sample sheet as a `File`, as the bureau's browser would hand it over. */
async function sampleFile(kind: 'good' | 'errors' | 'xlsx'): Promise<File> {
  const template = progressTemplate(dezhouPlan, { unit: '市發改委' });
  const rows = filledRows(template, kind === 'errors');
  const filled = { ...template, rows };
  if (kind === 'xlsx') return new File([(await templateXlsx(filled)) as BlobPart], '發改委-示例.xlsx');
  return new File([templateCsv(filled)], kind === 'errors' ? '發改委-有誤.csv' : '發改委-示例.csv', { type: 'text/csv' });
}

/** The page's words in each language (the problems come in the language from the import itself). */
const words: Record<Language, { drop: string; sample: (format: string) => string; ok: string; problems: (n: number) => string; readings: (n: number) => string; rejected: (n: number) => string; list: string; skipped: string }> = {
  'zh-Hant': {
    drop: '把填好的進度表拖到這裏,或選擇檔案(CSV、Excel .xlsx)',
    sample: (format) => `示例:市發改委的台賬(${format})已自動匯入。`,
    ok: '✓ 可以提交',
    problems: (n) => `✗ ${n} 處問題`,
    readings: (n) => `${n} 項完成值`,
    rejected: (n) => `${n} 行未採用`,
    list: '問題',
    skipped: '提醒(略過的行、未讀的批註、負數)',
  },
  'zh-Hans': {
    drop: '把填好的进度表拖到这里,或选择文件(CSV、Excel .xlsx)',
    sample: (format) => `示例:市发改委的台账(${format})已自动导入。`,
    ok: '✓ 可以提交',
    problems: (n) => `✗ ${n} 处问题`,
    readings: (n) => `${n} 项完成值`,
    rejected: (n) => `${n} 行未采用`,
    list: '问题',
    skipped: '提醒(略过的行、未读的批注、负数)',
  },
  en: {
    drop: 'Drop the filled progress sheet here, or choose files (CSV, Excel .xlsx)',
    sample: (format) => `Sample: the Development and Reform Commission's sheet (${format}) is imported already.`,
    ok: '✓ Ready to send',
    problems: (n) => `✗ ${n} problems`,
    readings: (n) => `${n} readings`,
    rejected: (n) => `${n} rows left out`,
    list: 'Problems',
    skipped: 'Warnings (rows skipped, comments not read, negative values)',
  },
};

/** The result: a summary, the problems (each where it is), the warnings (rows skipped, comments not read, a fall written below zero), and the accepted readings as gauges. */
function resultView(result: ProgressImport, lang: Language): TemplateResult {
  const ok = result.problems.length === 0;
  const w = words[lang];
  return html`<section class="import-result" aria-labelledby="import-summary">
    <h3 id="import-summary">${[ok ? w.ok : w.problems(result.problems.length), w.readings(result.accepted), result.rejected ? w.rejected(result.rejected) : ''].filter(Boolean).join(' · ')}</h3>
    ${ok
      ? ''
      : html`<ul class="import-problems" aria-label=${w.list}>
          ${result.problems.map((p) => html`<li>${p.message}</li>`)}
        </ul>`}
    ${result.warnings.length
      ? html`<ul class="import-warnings" aria-label=${w.skipped}>
          ${result.warnings.map((warning) => html`<li>${warning.message}</li>`)}
        </ul>`
      : ''}
    ${result.report ? gauges(result.report) : ''}
  </section>`;
}

/**
 * A gauge for each target with an accepted reading, given the imported report as it is, in the page's memory, as its
 * `progress` property: it shows the target's latest reading, its note and its trend, as a feed at a URL would.
 */
function gauges(report: ProgressReport): TemplateResult {
  const targets = [...new Set(report.entries.map((e) => e.target))];
  return html`<div class="import-gauges">
    ${targets.map((target) => html`<dz-target-gauge target=${target} .progress=${report} variant="bar"></dz-target-gauge>`)}
  </div>`;
}

/** Reads files and shows the result in `out`. */
async function show(files: readonly File[], out: HTMLElement, lang: Language): Promise<void> {
  render(resultView(await importProgressFiles(files, dezhouPlan, { lang }), lang), out);
}

/**
 * The page's colours are `light-dark()` pairs, as the elements' are: they follow the `color-scheme` of the story's
 * wrapper (the scheme toolbar, or `parameters.scheme`), and are light where none is declared.
 */
const styles = html`<style>
  .import-drop { display: block; border: 2px dashed light-dark(#555, #9198a1); border-radius: 8px; padding: 1rem; max-width: 40rem; }
  .import-drop.over { background: light-dark(#eef, #1c2340); }
  .import-problems li { color: light-dark(#8a1c1c, #ff8182); margin-block: 0.25rem; }
  .import-gauges { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem; }
</style>`;

function page(kind: 'good' | 'errors' | 'xlsx', lang: Language): TemplateResult {
  const w = words[lang];
  const onChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const out = input.closest('.import-page')!.querySelector<HTMLElement>('.import-out')!;
    if (input.files?.length) void show([...input.files], out, lang);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    const zone = event.currentTarget as HTMLElement;
    zone.classList.remove('over');
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length) void show(files, zone.closest('.import-page')!.querySelector<HTMLElement>('.import-out')!, lang);
  };
  const onDragOver = (event: DragEvent) => {
    event.preventDefault();
    (event.currentTarget as HTMLElement).classList.add('over');
  };
  const onDragLeave = (event: DragEvent) => (event.currentTarget as HTMLElement).classList.remove('over');
  // The sample sheet is imported as soon as the page shows, so the result is there to read.
  const ready = (out: Element | undefined) => {
    if (out && !out.hasChildNodes()) void sampleFile(kind).then((file) => show([file], out as HTMLElement, lang));
  };
  return html`${styles}
    <div class="import-page">
      <label class="import-drop" @drop=${onDrop} @dragover=${onDragOver} @dragleave=${onDragLeave}>
        ${w.drop}
        <input type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" multiple @change=${onChange} />
      </label>
      <p>${w.sample(kind === 'xlsx' ? '.xlsx' : 'CSV')}</p>
      <div class="import-out" aria-live="polite" ${ref(ready)}></div>
    </div>`;
}

/** The language of the toolbar (the decorator wraps the story in `<div lang>` too). */
const languageOf = (globals: Record<string, unknown>): Language => (['zh-Hans', 'en'].includes(globals['lang'] as string) ? (globals['lang'] as Language) : 'zh-Hant');

/** A filled CSV sheet: every reading accepted, shown as gauges. */
export const ValidSheet: Story = { name: 'A valid sheet (CSV)', render: (_, { globals }) => page('good', languageOf(globals)) };

/** A sheet with typing slips: each problem named with its file, row, column and text; the good rows still shown. */
export const SheetWithErrors: Story = { name: 'A sheet with errors', render: (_, { globals }) => page('errors', languageOf(globals)) };

/** The same sheet as an .xlsx workbook: ExcelJS is loaded only now, for this API. */
export const Workbook: Story = { name: 'An .xlsx workbook', render: (_, { globals }) => page('xlsx', languageOf(globals)) };

/**
 * The sheet with typing slips in the dark colour scheme: the story's wrapper declares `color-scheme: dark`, so the
 * problems take the dark scheme's red of their pair (`#ff8182`), readable on the dark page as `#8a1c1c` was not.
 */
export const SheetWithErrorsDark: Story = {
  name: 'A sheet with errors (scheme: dark)',
  parameters: { scheme: 'dark' },
  tags: ['dark'],
  render: (_, { globals }) => page('errors', languageOf(globals)),
};
