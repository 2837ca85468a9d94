/**
 * The other names of units a sheet may write for the plan's units of measure, symbols (`21.3亿m³` for 億立方米, r106
 * L8) and words (`12.5千米` for 公里, `150万立方公尺` for 萬立方米, r107 M2), and their characters' variants (`13標台` for
 * 標臺, r114 F5), read by the import as the target's own word before `parseReadingValue`, which compares the target's
 * own words only, in either script (the one-gauge page's bytes keep the tables out of it).
 */
import { foldToSimplified } from '../fold.js';
import { scaleOf } from '../format-number.js';
import { parseReadingValue, type ParsedReadingValue } from '../read-value.js';
import type { Target } from '../schema.js';

/**
 * The curated table, the one home of the units' other names: for each of the units the plan's targets are counted in
 * (立方米, 平方米, 公里, 平方公里, 千瓦, 噸) and those that obviously alias theirs (公斤, 千瓦時), every name a sheet may
 * write for it, words and symbols alike (千米 and km for 公里, 立方公尺 and m³ for 立方米), each with how many of the
 * unit it is (MW: a thousand 千瓦). Symbols as written after NFKC (m³ is `m3`) and in lower case (M3, KW, Km are as
 * common). A name is read as its unit for a target in that unit, or in 萬 or 億 of it (150.5万m³, 150万立方公尺 for
 * 萬立方米); for any other, it is the wrong unit, as before. The names that begin with 千 (千米, 千克, 千瓦) are units,
 * not 千 and a unit ({@link unitNameAt}).
 */
const UNITS: readonly Readonly<Record<string, number>>[] = [
  { 立方米: 1, 立方公尺: 1, m3: 1 },
  { 平方米: 1, 平方公尺: 1, m2: 1 },
  { 公里: 1, 千米: 1, km: 1 },
  { 平方公里: 1, 平方千米: 1, km2: 1 },
  { 公斤: 1, 千克: 1, kg: 1 },
  { 噸: 1, 吨: 1, 公噸: 1, 公吨: 1, t: 1 },
  { 千瓦: 1, kw: 1, mw: 1e3, gw: 1e6 },
  { 千瓦時: 1, 千瓦时: 1, 度: 1, kwh: 1 },
];

/** Whether `text` (after a number, NFKC) begins with a name of the table's ({@link UNITS}): `千米…`, not `千個`. */
export const unitNameAt = (text: string): boolean => UNITS.some((names) => Object.keys(names).some((name) => text.toLowerCase().startsWith(name)));

/**
 * `text` with the name of a unit after its number (and its 萬 or 億) written as the target's own unit word
 * (`21.3亿立方米` for `21.3亿m³` and 億立方米; `12.5公里` for `12.5千米` and 公里; `50000千瓦` for `50MW` and 萬千瓦), or
 * `undefined` when it ends in no name of the table, in the target's own word, or in a name of another unit (`5km` for
 * 萬畝, `5kg` for 萬噸).
 */
export function symbolAsWord(text: string, target: Target): string | undefined {
  const parts = /^([+-]?[\d,]*\.?\d+)(萬億|万亿|[萬万億亿])?(\D.*)$/u.exec(text.normalize('NFKC').replace(/\s+/g, ''));
  const base = target.unit.slice(scaleOf(target.unit).length);
  const name = parts?.[3]!.toLowerCase();
  const times = name === undefined || name === base ? undefined : UNITS.find((names) => names[base] === 1)?.[name];
  if (!parts || times === undefined) return undefined;
  const number = times === 1 ? parts[1]! : String(Number((Number(parts[1]!.replace(/,/g, '')) * times).toPrecision(12)));
  return `${number}${parts[2] ?? ''}${base}`;
}

/**
 * `text` with the unit after its number written in other characters of the target's own unit, as the script folding
 * reads them (`fold.ts`, the one home of script variants: `13標台` for 標臺, 台 the everyday form of 臺), as the target's
 * own word (`13標臺`); `undefined` for any other unit, or none.
 */
export function variantAsWord(text: string, target: Target): string | undefined {
  const parts = /^([+-]?[\d,]*\.?\d+)(\D.*)$/u.exec(text.normalize('NFKC').replace(/\s+/g, ''));
  return parts && parts[2] !== target.unit && foldToSimplified(parts[2]!) === foldToSimplified(target.unit) ? `${parts[1]}${target.unit}` : undefined;
}

/**
 * {@link parseReadingValue}, with another name of the target's unit read as its word ({@link symbolAsWord}), or its
 * own name in other characters ({@link variantAsWord}): the figure it gives, else the problem of the text as written.
 */
export function parseWithSymbols(text: string, target: Target): ParsedReadingValue {
  const given = parseReadingValue(text, target);
  const words = 'problem' in given && given.problem.code === 'wrongUnit' ? (symbolAsWord(text, target) ?? variantAsWord(text, target)) : undefined;
  const read = words === undefined ? given : parseReadingValue(words, target);
  return 'value' in read ? read : given;
}
