/**
 * What the CDN loader says of a `dz-` tag it has no element for, loaded only then: a CMS editor's typo
 * (`<dz-task-cards>`) is told (`unknown-element`) naming the tag meant; any other `dz-` tag (a site's own element,
 * defined or not) is left alone.
 */
import { closestWord } from '../shared/closest-word.js';

/** Tells of `tag` through `tell` (the loader's) when it is no element yet and close to one of `elements`. */
export function unknownTag(tag: string, elements: object, tell: (tag: string, code: string, message: string) => void): void {
  const meant = !customElements.get(tag) && closestWord(tag, Object.keys(elements));
  if (meant) tell(tag, 'unknown-element', `${tag}: 沒有這個元素,是 ${meant} 嗎? · no such element: did you mean ${meant}?`);
}
