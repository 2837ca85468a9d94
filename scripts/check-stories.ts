/**
 * Opens every story of the built Storybook in headless Chromium and checks that it renders its dz- element, logs
 * no error and passes axe; opens every docs page (the Introduction, each element's autodocs) and checks that it
 * renders without an error. Prints "N stories checked, N passed, N failed" and writes the count (stories and
 * docs pages) to test-results/stories.json for CI's summary.
 *
 *   npx storybook build -o storybook-static && npx tsx scripts/check-stories.ts [storybook-static]
 *
 * Environment: STORY_FILTER (substring of story ids to check), STORY_CONCURRENCY (pages in parallel, default 4),
 * CHROMIUM_BIN (default /usr/bin/chromium).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { chromiumLaunchOptions, serveStatic } from './lib/static-server.js';

interface IndexEntry {
  readonly id: string;
  readonly title: string;
  readonly name: string;
  readonly type: 'story' | 'docs';
  readonly tags?: readonly string[];
}

interface Outcome {
  readonly story: IndexEntry;
  readonly problems: readonly string[];
}

const repo = fileURLToPath(new URL('..', import.meta.url));
const staticDir = resolve(repo, process.argv[2] ?? 'storybook-static');
const filter = process.env['STORY_FILTER'];
const concurrency = Math.max(1, Number(process.env['STORY_CONCURRENCY'] ?? 4));
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Console errors that are not the story's fault. */
const ignoredConsole = [/Lit is in dev mode/i];

/** The addon-a11y leaves out `region`: a story is a fragment of a page, not a page with landmarks. */
const axeOptions = { resultTypes: ['violations'], rules: { region: { enabled: false } } };

async function loadStories(): Promise<IndexEntry[]> {
  let index: { entries: Record<string, IndexEntry> };
  try {
    index = JSON.parse(await readFile(join(staticDir, 'index.json'), 'utf8'));
  } catch {
    throw new Error(`${join(staticDir, 'index.json')} not found: build Storybook first (npx storybook build -o storybook-static)`);
  }
  return Object.values(index.entries).filter((e) => !filter || e.id.includes(filter));
}

/**
 * Resolves once Storybook has finished the story and every dz- element in it has rendered into its shadow root and
 * finished updating. Stories tagged `loading` are expected to stay busy; all others wait until no element is
 * `aria-busy` (feeds loaded). Returns a problem, or undefined.
 */
async function waitForElements(page: Page, story: IndexEntry): Promise<string | undefined> {
  const allowBusy = story.tags?.includes('loading') ?? false;
  const handle = await page
    .waitForFunction(
      (allowBusy: boolean) => {
        if (document.body.classList.contains('sb-show-errordisplay')) {
          return `Storybook error: ${document.querySelector('#error-message')?.textContent?.trim() ?? 'unknown'}`;
        }
        // Storybook's own a11y run happens in the story's afterEach; axe cannot run twice at once, so wait it out.
        const preview = (window as unknown as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } }).__STORYBOOK_PREVIEW__;
        if (preview?.currentRender?.phase !== 'finished') return false;
        const root = document.querySelector('#storybook-root');
        const elements = root ? Array.from(root.querySelectorAll('*')).filter((e) => e.localName.startsWith('dz-')) : [];
        if (elements.length === 0) return false;
        const rendered = elements.every((e) => (e.shadowRoot?.children.length ?? 0) > 0);
        const busy = elements.some((e) => e.shadowRoot?.querySelector('[aria-busy="true"]'));
        return rendered && (allowBusy || !busy) ? 'ok' : false;
      },
      allowBusy,
      { timeout: 15_000, polling: 50 },
    )
    .catch(() => undefined);
  if (!handle) return `not rendered within 15 s: ${await describeRender(page)}`;
  const state = (await handle.jsonValue()) as string;
  if (state !== 'ok') return state;
  await page.evaluate(async () => {
    const elements = Array.from(document.querySelectorAll('#storybook-root *')).filter((e) => e.localName.startsWith('dz-'));
    await Promise.all(elements.map((e) => (e as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
  });
  return undefined;
}

/** What a story that did not render shows: Storybook's phase, the dz- elements and their state. */
async function describeRender(page: Page): Promise<string> {
  return page
    .evaluate(() => {
      const preview = (window as unknown as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } }).__STORYBOOK_PREVIEW__;
      const elements = Array.from(document.querySelectorAll('#storybook-root *')).filter((e) => e.localName.startsWith('dz-'));
      const states = elements.map((e) =>
        !e.shadowRoot ? `<${e.localName}> not upgraded` : e.shadowRoot.querySelector('[aria-busy="true"]') ? `<${e.localName}> still loading` : `<${e.localName}> rendered`,
      );
      return `story phase ${preview?.currentRender?.phase ?? 'unknown'}; ${states.length ? states.join(', ') : 'no dz- element in #storybook-root'}`;
    })
    .catch((error: Error) => error.message);
}

