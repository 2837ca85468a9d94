import { UNITS_HANS } from './generated/units-hans.js';
import { comparatorLabels, comparatorSymbols } from './messages.js';
import type { Language, Target } from './schema.js';

/** What a leading 萬/万 or 億/亿 of a unit as written multiplies by. */
const SCALES: Readonly<Record<string, number>> = { 萬: 1e4, 万: 1e4, 億: 1e8, 亿: 1e8 };

/** The factor a unit as written carries: `1e4` for `萬人`, `1e8` for `億元`, `1` for `個` or `%`. */
export function unitScale(unit: string): number {
  return unit.length > 1 ? (SCALES[unit[0]!] ?? 1) : 1;
}

/** A plan built before unitEn became the base noun says `10,000 people`; the noun is what follows the scale. */
const LEGACY_SCALE = /^(?:10,000|100 million)\s+/;

/** The English noun of a target, without scale or a leading `of`: `people`, `counties`, `m³`. */
function englishNoun(target: Target): string {
  return target.unitEn.replace(LEGACY_SCALE, '').replace(/^of\s+/, '');
}

/** Whether the target is a share of a set, written `1/3的縣(市、區)`: English says `1/3 of counties`. */
function isShare(target: Target): boolean {
  return target.fraction !== undefined || target.unit.startsWith('的') || /^of\s/.test(target.unitEn);
}

/** The singular of a plain English plural noun phrase: `units` → `unit`, `people` → `person`, `counties` → `county`. */
function singular(noun: string): string {
  const match = /^(.*?)(\S+)((?:\s+(?:per|of)\s.*)?)$/.exec(noun);
  if (!match) return noun;
  const [, before, word, after] = match as unknown as [string, string, string, string];
  const one =
    word === 'people'
      ? 'person'
      : /[^aeiou]ies$/.test(word)
        ? word.slice(0, -3) + 'y'
        : /(?:ss|sh|ch|x|z)es$/.test(word)
          ? word.slice(0, -2)
          : /[^siu]s$/.test(word)
            ? word.slice(0, -1)
            : word;
  return before + one + after;
}

/** An English number: grouped digits below a million, then `1.2 million`, `2.117 billion`. */
function englishNumber(value: number): string {
  const abs = Math.abs(value);
  for (const [size, word] of [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ] as const) {
    if (abs >= size) return `${group(value / size, 3)} ${word}`;
  }
  return group(value, 2);
}

function group(value: number, digits: number): string {
  const factor = 10 ** digits;
  return (Math.round(value * factor) / factor).toLocaleString('en-US', { maximumFractionDigits: digits });
}

const NUMBER = /^[+-]?\d+(?:\.\d+)?$/;
const RANGE = /^(\d+(?:\.\d+)?)\s*[—–\-~～至到]+\s*(\d+(?:\.\d+)?)$/;

/** English for an amount in the target's unit: scaled, grouped, with the noun (`33,000 people`, `CNY 9 billion`). */
function formatEnglish(target: Target, value: number | string): string {
  const noun = englishNoun(target);
  const scale = unitScale(target.unit);
  const share = isShare(target);
  let number: string;
  let one = false;
  const range = typeof value === 'string' ? RANGE.exec(value.trim()) : null;
  if (typeof value === 'number' || NUMBER.test(value.trim())) {
    const n = Number(value);
    if (share && target.fraction !== undefined && typeof value === 'number') return `${formatNumber(n, 'en')}% of ${noun}`;
    number = englishNumber(n * scale);
    one = n * scale === 1;
  } else if (range) {
    const low = englishNumber(Number(range[1]) * scale);
    const high = englishNumber(Number(range[2]) * scale);
    const word = /\s\S+$/.exec(high)?.[0];
    number = `${word && low.endsWith(word) ? low.slice(0, -word.length) : low}–${high}`;
  } else {
    number = value;
  }
  if (target.unit === '%') return `${number}%`;
  if (share) return `${number} of ${noun}`;
  if (noun === 'yuan') return `CNY ${number}`;
  return `${number} ${one ? singular(noun) : noun}`;
}

