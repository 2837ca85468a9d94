/**
 * The places of China a body's name may start with (`濟南海關`, `青岛海关`, `德城分局`), from `china-area-data` (every
 * province, city and county, zh-Hans, by code): each name without its 省, 市, 縣, 區, 旗, 盟, 自治州, 地區… and its peoples
 * (`围场满族蒙古族自治县` → `围场`), two characters or more. Loaded on first use, when a units line has a blank between
 * two names (`blanks-in-names.ts`), so no entry that reads none loads its 116 KB.
 */
import { createRequire } from 'node:module';
import { foldToSimplified } from '../fold.js';

/** What `china-area-data/data.json` holds (it has no types): each parent's code (`86` for the country) → its places' codes → names. */
type AreaData = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** A place a name starts with: its name's stem, and whether only a county (a county-level city or a district) has it. */
export interface PlaceStart {
  readonly stem: string;
  readonly county: boolean;
}

/** What ends a place's name (zh-Hans): its level, and a development zone's or a management area's word. */
const LEVEL_END = /(?:自治[区州县旗]|特别行政区|行政委员会|管委会|管理区|地区|林区|新区|矿区|[省市县区旗盟州])$/u;
/** A name's peoples after its stem (`围场满族蒙古族`, `莫力达瓦达斡尔族`), each of one to four characters. */
const PEOPLES = /^(.{2,}?)(?:[^族]{1,4}族)+$/u;
/**
 * Names that are no place of their own: a city's own districts (`市辖区`) and the counties a province governs
 * (`省直辖县级行政区划`); and Hong Kong's and Macau's districts, written in Traditional (`灣仔區`).
 */
const NO_PLACE = /辖|區/u;

let stems: ReadonlyMap<string, boolean> | undefined;

/** Each stem → whether only counties have it (their codes end in other than `00`). */
function placeStems(): ReadonlyMap<string, boolean> {
  if (stems) return stems;
  const data = createRequire(import.meta.url)('china-area-data/data.json') as AreaData;
  const found = new Map<string, boolean>();
  for (const places of Object.values(data)) {
    for (const [code, name] of Object.entries(places)) {
      // Six digits: a province, a city or a county (the towns of cities without counties have nine).
      if (!/^\d{6}$/.test(code) || NO_PLACE.test(name)) continue;
      const stem = name.replace(LEVEL_END, '').replace(PEOPLES, '$1');
      if (stem.length >= 2) found.set(stem, (found.get(stem) ?? true) && !code.endsWith('00'));
    }
  }
  return (stems = found);
}

let simplified: ((text: string) => string) | undefined;

/**
 * `text` in Simplified: by OpenCC where it is installed (it is for `build`; `parse` does not need it), by the folding
 * table otherwise, which folds the Traditional characters of the Dezhou plan (濟寧, not 青島).
 */
function toSimplified(text: string): string {
  if (!simplified) {
    try {
      const { Converter } = createRequire(import.meta.url)('opencc-js') as { Converter: (options: { from: string; to: string }) => (text: string) => string };
      simplified = Converter({ from: 'tw', to: 'cn' });
    } catch {
      simplified = foldToSimplified;
    }
  }
  return simplified(text);
}

/**
 * The place `name` (either script) starts with, the longest; `undefined` if none, or if only one character follows
 * it (`公安局` is no body of 公安縣, nor `平安辦` of 平安區). Its stem is `name`'s own (`濟南` of `濟南海關`).
 */
export function placeStart(name: string): PlaceStart | undefined {
  const read = toSimplified(name);
  const all = placeStems();
  for (let n = read.length - 2; n >= 2; n--) {
    const county = all.get(read.slice(0, n));
    if (county !== undefined) return { stem: name.slice(0, n), county };
  }
  return undefined;
}

/**
 * The first place `name` (either script) holds, as {@link placeStart} reads it there, and where it stands: at its start,
 * or inside it a province or a city (`德州` of `中石化德州分公司`, of `農業銀行德州分行`), not a county's stem, which
 * is often a word (`資源` of `公共資源交易中心`); `undefined` if none.
 */
export function placeIn(name: string): (PlaceStart & { readonly at: number }) | undefined {
  for (let at = 0; at + 4 <= name.length; at++) {
    const place = placeStart(name.slice(at));
    if (place && !(at && place.county)) return { ...place, at };
  }
  return undefined;
}
