/**
 * Opens every story of the built Storybook in headless Chromium and checks that it renders its dz- element, logs no
 * error, passes axe, that its "show code" is the HTML a CMS editor pastes (the script tag and the story's elements
 * with their attributes) and that it shows an element's error message only if it is tagged `error`; that a story
 * whose request never answers (an element pointing at `stillLoadingUrl`) gives its elements the longest `timeout` and
 * shows them still loading; that a story named "Narrow…" does not scroll sideways at 320 × 800 px; opens every docs
 * page (the Introduction, the Design tokens, each element's autodocs) and checks that it renders without an error,
 * the MDX pages that they pass axe and fit a 1200 px window, and each element's page that its Controls show every
 * story's own values. Prints "N stories checked, N passed, N failed" and writes the count (stories
 * and docs pages) to test-results/stories.json for CI's summary. Each of the parallel pages shows one story after
 * another, switched on Storybook's channel as its sidebar does (a story's cleanups run as it is left); a docs page,
 * and the story after one with a problem, get a fresh page.
 *
 *   npx storybook build -o storybook-static && npx tsx scripts/check-stories.ts [storybook-static]
 *
 * The argument is the built Storybook's folder, `storybook-static` by default (a build elsewhere:
 * `npx storybook build -o /tmp/sb && npx tsx scripts/check-stories.ts /tmp/sb`).
 *
 * Environment: STORY_FILTER (substring of story ids to check), STORY_CONCURRENCY (pages in parallel, default 4),
 * STORY_TIMEOUT (seconds one step of a page may take, default 120), CHROMIUM_BIN (default /usr/bin/chromium).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { MAX_TIMEOUT_SECONDS } from '../packages/elements/src/shared/timeout.js';
import { stillLoadingUrl } from '../stories/support/hold-fetch.js';
import { scriptTag } from '../stories/support/source.js';
import { chromiumLaunchOptions, serveStatic } from './lib/static-server.js';

interface IndexEntry {
  readonly id: string;
  readonly title: string;
  readonly name: string;
  readonly type: 'story' | 'docs';
  readonly importPath: string;
  readonly tags?: readonly string[];
}

interface Outcome {
  readonly story: IndexEntry;
  readonly problems: readonly string[];
  /** How long the page took, from navigation to the last check. */
  readonly ms: number;
}

const repo = fileURLToPath(new URL('..', import.meta.url));
const staticDir = resolve(repo, process.argv[2] ?? 'storybook-static');
const filter = process.env['STORY_FILTER'];
const concurrency = Math.max(1, Number(process.env['STORY_CONCURRENCY'] ?? 4));
/**
 * How long one step of a page (Storybook's render, the feeds, axe) may take before its story fails. Every step
 * waits for an event or a state, never for a fixed time; this is only the ceiling for a page that hangs, and it is
 * generous because the whole-plan matrix (3,312 cells) takes seconds of axe on two busy cores.
 */
const ceilingMs = Math.max(1, Number(process.env['STORY_TIMEOUT'] ?? 120)) * 1000;
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The pages' viewport, and a phone's: the narrowest screen a page must reflow to (WCAG 1.4.10), for the "Narrow" stories. */
const desktop = { width: 1200, height: 900 };
const phone = { width: 320, height: 800 };

/** The addon-a11y leaves out `region`: a story is a fragment of a page, not a page with landmarks. */
const axeOptions = { resultTypes: ['violations'], rules: { region: { enabled: false } } };

interface Violation {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly nodes: readonly { readonly target: unknown[]; readonly failureSummary?: string }[];
}

/** Every story and docs page of the built Storybook, whatever `STORY_FILTER` picks to check. */
async function loadIndex(): Promise<IndexEntry[]> {
  let index: { entries: Record<string, IndexEntry> };
  try {
    index = JSON.parse(await readFile(join(staticDir, 'index.json'), 'utf8'));
  } catch {
    throw new Error(`${join(staticDir, 'index.json')} not found: build Storybook first (npx storybook build -o storybook-static)`);
  }
  return Object.values(index.entries);
}

/**
 * The channel events (`storybook/internal/core-events`) that end a story's render, and those that end a docs
 * page's. `storyFinished` comes after render, play and every `afterEach`; the others mean the render failed.
 */
