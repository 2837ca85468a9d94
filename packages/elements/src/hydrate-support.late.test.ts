/**
 * The hydration support applied after the elements are defined, as in a multi-page Vite build: Rollup puts Lit and
 * the elements in a chunk the pages share, evaluated before the entry's
 * `import '@dz-tasks/elements/hydrate-support.js'`, so the elements upgrade the server-rendered tags first. A
 * server-rendered element still hydrates at its first update (the server's nodes kept, not drawn a second time beside
 * them), and stays interactive.
 *
 * This page's Lit is evaluated without the support (nothing before it loads `@lit-labs/ssr-client`), and this file
 * imports the support only once its element is defined and connected: a test-only `dz-` element, so that its server
 * markup is short enough to write here (its template's digest computed as Lit's SSR computes it). Its first update is
 * held until the support is applied, as in the build, where the chunks are evaluated in one go, before any update.
 * Another, with `data-waits`, updates before (keeping the server's content while its data loads, as the base element
 * does), as it would were the support loaded later than the elements: it hydrates too once its data is there.
 */
import { digestForTemplateResult } from '@lit-labs/ssr-client';
import { expect } from '@open-wc/testing';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DzElement, type ElementView } from './shared/base-element.js';

/** The counter's template, as its element and the server markup below use it. */
const counter = (count: number, add: () => void): TemplateResult => html`<button @click=${add}>${count}</button>`;

const style = 'button { font: inherit; }';

/**
 * The counter as Lit's SSR writes it: its styles first (so that Lit's own `createRenderRoot` takes the `<style>` for
 * `renderBefore`, as with the real elements), `<!--lit-node 0-->` before the element with a binding.
 */
const serverCounter = (count: number) =>
  `<dz-late-counter count="${count}"><template shadowrootmode="open"><style>${style}</style>` +
  `<!--lit-part ${digestForTemplateResult(counter(count, () => {}))}--><!--lit-node 0-->` +
  `<button><!--lit-part-->${count}<!--/lit-part--></button><!--/lit-part--></template></dz-late-counter>`;

let release!: () => void;
/** Resolved once the support is applied: the updates of the counters without `data-waits` wait for it. */
const released = new Promise<void>((resolve) => (release = resolve));

/** Whether the data of the counters with `data-waits` is there: until then their view is loading. */
let arrived = false;

class LateCounter extends DzElement {
  @property({ type: Number }) count = 0;

  private get waits(): boolean {
    return this.hasAttribute('data-waits');
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.waits ? super.scheduleUpdate() : released.then(() => super.scheduleUpdate());
  }

  protected override deriveView(): ElementView<object> {
    return this.waits && !arrived ? { kind: 'loading', lines: 1 } : { kind: 'ready' };
  }

  protected override renderReady(): unknown {
    return this.nothing;
  }

  protected override render(): unknown {
    return counter(this.count, () => this.count++);
  }

  /** Updates that ended with another already requested, as `countUpdates` counts them (task-matrix.updates.test.ts). */
  chained = 0;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.isUpdatePending) this.chained++;
  }
}

/** Until its updates are done, none left pending. */
async function settled(el: LateCounter): Promise<void> {
  while (!(await el.updateComplete));
}

const buttons = (el: Element) => [...el.shadowRoot!.querySelectorAll('button')];

describe('hydration support applied after the elements are defined', () => {
  let server: LateCounter;
  let waiting: LateCounter;
  let client: LateCounter;
  /** The children of the server's shadow roots, before any script ran on them. */
  let serverNodes: Element[];
  let errors: unknown[];
  /** Lit's dev build's warnings of an update requested while one ends ('change-in-update'). */
  let changeInUpdate: string[];
  const consoleError = console.error;
  const consoleWarn = console.warn;
  const isChangeInUpdate = (text: string) => text.includes('change-in-update') || text.includes('scheduled an update');

  before(async () => {
    errors = [];
    console.error = (...args: unknown[]) => void errors.push(args[0]);
    // Lit warns once per page and message: forget one issued before, so this page's own is seen.
    const issued = (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings;
    for (const warning of [...(issued ?? [])]) if (isChangeInUpdate(warning)) issued!.delete(warning);
    changeInUpdate = [];
    console.warn = (...args: unknown[]) => {
      if (isChangeInUpdate(String(args[0]))) changeInUpdate.push(String(args[0]));
      else consoleWarn.apply(console, args);
    };
    const box = document.createElement('div');
    document.body.append(box);
    // Two of the server's counters, and one a script made (no shadow root yet), connected before their element is
    // defined.
    const waits = serverCounter(7).replace('<dz-late-counter', '<dz-late-counter data-waits');
    box.setHTMLUnsafe(`${serverCounter(2)}${waits}<dz-late-counter count="5"></dz-late-counter>`);
    const found = box.querySelectorAll<LateCounter>('dz-late-counter');
    [server, waiting, client] = [found[0]!, found[1]!, found[2]!];
    serverNodes = [server, waiting].flatMap((el) => [...el.shadowRoot!.children]);
    expect(serverNodes.map((node) => node.localName)).to.deep.equal(['style', 'button', 'style', 'button']);
    customElements.define('dz-late-counter', LateCounter);
    expect(server).to.be.instanceOf(LateCounter);
    // The one waiting for its data updates, keeping the server's content, before the support comes (as it would
    // were the support loaded later than the elements, by a script of its own).
    await settled(waiting);
    expect(waiting.hasUpdated).to.equal(true);
    await import('./hydrate-support.js');
    release();
    arrived = true;
    waiting.requestUpdate();
    await Promise.all([settled(server), settled(waiting), settled(client)]);
  });

  after(() => {
    console.error = consoleError;
    console.warn = consoleWarn;
  });

  it('hydrates a server-rendered element: the server’s nodes kept, no second copy', () => {
    expect(buttons(server).map((b) => b.textContent)).to.deep.equal(['2']);
    expect(serverNodes).to.include(buttons(server)[0]);
    expect(server.hasUpdated).to.equal(true);
    expect(errors).to.deep.equal([]);
  });

  it('hydrates one that updated before the support came, keeping the server’s content while its data loaded', () => {
    expect(buttons(waiting).map((b) => b.textContent)).to.deep.equal(['7']);
    expect(serverNodes).to.include(buttons(waiting)[0]);
  });

  it('hydrates with no update requested while one ends, also after waiting for its data: no change-in-update warning', () => {
    // Updates requested by an update, per counter (server, waiting, client), and Lit's warnings of them.
    const chained = [server.chained, waiting.chained, client.chained];
    expect({ chained, warnings: changeInUpdate }).to.deep.equal({ chained: [0, 0, 0], warnings: [] });
  });

  it('leaves it interactive, drawing in place', async () => {
    buttons(server)[0]!.click();
    await settled(server);
    expect(buttons(server).map((b) => b.textContent)).to.deep.equal(['3']);
    expect(serverNodes).to.include(buttons(server)[0]);
  });

  it('draws an element a script made as before', async () => {
    expect(buttons(client).map((b) => b.textContent)).to.deep.equal(['5']);
    buttons(client)[0]!.click();
    await settled(client);
    expect(buttons(client).map((b) => b.textContent)).to.deep.equal(['6']);
    expect(errors).to.deep.equal([]);
  });
});
