/**
 * What the tests of a department's sheets through the import share: the Dezhou plan imported into on a fixed day, a
 * CSV file of the template's columns, and one import in each language.
 */
import type { ProgressReport } from '../src/index.js';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { importProgressFiles } from '../src/progress/index.js';

export type Lang = 'en' | 'zh-Hant' | 'zh-Hans';
export const langs = ['zh-Hant', 'zh-Hans', 'en'] as const;
export const plan = dezhouPlan;
/** The day the imports run on: after every deadline of the plan. */
export const today = '2026-12-01';
export const utf8 = (text: string) => new TextEncoder().encode(text);
/** A CSV file `name` of the template's columns with `lines` under its header. */
export const csv = (name: string, ...lines: string[]) => ({ name, data: utf8(['指標編號,完成值,截至日期,備註', ...lines].join('\r\n')) });
/** The import of `files` into the plan on {@link today}, in `lang`. */
export const importFiles = (files: Parameters<typeof importProgressFiles>[0], lang: Lang = 'en', options: { appendTo?: ProgressReport; asOf?: string } = {}) =>
  importProgressFiles(files, plan, { lang, today, ...options });
/** The import of `files` in each language. */
export const inEach = async (files: Parameters<typeof importProgressFiles>[0]) =>
  Object.fromEntries(await Promise.all(langs.map(async (lang) => [lang, await importFiles(files, lang)] as const))) as Record<Lang, Awaited<ReturnType<typeof importFiles>>>;
/** Midnight UTC of an ISO date, as Excel's date cells read. */
export const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
