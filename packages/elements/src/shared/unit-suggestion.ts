/**
 * " Did you mean …?" after "unit not found" (`<dz-task-matrix unit>`, `<dz-unit-summary unit>`): the plan's closest
 * unit name or alias, found as the attributes' misspelt words are (`closestWord`), and the units a Chinese short name
 * may stand for (`unitsByShortName`: 发改委 for 市发展改革委, in a plan without Dezhou's curated aliases). It loads with
 * the elements that name units, not with a gauge.
 */
import { unitsByShortName, type Language, type PlanLookups } from '@dz-tasks/data';
import { closestWord } from './closest-word.js';
import type { Strings } from './i18n/ui-strings.js';

/**
 * What ends "unit not found" before the suggestion, which follows it in one sentence in Chinese and in a second one
 * in English (`didYouMean` opens with its space): `找不到單位 市發改,是否要用「市發改委」?`, `Unit … not found. Did you
 * mean "…"?`. The attributes' notices end in a full stop of their own.
 */
const afterNotFound: Readonly<Record<Language, string>> = { 'zh-Hant': ',', 'zh-Hans': ',', en: '.' };

/** Between two names inside `didYouMean`'s quotes, closing one and opening the next: `「市發改委」、「市財政局」`. */
const betweenNames: Readonly<Record<Language, string>> = { 'zh-Hant': '」、「', 'zh-Hans': '”、“', en: '", "' };

/**
 * The suggestion for unit names the plan does not have, in the page's words (`,是否要用「市發改委」?`; for two,
 * `「市發改委」、「市財政局」`), or `''` when no name or alias of its units is close to any of them and none is short
 * for one: `市發改` → 市發改委; `发改委` → 市發展改革委 (each unit it may shorten, by its name in the page's language,
 * after the closest name and never its unit again).
 */
export function unitSuggestion(api: PlanLookups, refs: readonly string[], t: Strings, lang: Language): string {
  const names = api.plan.units.flatMap((unit) => [...Object.values(unit.name), ...unit.aliases]);
  const meant = refs.flatMap((ref) => {
    const closest = closestWord(ref, names);
    const closestUnit = closest === undefined ? undefined : api.getUnit(closest);
    const shortened = unitsByShortName(api.index, ref).filter((unit) => unit !== closestUnit);
    return [...(closest === undefined ? [] : [closest]), ...shortened.map((unit) => unit.name[lang] || unit.name['zh-Hant'])];
  });
  return meant.length ? afterNotFound[lang] + t.didYouMean([...new Set(meant)].join(betweenNames[lang])) : '';
}
