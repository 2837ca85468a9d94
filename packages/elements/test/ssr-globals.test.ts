/**
 * What `renderPage` leaves on `globalThis` of the server process (review r48): Lit SSR's global DOM shim put `document`,
 * `location`, `HTMLElement`, `customElements`… there for good, so after one render a Next.js or Remix server saw
 * `typeof document !== 'undefined'` everywhere, and libraries that detect the browser that way took browser paths on
 * the server. The built package (`dist/ssr`) in a fresh Node process per test, as a server loads it: its globals before
 * the package is imported, and after renders (one, again, two at once).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const elementsDir = fileURLToPath(new URL('../', import.meta.url));
const ssrEntry = join(elementsDir, 'dist/ssr/index.js');

const work = mkdtempSync(join(tmpdir(), 'dz-ssr-globals-'));
after(() => rmSync(work, { recursive: true, force: true }));
let children = 0;

/** A ceiling for a child that hangs (then killed), never a speed limit. */
const HUNG_MS = 60_000;

/** Names a script may read to tell a browser from a server, and what Lit SSR's global DOM shim defined. */
const browserNames = [
  'window', 'self', 'document', 'location', 'navigator', 'HTMLElement', 'Element', 'Document', 'ShadowRoot', 'CSSStyleSheet',
  'CustomElementRegistry', 'IntersectionObserver', 'MutationObserver', 'ResizeObserver', 'requestAnimationFrame',
];

/**
 * The globals the libraries add when imported in Node, whoever imports them: a module runs once, so a later import in
 * the same process (the app's own Lit components, its own zod schemas) counts on them. Lit's `node` build (which
 * `@lit-labs/ssr` and the elements import) sets `customElements`, the registry of `@lit-labs/ssr-dom-shim` (Lit: "so
 * that users who have imported lit are able to call customElements.define"), and its bookkeeping; zod 4 its global
 * config and registry. None is a name scripts read to detect a browser.
 */
const libraryGlobals = [
  '__zod_globalConfig', '__zod_globalRegistry',
  'customElements', 'litElementVersions', 'litHtmlVersions', 'litPropertyMetadata', 'litServerRoot', 'reactiveElementVersions',
];

/** What the child prints: the globals at each step, and the renders' HTML. */
interface Report {
  readonly before: readonly string[];
  readonly after: readonly string[];
  /** The globals that were there before whose value the renders left changed. */
  readonly changed: readonly string[];
  readonly types: Record<string, string>;
  readonly typesBefore: Record<string, string>;
  readonly htmls: readonly string[];
}

/**
 * Runs `body` (module code with `renderPage` and `page` in scope) in a fresh Node process, after `prelude` (what the
 * server did before), and reads its {@link Report}.
 */
function inChild(body: string, prelude = ''): Report {
  const script = `
    ${prelude}
    const names = () => Object.getOwnPropertyNames(globalThis).sort();
    const browserNames = ${JSON.stringify(browserNames)};
    const types = () => Object.fromEntries(browserNames.map((name) => [name, typeof globalThis[name]]));
    const before = names();
    const typesBefore = types();
    // Values, not descriptors: Node defines some globals (TextDecoder, AbortSignal) by a getter that a first read
    // replaces with the value.
    const values = new Map(before.map((name) => [name, globalThis[name]]));
    const { renderPage } = await import(${JSON.stringify(ssrEntry)});
    const page = (n) => '<dz-task-card task="' + n + '"></dz-task-card><dz-target-gauge target="t09.1" value="1500" as-of="2023-09-30"></dz-target-gauge>';
    const htmls = [];
    ${body}
    const changed = before.filter((name) => !Object.is(values.get(name), globalThis[name]));
    process.stdout.write(JSON.stringify({ before, after: names(), changed, types: types(), typesBefore, htmls }));`;
  // A file, not `node -e`, which has every built-in module as a global (`sys`, `wasi`: warnings on a read).
  const file = join(work, `child-${++children}.mjs`);
  writeFileSync(file, script);
  const result = spawnSync(process.execPath, [file], { encoding: 'utf8', cwd: elementsDir, timeout: HUNG_MS });
  assert.equal(result.stderr, '');
  assert.equal(result.status, 0);
  return JSON.parse(result.stdout) as Report;
}

/** The rendered HTML with the day it was rendered at left out (two renders may fall on either side of midnight). */
const undated = (html: string) => html.replace(/ data-dz-today="[^"]*"/g, '');

/** Checks that the process's globals are as before, but for {@link libraryGlobals}, and that each render drew both elements. */
function leftAsFound(report: Report) {
  assert.deepEqual(report.types, report.typesBefore, 'no name a script reads to detect a browser (typeof window, document, location…)');
  assert.deepEqual(report.changed, [], 'every global that was there keeps its value (fetch, atob, btoa, Event…)');
  const added = report.after.filter((name) => !report.before.includes(name));
  assert.deepEqual(added, libraryGlobals.filter((name) => !report.before.includes(name)), "only Lit's and zod's own globals are added");
  for (const html of report.htmls) assert.equal(html.match(/<template [^>]*shadowrootmode="open"/g)?.length, 2, html.slice(0, 300));
}

describe('renderPage and the globals of the server process', { skip: existsSync(ssrEntry) ? false : 'run `npm run build` first' }, () => {
  it('leaves no browser global behind after a render, and a second render draws the same page', () => {
    const report = inChild(`
      htmls.push((await renderPage(page(9))).html);
      htmls.push((await renderPage(page(9))).html);`);
    leftAsFound(report);
    assert.equal(report.htmls.length, 2);
    assert.equal(undated(report.htmls[1]!), undated(report.htmls[0]!), 'the second render is the first');
    assert.match(report.htmls[0]!, /status="behind"/, "the gauge's status, from its value");
  });

  it('renders two pages at once, each as alone, and still leaves no browser global', () => {
    const report = inChild(`
      const alone = [(await renderPage(page(9))).html, (await renderPage(page(26))).html];
      const together = await Promise.all([renderPage(page(9)), renderPage(page(26))]);
      htmls.push(...alone, ...together.map((rendered) => rendered.html));`);
    leftAsFound(report);
    const [nine, twentySix, nineTogether, twentySixTogether] = report.htmls.map(undated);
    assert.notEqual(nine, twentySix);
    assert.equal(nineTogether, nine);
    assert.equal(twentySixTogether, twentySix);
  });

  it("renders in a process that installed Lit SSR's global DOM shim itself, and leaves that shim's globals as they were", () => {
    const report = inChild(`htmls.push((await renderPage(page(9))).html);`, `await import(${JSON.stringify(import.meta.resolve('@lit-labs/ssr/lib/install-global-dom-shim.js'))});`);
    assert.equal(report.typesBefore.document, 'object', 'the shim was installed');
    leftAsFound(report);
  });
});
