/**
 * A plan built from a document (`dz-plan build`) leaves its English empty for a person to write. Until then the API
 * shows the document's own text in its place, so an element asked for English shows Chinese rather than nothing.
 */
import type { Language, LocalizedText, Plan } from './schema.js';

/** The language shown in place of missing English: the document's own Chinese script. */
const sourceScript = (plan: Plan) => (plan.sourceLanguage === 'zh-Hans' ? 'zh-Hans' : 'zh-Hant');

/** Every text of the plan that has an English form: titles, the issuer, unit names, metrics, the sets of targets each member must reach. */
function translatedTexts(plan: Plan): LocalizedText[] {
  return [plan.title, plan.issuer, ...plan.sections.map((s) => s.title), ...plan.tasks.map((t) => t.title), ...plan.units.map((u) => u.name), ...plan.targets.flatMap((t) => (t.each ? [t.metric, t.each] : [t.metric]))];
}

/**
 * How many English texts of the plan are still empty, counting each target's English unit of measure (but that of a
 * target of no unit, an index or a coefficient, which has none to write).
 */
export function missingEnglish(plan: Plan): number {
  return translatedTexts(plan).filter((text) => !text.en).length + plan.targets.filter((t) => !t.unitEn && t.unit !== '').length;
}

/** {@link withEnglishFallback}'s plans, per plan object, as `indexPlan` caches its indexes. */
const filledPlans = new WeakMap<Plan, Plan>();

/**
 * The plan with every empty English text replaced by the text in the document's own script (zh-Hant or zh-Hans),
 * and every empty `unitEn` by the unit as written; the same object when nothing is empty. Cached per plan object (do
 * not mutate a plan after), so the import, the commands and the library functions they call share one copy, and
 * `indexPlan` of it one index.
 *
 * @example
 * ```ts
 * withEnglishFallback(built).units[0].name.en; // '市發改委' until the overlay gives an English name
 * ```
 */
export function withEnglishFallback(plan: Plan): Plan {
  const cached = filledPlans.get(plan);
  if (cached) return cached;
  const shown = missingEnglish(plan) ? filledIn(plan) : plan;
  filledPlans.set(plan, shown);
  return shown;
}

/** The copy of `plan` with its English filled in (see {@link withEnglishFallback}). */
function filledIn(plan: Plan): Plan {
  const script = sourceScript(plan);
  const filled = (text: LocalizedText): LocalizedText => (text.en ? text : { ...text, en: text[script] });
  return {
    ...plan,
    title: filled(plan.title),
    issuer: filled(plan.issuer),
    sections: plan.sections.map((s) => ({ ...s, title: filled(s.title) })),
    tasks: plan.tasks.map((t) => ({ ...t, title: filled(t.title) })),
    units: plan.units.map((u) => ({ ...u, name: filled(u.name) })),
    targets: plan.targets.map((t) => ({ ...t, metric: filled(t.metric), ...(t.each ? { each: filled(t.each) } : {}), unitEn: t.unitEn || t.unit })),
  };
}

/**
 * The plan as shown in `lang`: English not written yet (a plan built from a document) reads as the API shows it,
 * metric and unit in the document's own script ({@link withEnglishFallback}), not a metric in one script beside a unit
 * in the other. One home for what the import, the template and the commands show.
 */
export const shownIn = (plan: Plan, lang: Language): Plan => (lang === 'en' ? withEnglishFallback(plan) : plan);
