/**
 * Amounts in English: scaled, grouped, with the thing's noun (`33,000 people`, `CNY 9 billion`). A module of its own,
 * so a page in Chinese need not load it (the CDN build loads it with the English UI strings).
 */
import { formatNumber, roundOff, scaleOf, unitScale } from './format-number.js';
import type { Target } from './schema.js';

/** A plan built before unitEn became the base noun says `10,000 people`; the noun is what follows the scale. */
const LEGACY_SCALE = /^(?:10,000|100 million)\s+/;

/**
 * The English noun of a target, without scale or a leading `of`: `people`, `counties`, `m³`. A plan built from a
 * document has none until a person writes it, and its unit stands in (`withEnglishFallback`): without its scale, which
 * the number says (`9 billion 元` for 90億元, not `9 billion 億元`).
 */
function englishNoun(target: Target): string {
  const { unit, unitEn } = target;
  const noun = unitEn === unit ? unit.slice(scaleOf(unit).length) : unitEn;
  return noun.replace(LEGACY_SCALE, '').replace(/^of\s+/, '');
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
function englishNumber(value: number, lines: readonly number[] = []): string {
  const abs = Math.abs(value);
  for (const [size, word] of [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ] as const) {
    if (abs >= size) return `${group(value / size, 3, lines.map((l) => l / size))} ${word}`;
  }
  return group(value, 2, lines);
}

/** Grouped digits to `digits` decimals, or more where that would write one of `lines` the value is not on. */
function group(value: number, digits: number, lines: readonly number[]): string {
  const [rounded, decimals] = roundOff(value, digits, lines);
  return rounded.toLocaleString('en-US', { maximumFractionDigits: decimals });
}

const NUMBER = /^[+-]?\d+(?:\.\d+)?$/;
/** A value written in Chinese numerals (十五 of 十五家, 两 of 两倍): English says its number. */
const CHINESE_NUMERAL = /^[\u4e00-\u9fff]+$/;
const RANGE = /^(\d+(?:\.\d+)?)\s*[—–\-~～至到]+\s*(\d+(?:\.\d+)?)$/;
/**
 * Percentage points (个百分点, 個百分點, 百分点), as `target-kinds.ts`'s `PERCENTAGE_POINTS` reads them, written out again (a
 * test holds the two to the same units): imported, it made the English words' chunk, which a page of any element
 * switched to English loads, import the gauge's chunk, which holds `target-kinds.js` (6.8 KB gzip for a pattern).
 */
const PERCENTAGE_POINTS = /^[個个]?百分[點点]$/;

/**
 * English for an amount in the target's unit: scaled, grouped, with the noun (`33,000 people`, `CNY 9 billion`), with
 * more decimals where the figure would be one of `lines` (in the target's unit) the amount is not on.
 */
export function formatEnglish(target: Target, written: number | string, lines: readonly number[] = []): string {
  const value = typeof written === 'string' && written === target.valueText && CHINESE_NUMERAL.test(written) ? target.value : written;
  const noun = englishNoun(target);
  const scale = unitScale(target.unit);
  const share = isShare(target);
  let number: string;
  let one = false;
  const range = typeof value === 'string' ? RANGE.exec(value.trim()) : null;
  if (typeof value === 'number' || NUMBER.test(value.trim())) {
    const n = Number(value);
    if (share && target.fraction !== undefined && typeof value === 'number') return `${formatNumber(n, 'en', lines)}% of ${noun}`;
    number = englishNumber(n * scale, lines.map((l) => l * scale));
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
  // 1.5倍: a multiple, whatever English noun (none, or 倍 in its place) the plan has.
  if (target.unit === '倍') return `${number} times`;
  // 0.5个百分点: percentage points, whatever English noun (none, or the unit in its place) the plan has.
  if (PERCENTAGE_POINTS.test(target.unit)) return `${number} percentage point${one ? '' : 's'}`;
  if (share) return `${number} of ${noun}`;
  if (noun === 'yuan') return `CNY ${number}`;
  // A quantity of no unit (an index, a coefficient: unit ''): the number alone.
  if (!noun) return number;
  return `${number} ${one ? singular(noun) : noun}`;
}
