import { UNITS_HANS } from './generated/units-hans.js';
import { formatEnglish } from './format-english.js';
import { formatNumber } from './format-number.js';
import { comparatorLabels, comparatorSymbols, dataWords } from './messages.js';
import { targetLines } from './target-band.js';
import type { Language, Target } from './schema.js';

export { formatNumber, unitScale } from './format-number.js';

/**
 * The numeral with its unit, as each language writes it. Chinese keeps the unit as written (`3.3萬人`, `2—3個`,
 * `1/3的縣(市、區)`; Simplified in zh-Hans: `3.3万人`). English scales 萬 (10⁴) and 億 (10⁸) into the number and
 * names the thing with {@link Target.unitEn}: `33,000 people`, `CNY 9 billion` (yuan), `2.117 billion m³`; words
 * (`million`, `billion`) from a million up, grouped digits below; one of a thing is singular (`1 unit`); a range
 * reads `2–3 counties`, a share `1/3 of counties…`. A number is formatted with {@link formatNumber}, with more decimals
 * where two would write a value the target turns on that it is not on (`5.699萬人` of 6萬人左右, not `5.7萬人`); a string (such
 * as {@link Target.valueText}) is used as written in Chinese and read as a number or range in English (the value text
 * in Chinese numerals by the target's value: `十五家` in Chinese, `15` in English). A multiple is `1.5倍`,
 * `1.5 times`. For a share
 * ({@link Target.fraction}) a number is a reading in percent: `40%的縣(市、區)`, `40% of counties…`.
 *
 * @example
 * ```ts
 * const target = getTarget('t09.1')!;        // 新開通5G基站3000個
 * formatAmount(target, 2100, 'zh-Hant');     // '2100個'
 * formatAmount(target, 2100, 'zh-Hans');     // '2100个'
 * formatAmount(target, 2100, 'en');          // '2,100 base stations'
 * formatAmount(getTarget('t04.3')!, 3.3, 'en'); // '33,000 people' (新集聚大學生3.3萬人)
 * ```
 */
export function formatAmount(target: Target, value: number | string, lang: Language): string {
  const lines = targetLines(target);
  if (lang === 'en') return formatEnglish(target, value, lines);
  const reading = typeof value === 'number' && target.fraction !== undefined;
  const text = typeof value === 'number' ? formatNumber(value, lang, lines) + (reading ? '%' : '') : value;
  const unit = target.unitZh?.[lang] || (lang === 'zh-Hans' ? (UNITS_HANS[target.unit] ?? target.unit) : target.unit);
  // A share of a set: 1/3的縣(市、區), 40%的縣(市、區), the 的 the document writes (the unit may hold it already).
  return `${text}${target.fraction !== undefined && text && !unit.startsWith('的') ? '的' : ''}${unit}`;
}

/**
 * The target's amount and its base year, as both forms say them: a change against a base year has the base after it
 * (`12%`, `(較2020年)`; `12%`, ` from 2020`); a base year on no change (達到2020年的1.5倍, 恢復到2019年的120%) is a
 * multiple or a share of that year's level, said of it (`2020年的1.5倍`, `1.5 times the 2020 level`; not
 * `1.5倍(較2020年)`, a rise).
 */
function amountWithBase(target: Target, lang: Language): { amount: string; baseline: string } {
  const year = target.baselineYear;
  const amount = formatAmount(target, target.valueText, lang);
  if (year === undefined) return { amount, baseline: '' };
  const en = lang === 'en';
  if (!/^(in|de|ra)/.test(target.comparator)) {
    return { amount: en ? `${amount}${target.unit === '倍' ? '' : ' of'} the ${year} level` : `${year}年的${amount}`, baseline: '' };
  }
  return { amount, baseline: en ? ` from ${year}` : `(${lang === 'zh-Hans' ? '较' : '較'}${year}年)` };
}

/**
 * The target alone, compactly: `≥ 3000個`, `≤ 21.17億立方米`, `↓ 12%(較2020年)` (symbolic, for display; the base year
 * of a change or a level said as {@link describeTargetInWords} says it). A target the plan strives for
 * ({@link Target.firmness} `strive`: 力爭, 爭創) says so: `力爭 ↑ ≥ 10%`, `aim ↑ ≥ 10%`; one it ensures (確保) says nothing
 * more. The word is all that differs: the status and its tone are a firm target's, as the data do not say a missed
 * 力爭 target is less serious (`evaluateTarget`).
 *
 * @example
 * ```ts
 * describeTarget(getTarget('t03.1')!, 'zh-Hant'); // '≥ 100家'
 * describeTarget(getTarget('t09.1')!, 'en');      // '3,000 base stations'
 * describeTarget(getTarget('t01.2')!, 'en');      // '≥ CNY 9 billion' (90億元以上)
 * ```
 */
export function describeTarget(target: Target, lang: Language): string {
  // A range of a change says its direction (↓ 10—12%); the value text says the range.
  const symbol = comparatorSymbols[target.direction ?? target.comparator];
  const bound = target.floor ? comparatorSymbols.atLeast : target.approx ? comparatorSymbols.approx : '';
  const { amount: value, baseline } = amountWithBase(target, lang);
  const amount = (bound ? `${bound} ` : '') + value + baseline;
  const compact = (target.firmness === 'strive' ? `${dataWords[lang].strive.compact} ` : '') + (symbol ? `${symbol} ${amount}` : amount);
  if (!target.each) return compact;
  return lang === 'en' ? `${compact} each` : `${lang === 'zh-Hans' ? '每个' : '每個'} ${compact}`;
}

/**
 * The target in words, for screen readers: `at least 100 organizations`, `at most 2.117 billion m³`,
 * `不超過21.17億立方米`, with the baseline year of a change (`a decrease of 12% from 2020`); a multiple of a year's
 * level is said of that level (`不少於2020年的1.5倍`, `at least 1.5 times the 2020 level`); a target the plan strives for
 * (力爭) says so, with the same status as a firm one: `力爭增長10%以上`, `aiming for an increase of at least 10%`.
 * {@link describeTarget} is the compact, symbolic form.
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
  const word = comparatorLabels[lang][target.direction ?? target.comparator];
  const en = lang === 'en';
  const { amount, baseline } = amountWithBase(target, lang);
  // A change the text bounds below or about a value (增幅達到10%以上, 增長6%左右): `an increase of at least 10%`,
  // `增長6%左右`.
  const { changeBound, strive } = dataWords[lang];
  const bound = target.floor ? changeBound.floor : target.approx ? changeBound.approx : { before: '', after: '' };
  const words = (target.firmness === 'strive' ? strive.words : '') + (!word ? amount + baseline : `${word}${en ? ' ' : ''}${bound.before}${amount}${bound.after}${baseline}`);
  if (!target.each) return words;
  return en ? `${words} in each ${target.each.en}` : `${target.each[lang]}各${words}`;
}
