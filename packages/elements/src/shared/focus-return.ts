/**
 * Focus that a render took away, given back: an element's loading state (a language whose names are still loading on
 * a CDN page, another task or unit, a plan still to come) replaces its content with a skeleton, and the focused
 * button or link went with it, leaving focus on the page's body, so that the next Tab started from the top of the
 * page (WCAG 2.4.3). The card, the unit summary and the plan overview hold one of these; the matrix's grid
 * navigation does the same for its cursor's cell, with its own test of lost focus (importing this module would add
 * its chunk to a page with only a matrix).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Whether focus is on no element: on the body, or on `host` with nothing focused in its shadow root. */
function focusIsLost(host: HTMLElement): boolean {
  const active = document.activeElement;
  return !active || active === document.body || (active === host && !host.shadowRoot?.activeElement);
}

/**
 * Notes, before each render, which part of the shadow root has focus (its `part` and its index among the elements of
 * that part: the toggle, the third task link). If the render takes it away and focus is lost, it focuses the element
 * of the same part and index as soon as a render brings one back (the same render, or the one after the loading
 * state), unless the reader has put focus elsewhere meanwhile. Focus that left before a render is never taken back.
 */
export class FocusReturn implements ReactiveController {
  /** What had focus when this render began. */
  private before?: FocusedPart;
  /** What a render took away, to focus again once it is back. */
  private wanted?: FocusedPart;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostUpdate(): void {
    const active = this.host.shadowRoot?.activeElement;
    const part = active?.getAttribute('part');
    this.before = part ? { part, index: [...this.partsOf(part)].indexOf(active as HTMLElement) } : undefined;
  }

  hostUpdated(): void {
    const inside = !!this.host.shadowRoot?.activeElement;
    if (this.before && !inside && focusIsLost(this.host)) this.wanted = this.before;
    this.before = undefined;
    const { wanted } = this;
    if (!wanted) return;
    if (inside || !focusIsLost(this.host)) {
      this.wanted = undefined;
      return;
    }
    const again = this.partsOf(wanted.part)[wanted.index];
    if (!again) return;
    this.wanted = undefined;
    again.focus({ preventScroll: true });
  }

  private partsOf(part: string): NodeListOf<HTMLElement> {
    return this.host.shadowRoot!.querySelectorAll<HTMLElement>(`[part="${part}"]`);
  }
}

/** An element of the shadow root by its `part` and its index among the elements of that part. */
interface FocusedPart {
  readonly part: string;
  readonly index: number;
}
