/**
 * Vue's own renderer (runtime-dom's `patchProp`, the compiler's templates) over stand-in elements that record what Vue
 * writes to them, to show in Node what a Vue template does to a custom element's properties and attributes.
 */
import { createRenderer, compile, patchProp, type App, type RenderFunction } from 'vue';

/** An element as Vue sees it: its tag, attributes, and, for a custom element, a `value` property (as the gauge has). */
export class StandIn {
  readonly tagName: string;
  readonly attributes = new Map<string, string>();
  readonly childNodes: StandIn[] = [];
  parentNode: StandIn | null = null;
  value?: unknown;
  constructor(tag: string, readonly text = '') {
    this.tagName = tag.toUpperCase();
    if (tag.includes('-')) this.value = undefined; // only the custom element has the property, unset at first
  }
  setAttribute(name: string, value: unknown) {
    this.attributes.set(name, String(value));
  }
  removeAttribute(name: string) {
    this.attributes.delete(name);
  }
}

const { createApp } = createRenderer<StandIn, StandIn>({
  createElement: (tag) => new StandIn(tag),
  createText: (text) => new StandIn('#text', text),
  createComment: (text) => new StandIn('#comment', text),
  setText: () => {},
  setElementText: () => {},
  insert(child, parent, anchor) {
    child.parentNode = parent;
    const at = anchor ? parent.childNodes.indexOf(anchor) : -1;
    parent.childNodes.splice(at < 0 ? parent.childNodes.length : at, 0, child);
  },
  remove(child) {
    const parent = child.parentNode;
    if (parent) parent.childNodes.splice(parent.childNodes.indexOf(child), 1);
  },
  parentNode: (node) => node.parentNode,
  nextSibling: (node) => node.parentNode?.childNodes[node.parentNode.childNodes.indexOf(node) + 1] ?? null,
  // Vue's DOM renderer decides between property and attribute here: the code under test.
  patchProp: patchProp as never,
});

/** Mounts `template` (its `dz-` tags custom elements) with `state`; returns the container's elements and the app. */
export function mountTemplate(template: string, state: () => object): { elements: StandIn[]; app: App } {
  const render = compile(template, { isCustomElement: (tag) => tag.startsWith('dz-') }) as RenderFunction;
  const container = new StandIn('div');
  const app = createApp({ setup: state, render });
  app.mount(container);
  return { elements: container.childNodes.filter((node) => node.tagName.startsWith('DZ-')), app };
}
