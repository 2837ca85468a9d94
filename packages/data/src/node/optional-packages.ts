/**
 * The optional packages (`missing-package.ts`), the ranges the packages are tested with (their `peerDependencies`,
 * which `scripts/packages.test.ts` checks against these) and what each is for, in the languages the CLI speaks.
 */
import { installCommand, missingPackageSentence, type MissingPackageError } from '../missing-package.js';
import { EXCELJS_PACKAGE } from '../progress/exceljs-package.js';
import type { Language } from '../vocabulary.js';

interface OptionalPackageFacts {
  /** The range of it the packages are tested with, as `peerDependencies` gives it. */
  readonly range: string;
  /** What it is for, in each language. */
  readonly use: Readonly<Record<Language, string>>;
}

/** Each optional package: its range and what needs it. */
export const OPTIONAL_PACKAGES: Readonly<Record<string, OptionalPackageFacts>> = {
  exceljs: EXCELJS_PACKAGE,
  mammoth: {
    range: '^1.13.0',
    use: { 'zh-Hant': '讀取 .docx 文件', 'zh-Hans': '读取 .docx 文件', en: 'reading .docx documents' },
  },
  'opencc-js': {
    range: '^1.4.2',
    use: { 'zh-Hant': '由文件建立計劃(繁簡兩種文字)', 'zh-Hans': '由文件建立计划(繁简两种文字)', en: 'building a plan from a document (both Chinese scripts)' },
  },
  'pinyin-pro': {
    range: '^3.29.4',
    use: { 'zh-Hant': '由文件建立計劃(單位代號)', 'zh-Hans': '由文件建立计划(单位代号)', en: "building a plan from a document (the units' ids)" },
  },
  '@lit-labs/ssr': {
    range: '^4.1.0',
    use: { 'zh-Hant': '伺服器端算繪', 'zh-Hans': '服务器端渲染', en: 'server rendering' },
  },
};

/** Each optional package's range, as `installCommand` takes them. */
export const OPTIONAL_RANGES: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(OPTIONAL_PACKAGES).map(([name, { range }]) => [name, range]));

/** What `error` says, in `lang`, with the command that installs what its use needs at the ranges tested. */
export function missingPackageMessage({ missing, needs }: MissingPackageError, lang: Language): string {
  const command = installCommand(needs, OPTIONAL_RANGES);
  const use = OPTIONAL_PACKAGES[missing]?.use[lang] ?? missing;
  if (lang === 'en') return missingPackageSentence(missing, use, command);
  return lang === 'zh-Hant'
    ? `${use}需要套件 ${missing},但它未安裝(它是選用套件,npm 不會自動安裝)。請在安裝 dz-tasks 的位置安裝它(全域安裝時加 -g):${command}`
    : `${use}需要软件包 ${missing},但它未安装(它是可选软件包,npm 不会自动安装)。请在安装 dz-tasks 的位置安装它(全局安装时加 -g):${command}`;
}
