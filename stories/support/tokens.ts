/**
 * The design tokens, read from their one home rather than copied: the shared tokens from the `:host` blocks of
 * `packages/elements/src/shared/shared.styles.ts` (`--_dz-color-text: var(--dz-color-text, light-dark(#1f2328, #e6edf3))`)
 * and of `task-colors.styles.ts` (the roles' and links' colours, which only the elements that show tasks carry),
 * each element's own custom properties from the `@cssprop` entries of custom-elements.json. Used by the Design
 * tokens page and by Storybook's theme.
 */
import sharedStyles from '../../packages/elements/src/shared/shared.styles.js';
import taskColors from '../../packages/elements/src/shared/task-colors.styles.js';
import manifestJson from '../../packages/elements/custom-elements.json' with { type: 'json' };

/** One `--dz-*` custom property and its default. */
export interface Token {
  /** `--dz-color-text`. */
  readonly name: string;
  /** The default as written: `light-dark(#1f2328, #e6edf3)`, `var(--dz-color-border)`, `0.75rem`. */
  readonly default: string;
  /** The default with every `var(--dz-…)` replaced by that token's default: what a page gets when it sets nothing. */
  readonly resolved: string;
  readonly description: string;
}

/** The tokens of one group: the shared ones, or one element's own. */
export interface TokenGroup {
  /** `shared`, or the tag name. */
  readonly owner: string;
  readonly tokens: readonly Token[];
}

interface ManifestDeclaration {
  tagName?: string;
  cssProperties?: { name: string; default?: string; description?: string }[];
}

/** `--_dz-x: var(--dz-x, DEFAULT);` in the shared styles. */
const sharedTokenPattern = /--_dz-([\w-]+):\s*var\(--dz-\1,\s*(.+?)\);\s*$/gm;

const declarations = (manifestJson as unknown as { modules: { declarations?: ManifestDeclaration[] }[] }).modules.flatMap((m) => m.declarations ?? []);

/**
 * What each token is for, by name, from the manifest: the shared tokens' descriptions are written once, as `@cssprop`
 * in their styles modules, and the manifest gives them to every element that reads them.
 */
const descriptions = new Map(declarations.flatMap((d) => d.cssProperties ?? []).map((p) => [p.name, p.description ?? '']));

/** The shared tokens the elements read, in the order the shared styles declare them, then the task colours. */
export const sharedTokens: readonly Omit<Token, 'resolved'>[] = [...(sharedStyles.cssText + taskColors.cssText).matchAll(sharedTokenPattern)].map(([, name, value]) => ({
  name: `--dz-${name}`,
  default: value!.trim(),
  description: descriptions.get(`--dz-${name}`) ?? '',
}));

const shared = new Set(sharedTokens.map((t) => t.name));

/** Each element's own custom properties, from the manifest (the shared tokens it also lists are in their own group). */
const elementGroups = declarations
  .filter((d) => d.tagName && d.cssProperties?.some((p) => !shared.has(p.name)))
  .map((d) => ({
    owner: d.tagName!,
    tokens: d.cssProperties!.filter((p) => !shared.has(p.name)).map((p) => ({ name: p.name, default: p.default ?? '', description: p.description ?? '' })),
  }));

const defaults = new Map<string, string>([...sharedTokens, ...elementGroups.flatMap((g) => g.tokens)].map((t) => [t.name, t.default]));

/** Replaces `var(--dz-…)` with that token's default, recursively; an unknown token is left as written. */
export function resolveToken(value: string, seen: ReadonlySet<string> = new Set()): string {
  return value.replace(/var\((--dz-[\w-]+)\)/g, (whole, name: string) => {
    const next = defaults.get(name);
    return next === undefined || seen.has(name) ? whole : resolveToken(next, new Set([...seen, name]));
  });
}

/** Every `--dz-*` custom property: the shared tokens first, then each element's. */
export const tokenGroups: readonly TokenGroup[] = [{ owner: 'shared', tokens: sharedTokens }, ...elementGroups].map((group) => ({
  owner: group.owner,
  tokens: group.tokens.map((t) => ({ ...t, resolved: resolveToken(t.default) })),
}));

/** Whether a value is a colour (so it gets swatches), as opposed to a size or a font. */
export const isColour = (value: string): boolean => /#[0-9a-f]{3,8}\b|rgb|hsl|light-dark/i.test(value) && !/^calc|rem$|px$/.test(value);

/** The light (`0`) or dark (`1`) half of a `light-dark(a, b)` value; other values as they are. */
export function schemeHalf(value: string, half: 0 | 1): string {
  const match = /^light-dark\((.+)\)$/.exec(value.trim());
  if (!match) return value;
  // Split on the comma at depth 0 (the halves may be rgb(… / …)).
  let depth = 0;
  for (let i = 0; i < match[1]!.length; i++) {
    const c = match[1]![i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) return (half === 0 ? match[1]!.slice(0, i) : match[1]!.slice(i + 1)).trim();
  }
  return value;
}

/** A shared token's default; of a colour, the light (`0`) or dark (`1`) half. For the Storybook theme. */
export function sharedToken(name: string, half: 0 | 1 = 0): string {
  const token = tokenGroups[0]!.tokens.find((t) => t.name === name);
  if (!token) throw new Error(`${name} is not a shared token of shared.styles.ts`);
  return schemeHalf(token.resolved, half);
}
