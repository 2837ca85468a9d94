/**
 * The developers' guide's recipe for React server rendering (docs/guide-developers.md, "Server rendering"), run in
 * the page with React 19: `renderToString` writes the server's HTML into a container, `hydrateRoot` hydrates it
 * (review r109). The gauge reflects `variant` and `scheme` (and sets `status`) on its tag as soon as it upgrades,
 * before hydration: without `suppressHydrationWarning` React logs a mismatch. A matrix defined before its `plan` is
 * set imports the bundled plan; the recipe sets `plan` on the tag first and then imports the define module.
 *
 * At the top of `src/`, so that a whole run gives it a page of its own (scripts/lib/wtr-test-groups.js): its first
 * tests need `<dz-task-matrix>` not yet defined and the bundled plan not yet imported in the page. The matrix's define
 * module is therefore only ever imported dynamically here, and the tests run in order.
 */
import type { Plan } from '@dz-tasks/data';
import { expect, fixture, html } from '@open-wc/testing';
import type { ReactNode } from 'react';
import { until } from '../test/support/wait.js';
import './target-gauge.js';
import type { DzTargetGauge } from './target-gauge/target-gauge.js';
import type { DzTaskMatrix } from './task-matrix/task-matrix.js';

/** React 19, react-dom and its server renderer, bundled for the browser by the test server (scripts/lib/wtr-react.js). */
interface React19 {
  createElement: typeof import('react').createElement;
  useEffect: typeof import('react').useEffect;
  useRef: typeof import('react').useRef;
  hydrateRoot: typeof import('react-dom/client').hydrateRoot;
  renderToString: typeof import('react-dom/server').renderToString;
}
const loadReact = () => import(String('/__react19.js')) as Promise<React19>;

/**
 * Whether the page fetched the bundled plan's module: `shared/default-plan.ts` imports `@dz-tasks/data/dezhou-2023`,
 * which the test server serves from its dependency bundle at this path (`fileOf` in scripts/lib/wtr-deps.js).
 */
const bundledPlanPath = '/__deps/dz-tasks-data-dezhou-2023.js';
const bundledPlanFetched = () => performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname === bundledPlanPath);

/** Another city's plan: the bundled plan's JSON (the data package's build) under another id and title. */
const ownTitle = 'Another City 2023 key tasks';
async function ownPlan(): Promise<Plan> {
  const response = await fetch('/packages/data/dist/plan.json');
  const plan = (await response.json()) as Plan;
  return { ...plan, id: 'another-city-2023', title: { 'zh-Hant': ownTitle, 'zh-Hans': ownTitle, en: ownTitle } };
}

/** The matrix's caption (table or narrow list) once it shows a plan. */
const caption = (el: DzTaskMatrix) => el.shadowRoot?.querySelector('[part="caption"], caption')?.textContent ?? '';

/**
 * Server-renders `children` into a new container, then hydrates it as the browser would, once `beforeHydration` (the
 * define modules of the page's entry) has run. Resolves when React has committed and run the effects (after its
 * hydration checks), with what React reported, as text: its `console.error` calls (kept off the run's log) and its
 * `onRecoverableError` errors.
 */
async function serverRenderAndHydrate(
  react: React19,
  children: () => ReactNode[],
  beforeHydration: (container: HTMLElement) => Promise<void> = async () => {},
): Promise<{ container: HTMLElement; reported: string[]; unmount: () => void }> {
  let ready = () => {};
  function Hydrated() {
    react.useEffect(() => ready(), []);
    return null;
  }
  const tree = () => [...children(), react.createElement(Hydrated, { key: 'hydrated' })];
  // A page that says no language (this file's page has no `lang`): an element reads its plan's, that of a `plan` set
  // before the upgrade too (review r109), without importing the bundled plan (shared/plan-before-upgrade.test.ts).
  const container = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  container.innerHTML = react.renderToString(tree());
  await beforeHydration(container);
  const reported: string[] = [];
  const consoleError = console.error;
  console.error = (...args: unknown[]) => void reported.push(args.map(String).join(' '));
  try {
    const hydrated = new Promise<void>((resolve) => (ready = resolve));
    const root = react.hydrateRoot(container, tree(), { onRecoverableError: (error) => reported.push(`recoverable: ${String(error)}`) });
    await hydrated;
    return { container, reported, unmount: () => root.unmount() };
  } finally {
    console.error = consoleError;
  }
}

/** The guide's matrix before review r109: the define module imported first (statically there), `plan` set in an effect. */
function definedFirst(react: React19, plan: Plan) {
  return function Matrix() {
    const ref = react.useRef<DzTaskMatrix>(null);
    react.useEffect(() => {
      ref.current!.plan = plan;
    }, []);
    return react.createElement('dz-task-matrix', { ref, section: '4' });
  };
}