const storyEnd = { ok: ['storyFinished'], failed: ['storyMissing', 'storyErrored', 'storyThrewException'] };
const docsEnd = { ok: ['docsRendered'], failed: ['storyMissing', 'storyErrored', 'storyThrewException'] };

/**
 * Resolves on the first of `events` on Storybook's channel, counting one that came before the listener (the
 * channel keeps each event's last arguments). Returns a problem for a failure event, or undefined.
 */
async function waitForChannelEvent(page: Page, events: { ok: string[]; failed: string[] }): Promise<string | undefined> {
  await page.waitForFunction(() => '__STORYBOOK_ADDONS_CHANNEL__' in window, undefined, { timeout: ceilingMs, polling: 'raf' });
  // The page function only listens (tsx names inner functions with a helper the page lacks); Node describes.
  const { event, detail } = await page.evaluate((names) => {
    interface Channel {
      last(event: string): unknown[] | undefined;
      once(event: string, listener: (...args: unknown[]) => void): void;
    }
    const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: Channel }).__STORYBOOK_ADDONS_CHANNEL__;
    return new Promise<{ event: string; detail: unknown }>((resolve) => {
      for (const event of names) {
        const last = channel.last(event);
        if (last) return resolve({ event, detail: JSON.parse(JSON.stringify(last[0] ?? null)) });
      }
      for (const event of names) channel.once(event, (...args) => resolve({ event, detail: JSON.parse(JSON.stringify(args[0] ?? null)) }));
    });
  }, [...events.failed, ...events.ok]);
  return describeEnd(event, detail, events);
}

/** Undefined for an event that ends a render well, else the problem it reports. */
function describeEnd(event: string, detail: unknown, events: { ok: string[] }): string | undefined {
  if (events.ok.includes(event)) return undefined;
  const error = detail as { title?: string; description?: string; message?: string } | string | null;
  const text = typeof error === 'string' ? error : `${error?.title ?? error?.message ?? ''} ${error?.description ?? ''}`;
  return `Storybook ${event}: ${text.trim()}`;
}

/**
 * Shows another story on a page that shows a story already, as Storybook's sidebar does (`setCurrentStory` on the
 * channel), and resolves on the first of `events` after it: `storyFinished` only with this story's id. The story
 * left runs its cleanups (a `beforeEach`'s returned function) as it would in Storybook. Returns a problem, or
 * undefined. The page function is a string: tsx would name its inner functions with a helper the page lacks.
 */
async function switchStory(page: Page, storyId: string, events: { ok: string[]; failed: string[] }): Promise<string | undefined> {
  const { event, detail } = await page.evaluate<{ event: string; detail: unknown }>(`new Promise((resolve) => {
    const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
    const listeners = ${JSON.stringify([...events.failed, ...events.ok])}.map((event) => [event, (...args) => {
      if (event === 'storyFinished' && args[0]?.storyId !== ${JSON.stringify(storyId)}) return;
      for (const [name, listener] of listeners) channel.off(name, listener);
      resolve({ event, detail: JSON.parse(JSON.stringify(args[0] ?? null)) });
    }]);
    for (const [name, listener] of listeners) channel.on(name, listener);
    channel.emit('setCurrentStory', { storyId: ${JSON.stringify(storyId)}, viewMode: 'story' });
  })`);
  return describeEnd(event, detail, events);
}

/**
 * Resolves once every dz- element in `root` has rendered into its shadow root, finished updating and loaded its
 * feeds (no loading skeleton, `part="loading"`, left), except inside `mayStayBusy`: the stories tagged `loading`,
 * whose requests never answer. Waits for that state, up to the ceiling; returns a problem, or undefined.
 */