/** A docs page (the Introduction, each element's autodocs) renders its content and logs no error. */
async function checkDocs(page: Page, origin: string, entry: IndexEntry, problems: string[]): Promise<void> {
  await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs`, { waitUntil: 'load' });
  const rendered = await page
    .waitForFunction(() => (document.querySelector('#storybook-docs .sbdocs-content')?.textContent?.trim().length ?? 0) > 0, undefined, {
      timeout: 15_000,
    })
    .then(() => true)
    .catch(() => false);
  if (!rendered) problems.push('docs page did not render within 15 s');
  else await page.waitForTimeout(500); // let the inline stories fetch their feeds
}

async function checkStory(page: Page, origin: string, story: IndexEntry): Promise<Outcome> {
  const problems: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    const first = message.text().split('\n')[0]!;
    const text = url && !first.includes(url) ? `${first} (${url})` : first;
    if (!ignoredConsole.some((re) => re.test(text))) problems.push(`console.error: ${text}`);
  };
  const onPageError = (error: Error) => problems.push(`uncaught: ${error.message}`);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  try {
    if (story.type === 'docs') {
      await checkDocs(page, origin, story, problems);
      return { story, problems };
    }
    await page.emulateMedia({ colorScheme: story.tags?.includes('dark') ? 'dark' : 'light' });
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`, { waitUntil: 'load' });
    const renderProblem = await waitForElements(page, story);
    if (renderProblem) {
      problems.push(renderProblem);
      return { story, problems };
    }
    const violations = (await page.evaluate(
      (options) => (window as unknown as { axe: { run(c: string, o: unknown): Promise<{ violations: unknown[] }> } }).axe
        .run('#storybook-root', options)
        .then((r) => r.violations),
      axeOptions,
    )) as { id: string; impact: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
    for (const v of violations) {
      const where = v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(', ');
      problems.push(`axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} node(s): ${where}`);
      if (process.env['AXE_VERBOSE']) for (const n of v.nodes) problems.push(`  ${JSON.stringify(n.target)}: ${n.failureSummary?.replace(/\s+/g, ' ')}`);
    }
  } catch (error) {
    problems.push(error instanceof Error ? error.message.split('\n')[0]! : String(error));
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
  }
  return { story, problems };
}

async function main(): Promise<number> {
  const started = Date.now();
  const stories = await loadStories();
  if (stories.length === 0) {
    console.error(filter ? `no story id contains "${filter}"` : 'index.json lists no stories');
    return 1;
  }
  const server = await serveStatic(staticDir);
  let browser: Browser | undefined;
  const outcomes: Outcome[] = [];
  try {
    browser = await chromium.launch(chromiumLaunchOptions);
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    await context.addInitScript({ path: axePath });
    const queue = [...stories];
    const worker = async () => {
      const page = await context.newPage();
      for (let story = queue.shift(); story; story = queue.shift()) {
        const outcome = await checkStory(page, server.origin, story);
        outcomes.push(outcome);
        const mark = outcome.problems.length ? '✗' : '✓';
        console.log(`${mark} ${story.title} › ${story.name}${outcome.problems.map((p) => `\n    ${p}`).join('')}`);
      }
      await page.close();
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
  console.log(`\n${docsOutcomes.length} docs pages rendered, ${failedDocs} failed`);
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
