/**
 * The symbols of units a sheet may write for the plan's units of measure (`21.3亿m³` for 億立方米, r106 L8), read by
 * the import as the unit's word before `parseReadingValue`, which compares a unit's words only (the one-gauge page's
 * bytes keep the table out of it).
 */
import { scaleOf } from '../format-number.js';
import { parseReadingValue, type ParsedReadingValue } from '../read-value.js';
import type { Target } from '../schema.js';

/**
 * The curated table, by symbol as written after NFKC (m³ is `m3`) and in lower case (M3, KW, Km are as common): the
 * words of the unit it names, in either script, and how many of it the symbol is (MW: a thousand 千瓦). Only the units
 * the plan's targets are counted in (立方米, 平方米, 公里, 平方公里, 千瓦, 噸) and those that obviously alias theirs
 * (公斤, 千瓦時), with the common multiples of a power (MW, GW). A symbol is read as its unit for a target in that unit,
 * or in 萬 or 億 of it (150.5万m³ for 萬立方米); for any other, it is the wrong unit, as before.
 */
const SYMBOLS: Readonly<Record<string, { readonly words: readonly string[]; readonly times?: number }>> = {
  m3: { words: ['立方米', '立方公尺'] },
  m2: { words: ['平方米', '平方公尺'] },
  km: { words: ['公里', '千米'] },
  km2: { words: ['平方公里', '平方千米'] },
  kg: { words: ['公斤', '千克'] },
  t: { words: ['噸', '吨', '公噸', '公吨'] },
  kw: { words: ['千瓦'] },
  mw: { words: ['千瓦'], times: 1e3 },
  gw: { words: ['千瓦'], times: 1e6 },
  kwh: { words: ['千瓦時', '千瓦时', '度'] },
};

/**
 * `text` with the symbol after its number (and its 萬 or 億) written as the target's own unit word (`21.3亿立方米`
 * for `21.3亿m³` and 億立方米; `50000千瓦` for `50MW` and 萬千瓦), or `undefined` when it ends in no symbol of the
 * table or in one of another unit (`5km` for 萬畝, `5kg` for 萬噸).
 */
export function symbolAsWord(text: string, target: Target): string | undefined {
  const parts = /^([+-]?[\d,]*\.?\d+)(萬億|万亿|[萬万億亿])?([a-z][a-z\d]*)$/iu.exec(text.normalize('NFKC').replace(/\s+/g, ''));
  const symbol = parts && SYMBOLS[parts[3]!.toLowerCase()];
  const base = target.unit.slice(scaleOf(target.unit).length);
  if (!parts || !symbol?.words.includes(base)) return undefined;
  const number = symbol.times ? String(Number((Number(parts[1]!.replace(/,/g, '')) * symbol.times).toPrecision(12))) : parts[1]!;
  return `${number}${parts[2] ?? ''}${base}`;
}

/**
 * {@link parseReadingValue}, with a symbol of the target's unit read as its word ({@link symbolAsWord}): the figure
 * it gives, else the problem of the text as written.
 */
export function parseWithSymbols(text: string, target: Target): ParsedReadingValue {
  const given = parseReadingValue(text, target);
  const words = 'problem' in given && given.problem.code === 'wrongUnit' ? symbolAsWord(text, target) : undefined;
  const read = words === undefined ? given : parseReadingValue(words, target);
  return 'value' in read ? read : given;
}