async function waitForElements(page: Page, root: string, mayStayBusy: string): Promise<string | undefined> {
  const settled = await page
    .waitForFunction(
      ({ root, mayStayBusy }) => {
        const elements = Array.from(document.querySelectorAll(`${root} *`)).filter((e) => e.localName.startsWith('dz-'));
        if (elements.length === 0) return false;
        const rendered = elements.every((e) => (e.shadowRoot?.children.length ?? 0) > 0);
        const busy = elements.some((e) => e.shadowRoot?.querySelector('[part="loading"]') && !(mayStayBusy && e.closest(mayStayBusy)));
        return rendered && !busy;
      },
      { root, mayStayBusy },
      { timeout: ceilingMs, polling: 'raf' },
    )
    .then(() => true)
    .catch(() => false);
  if (!settled) return `not rendered within ${ceilingMs / 1000} s: ${await describeRender(page, root)}`;
  await page.evaluate(async (root) => {
    const elements = Array.from(document.querySelectorAll(`${root} *`)).filter((e) => e.localName.startsWith('dz-'));
    await Promise.all(elements.map((e) => (e as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
  }, root);
  return undefined;
}

/** Runs `step`, or gives up with a problem after the ceiling: a hung page fails its story, not the whole run. */
async function withinCeiling<T>(step: Promise<T>, what: string, page: Page, root: string): Promise<T | string> {
  let timer: NodeJS.Timeout | undefined;
  const ceiling = new Promise<string>((resolve) => {
    timer = setTimeout(async () => resolve(`${what} not within ${ceilingMs / 1000} s: ${await describeRender(page, root)}`), ceilingMs);
  });
  step.catch(() => undefined); // if the ceiling wins, closing the page rejects the abandoned step
  try {
    return await Promise.race([step, ceiling]);
  } finally {
    clearTimeout(timer);
  }
}

/** What a story that did not finish shows: Storybook's phase, the dz- elements and their state. */
async function describeRender(page: Page, root: string): Promise<string> {
  const described = page
    .evaluate((root) => {
      const preview = (window as unknown as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } }).__STORYBOOK_PREVIEW__;
      const elements = Array.from(document.querySelectorAll(`${root} *`)).filter((e) => e.localName.startsWith('dz-'));
      const states = elements.map((e) =>
        !e.shadowRoot ? `<${e.localName}> not upgraded` : e.shadowRoot.querySelector('[part="loading"]') ? `<${e.localName}> still loading` : `<${e.localName}> rendered`,
      );
      return `story phase ${preview?.currentRender?.phase ?? 'unknown'}; ${states.length ? states.join(', ') : `no dz- element in ${root}`}`;
    }, root)
    .catch((error: Error) => error.message);
  // A page stuck in a loop cannot answer; say so rather than wait on it.
  const unresponsive = new Promise<string>((resolve) => setTimeout(resolve, 5_000, 'the page does not respond').unref());
  return Promise.race([described, unresponsive]);
}

/** Where the stories tagged `loading` render: their page's root, or their block on a docs page. */
function loadingStories(stories: readonly IndexEntry[], title: string): string {
  return stories
    .filter((s) => s.type === 'story' && s.title === title && s.tags?.includes('loading'))
    .flatMap((s) => [`#story--${s.id}-inner`, `#story--${s.id}--primary-inner`])
    .join(', ');
}

/** A docs page (the Introduction, each element's autodocs) renders its content and its inline stories settle. */
async function checkDocs(page: Page, origin: string, entry: IndexEntry, stories: readonly IndexEntry[]): Promise<string | undefined> {
  await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs`, { waitUntil: 'load' });
  const root = '#storybook-docs';
  const ended = await withinCeiling(waitForChannelEvent(page, docsEnd), 'docs page render', page, root);
  if (ended) return ended;
  const hasContent = await page.evaluate((root) => (document.querySelector(`${root} .sbdocs-content`)?.textContent?.trim().length ?? 0) > 0, root);
  if (!hasContent) return 'docs page rendered no content';
  // The MDX pages (the Introduction, the Design tokens) are ours from top to bottom: axe checks them as it checks a story.
  if (entry.importPath.endsWith('.mdx')) {
    // A Markdown table left as text ("| --- |") means the GFM plugin (remark-gfm in main.ts) is not applied.
    const rawTable = await page.evaluate((root) => /\|\s*---/.test(document.querySelector(`${root} .sbdocs-content`)?.textContent ?? ''), root);
    const problems = [...(rawTable ? ['a Markdown table is shown as text, not as a table'] : []), ...(await pageWidthProblems(page)), ...(await axeProblems(page, root))];
    return problems.join('\n    ') || undefined;
  }
  // An element's autodocs page shows its stories inline; they load their feeds as the story pages do.
  const problems = [...(await controlProblems(page, root)), await waitForElements(page, root, loadingStories(stories, entry.title))];
  return problems.filter(Boolean).join('\n    ') || undefined;
}

/**
 * A docs page fits the window (1200 px): the document does not scroll sideways, a wide table scrolls in its own
 * frame or wraps (the Design tokens page was 1254 px wide, review r62). Returns the problems.
 */
async function pageWidthProblems(page: Page): Promise<string[]> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const scroller = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: scroller.scrollWidth, clientWidth: scroller.clientWidth };
  });
  return scrollWidth > clientWidth ? [`at ${desktop.width} px the page scrolls sideways: ${scrollWidth} px wide in ${clientWidth}`] : [];
}

/**
 * The Controls show a story's own value for every arg it sets. Storybook's docs Controls are given the args after
 * the argTypes' `mapping`, and a select whose value is none of its options reads "Choose option…" (the gauge's target
 * did while its story drew t09.1, review r62): every select arg of every story of the page's file must be one of its
 * options as Storybook hands it on (from the preview's store), and the page's Controls block (its first story's) must
 * show no "Choose option…" for an arg that story sets. A string for the page: tsx names inner functions with a
 * helper the page lacks. Returns the problems.
 */
async function controlProblems(page: Page, root: string): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const render = window.__STORYBOOK_PREVIEW__?.currentRender;
    if (!render?.store || !render.csfFiles?.length) return ["the docs page's stories are not in Storybook's store"];
    const set = (value) => value !== undefined && value !== '';
    const problems = [];
    const stories = render.csfFiles.flatMap((csfFile) => render.store.componentStoriesFromCSFFile({ csfFile }));
    for (const story of stories) {
      const { args } = render.store.getStoryContext(story);
      for (const [name, value] of Object.entries(args)) {
        const options = story.argTypes[name]?.options;
        if (!set(value) || !Array.isArray(options) || options.includes(value)) continue;
        problems.push(story.name + ': its ' + name + ' control reads "Choose option…": ' + JSON.stringify(value) + ' is none of its options');
      }
    }
    const first = stories[0];
    const firstArgs = first ? render.store.getStoryContext(first).args : {};
    const table = document.querySelector(${JSON.stringify(root)} + ' .docblock-argstable');
    if (!table) return problems; // a page of recipes has no element, and so no Controls
    for (const select of table.querySelectorAll('select')) {
      const name = select.labels?.[0]?.textContent ?? select.id;
      if (set(firstArgs[name]) && select.selectedIndex <= 0) problems.push('the Controls show no value for ' + name + ', which the story "' + first.name + '" sets to ' + JSON.stringify(firstArgs[name]));
    }
    return problems;
  })()`);
}

