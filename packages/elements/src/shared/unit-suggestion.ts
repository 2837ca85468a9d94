/**
 * " Did you mean …?" after "unit not found" (`<dz-task-matrix unit>`, `<dz-unit-summary unit>`): the plan's closest
 * unit name or alias, found as the attributes' misspelt words are (`closestWord`), and the units a Chinese short name
 * may stand for (`unitsByShortName`: 发改委 for 市发展改革委, in a plan without Dezhou's curated aliases). It loads with
 * the elements that name units, not with a gauge.
 */
import { unitsByShortName, type Language, type PlanLookups, type Unit } from '@dz-tasks/data';
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

/** A name's words to compare, lower case, without `of`, `and`, `the` and `for`: `Bureau of Finance` → bureau, finance. */
const wordsOf = (name: string) => name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word && !/^(of|and|the|for)$/.test(word));

/**
 * Whether `typed` may mean `word`, or its end as long as it is (the name without its city's prefix: 財攻局 of
 * 市財政局), by `closestWord`'s measure.
 */
const near = (typed: string, word: string) => closestWord(typed, [word, word.slice(-typed.length)]) !== undefined;

/**
 * The unit `ref` most likely meant, by one of its names or aliases, or `undefined`: the units one of whose names has a
 * word near each of `ref`'s, in any order (`Bureau of Finance` and `Dezhou Municipal Finance Bureau`,
 * `Developmnet and Reform Commission`, 市財攻局, 財攻局); of two or more, the one `closestWord` finds among their names.
 * Never a unit lacking one of the words: `Dezhou Municipal Bureau of Finance` is not the Bureau of Commerce.
 */
function meantUnit(api: PlanLookups, ref: string): Unit | undefined {
  const typed = wordsOf(ref);
  const names = (unit: Unit) => [...Object.values(unit.name), ...unit.aliases];
  const units = api.plan.units.filter((unit) => typed.length && names(unit).some((name) => typed.every((word) => wordsOf(name).some((known) => near(word, known)))));
  return units.length > 1 ? api.getUnit(closestWord(ref, units.flatMap(names)) ?? '') : units[0];
}

/**
 * The suggestion for unit names the plan does not have, in the page's words (`,是否要用「市發改委」?`; for two,
 * `「市發改委」、「市財政局」`), or `''` when no unit is near any of them ({@link meantUnit}) and none is short for one:
 * `市發改` → 市發改委; `Bureau of Finance` → Dezhou Municipal Finance Bureau; `发改委` → 市發展改革委 (each unit it may
 * shorten, by its name in the page's language, after the unit meant and never that unit again). The unit meant is
 * named by its name or alias closest to the one written, else by its name in the page's language.
 */
export function unitSuggestion(api: PlanLookups, refs: readonly string[], t: Strings, lang: Language): string {
  const named = (unit: Unit) => unit.name[lang] || unit.name['zh-Hant'];
  const meant = refs.flatMap((ref) => {
    const unit = meantUnit(api, ref);
    const closest = unit && (closestWord(ref, [...Object.values(unit.name), ...unit.aliases]) ?? named(unit));
    const shortened = unitsByShortName(api.index, ref).filter((other) => other !== unit);
    return [...(closest === undefined ? [] : [closest]), ...shortened.map(named)];
  });
  return meant.length ? afterNotFound[lang] + t.didYouMean([...new Set(meant)].join(betweenNames[lang])) : '';
}
