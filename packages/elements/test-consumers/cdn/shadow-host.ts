/**
 * An app's own component that shows a dz- element in its shadow root, on a page that loads the CDN file
 * (docs/guide-developers.md, "The CDN loader and shadow roots"). Each `@ts-expect-error` is a mistake the types must
 * reject.
 */
import type {} from '@dz-tasks/elements/cdn/dz-elements.js';

export class PlanPanel extends HTMLElement {
  connectedCallback(): void {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.innerHTML = '<dz-task-matrix section="4"></dz-task-matrix>';
    // The guide's line, before or after the loader has run.
    (typeof window.dzElements?.push === 'function' ? window.dzElements : (window.dzElements = [])).push(root);
    // The tag's type comes with it.
    const matrix = root.querySelector('dz-task-matrix');
    if (matrix) matrix.unit = '市發展改革委';
    // @ts-expect-error a misspelt property.
    if (matrix) matrix.unti = '市發展改革委';
  }

  handOver(): void {
    // @ts-expect-error this.shadowRoot may be null: the loader would have nothing to watch.
    window.dzElements?.push(this.shadowRoot);
    // @ts-expect-error a selector is not a root.
    window.dzElements?.push('#panel');
  }
}