/** Runs axe on `root` (up to the ceiling); one problem per violation. */
async function axeProblems(page: Page, root: string): Promise<string[]> {
  const violations = await withinCeiling(
    page.evaluate(
      ({ root, options }) => (window as unknown as { axe: { run(c: string, o: unknown): Promise<{ violations: Violation[] }> } }).axe
        .run(root, options)
        .then((r) => r.violations),
      { root, options: axeOptions },
    ),
    'axe',
    page,
    root,
  );
  if (typeof violations === 'string') return [violations];
  const problems: string[] = [];
  for (const v of violations) {
    const where = v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(', ');
    problems.push(`axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} node(s): ${where}`);
    if (process.env['AXE_VERBOSE']) for (const n of v.nodes) problems.push(`  ${JSON.stringify(n.target)}: ${n.failureSummary?.replace(/\s+/g, ' ')}`);
  }
  return problems;
}

/**
 * "Show code" (the snippet Storybook's source block shows, after `docs.source.transform`) is what a CMS editor
 * pastes: the script tag, then one bare tag per element of the story, nothing of Storybook's wrappers or layout
 * boxes. Every attribute written is one the element on the page has (`lang` may come from a wrapper, as the element
 * follows the nearest one), and a one-element story's snippet writes every arg that is an attribute of its element
 * (the attributes an element adds itself, such as a reflected default, are not the editor's to paste), and a `style`
 * only as the story's `style` arg (its theme; the story's layout goes on a wrapper). Stories tagged `recipe` (pages
 * built in code, not pasted) are not checked. Returns the problems.
 */
