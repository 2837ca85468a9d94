/**
 * Units of measure as written in the seed, each with its English noun and the power of ten it carries. The noun is
 * the BASE noun, in the plural, without the scale: `萬人` is `people` ×10⁴, `億元` is `yuan` ×10⁸, so English can
 * write `33,000 people` and `CNY 9 billion` (see `formatAmount`) instead of `3.3 10,000 people`. The generator
 * refuses a target whose unit is missing here (unless the target names its own `unitEn`), so every unit a reader
 * meets has been looked at once.
 *
 * `scale` is what the unit's leading 萬 (10⁴) or 億 (10⁸) means; `formatAmount` reads the same from the unit as
 * written, and `test/format.test.ts` checks that the two agree. The nouns are plain plurals that a simple rule makes
 * singular (`units` → `1 unit`, `people` → `1 person`); a target may carry its own, better noun (`counties`).
 * `units` is kept only for 個 and 臺, which count anything.
 */
export interface MeasureUnit {
  /** English noun, plural, without scale: `people`, `yuan`, `m³`. */
  readonly en: string;
  /** The power of ten of a leading 萬 (4) or 億 (8); absent for an unscaled unit. */
  readonly scale?: 4 | 8;
}

export const measures: Readonly<Record<string, MeasureUnit>> = {
  '%': { en: 'percent' },
  '個': { en: 'units' },
  '項': { en: 'items' },
  '家': { en: 'organizations' },
  '件': { en: 'items' },
  '名': { en: 'people' },
  '人': { en: 'people' },
  '萬人': { en: 'people', scale: 4 },
  '萬個': { en: 'units', scale: 4 },
  '的縣(市、區)': { en: 'counties, county-level cities and districts' },
  '套': { en: 'housing units' },
  '條': { en: 'items' },
  '場': { en: 'events' },
  '萬場': { en: 'events', scale: 4 },
  '臺': { en: 'units' },
  '處': { en: 'sites' },
  '所': { en: 'institutions' },
  '張': { en: 'beds' },
  '眼': { en: 'wells' },
  '次': { en: 'times' },
  '元': { en: 'yuan' },
  '萬元': { en: 'yuan', scale: 4 },
  '億元': { en: 'yuan', scale: 8 },
  '畝': { en: 'mu' },
  '萬畝': { en: 'mu', scale: 4 },
  '公里': { en: 'km' },
  '平方公里': { en: 'km²' },
  '平方米': { en: 'm²' },
  '萬平方米': { en: 'm²', scale: 4 },
  '萬立方米': { en: 'm³', scale: 4 },
  '億立方米': { en: 'm³', scale: 8 },
  '萬千瓦': { en: 'kW', scale: 4 },
  '萬噸': { en: 'tonnes', scale: 4 },
  '標臺': { en: 'standard vehicles per 10,000 residents' },
};
