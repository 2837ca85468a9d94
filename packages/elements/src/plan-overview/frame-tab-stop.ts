/**
 * Whether the overview's frame is a Tab stop: only while it scrolls. A frame with nothing to scroll (a desktop window,
 * where the table fits) was an extra stop that did nothing, its focus ring round the whole table (review r59 L4); a
 * frame that scrolls must take focus, so that the keyboard can scroll it (WCAG 2.1.1, axe's scrollable-region-focusable).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Whether `frame` has more inside than it shows, either way. */
const overflows = (frame: Element): boolean => frame.scrollWidth > frame.clientWidth || frame.scrollHeight > frame.clientHeight;

/**
 * Watches the host's frame (`selector` in its shadow root) and the table in it with a ResizeObserver, so that a
 * resized window or a new table (another language, other rows) is measured again, and renders the host again when
 * whether it scrolls changes. Until measured it counts as scrolling: the server's HTML, which has no script to measure
 * it, keeps the frame a Tab stop (keyboard-scrollable with scripts off), and the render that hydrates it matches.
 */
export class FrameTabStop implements ReactiveController {
  /** Whether the frame scrolls, as last measured (`true` until then). */
  scrolls = true;

  private observer?: ResizeObserver;
  private frame?: Element;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly selector: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.watch();
  }

  hostUpdated(): void {
    this.watch();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.frame = undefined;
  }

  /** Observes the frame now in the shadow root, and its table, if they are not the ones observed. */
  private watch(): void {
    const frame = this.host.shadowRoot?.querySelector(this.selector) ?? undefined;
    if (frame === this.frame || typeof ResizeObserver === 'undefined') return;
    this.observer?.disconnect();
    this.frame = frame;
    if (!frame) return;
    this.observer ??= new ResizeObserver(() => this.measure());
    this.observer.observe(frame);
    if (frame.firstElementChild) this.observer.observe(frame.firstElementChild);
  }

  /** Called by the ResizeObserver, after layout: a change of `tabindex` changes no size, so it loops nothing. */
  private measure(): void {
    if (!this.frame?.isConnected) return;
    const scrolls = overflows(this.frame);
    if (scrolls === this.scrolls) return;
    this.scrolls = scrolls;
    this.host.requestUpdate();
  }
}
