import { noChange } from 'lit';
import { Directive, directive, PartType, type DirectiveResult, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline CSS properties through the CSSOM, always. Lit's `styleMap` writes a `style` attribute on the first
 * render, which a strict Content-Security-Policy (`style-src 'self'`, no 'unsafe-inline') blocks and reports;
 * `style.setProperty` is not subject to that policy. Use as an element binding: `<span ${cssProps({ 'inline-size': '40%' })}>`.
 */
class CssPropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('cssProps() must be used as an element binding');
  }

  render(_properties: Readonly<Record<string, string>>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Readonly<Record<string, string>>]): typeof noChange {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.previous) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(properties));
    return noChange;
  }
}

/** Inline CSS properties (kebab-case names) set through the CSSOM, so they work under a strict CSP. */
// Typed here: inferred, the declaration names lit-html, which only lit depends on.
export const cssProps: (properties: Readonly<Record<string, string>>) => DirectiveResult<typeof CssPropsDirective> = directive(CssPropsDirective);
