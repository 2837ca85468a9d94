/**
 * A flag written as text in a framework's template (`expanded="false"`, `export="true"`, `export=""`), as the
 * generated JSX and Vue types take it (review r103): React 19, Preact and Vue set it as the property of a defined
 * element, an attribute before; either way the element must read the text as it reads the attribute's.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../task-card.js';
import '../task-matrix.js';
import type { DzTaskCard } from '../task-card/task-card.js';
import type { DzTaskMatrix } from '../task-matrix/task-matrix.js';
import { until } from '../../test/support/wait.js';

/** React 19 and react-dom, bundled for the browser by the test server (scripts/lib/wtr-react.js). */
interface React19 {
  createElement: typeof import('react').createElement;
  createRoot: typeof import('react-dom/client').createRoot;
  flushSync: typeof import('react-dom').flushSync;
}
const loadReact = () => import(String('/__react19.js')) as Promise<React19>;

/** The words the types take, and what each means: on, off, on. */
const words = [['true', true], ['false', false], ['', true]] as const;

const exportButton = (el: DzTaskMatrix) => el.shadowRoot!.querySelector('[part="export-button"]');
const body = (el: DzTaskCard) => el.shadowRoot!.querySelector<HTMLElement>('[part="body"]');

const flags = [
  {
    name: 'expanded',
    create: () => fixture<DzTaskCard>(html`<dz-task-card task="9"></dz-task-card>`),
    ready: (el: HTMLElement) => body(el as DzTaskCard),
    shown: (el: HTMLElement) => !body(el as DzTaskCard)!.hidden,
  },
  {
    name: 'export',
    create: () => fixture<DzTaskMatrix>(html`<dz-task-matrix section="4" style="width: 900px"></dz-task-matrix>`),
    ready: (el: HTMLElement) => el.shadowRoot!.querySelector('table'),
    shown: (el: HTMLElement) => exportButton(el as DzTaskMatrix) !== null,
  },
] as const;

describe('a flag written as text, set as the property', () => {
  for (const flag of flags) {
    for (const [word, on] of words) {
      it(`${flag.name}="${word}" reads ${on ? 'on' : 'off'} as the property, as it does as the attribute`, async () => {
        const byAttribute = await flag.create();
        byAttribute.setAttribute(flag.name, word);
        await until(() => flag.ready(byAttribute), 'the element renders');
        const byProperty = await flag.create();
        await until(() => flag.ready(byProperty), 'the element renders');
        // From the other state, so the text has to change what is drawn.
        (byProperty as unknown as Record<string, unknown>)[flag.name] = !on;
        await (byProperty as DzTaskCard).updateComplete;
        expect(flag.shown(byProperty), 'before').to.equal(!on);
        (byProperty as unknown as Record<string, unknown>)[flag.name] = word;
        await (byProperty as DzTaskCard).updateComplete;
        expect(flag.shown(byAttribute), 'as the attribute').to.equal(on);
        expect(flag.shown(byProperty), 'as the property').to.equal(on);
        expect((byProperty as unknown as Record<string, unknown>)[flag.name], 'the property read back').to.equal(on);
        expect(byProperty.shadowRoot!.querySelector('[part="notice"]'), 'no notice').to.equal(null);
      });
    }
  }

  it('React 19 rendering expanded="false" collapses a card it rendered with expanded="true"', async () => {
    const { createElement, createRoot, flushSync } = await loadReact();
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = createRoot(container);
    flushSync(() => root.render(createElement('dz-task-card', { task: '9', expanded: 'true' })));
    const el = container.querySelector<DzTaskCard>('dz-task-card')!;
    await until(() => body(el), 'the card renders its body');
    expect(body(el)!.hidden, 'expanded="true"').to.equal(false);
    flushSync(() => root.render(createElement('dz-task-card', { task: '9', expanded: 'false' })));
    await el.updateComplete;
    expect(body(el)!.hidden, 'expanded="false"').to.equal(true);
    root.unmount();
  });
});
