import { comparatorLabels, comparatorSymbols } from './messages.js';
import type { Language, Target } from './schema.js';

/** Simplified forms of the Traditional characters in the plan's units of measure (`億元` → `亿元`). */
const HANS_UNIT_CHARS: Readonly<Record<string, string>> = {
  個: '个', 項: '项', 萬: '万', 縣: '县', 區: '区', 條: '条', 場: '场', 臺: '台', 處: '处', 張: '张', 億: '亿', 畝: '亩', 噸: '吨', 標: '标',
};

/**
 * The numeral with its unit: `3000個`, `2—3個`, `12%` (`3000个` in zh-Hans); English uses the normalized unit
 * ({@link Target.unitEn}). A number is formatted with {@link formatNumber}; a string (such as
 * {@link Target.valueText}) is used as written.
 *
 * @example
 * ```ts
 * const target = getTarget('t09.1')!;        // 新開通5G基站3000個
 * formatAmount(target, 2100, 'zh-Hant');     // '2100個'
 * formatAmount(target, 2100, 'zh-Hans');     // '2100个'
 * formatAmount(target, 2100, 'en');          // '2,100 units'
 * ```
 */
export function formatAmount(target: Target, value: number | string, lang: Language): string {
  const text = typeof value === 'number' ? formatNumber(value, lang) : value;
  if (lang === 'en') return target.unit === '%' ? `${text}%` : `${text} ${target.unitEn}`;
  const unit = lang === 'zh-Hans' ? target.unit.replace(/[^\x00-\x7f]/g, (ch) => HANS_UNIT_CHARS[ch] ?? ch) : target.unit;
  return `${text}${unit}`;
}

/**
 * A number as people of the language write it, rounded to two decimals: digit grouping in English, plain in Chinese.
 *
 * @example
 * ```ts
 * formatNumber(1234567.891, 'en');      // '1,234,567.89'
 * formatNumber(1234567.891, 'zh-Hant'); // '1234567.89'
 * ```
 */
export function formatNumber(value: number, lang: Language): string {
  const rounded = Math.round(value * 100) / 100;
  return lang === 'en' ? rounded.toLocaleString('en-US', { maximumFractionDigits: 2 }) : String(rounded);
}

/** The value as written (`2—3`, `1/3`), with English digit grouping for plain numbers (`3,000`). */
function displayValue(target: Target, lang: Language): string {
  return lang === 'en' && /^\d+(?:\.\d+)?$/.test(target.valueText) ? formatNumber(target.value, lang) : target.valueText;
}

/**
 * The target alone, compactly: `≥ 3000個`, `≤ 21.17億立方米`, `↓ 12%` (symbolic, for display).
 *
 * @example
 * ```ts
 * describeTarget(getTarget('t03.1')!, 'zh-Hant'); // '≥ 100家'
 * describeTarget(getTarget('t09.1')!, 'en');      // '3,000 units'
 * ```
 */
export function describeTarget(target: Target, lang: Language): string {
  const symbol = comparatorSymbols[target.comparator];
  const amount = formatAmount(target, displayValue(target, lang), lang);
  return symbol ? `${symbol} ${amount}` : amount;
}

/**
 * The target in words, for screen readers: `at least 100 entities`, `不超過21.17億立方米`, with the baseline year of a
 * change (`a decrease of 12% from 2020`). {@link describeTarget} is the compact, symbolic form.
 *
 * @example
 * ```ts
 * describeTargetInWords(getTarget('t26.3')!, 'zh-Hant'); // '不超過21.17億立方米'
 * describeTargetInWords(getTarget('t26.4')!, 'en');      // 'a decrease of 12% from 2020'
 * describeTargetInWords(getTarget('t26.4')!, 'zh-Hans'); // '下降12%(较2020年)'
 * ```
 */
export function describeTargetInWords(target: Target, lang: Language): string {
  const word = comparatorLabels[lang][target.comparator];
  const amount = formatAmount(target, displayValue(target, lang), lang);
  const baseline =
    target.baselineYear === undefined
      ? ''
      : lang === 'en'
        ? ` from ${target.baselineYear}`
        : `(${lang === 'zh-Hans' ? '较' : '較'}${target.baselineYear}年)`;
  if (!word) return amount + baseline;
  return lang === 'en' ? `${word} ${amount}${baseline}` : `${word}${amount}${baseline}`;
}
