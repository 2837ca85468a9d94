/** Reading WordprocessingML elements (`w:p`, `w:numPr` …) parsed by @xmldom/xmldom: children by name, `w:val`. */

/** The WordprocessingML namespace, whatever prefix a document gives it. */
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Whether `node` is the WordprocessingML element `name` (`p`, `tbl`). */
export const isNamed = (node: Node | null | undefined, name: string): node is Element =>
  node?.nodeType === 1 && (node as Element).localName === name && (node as Element).namespaceURI === W;

/** The child elements of `parent` named `name` in the WordprocessingML namespace (not their descendants). */
export function childrenNamed(parent: Element | undefined, name: string): Element[] {
  const found: Element[] = [];
  for (let node = parent?.firstChild; node; node = node.nextSibling) if (isNamed(node, name)) found.push(node);
  return found;
}

/** The first child element of `parent` named `name`. */
export const childNamed = (parent: Element | undefined, name: string): Element | undefined => childrenNamed(parent, name)[0];

/** An element's `w:<attribute>` (`w:val` unless told), or `undefined` when it has none. */
export const wAttribute = (element: Element | undefined, attribute = 'val'): string | undefined =>
  element?.hasAttributeNS(W, attribute) ? element.getAttributeNS(W, attribute)! : undefined;

/** Every element named `name` under `root`, in document order. */
export const elementsNamed = (root: Document | Element, name: string): Element[] => Array.from(root.getElementsByTagNameNS(W, name));

/** The text a paragraph's runs hold (`w:t`), as one string: what names it in a message. */
export const paragraphText = (paragraph: Element): string => elementsNamed(paragraph, 't').map((t) => t.textContent ?? '').join('');