/**
 * The numeral with its unit, as each language writes it. Chinese keeps the unit as written (`3.3萬人`, `2—3個`,
 * `1/3的縣(市、區)`; Simplified in zh-Hans: `3.3万人`). English scales 萬 (10⁴) and 億 (10⁸) into the number and
 * names the thing with {@link Target.unitEn}: `33,000 people`, `CNY 9 billion` (yuan), `2.117 billion m³`; words
 * (`million`, `billion`) from a million up, grouped digits below; one of a thing is singular (`1 unit`); a range
 * reads `2–3 counties`, a share `1/3 of counties…`. A number is formatted with {@link formatNumber}; a string (such
 * as {@link Target.valueText}) is used as written in Chinese and read as a number or range in English. For a share
 * ({@link Target.fraction}) a number is a reading in percent: `40%的縣(市、區)`, `40% of counties…`.
 *
 * @example
 * ```ts
 * const target = getTarget('t09.1')!;        // 新開通5G基站3000個
 * formatAmount(target, 2100, 'zh-Hant');     // '2100個'
 * formatAmount(target, 2100, 'zh-Hans');     // '2100个'
 * formatAmount(target, 2100, 'en');          // '2,100 units'
 * formatAmount(getTarget('t04.3')!, 3.3, 'en'); // '33,000 people' (新集聚大學生3.3萬人)
 * ```
 */
export function formatAmount(target: Target, value: number | string, lang: Language): string {
  if (lang === 'en') return formatEnglish(target, value);
  const reading = typeof value === 'number' && target.fraction !== undefined;
  const text = typeof value === 'number' ? formatNumber(value, lang) + (reading ? '%' : '') : value;
  const unit = target.unitZh?.[lang] || (lang === 'zh-Hans' ? (UNITS_HANS[target.unit] ?? target.unit) : target.unit);
  // A share of a set: 1/3的縣(市、區), 40%的縣(市、區), the 的 the document writes (the unit may hold it already).
  return `${text}${target.fraction !== undefined && text && !unit.startsWith('的') ? '的' : ''}${unit}`;
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

/**
 * The target alone, compactly: `≥ 3000個`, `≤ 21.17億立方米`, `↓ 12%` (symbolic, for display).
 *
 * @example
 * ```ts
 * describeTarget(getTarget('t03.1')!, 'zh-Hant'); // '≥ 100家'
 * describeTarget(getTarget('t09.1')!, 'en');      // '3,000 units'
 * describeTarget(getTarget('t01.2')!, 'en');      // '≥ CNY 9 billion' (90億元以上)
 * ```
 */
export function describeTarget(target: Target, lang: Language): string {
  const symbol = comparatorSymbols[target.comparator];
  const amount = formatAmount(target, target.valueText, lang);
  const compact = symbol ? `${symbol} ${amount}` : amount;
  if (!target.each) return compact;
  return lang === 'en' ? `${compact} each` : `${lang === 'zh-Hans' ? '每个' : '每個'} ${compact}`;
}

/**
 * The target in words, for screen readers: `at least 100 organizations`, `at most 2.117 billion m³`,
 * `不超過21.17億立方米`, with the baseline year of a change (`a decrease of 12% from 2020`). {@link describeTarget}
 * is the compact, symbolic form.
 *
 * @example
 * ```ts
 * describeTargetInWords(getTarget('t26.3')!, 'zh-Hant'); // '不超過21.17億立方米'
 * describeTargetInWords(getTarget('t26.3')!, 'en');      // 'at most 2.117 billion m³'
 * describeTargetInWords(getTarget('t26.4')!, 'en');      // 'a decrease of 12% from 2020'
 * describeTargetInWords(getTarget('t26.4')!, 'zh-Hans'); // '下降12%(较2020年)'
 * ```
 */
export function describeTargetInWords(target: Target, lang: Language): string {
  const word = comparatorLabels[lang][target.comparator];
  const amount = formatAmount(target, target.valueText, lang);
  const baseline =
    target.baselineYear === undefined
      ? ''
      : lang === 'en'
        ? ` from ${target.baselineYear}`
        : `(${lang === 'zh-Hans' ? '较' : '較'}${target.baselineYear}年)`;
  const words = !word ? amount + baseline : lang === 'en' ? `${word} ${amount}${baseline}` : `${word}${amount}${baseline}`;
  if (!target.each) return words;
  return lang === 'en' ? `${words} in each ${target.each.en}` : `${target.each[lang]}各${words}`;
}
