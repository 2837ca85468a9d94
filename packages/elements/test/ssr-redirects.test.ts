/**
 * The server render follows a redirect only within the origin the element named, as a page could read it without
 * CORS (F194: Node's `fetch` followed any redirect, so a render could put into the page data the page itself could
 * not load, or reach a host the author never named). Runs the sources (`src/ssr`), so it needs no build.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { renderPage, RenderError } from '../src/ssr/index.js';
import { fetchSameOrigin, MAX_REDIRECTS, sameOriginRedirect } from '../src/ssr/fetch-same-origin.js';

const feed = readFileSync(new URL('../../../examples/data/progress-2023q3.json', import.meta.url));
const page = (src: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>\n<dz-target-gauge target="t09.1" src="${src}"></dz-target-gauge>\n</body></html>\n`;

/** A server on 127.0.0.1 answering with `listener`, the paths it was asked for, and its origin. */
async function serve(listener: (path: string) => [number, Record<string, string>?]) {
  const asked: string[] = [];
  const handle: RequestListener = (request, response) => {
    asked.push(request.url ?? '');
    const [status, headers = {}] = listener(request.url ?? '');
    response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(status === 200 ? feed : '');
  };
  const server: Server = createServer(handle);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  return { asked, port, origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((done) => server.close(() => done())) };
}

/** The error `renderPage` gives for `html`, failing when it renders. */
const refused = (html: string) =>
  renderPage(html).then(
    () => assert.fail('rendered'),
    (error: unknown) => error as Error,
  );

describe('the server render and redirects', () => {
  let site: Awaited<ReturnType<typeof serve>>;
  let other: Awaited<ReturnType<typeof serve>>;
  before(async () => {
    other = await serve(() => [200]);
    site = await serve((path) => {
      if (path === '/feed.json') return [200];
      if (path === '/moved.json') return [301, { location: '/feed.json' }];
      if (path === '/twice.json') return [307, { location: `${site.origin}/moved.json` }];
      if (path === '/other-port.json') return [302, { location: `${other.origin}/feed.json` }];
      if (path === '/other-host.json') return [302, { location: `http://localhost:${site.port}/feed.json` }];
      if (path === '/loop.json') return [302, { location: '/loop.json' }];
      return [404];
    });
  });
  after(() => Promise.all([site.close(), other.close()]));

  it('follows a redirect within the origin the element named, one after another', async () => {
    site.asked.length = 0;
    const { html } = await renderPage(page(`${site.origin}/twice.json`));
    assert.match(html, /<template shadowroot="open" shadowrootmode="open">/);
    assert.deepEqual(site.asked, ['/twice.json', '/moved.json', '/feed.json']);
  });

  it('refuses a redirect to another port or another host, naming where it went, and asks nothing there', async () => {
    other.asked.length = 0;
    site.asked.length = 0;
    for (const [path, to] of [
      ['/other-port.json', `${other.origin}/feed.json`],
      ['/other-host.json', `http://localhost:${site.port}/feed.json`],
    ]) {
      const error = await refused(page(`${site.origin}${path}`));
      assert.ok(error instanceof RenderError, String(error));
      assert.ok(
        error.message.includes(`src: Could not load ${site.origin}${path}: the server redirected ${site.origin}${path} to ${to}; the render does not follow a redirect to another origin`),
        error.message,
      );
    }
    assert.deepEqual(other.asked, []);
    assert.deepEqual(site.asked, ['/other-port.json', '/other-host.json']);
  });

  it(`ends a redirect loop after ${MAX_REDIRECTS} redirects`, async () => {
    site.asked.length = 0;
    const error = await refused(page(`${site.origin}/loop.json`));
    assert.ok(error instanceof RenderError, String(error));
    assert.match(error.message, new RegExp(`src: Could not load .*/loop\\.json: the server redirected it more than ${MAX_REDIRECTS} times`));
    assert.equal(site.asked.length, MAX_REDIRECTS + 1);
  });
});

describe('sameOriginRedirect', () => {
  const same = (from: string, to: string) => sameOriginRedirect(new URL(from), new URL(to));
  it('is the scheme, host and port the element named, or its http→https upgrade on the same host and port', () => {
    assert.equal(same('http://example.org/a.json', 'http://example.org/b/c.json?x'), true);
    assert.equal(same('http://example.org/a.json', 'https://example.org/a.json'), true);
    assert.equal(same('http://example.org:8080/a.json', 'https://example.org:8080/a.json'), true);
    assert.equal(same('https://example.org/a.json', 'https://example.org:443/b.json'), true);
    assert.equal(same('https://example.org/a.json', 'http://example.org/a.json'), false, 'no downgrade');
    assert.equal(same('http://example.org/a.json', 'https://example.org:8443/a.json'), false);
    assert.equal(same('http://example.org/a.json', 'http://other.example/a.json'), false);
    assert.equal(same('http://example.org/a.json', 'http://api.example.org/a.json'), false);
    assert.equal(same('http://example.org/a.json', 'http://example.org:81/a.json'), false);
    assert.equal(same('http://example.org/a.json', 'file:///etc/passwd'), false);
  });
});

describe('fetchSameOrigin', () => {
  it('refuses a downgrade after an upgrade: http → https → http is no redirect within the origin (review r85 L2)', async () => {
    // The answers a server would give, by URL: what Node's fetch returns with `redirect: 'manual'`.
    const answers: Record<string, Response> = {
      'http://example.org/a.json': new Response(null, { status: 302, headers: { location: 'https://example.org/b.json' } }),
      'https://example.org/b.json': new Response(null, { status: 302, headers: { location: 'http://example.org/c.json' } }),
      'http://example.org/c.json': new Response('{}', { status: 200 }),
    };
    const asked: string[] = [];
    const real = globalThis.fetch;
    globalThis.fetch = (async (url: URL) => (asked.push(url.href), answers[url.href]!)) as typeof fetch;
    try {
      await assert.rejects(fetchSameOrigin(new URL('http://example.org/a.json'), {}), /redirected https:\/\/example\.org\/b\.json to http:\/\/example\.org\/c\.json; the render does not follow/);
      assert.deepEqual(asked, ['http://example.org/a.json', 'https://example.org/b.json']);
    } finally {
      globalThis.fetch = real;
    }
  });
});
