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
 * it, keeps the frame a Tab stop (keyboard-scrollable with scripts off), and the render that hydrates it matches. So
 * it measures only once the host has hydrated (`hydrating` false): measured before, the hydrating render would have no
 * Tab stop, and hydration, which writes no attribute, would leave the server's `tabindex` at every width (review r60
 * L1); measured after, the next render removes it.
 */
export class FrameTabStop implements ReactiveController {
  /** Whether the frame scrolls, as last measured (`true` until then). */
  scrolls = true;

  private observer?: ResizeObserver;
  private frame?: Element;
  /** The frame whose blur is awaited, to drop a stop it kept while focused. */
  private focusedFrame?: Element;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly selector: string,
    /** Whether the host still shows the server's content, not yet hydrated. */
    private readonly hydrating: () => boolean = () => false,
  ) {
    host.addController(this);
  }

  /**
   * Whether the frame is a Tab stop now: while it scrolls, and while it has focus. A frame that stops scrolling with
   * focus in it (a window widened, review r60 L4) keeps its stop until focus leaves it: removing its `tabindex` then
   * would drop focus to the page's `<body>`, with no ring and nothing said, and moving focus elsewhere would surprise
   * as much (the measure that finds it no longer scrolling waits for its blur). Read in the render that binds the
   * frame's `tabindex`; it changes nothing.
   */
  tabStop(): boolean {
    return this.scrolls || (this.focusedFrame !== undefined && this.focusedFrame === this.frame);
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

  /** Observes the frame now in the shadow root, and its table, if they are not the ones observed (once hydrated). */
  private watch(): void {
    if (this.hydrating()) return;
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
    if (!scrolls && this.host.shadowRoot?.activeElement === this.frame) this.dropOnBlur(this.frame);
    this.host.requestUpdate();
  }

  /**
   * Renders the host again once focus has left `frame`, so that its kept stop goes. Checked at the next frame, when
   * focus has moved: a window that lost focus keeps the frame focused in it (focus comes back to it), and is waited
   * out the same way.
   */
  private dropOnBlur(frame: Element): void {
    if (this.focusedFrame === frame) return;
    this.focusedFrame = frame;
    frame.addEventListener(
      'blur',
      () =>
        requestAnimationFrame(() => {
          this.focusedFrame = undefined;
          this.host.requestUpdate();
        }),
      { once: true },
    );
  }
}
