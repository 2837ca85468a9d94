/**
 * What the CDN loader says of a `dz-` tag it has no element for, loaded only then: a CMS editor's typo
 * (`<dz-task-cards>`, `<dz-target-guage>`, `<dz-gauge>`) is told (`unknown-element`) naming the tag meant. Any other
 * `dz-` tag is a site's own element and left alone: one of other words (`dz-site-nav`), or more than a typo away
 * (`dz-target-badge`, `dz-task-card-grid`, `dz-task`), or defined by the site, then or later (its notes go once it is).
 */
import { editDistance } from '../shared/closest-word.js';
import { languageOf } from '../shared/i18n/language.js';

/** How the loader tells of a tag in its place (`tell` in loader.ts), in `root`: its Chinese in `zhLang` (zh-Hant unless told). */
type Tell = (tag: string, code: string, words: readonly [zh: string, en: string, zhLang?: string], root: ParentNode) => void;

/**
 * Short forms an editor may write for an element: its noun alone, where no site would name a generic element so
 * (`dz-card`, `dz-summary` may well be a site's own).
 */
const SHORT_FORMS = new Map([
  ['gauge', 'dz-target-gauge'],
  ['matrix', 'dz-task-matrix'],
]);

/** A tag's letters and digits after its `dz-`, without hyphens and underscores: `dz-task_card` → `taskcard`. */
const bare = (tag: string) => tag.slice(3).replace(/[-_]/g, '');

/**
 * The tag of `tags` that `tag` is a typo for, if any: the same letters but for one edit (an insertion, a deletion, a
 * replacement or two neighbours swapped; two for a name of twelve letters or more, `dz-plan-overview`), hyphens and
 * underscores aside, or a short form ({@link SHORT_FORMS}). A name with a suffix of two letters or more
 * (`dz-unit-summary-v2`, `dz-target-gauge-xl`) is a site's own.
 */
export function typoOf(tag: string, tags: readonly string[]): string | undefined {
  const typed = bare(tag.toLowerCase());
  return SHORT_FORMS.get(typed) ?? tags.find((known) => editDistance(typed, bare(known)) <= (bare(known).length < 12 ? 1 : 2));
}

/** The tags of each root with a telling on its way (the loader finds a page's elements one by one), or watched. */
const scheduled = new WeakMap<Node, Set<string>>();
const watched = new WeakMap<Node, Set<string>>();
const tagsOf = (map: WeakMap<Node, Set<string>>, root: Node) => map.get(root) ?? map.set(root, new Set()).get(root)!;

/**
 * Tells of `element`'s tag, one of no element in `elements`, through `tell`: once for the elements of its tag that the
 * loader finds together in its root, when it is a typo ({@link typoOf}) and the site has not defined it; when the site
 * defines it later, its notes (in `slot`) go.
 */
export function unknownTag(element: Element, elements: object, tell: Tell, slot: string): void {
  const tag = element.localName;
  const root = element.getRootNode() as ParentNode & Node;
  const waiting = tagsOf(scheduled, root);
  if (waiting.has(tag)) return;
  waiting.add(tag);
  queueMicrotask(() => {
    waiting.delete(tag);
    const meant = !customElements.get(tag) && typoOf(tag, Object.keys(elements));
    if (!meant) return;
    // In Simplified where the elements read the page so (`zh-CN`), else in Traditional; in English too, always.
    const en = `no such element: did you mean ${meant}?`;
    tell(tag, 'unknown-element', languageOf(element) == 'zh-Hans' ? [`没有这个元素,是 ${meant} 吗?`, en, 'zh-Hans'] : [`沒有這個元素,是 ${meant} 嗎?`, en], root);
    const tags = tagsOf(watched, root);
    if (tags.has(tag)) return;
    tags.add(tag);
    // A weak reference: a root taken off the page (an app's view) is not kept for a tag that may never be defined.
    const held = new WeakRef(root);
    void customElements.whenDefined(tag).then(() => held.deref()?.querySelectorAll(`${CSS.escape(tag)}>[slot=${slot}]`).forEach((note) => note.remove()));
  });
}
