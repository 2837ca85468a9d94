/** Stable ASCII ids for units and plans, made from their Chinese names with pinyin-pro. */
// An optional package, imported as it is (see chinese.ts).
import { pinyin } from 'pinyin-pro';
import { toSimplified } from './chinese.js';

/** `市發展改革委` → `fa-zhan-gai-ge-wei`: the pinyin of the name without a leading 市, kebab-case ASCII. */
export function slugOf(name: string): string {
  const hans = toSimplified(name).replace(/^市(?=.)/u, '');
  const syllables = pinyin(hans, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const slug = syllables
    .join('-')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'unit';
}

/**
 * An id for each name, unique among them: the slug, then `-2`, `-3` for names whose slugs collide (two names that
 * read alike), in the order given, so the same document always gives the same ids.
 */
export function uniqueIds(names: readonly string[]): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const name of names) {
    const base = slugOf(name);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    ids.set(name, id);
  }
  return ids;
}
