/**
 * Boolean attributes as frameworks set them. React 19 and Preact set a custom element's property when it has one,
 * passing the JSX value as it is: `export=""` sets the property to `""`, `export` to `true`. An HTML boolean
 * attribute is on when present, whatever its value, so `""` must mean on, like `true` and the attribute itself;
 * `false`, `null`, `undefined` and an absent attribute mean off.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { h, render } from 'preact';
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

const exportButton = (el: DzTaskMatrix) => el.shadowRoot!.querySelector('[part="export-button"]');
const body = (el: DzTaskCard) => el.shadowRoot!.querySelector<HTMLElement>('[part="body"]');

async function matrix(): Promise<DzTaskMatrix> {
  const el = await fixture<DzTaskMatrix>(html`<dz-task-matrix section="4" style="width: 900px"></dz-task-matrix>`);
  await until(() => el.shadowRoot!.querySelector('table'), 'the matrix renders its table');
  return el;
}

async function card(): Promise<DzTaskCard> {
  const el = await fixture<DzTaskCard>(html`<dz-task-card task="9"></dz-task-card>`);
  await until(() => body(el), 'the card renders its body');
  return el;
}

describe('boolean properties as frameworks set them', () => {
  describe('<dz-task-matrix> export', () => {
    for (const [value, on] of [['', true], [true, true], [false, false], [null, false], [undefined, false]] as const) {
      it(`the property set to ${JSON.stringify(value) ?? 'undefined'} (as React 19 does) ${on ? 'shows' : 'hides'} the CSV button`, async () => {
        const el = await matrix();
        (el as unknown as Record<string, unknown>).export = value;
        await el.updateComplete;
        expect(exportButton(el) !== null, 'export button shown').to.equal(on);
        expect(el.export).to.equal(on);
      });
    }

    it('the attribute present (any value) shows the button, removed hides it', async () => {
      const el = await matrix();
      el.setAttribute('export', '');
      await el.updateComplete;
      expect(exportButton(el)).to.not.equal(null);
      el.removeAttribute('export');
      await el.updateComplete;
      expect(exportButton(el)).to.equal(null);
    });

    it('Preact rendering <dz-task-matrix export=""> shows the button; export={false} hides it', async () => {
      const container = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
      render(h('dz-task-matrix', { section: '4', export: '' }), container);
      const el = container.querySelector<DzTaskMatrix>('dz-task-matrix')!;
      await until(() => exportButton(el), 'the CSV button appears');
      render(h('dz-task-matrix', { section: '4', export: false }), container);
      await el.updateComplete;
      expect(exportButton(el)).to.equal(null);
      render(null, container);
    });
  });

  describe('rendered by React 19 (react-dom)', () => {
    it('export="" shows the CSV button, export={false} hides it, ondz-select gets the event', async () => {
      const { createElement, createRoot, flushSync } = await loadReact();
      const container = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
      const root = createRoot(container);
      const selected: unknown[] = [];
      const onSelect = (event: Event) => selected.push((event as CustomEvent).detail);
      flushSync(() => root.render(createElement('dz-task-matrix', { section: '4', export: '', 'ondz-select': onSelect })));
      const el = container.querySelector<DzTaskMatrix>('dz-task-matrix')!;
      await until(() => exportButton(el), 'the CSV button appears');
      expect(el.export).to.equal(true);

      el.dispatchEvent(new CustomEvent('dz-select', { detail: { taskId: 't14', unitId: 'x', role: 'lead' }, bubbles: true, composed: true }));
      expect(selected).to.deep.equal([{ taskId: 't14', unitId: 'x', role: 'lead' }]);

      flushSync(() => root.render(createElement('dz-task-matrix', { section: '4', export: false })));
      await el.updateComplete;
      expect(exportButton(el)).to.equal(null);
      root.unmount();
    });

    it('expanded="" shows a card\'s body text', async () => {
      const { createElement, createRoot, flushSync } = await loadReact();
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const root = createRoot(container);
      flushSync(() => root.render(createElement('dz-task-card', { task: '9', expanded: '' })));
      const el = container.querySelector<DzTaskCard>('dz-task-card')!;
      await until(() => body(el), 'the card renders its body');
      expect(body(el)!.hidden).to.equal(false);
      root.unmount();
    });
  });

  describe('<dz-task-card> expanded', () => {
    for (const [value, on] of [['', true], [true, true], [false, false], [null, false], [undefined, false]] as const) {
      it(`the property set to ${JSON.stringify(value) ?? 'undefined'} ${on ? 'shows' : 'hides'} the body text`, async () => {
        const el = await card();
        (el as unknown as Record<string, unknown>).expanded = value;
        await el.updateComplete;
        expect(body(el)!.hidden, 'body hidden').to.equal(!on);
        expect(el.expanded).to.equal(on);
      });
    }
  });
});