async function snippetProblems(page: Page, root: string, storyId: string): Promise<string[]> {
  const { snippet, args, elements } = await page.evaluate(({ root, storyId }) => {
    interface Channel {
      last(event: string): unknown[] | undefined;
    }
    const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: Channel }).__STORYBOOK_ADDONS_CHANNEL__;
    // The story's own snippet: on a page that showed other stories before, the last one may be theirs.
    const rendered = channel.last('storybook/docs/snippet-rendered')?.[0] as { id?: string; source?: string; args?: Record<string, unknown> } | undefined;
    const last = rendered?.id === storyId ? rendered : undefined;
    const elements = Array.from(document.querySelectorAll(`${root} *`))
      .filter((e) => e.localName.startsWith('dz-'))
      .map((e) => ({
        tag: e.localName,
        attributes: Object.fromEntries(Array.from(e.attributes).map((a) => [a.name, a.value])),
        nearestLang: e.parentElement?.closest('[lang]')?.getAttribute('lang') ?? null,
      }));
    return { snippet: last?.source, args: last?.args ?? {}, elements };
  }, { root, storyId });
  if (typeof snippet !== 'string') return ['no "show code" snippet was rendered'];
  const problems: string[] = [];
  const lines = snippet.split('\n').filter((line) => line.trim());
  if (lines[0] !== scriptTag) problems.push(`snippet does not start with the script tag: ${lines[0]}`);
  const tags = lines.slice(1).filter((line) => !/^<!--.*-->$/.test(line));
  const stray = tags.filter((line) => !/^<dz-[a-z-]+(\s[^<>]*)?><\/dz-[a-z-]+>$/.test(line));
  if (stray.length) problems.push(`snippet has more than the elements' tags: ${stray.join(' | ').slice(0, 200)}`);
  if (tags.length !== elements.length) problems.push(`snippet has ${tags.length} element(s), the story ${elements.length}`);
  const unescape = (value: string) => value.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&amp;/g, '&');
  elements.forEach((element, i) => {
    const line = tags[i] ?? '';
    if (!line.startsWith(`<${element.tag}`)) problems.push(`snippet element ${i + 1} is not <${element.tag}>: ${line}`);
    const written = new Map([...line.matchAll(/\s([a-z][\w-]*)(?:="([^"]*)")?/g)].map(([, name, value]) => [name!, unescape(value ?? '')]));
    for (const [name, value] of written) {
      const actual = name === 'lang' ? (element.attributes['lang'] ?? element.nearestLang) : element.attributes[name];
      if (actual !== value) problems.push(`snippet <${element.tag}> writes ${name}="${value}", the story's element has ${actual === undefined ? 'no such attribute' : `"${actual}"`}`);
    }
    // An inline style is the story's theme (its `style` arg, the custom properties of the Theming control), never
    // its layout: a width the story gives its elements belongs to a wrapper, out of what an editor pastes.
    const style = written.get('style');
    if (style !== undefined && style !== args['style']) problems.push(`snippet <${element.tag}> writes style="${style}", which is the story's layout, not its style arg: put it on a wrapper`);
    if (elements.length !== 1) return;
    for (const [name, value] of Object.entries(args)) {
      if (value === undefined || value === '' || value === false || !(name in element.attributes)) continue;
      if (!written.has(name)) problems.push(`snippet <${element.tag}> leaves out ${name}, which the story sets`);
    }
  });
  return problems;
}

/**
 * An element's error message (its `error` part) is a story's point only in the stories tagged `error`; in any other
 * story, recipes included, it is a fault the story hides from no one but the checker. A story tagged `error` shows
 * one. Returns the problems: the messages shown where none is meant, or the missing one.
 */
async function errorProblems(page: Page, root: string, story: IndexEntry): Promise<string[]> {
  const messages = await page.evaluate((root) => {
    const elements = Array.from(document.querySelectorAll(`${root} *`)).filter((e) => e.localName.startsWith('dz-'));
    return elements.flatMap((e) => Array.from(e.shadowRoot?.querySelectorAll('[part~="error"]') ?? []).map((m) => `<${e.localName}> ${m.textContent?.trim().replace(/\s+/g, ' ')}`));
  }, root);
  if (story.tags?.includes('error')) return messages.length ? [] : ['tagged error, but no element shows an error'];
  const shown = messages.slice(0, 3).join(' | ').slice(0, 300);
  return messages.length ? [`${messages.length} error message(s) in a story not tagged error: ${shown}`] : [];
}

/**
 * A story whose request never answers (an element's attribute is `stillLoadingUrl`, held by `holdStillLoading`)
 * shows the loading state for as long as a designer looks: every dz- element in it waits the longest `timeout`
 * (`MAX_TIMEOUT_SECONDS`; at the default 15 s its skeleton turned into a timeout error) and is still loading now.
 * A state read once, not a wait. Returns the problems; none for a story that holds no request.
 */
async function heldProblems(page: Page, root: string): Promise<string[]> {
  return page.evaluate(({ root, held, seconds }) => {
    const elements = Array.from(document.querySelectorAll(`${root} *`)).filter((e) => e.localName.startsWith('dz-'));
    if (!elements.some((e) => Array.from(e.attributes).some((a) => a.value === held))) return [];
    return elements.flatMap((e) => {
      const timeout = (e as Element & { timeout?: unknown }).timeout;
      return [
        ...(timeout === seconds ? [] : [`<${e.localName}> holds a request that never answers with timeout ${String(timeout)}, not ${seconds}: it turns into a timeout error`]),
        ...(e.shadowRoot?.querySelector('[part="loading"]') ? [] : [`<${e.localName}> holds a request that never answers, but is not loading (no part="loading")`]),
      ];
    });
  }, { root, held: stillLoadingUrl, seconds: MAX_TIMEOUT_SECONDS });
}

/**
 * A story named "Narrow…" (or tagged `narrow`) fits a phone: at 320 × 800 the document does not scroll sideways and
 * no dz- element is wider than the viewport. Resizes the page, waits for the elements to lay out again (two frames,
 * then their updates), measures, and puts the page's viewport back. Returns the problems.
 */
async function narrowProblems(page: Page, root: string): Promise<string[]> {
  await page.setViewportSize(phone);
  try {
    return await page.evaluate(async (root) => {
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const elements = Array.from(document.querySelectorAll(`${root} *`)).filter((e) => e.localName.startsWith('dz-'));
      await Promise.all(elements.map((e) => (e as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
      const scroller = document.scrollingElement ?? document.documentElement;
      const at = `at ${innerWidth} × ${innerHeight}`;
      const problems = scroller.scrollWidth > scroller.clientWidth ? [`${at} the page scrolls sideways: ${scroller.scrollWidth} px wide in ${scroller.clientWidth}`] : [];
      for (const e of elements) {
        const width = Math.round(e.getBoundingClientRect().width);
        if (width > scroller.clientWidth) problems.push(`${at} <${e.localName}> is ${width} px wide, wider than the viewport's ${scroller.clientWidth}`);
      }
      return problems;
    }, root);
  } finally {
    await page.setViewportSize(desktop);
  }
}

/**
 * Checks one story or docs page. A story goes on `page` as it is when `page` shows a story already (`shown`),
 * else the page loads it; a docs page always loads.
 */
async function checkStory(page: Page, origin: string, story: IndexEntry, stories: readonly IndexEntry[], shown: boolean): Promise<Outcome> {
  const problems: string[] = [];
  const started = Date.now();
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    const first = message.text().split('\n')[0]!;
    const text = url && !first.includes(url) ? `${first} (${url})` : first;
    problems.push(`console.error: ${text}`);
  };
  const onPageError = (error: Error) => problems.push(`uncaught: ${error.message}`);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  try {
    if (story.type === 'docs') {
      const problem = await checkDocs(page, origin, story, stories);
      if (problem) problems.push(problem);
      return { story, problems, ms: Date.now() - started };
    }
    await page.emulateMedia({ colorScheme: story.tags?.includes('dark') ? 'dark' : 'light' });
    // `a11y.manual` skips the a11y addon's own axe run in afterEach: the checker runs the same axe once, later,
    // when the feeds have loaded, so a second run would only double the slowest step of the largest stories.
    const root = '#storybook-root';
    if (!shown) await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=a11y.manual:!true`, { waitUntil: 'load' });
    const rendered = shown ? switchStory(page, story.id, storyEnd) : waitForChannelEvent(page, storyEnd);
    const renderProblem =
      (await withinCeiling(rendered, 'story render', page, root)) ??
      (await waitForElements(page, root, story.tags?.includes('loading') ? root : ''));
    if (renderProblem) {
      problems.push(renderProblem);
      return { story, problems, ms: Date.now() - started };
    }
    // A recipe (a page built with the data package, such as the sheet import) has no snippet for an editor to paste.
    if (!story.tags?.includes('recipe')) problems.push(...(await snippetProblems(page, root, story.id)));
    problems.push(...(await errorProblems(page, root, story)));
    problems.push(...(await heldProblems(page, root)));
    problems.push(...(await axeProblems(page, root)));
    if (story.name.startsWith('Narrow') || story.tags?.includes('narrow')) problems.push(...(await narrowProblems(page, root)));
  } catch (error) {
    problems.push(error instanceof Error ? error.message.split('\n')[0]! : String(error));
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
  }
  return { story, problems, ms: Date.now() - started };
}

async function main(): Promise<number> {
  const started = Date.now();
  // A docs page's inline stories are known from the whole index: a filter that picks only the docs pages
  // (STORY_FILTER=--docs) still knows which of their stories never finish loading.
  const index = await loadIndex();
  const stories = index.filter((e) => !filter || e.id.includes(filter));
  if (stories.length === 0) {
    console.error(filter ? `no story id contains "${filter}"` : 'index.json lists no stories');
    return 1;
  }
  const server = await serveStatic(staticDir);
  let browser: Browser | undefined;
  const outcomes: Outcome[] = [];
  try {
    browser = await chromium.launch(chromiumLaunchOptions);
    const context = await browser.newContext({ viewport: desktop });
    await context.addInitScript({ path: axePath });
    context.setDefaultTimeout(ceilingMs);
    context.setDefaultNavigationTimeout(ceilingMs);
    // Docs pages first: each renders all of an element's stories (9-16 s, against 1-3 s for most stories), and taken
    // last in index order they ran on alone at the end (the check took 74 s where its pages summed to 64 s per worker; docs first, 63 and 67 s).
    const queue = [...stories].sort((a, b) => Number(b.type === 'docs') - Number(a.type === 'docs'));
    // Each worker keeps a page and shows one story after another on it, as Storybook's sidebar does: loading the
    // preview (1.2 MB of script) for every story cost more than most stories' own checks. A docs page gets a page of
    // its own, and so does the story after one with a problem: a page that failed or hung cannot hold up the next.
    const worker = async () => {
      let kept: Page | undefined;
      for (let story = queue.shift(); story; story = queue.shift()) {
        const reuse = story.type === 'story' && kept !== undefined;
        if (!reuse) await kept?.close();
        const page = reuse ? kept! : await context.newPage();
        const outcome = await checkStory(page, server.origin, story, index, reuse);
        kept = story.type === 'story' && outcome.problems.length === 0 ? page : undefined;
        if (!kept) await page.close();
        outcomes.push(outcome);
        const mark = outcome.problems.length ? '✗' : '✓';
        console.log(`${mark} ${story.title} › ${story.name} (${(outcome.ms / 1000).toFixed(1)} s)${outcome.problems.map((p) => `\n    ${p}`).join('')}`);
      }
      await kept?.close();
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, stories.length) }, worker));
  } finally {
    await browser?.close();
    await server.close();
  }
  const storyOutcomes = outcomes.filter((o) => o.story.type === 'story');
  const docsOutcomes = outcomes.filter((o) => o.story.type === 'docs');
  const failedDocs = docsOutcomes.filter((o) => o.problems.length).length;
  const failed = storyOutcomes.filter((o) => o.problems.length).length + failedDocs;
  const passed = outcomes.length - failed;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const storiesFailed = failed - failedDocs;
  const slowest = [...outcomes].sort((a, b) => b.ms - a.ms).slice(0, 3);
  console.log(`\nslowest: ${slowest.map((o) => `${o.story.title} › ${o.story.name} ${(o.ms / 1000).toFixed(1)} s`).join('; ')}`);
  console.log(`${docsOutcomes.length} docs pages rendered, ${failedDocs} failed`);
  console.log(`${storyOutcomes.length} stories checked, ${storyOutcomes.length - storiesFailed} passed, ${storiesFailed} failed (${seconds} s)`);
  await mkdir(join(repo, 'test-results'), { recursive: true });
  await writeFile(
    join(repo, 'test-results', 'stories.json'),
    `${JSON.stringify({ suite: 'storybook (stories: render, console, axe; docs pages)', passed, failed })}\n`,
  );
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
