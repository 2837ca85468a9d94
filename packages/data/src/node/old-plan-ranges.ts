/**
 * A plan an older `dz-plan` built keeps no `direction` on a range of a change (F200): every reader would take
 * `較2020年下降10%—12%` as a rise. The progress commands given such a plan with `--plan` read each such range as its own
 * words say (the parser's reading of its quote, `rangeWithoutDirection`: what building the plan again gives), and say
 * so: a template that asked a clerk for a rise would store a fall as a negative rise, which outlives a rebuilt plan
 * (review r89 H3). `dz-plan lint` says the same of the plan file.
 */
import type { Language, Plan } from '../schema.js';
import { comparatorLabels } from '../messages.js';
import { withDirectionsRead } from '../progress/range-without-direction.js';
import { oneLine } from './lint-plan.js';
import type { WordsByParts } from './words-by-parts.js';

/** What is said of a range read by its words: the file, the target, its quote, the direction read. */
export const rangeReadByWordsWords: WordsByParts<[file: string, id: string, quote: string, direction: 'decreaseBy' | 'increaseBy']> = {
  'zh-Hant': (file, id, quote, direction) =>
    `${file}: ${id}: «${quote}» 是${comparatorLabels['zh-Hant'][direction]}的區間,計劃沒有寫明方向(舊版 dz-plan 產生的計劃):此次依原文讀作${comparatorLabels['zh-Hant'][direction]}。請重新產生計劃,或在 overlay 裡寫上 "direction": "${direction}"`,
  'zh-Hans': (file, id, quote, direction) =>
    `${file}: ${id}: «${quote}» 是${comparatorLabels['zh-Hans'][direction]}的区间,计划没有写明方向(旧版 dz-plan 产生的计划):此次依原文读作${comparatorLabels['zh-Hans'][direction]}。请重新产生计划,或在 overlay 里写上 "direction": "${direction}"`,
  en: (file, id, quote, direction) =>
    `${file}: ${id}: «${quote}» is a range of a ${direction === 'decreaseBy' ? 'fall' : 'rise'} the plan keeps no direction of (built by an older dz-plan): read as its words say this time. Build the plan again, or give it "direction": "${direction}" in an overlay`,
};

/**
 * `plan` with each range of a change it keeps no direction of given the direction its quote states
 * (`withDirectionsRead`, as `progressTemplate` reads it), each said to `err` in `lang`; `plan` itself when it keeps
 * them all (every plan `dz-plan build` makes now).
 */
export function keptDirections(plan: Plan, file: string, lang: Language, err: (line: string) => void): Plan {
  const read = withDirectionsRead(plan);
  for (const target of read.read) err(rangeReadByWordsWords[lang](file, target.id, oneLine(target.quote), target.direction!));
  return read.plan;
}
