/** Chinese scripts for plans built from documents: OpenCC with the Taiwan standard the seed follows (`tw`). */
// An optional package (missing-package.ts), imported as it is (no top-level await, which `require()` refuses): the
// CLI loads this module through `loadOptional`, which names it when it is missing.
import * as OpenCC from 'opencc-js';
import type { ChineseText } from '../schema.js';

/** A Chinese script a document is written in. */
export type ChineseScript = 'zh-Hant' | 'zh-Hans';

/**
 * Traditional → Simplified (mainland), as OpenCC converts it, for the Dezhou plan (`scripts/build-plan.ts`) and
 * plans built from other documents. Seeds follow the Taiwan standard (著力, 跟著), so the conversion starts from
 * `tw`: the generic `t` keeps 著 where Simplified writes 着.
 */
export const toSimplified: (text: string) => string = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** Simplified (mainland) → Traditional (Taiwan standard). */
export const toTraditional: (text: string) => string = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** A text written in `source`, in both scripts. */
export function inBothScripts(text: string, source: ChineseScript): ChineseText {
  return source === 'zh-Hant' ? { 'zh-Hant': text, 'zh-Hans': toSimplified(text) } : { 'zh-Hant': toTraditional(text), 'zh-Hans': text };
}

/**
 * A target's `unitZh`: its unit of measure in both scripts, where they write it differently (`萬噸`, `万吨`), so a page
 * in the other script shows it in its own; nothing for `%` or `家`.
 */
export function unitInBothScripts(unit: string, source: ChineseScript): { unitZh?: ChineseText } {
  const both = inBothScripts(unit, source);
  return both['zh-Hant'] === both['zh-Hans'] ? {} : { unitZh: both };
}

/**
 * Which script a document is written in: the one that converting changes least. A document that both converters
 * leave alone (no script-specific character) counts as Traditional.
 */
export function scriptOf(text: string): ChineseScript {
  const sample = [...text.slice(0, 20_000)];
  const changed = (converted: string) => {
    const chars = [...converted];
    return sample.filter((ch, i) => ch !== chars[i]).length;
  };
  // Simplified text is left nearly alone by conversion to Simplified, and the other way round.
  return changed(toSimplified(sample.join(''))) < changed(toTraditional(sample.join(''))) ? 'zh-Hans' : 'zh-Hant';
}
