/** Chinese scripts for plans built from documents: OpenCC with the Taiwan standard the seed follows (`tw`). */
import * as OpenCC from 'opencc-js';

/** Traditional (Taiwan standard) → Simplified (mainland), as the generated Dezhou plan converts. */
export const toSimplified: (text: string) => string = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** Simplified (mainland) → Traditional (Taiwan standard). */
export const toTraditional: (text: string) => string = OpenCC.Converter({ from: 'cn', to: 'tw' });

/**
 * Which script a document is written in: the one that converting changes least. A document that both converters
 * leave alone (no script-specific character) counts as Traditional.
 */
export function scriptOf(text: string): 'zh-Hant' | 'zh-Hans' {
  const sample = [...text.slice(0, 20_000)];
  const changed = (converted: string) => {
    const chars = [...converted];
    return sample.filter((ch, i) => ch !== chars[i]).length;
  };
  // Simplified text is left nearly alone by conversion to Simplified, and the other way round.
  return changed(toSimplified(sample.join(''))) < changed(toTraditional(sample.join(''))) ? 'zh-Hans' : 'zh-Hant';
}
