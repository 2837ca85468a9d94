/**
 * The fair second baselines of issue 10: static pages showing what our elements show, taken from them as this build
 * draws them, so they follow every change to the elements. Each host becomes a `div` of a class holding its shadow
 * content (Lit's comment markers left out), in light DOM, inserted by `insertAdjacentHTML` as the static table is, and
 * the shadow styles apply to it with `:host` read as that class. The ratio of our element to its static page is the
 * cost of the element itself (Lit, shadow roots, working out the content from the plan in the page); the ratio of
 * the static page to the goal's baseline (the static table, the static rings) the cost of what the element draws
 * beyond it.
 *
 * - `static-gauges`: the 157 gauges (bench-page.js `dz-target-gauge ×157`).
 * - `static-matrix`: the whole-plan matrix (`dz-task-matrix`); checked to lay out as the same table as ours.
 */
import type { Browser } from 'puppeteer-core';
import { writeFileSync } from 'node:fs';
import { openBenchPage, openReadyBenchPage } from './harness.js';

/** Each static peer: the case of the dz page it is taken from, and the class its host stand-ins get. */
export const staticPeers = {
  'static-gauges': { of: 'dz-target-gauge ×157', className: 'dz-gauge' },
  'static-matrix': { of: 'dz-task-matrix', className: 'dz-matrix' },
} as const;
export type StaticPeer = keyof typeof staticPeers;

/** Elements, their attributes, and text nodes in a tree (per host, the mean over a page's hosts). */
export interface NodeCounts {
  readonly elements: number;
  readonly attributes: number;
  readonly texts: number;
}

/** A table as laid out: its border box (px) and its rows and cells. */
export interface TableShape {
  readonly width: number;
  readonly height: number;
  readonly rows: number;
  readonly cells: number;
}

/** What bench-page.js `drawn(case)` returns: our elements as the case drew them, untouched. */
export interface Drawn {
  /** Each host's attributes and its shadow root's `innerHTML`. */
  readonly hosts: readonly { readonly attributes: Readonly<Record<string, string>>; readonly html: string }[];
  /** The attributes the element's class reflects for styling (`reflectedAttributes`). */
  readonly reflected: readonly string[];
  /** The CSS text of every rule of the shadow root's adopted style sheets (the first host's: all share them). */
  readonly rules: readonly string[];
}

/** What the bench page's static peer fetches (`generated/<peer>.json`). */
export interface StaticPage {
  readonly markup: string;
  readonly css: string;
  readonly className: string;
  /** How many host stand-ins the markup holds. */
  readonly count: number;
}

/** Shadow-root CSS for light DOM: `:host` reads as `.className`, and `:host(X)` as `.classNameX` (X may nest parentheses). */
export function hostAsClass(css: string, className: string): string {
  let out = '';
  let at = 0;
  for (let found = css.indexOf(':host', at); found !== -1; found = css.indexOf(':host', at)) {
    const after = css[found + 5];
    // `:host-context(…)` and the like are other selectors (none of our styles uses them).
    if (after !== undefined && /[-\w]/.test(after)) {
      out += css.slice(at, found + 5);
      at = found + 5;
      continue;
    }
    out += `${css.slice(at, found)}.${className}`;
    at = found + 5;
    if (after === '(') {
      let depth = 0;
      let end = at;
      do {
        if (css[end] === '(') depth++;
        else if (css[end] === ')') depth--;
        end++;
      } while (depth > 0 && end < css.length);
      out += css.slice(at + 1, end - 1);
      at = end;
    }
  }
  return out + css.slice(at);
}

const escapeAttribute = (value: string) => value.replace(/[&"]/g, (c) => (c === '&' ? '&amp;' : '&quot;'));

/** The attributes `:host([name…])` selects on. */
const selectedAttributes = (css: string) => new Set([...css.matchAll(/:host\(\[\s*([-\w]+)/g)].map((m) => m[1]!));

/**
 * The static page of what the hosts drew: each host a `div.className` around its shadow content, keeping of the host's
 * attributes those its class reflects for styling and those its styles select on (an input the page set is not content).
 */
export function staticPage(drawn: Drawn, className: string): StaticPage {
  const rules = drawn.rules.join('\n');
  const kept = new Set([...drawn.reflected, ...selectedAttributes(rules)]);
  const markup = drawn.hosts
    .map(({ attributes, html }) => {
      const attrs = Object.entries(attributes)
        .filter(([name]) => kept.has(name))
        .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
        .join('');
      return `<div class="${className}"${attrs}>${html.replace(/<!--[^]*?-->/g, '')}</div>`;
    })
    .join('');
  return { markup, css: hostAsClass(rules, className), className, count: drawn.hosts.length };
}

/** Whether two layouts of a table are the same (within half a pixel): `true`, or how they differ. */
export function sameTable(ours: TableShape, theirs: TableShape): true | string {
  const same = ours.rows === theirs.rows && ours.cells === theirs.cells && Math.abs(ours.width - theirs.width) < 0.5 && Math.abs(ours.height - theirs.height) < 0.5;
  return same ? true : `ours ${describeTable(ours)}, the static page ${describeTable(theirs)}`;
}

const describeTable = (t: TableShape) => `${t.width.toFixed(1)} × ${t.height.toFixed(1)} px, ${t.rows} rows, ${t.cells.toLocaleString('en')} cells`;

/** What writing a static peer found: the counts in one host's shadow root, and for a table whether it laid out the same. */
export interface StaticPeerWritten {
  readonly counts: NodeCounts;
  readonly sameTable?: true | string;
}

/**
 * Renders the peer's case in a dz bench page, writes `generated/<peer>.json` for the bench page's static peer, and
 * for a table renders that static page too and compares the two tables' layout (printed).
 */
export async function writeStaticPeer(browser: Browser, origin: string, generated: string, peer: StaticPeer): Promise<StaticPeerWritten> {
  const { of, className } = staticPeers[peer];
  const page = await openReadyBenchPage(browser, origin, 'dz');
  let drawn: Drawn & { counts: NodeCounts; table?: TableShape };
  try {
    drawn = (await page.evaluate(`window.drawn(${JSON.stringify(of)})`)) as typeof drawn;
  } finally {
    await page.close();
  }
  writeFileSync(`${generated}${peer}.json`, JSON.stringify(staticPage(drawn, className)));
  if (!drawn.table) return { counts: drawn.counts };

  const staticTab = await openBenchPage(browser, origin, peer);
  try {
    await staticTab.evaluate(`window.bench.ready.then(() => window.bench.keep(${JSON.stringify(peer)}))`);
    const theirs = (await staticTab.evaluate('window.bench.tableShape()')) as TableShape;
    const same = sameTable(drawn.table, theirs);
    console.log(same === true ? `${peer}: lays out as the same table as ${of} (${describeTable(theirs)})` : `${peer}: NOT the same table as ${of}: ${same}`);
    return { counts: drawn.counts, sameTable: same };
  } finally {
    await staticTab.close();
  }
}
