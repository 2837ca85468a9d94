/**
 * The units a Chinese short name may stand for (發改委 for 市發展改革委): for "did you mean" after a unit not found, never
 * to resolve a name, which is a guess (`getUnit` finds a unit by its names and aliases alone).
 */
import { normalizeKey, stripUnitPrefix, unitPrefixes, type PlanIndex } from '../plan-index.js';
import type { Unit } from '../schema.js';

/** Chinese characters only: the rule reads Chinese short names, not letters or digits. */
const chinese = /^\p{Script=Han}+$/u;

/** Whether `short`'s characters appear in `name` in the same order. */
function inOrder(short: string, name: string): boolean {
  let at = 0;
  for (const ch of short) {
    at = name.indexOf(ch, at) + 1;
    if (!at) return false;
  }
  return true;
}

/**
 * Whether `short` (a key, prefix taken off or not) shortens `core` (a name's key after its prefix), or is all of it:
 * its first character is the name's, the rest follow in order, and at least two of them are not the kind word the
 * name ends with (局, 委): `发改委` and `发改` shorten 发展改革委, `财局` and `局` nothing.
 */
function shortens(short: string, core: string): boolean {
  if (short === core) return true;
  if (short[0] !== core[0] || !inOrder(short, core)) return false;
  return short.length - (short.at(-1) === core.at(-1) ? 1 : 0) >= 2;
}

/**
 * The units of the plan whose name or alias `shortName` may shorten, in plan order (`[]` for none): Chinese short names
 * drop characters but keep the order (发改委 of 发展改革委, 人社局 of 人力资源社会保障局, 住建局 of 住房城乡建设局).
 * Names are read as `normalizeKey` reads them (both scripts, case and width folded), each without the plan's
 * place, its 市, 縣 or 區, or the country's name in front (`stripUnitPrefix`), and `shortName` with or without its
 * own: its first character is the name's first after them (or after a Party committee's 委: 網信辦 of 市委網信辦); the
 * rest follow in the name in the same order; and at least two of its characters are not the kind word the name ends
 * with (`財局` and `市局` shorten nothing, `局` alone nothing). A short name may fit two units: say each. Ask it when
 * {@link getUnit} finds nothing: a name the plan has is that unit, whatever else it may shorten.
 *
 * @example
 * ```ts
 * // A plan built from a document, without the curated aliases of the Dezhou plan:
 * unitsByShortName(indexPlan(plan), '发改委').map((u) => u.name['zh-Hans']); // ['市发展改革委']
 * unitsByShortName(indexPlan(plan), '市人社局').map((u) => u.id);             // ['ren-li-zi-yuan-she-hui-bao-zhang-ju']
 * unitsByShortName(indexPlan(plan), '局');                                    // []
 * ```
 */
export function unitsByShortName(index: PlanIndex, shortName: string): Unit[] {
  // The country's or the Party's name in front (中國人民銀行, 中共…市委) is no more meaningful than the city's: `中心`
  // is not short for 中國人民銀行德州市中心支行.
  const prefixes = [...unitPrefixes(index.plan), '县', '区', '中华人民共和国', '中国', '中共'];
  const core = (key: string) => stripUnitPrefix(key, prefixes);
  const key = normalizeKey(shortName);
  const shorts = [...new Set([key, core(key)])].filter((short): short is string => short !== undefined && short.length >= 2 && chinese.test(short));
  if (!shorts.length) return [];
  return index.plan.units
    .filter((unit) =>
      [...Object.values(unit.name), ...unit.aliases].some((name) => {
        const named = core(normalizeKey(name));
        // A Party committee's office (市委网信办) goes by what follows 委 too: 网信办, 市网信办.
        return named !== undefined && shorts.some((short) => shortens(short, named) || (named[0] === '委' && shortens(short, named.slice(1))));
      }),
    )
    .sort((a, b) => index.unitOrder.get(a.id)! - index.unitOrder.get(b.id)!);
}