/** The guide's matrix: `plan` set on the tag in an effect, then its define module imported. */
function planFirst(react: React19, plan: Plan, define: () => void) {
  return function Matrix() {
    const ref = react.useRef<DzTaskMatrix>(null);
    react.useEffect(() => {
      ref.current!.plan = plan;
      define();
    }, []);
    return react.createElement('dz-task-matrix', { ref, section: '4' });
  };
}

describe("the developers' guide's React server rendering (renderToString, then hydrateRoot)", () => {
  before(() => performance.setResourceTimingBufferSize(10_000));

  describe('an app showing its own plan', () => {
    it('the recipe (plan set before the matrix is defined) shows the app\'s plan and never fetches the bundled plan', async () => {
      expect(customElements.get('dz-task-matrix') === undefined, 'the matrix is not defined yet').to.equal(true);
      expect(bundledPlanFetched(), 'the bundled plan not fetched before').to.equal(false);
      const react = await loadReact();
      const plan = await ownPlan();
      let defined: Promise<unknown> | undefined;
      const Matrix = planFirst(react, plan, () => (defined = import('./task-matrix.js')));
      const { container, reported, unmount } = await serverRenderAndHydrate(react, () => [react.createElement(Matrix, { key: 'm' })]);
      expect(defined !== undefined, 'the effect imported the define module').to.equal(true);
      await defined;
      expect(container.closest('[lang]') === null, 'the page says no language').to.equal(true);
      const el = container.querySelector<DzTaskMatrix>('dz-task-matrix')!;
      await el.updateComplete;
      await until(() => caption(el).includes(ownTitle), "the matrix shows the app's plan");
      expect(bundledPlanFetched(), `no request for ${bundledPlanPath}`).to.equal(false);
      expect(reported).to.deep.equal([]);
      unmount();
    });

    it('the old recipe (the define module imported first, plan set in the effect) fetches the bundled plan', async () => {
      // The converse, with the same waits and check: the check above can fail.
      const react = await loadReact();
      const plan = await ownPlan();
      await import('./task-matrix.js');
      const Matrix = definedFirst(react, plan);
      const { container, unmount } = await serverRenderAndHydrate(react, () => [react.createElement(Matrix, { key: 'm' })]);
      const el = container.querySelector<DzTaskMatrix>('dz-task-matrix')!;
      await el.updateComplete;
      await until(() => caption(el).includes(ownTitle), "the matrix shows the app's plan");
      expect(bundledPlanFetched(), `a request for ${bundledPlanPath}`).to.equal(true);
      unmount();
    });
  });

  describe('hydrating a gauge that has drawn', () => {
    const gaugeProps = { target: 't09.1', value: 2100, 'as-of': '2023-06-30' };

    /** The gauge's and the matrix's define modules loaded before hydration, as in a page's entry. */
    async function drawn(container: HTMLElement): Promise<void> {
      await import('./task-matrix.js');
      const gauge = container.querySelector<DzTargetGauge>('dz-target-gauge')!;
      await gauge.updateComplete;
      await until(() => gauge.hasAttribute('status'), 'the gauge shows a status');
      // What the gauge wrote on its tag, which the server's HTML does not have.
      expect([gauge.getAttribute('variant'), gauge.getAttribute('scheme')].join()).to.equal('ring,traffic');
    }

    it('without suppressHydrationWarning React reports a mismatch of the attributes the gauge wrote on its tag', async () => {
      const react = await loadReact();
      const { reported, unmount } = await serverRenderAndHydrate(
        react,
        () => [
          react.createElement('dz-target-gauge', { key: 'g', ...gaugeProps }),
          react.createElement('dz-task-matrix', { key: 'm', section: '4' }),
        ],
        drawn,
      );
      // One mismatch, the gauge's: the matrix, defined before hydration too, writes nothing on its tag.
      const mismatch = reported.filter((text) => text.includes("didn't match the client properties"));
      expect(mismatch.length, reported.join('\n')).to.equal(1);
      expect(['variant="ring"', 'scheme="traffic"', 'status="'].every((written) => mismatch[0]!.includes(written)), mismatch[0]).to.equal(true);
      expect(mismatch[0]!.includes('<dz-task-matrix'), mismatch[0]).to.equal(false);
      unmount();
    });

    it('with suppressHydrationWarning on the gauge, as the guide writes it, React reports nothing', async () => {
      const react = await loadReact();
      const plan = await ownPlan();
      const Matrix = planFirst(react, plan, () => void import('./task-matrix.js'));
      const { container, reported, unmount } = await serverRenderAndHydrate(
        react,
        () => [
          react.createElement('dz-target-gauge', { key: 'g', ...gaugeProps, suppressHydrationWarning: true }),
          react.createElement(Matrix, { key: 'm' }),
        ],
        drawn,
      );
      expect(reported.join('\n')).to.equal('');
      const el = container.querySelector<DzTaskMatrix>('dz-task-matrix')!;
      await el.updateComplete;
      await until(() => caption(el).includes(ownTitle), "the matrix shows the app's plan");
      unmount();
    });
  });
});
