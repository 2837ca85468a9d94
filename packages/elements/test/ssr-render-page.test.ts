/**
 * What `renderPage` leaves in the page and in the process (a server-rendering review, r27): the date it rendered at on
 * each element that reads today's date, the attributes the elements set on themselves (the gauge's `status`, for page
 * CSS with scripts off), the server's own `fetch` (Lit's global DOM shim once put node-fetch's in its place), and a
 * `RenderError` for arguments that are not a page or options. Runs the sources (`src/ssr`), so it needs no build (the
 * globals the built package leaves: `ssr-globals.test.ts`).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it, mock } from 'node:test';
import { renderPage, RenderError } from '../src/ssr/index.js';

const feed = readFileSync(new URL('../../../examples/data/progress-2023q3.json', import.meta.url));
const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>\n${body}\n</body></html>\n`;

/** The start tag of the first `tag` in `html`. */
const startTag = (html: string, tag: string) => html.match(new RegExp(`<${tag}[^>]*>`))?.[0] ?? '';

describe('renderPage in a server process', () => {
  let server: Server;
  let origin: string;
  before(async () => {
    server = createServer((_, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(feed));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((done) => server.close(() => done())));

  /** What the process's `fetch` gives for the feed: a web `Response` with a web stream, or what instead. */
  const fetched = async () => {
    const response = await fetch(`${origin}/feed.json`);
    const kind = { response: response instanceof Response, reader: typeof response.body?.getReader };
    await response.text();
    return kind;
  };

  it("keeps the process's own fetch, and reads an http feed with it", async () => {
    assert.deepEqual(await fetched(), { response: true, reader: 'function' });
    const { html } = await renderPage(page(`<dz-target-gauge target="t09.1" src="${origin}/feed.json"></dz-target-gauge>`));
    assert.match(html, /<template shadowroot="open" shadowrootmode="open">/);
    assert.deepEqual(await fetched(), { response: true, reader: 'function' }, 'after a render, fetch is still the web one');
  });

  it('writes the status the gauge sets on itself on its tag, for page CSS with scripts off', async () => {
    const { html } = await renderPage(page('<dz-target-gauge target="t09.1" value="1500" as-of="2023-09-30" variant="bar"></dz-target-gauge>'));
    assert.match(startTag(html, 'dz-target-gauge'), / status="behind"/);
    // A page rendered before, its status stale: replaced, not written twice.
    const again = await renderPage(html.replace('value="1500"', 'value="3000"').replace(/<template[\s\S]*<\/template>/, ''));
    assert.equal(startTag(again.html, 'dz-target-gauge').match(/ status="/g)?.length, 1);
    assert.doesNotMatch(startTag(again.html, 'dz-target-gauge'), /status="behind"/);
    // Without a value there is no status: none is left on the tag either.
    const none = await renderPage(html.replace(' value="1500" as-of="2023-09-30"', ''));
    assert.doesNotMatch(startTag(none.html, 'dz-target-gauge'), /status=/);
  });

  describe('rendered on one day', () => {
    before(() => mock.timers.enable({ apis: ['Date'], now: new Date(2023, 5, 30, 12) }));
    after(() => mock.timers.reset());

    const dated = [
      '<dz-target-gauge target="t09.1" value="1500"></dz-target-gauge>',
      '<dz-task-card task="9" progress-src="FEED"></dz-task-card>',
      '<dz-unit-summary unit="市發改委" progress-src="FEED"></dz-unit-summary>',
      '<dz-plan-overview progress-src="FEED"></dz-plan-overview>',
    ];

    it('writes the date it rendered at on each element that reads today, none on the matrix, and replaces it later', async () => {
      const source = page([...dated, '<dz-task-matrix section="4"></dz-task-matrix>'].join('\n').replaceAll('FEED', `${origin}/feed.json`));
      const { html } = await renderPage(source);
      for (const tag of ['dz-target-gauge', 'dz-task-card', 'dz-unit-summary', 'dz-plan-overview']) {
        assert.match(startTag(html, tag), / data-dz-today="2023-06-30"/, tag);
      }
      assert.doesNotMatch(startTag(html, 'dz-task-matrix'), /data-dz-today/);
      mock.timers.setTime(new Date(2023, 8, 30, 12).getTime());
      const later = await renderPage(html);
      for (const tag of ['dz-target-gauge', 'dz-task-card', 'dz-unit-summary', 'dz-plan-overview']) {
        assert.equal(startTag(later.html, tag).match(/data-dz-today="[^"]*"/g)?.join(), 'data-dz-today="2023-09-30"', tag);
      }
      assert.equal((await renderPage(later.html)).html, later.html, 'a rendered page renders to itself on the same day');
    });
  });

  it('refuses a page that is not text, or options that are not an object, with a RenderError naming the argument', async () => {
    const refused = (promise: () => Promise<unknown>) =>
      promise().then(
        () => assert.fail('rendered'),
        (error: unknown) => error,
      );
    const html = await refused(() => renderPage(undefined as unknown as string));
    assert.ok(html instanceof RenderError, String(html));
    assert.match(html.message, /html/);
    for (const options of [null, 'site', 5]) {
      const error = await refused(() => renderPage(page(''), options as never));
      assert.ok(error instanceof RenderError, String(error));
      assert.match(error.message, /options/);
    }
  });

  it("names an element in its messages by its attributes as the page has them, quotes escaped (not an onmouseover the page has not)", async () => {
    const error = await renderPage(page(`<dz-task-card task='99" onmouseover="alert(1)' unit-href="/u/{id}"></dz-task-card>`)).then(
      () => assert.fail('rendered'),
      (error: unknown) => error as Error,
    );
    assert.ok(error instanceof RenderError, String(error));
    assert.match(error.message, /^<dz-task-card task="99&quot; onmouseover=&quot;alert\(1\)" unit-href="\/u\/\{id\}"> \(line 2\): /);
  });
});
