/**
 * Which script a document is written in, without OpenCC (an optional package `parse` and `summary` do not load): by
 * the generated folding table, whose Traditional characters fold to Simplified ones.
 */
import { FOLD_FROM, FOLD_TO } from '../generated/fold.js';
import type { ChineseScript } from './chinese.js';

let scripts: { readonly traditional: ReadonlySet<string>; readonly simplified: ReadonlySet<string> } | undefined;

/** The folding table's Traditional characters, and its Simplified ones that are no Traditional character of it. */
function scriptSets() {
  if (!scripts) {
    const traditional = new Set(FOLD_FROM);
    scripts = { traditional, simplified: new Set([...FOLD_TO].filter((ch) => !traditional.has(ch))) };
  }
  return scripts;
}

/**
 * Which script `text` is written in: Simplified when it has more of the characters only Simplified writes (发, 单, 务)
 * than of those only Traditional writes (發, 單, 務); Traditional otherwise, as `scriptOf` (OpenCC) reads a text
 * neither changes. The first 20,000 characters decide, as they do for `scriptOf`.
 */
export function documentScript(text: string): ChineseScript {
  const { traditional, simplified } = scriptSets();
  let balance = 0;
  for (const ch of text.slice(0, 20_000)) balance += simplified.has(ch) ? 1 : traditional.has(ch) ? -1 : 0;
  return balance > 0 ? 'zh-Hans' : 'zh-Hant';
}
