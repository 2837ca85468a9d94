/**
 * `dz-elements render`: a page rendered to a file, as a user runs it (the package's bin, in a child process), then
 * the built CLI's `main` in this process (the same code and output, without a process and a Lit SSR load per
 * command): more pages, and for each kind of bad input a non-zero exit with a message naming the problem and where it is.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const elementsDir = fileURLToPath(new URL('../', import.meta.url));
const bin = join(elementsDir, 'bin/dz-elements.js');
const fixtures = join(elementsDir, 'test-fixtures/ssr');
const feed = join(elementsDir, '../../examples/data/progress-2023q3.json');

/** A ceiling for a child that hangs (then killed, with no exit code), never a speed limit. */
const HUNG_MS = 60_000;

/** The package's bin in a child process, as a user runs it. */
function spawned(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: HUNG_MS });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The built CLI's `main` (what the bin runs) in this process, with what it prints collected as the process prints it. */
async function run(...args: string[]) {
  const { main } = (await import(join(elementsDir, 'dist/ssr/cli.js'))) as typeof import('../src/ssr/cli.js');
  const out: string[] = [];
  const err: string[] = [];
  // `out` answers as process.stdout.write does when nothing waits to be flushed.
  const write = (text: string) => (out.push(text), true);
  const code = await main(args, write, (line) => void err.push(`${line}\n`));
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('dz-elements render', { skip: existsSync(join(elementsDir, 'dist/ssr/cli.js')) ? false : 'run `npm run build` first' }, () => {
  let dir: string;
  const page = (name: string, body: string) => {
    const file = join(dir, name);
    writeFileSync(file, `<!doctype html>\n<html lang="zh-Hant"><head><title>t</title></head>\n<body>\n${body}\n</body></html>\n`);
    return file;
  };
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dz-render-'));
    writeFileSync(join(dir, 'feed.json'), readFileSync(feed));
    writeFileSync(join(dir, 'bad-feed.json'), readFileSync(join(fixtures, 'bad-feed.json')));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('renders every element into -o, keeping the rest of the page byte for byte (a card gains `expanded`, a gauge its `status`, both the day); rendering again replaces, never doubles', () => {
    const input = page('ok.html', '<dz-task-card task="9" progress-src="feed.json" class="x">\n  <p slot="note">light</p>\n</dz-task-card>\n<dz-target-gauge target="t09.1" src="feed.json"></dz-target-gauge>');
    const output = join(dir, 'ok.out.html');
    const result = spawned('render', input, '-o', output);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /rendered 2 elements/);
    const html = readFileSync(output, 'utf8');
    assert.equal((html.match(/<template shadowroot="open" shadowrootmode="open">/g) ?? []).length, 2);
    // The card gains `expanded`; both the day they were rendered at (their feed is judged against it); the gauge the
    // attributes it sets on itself in a browser.
    assert.match(html, /<dz-task-card task="9" progress-src="feed.json" class="x" expanded data-dz-today="\d{4}-\d{2}-\d{2}"><template shadowroot/);
    assert.match(html, /<dz-target-gauge target="t09.1" src="feed.json" variant="ring" scheme="traffic" status="onTrack" data-dz-today="\d{4}-\d{2}-\d{2}"><template shadowroot/);
    assert.match(html, /<\/template>\n {2}<p slot="note">light<\/p>\n<\/dz-task-card>/);
    assert.match(html, /完成\u00a083%/, 'the feed is read');
    const withoutTemplates = html
      .replace(/<template shadowroot[\s\S]*?<\/template>(?=\n|<\/dz-)/g, '')
      .replace(/ (?:variant|scheme|status|data-dz-today)="[^"]*"/g, '');
    assert.equal(withoutTemplates, readFileSync(input, 'utf8').replace('class="x">', 'class="x" expanded>'));
    const again = spawned('render', output);
    assert.equal(again.code, 0, again.stderr);
    // The day each was rendered at aside: the two renders may fall on either side of midnight.
    const undated = (text: string) => text.replace(/ data-dz-today="[^"]*"/g, '');
    assert.equal(undated(again.stdout), undated(html), 'a rendered page renders to itself');
  });

  it('--version (-v) prints the package version and exits 0, and the usage names it (a review: it had none)', async () => {
    const { version } = JSON.parse(readFileSync(join(elementsDir, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const result = await run(flag);
      assert.equal(result.code, 0, result.stderr);
      assert.equal(result.stdout.trim(), version);
    }
    assert.match((await run('--help')).stdout, /dz-elements --version/);
  });

  it('renders the unit summary and the plan overview too, each with its progress feed', async () => {
    const input = page('views.html', '<dz-unit-summary unit="市發改委" progress-src="feed.json"></dz-unit-summary>\n<dz-plan-overview progress-src="feed.json" sort="behind"></dz-plan-overview>');
    const result = await run('render', input);
    assert.equal(result.code, 0, result.stderr);
    const html = result.stdout.replace(/<!--.*?-->/g, '');
    const [summary, overview] = html.split('</dz-unit-summary>');
    assert.equal((summary!.match(/<template shadowroot="open" shadowrootmode="open">/g) ?? []).length, 1);
    assert.match(summary!, /市發展改革委/, 'the unit by its full name');
    // t26.3 used faster than the pace; t26.4's September figure is no annual one, not paced (review r63 §9).
    assert.match(summary!, /用量快於序時/, 'the feed is read: targets grouped by status');
    assert.match(summary!, /尚未達到目標/, 'the feed is read: targets grouped by status');
    assert.doesNotMatch(summary!, /part="loading"/);
    assert.equal((overview!.match(/<template shadowroot="open" shadowrootmode="open">/g) ?? []).length, 1);
    assert.match(overview!, /aria-sort="descending"/, 'ranked by targets behind, as the feed says');
  });

  it("renders the every-element page with the shadow roots' styles free of CSS comments (review r48: 11.6 KB of 69 KB of <style> were comments)", async (t) => {
    // The fixture's feeds are `../../../../examples/…`: from its folder, the repository's.
    const result = await run('render', join(fixtures, 'page.html'), '--root', join(elementsDir, '../..'));
    assert.equal(result.code, 0, result.stderr);
    const styles = [...result.stdout.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
    assert.equal(styles.length, 5, 'a <style> per element');
    t.diagnostic(`<style>: ${styles.reduce((sum, css) => sum + Buffer.byteLength(css), 0)} bytes`);
    assert.deepEqual(styles.filter((css) => css.includes('/*')).map((css) => css.slice(css.indexOf('/*'), css.indexOf('/*') + 60)), []);
  });

  it('--lang: a snippet bound for an English page is rendered in English; an element\'s own lang wins', async () => {
    const snippet = join(dir, 'snippet.html');
    writeFileSync(snippet, '<dz-task-card task="9"></dz-task-card>\n<dz-task-card task="9" lang="zh-Hans"></dz-task-card>\n');
    const result = await run('render', snippet, '--lang', 'en');
    assert.equal(result.code, 0, result.stderr);
    // Lit's markers (comments) stand between a template's parts.
    const [english, simplified] = result.stdout.replace(/<!--.*?-->/g, '').split('</dz-task-card>');
    assert.match(english!, /Task 9/);
    assert.match(simplified!, /任务 9/);
    assert.ok(!result.stdout.includes('<html'), 'a snippet stays a snippet');
  });

  it('a missing page: exit 1, naming the file', async () => {
    const result = await run('render', join(dir, 'nowhere.html'));
    assert.equal(result.code, 1);
    assert.match(result.stderr, /cannot read .*nowhere\.html: ENOENT/);
  });

  it('a feed that is not there: exit 1, naming the element, its line, the attribute and the file', async () => {
    const input = page('missing-feed.html', '<dz-task-card task="9" progress-src="gone.json"></dz-task-card>');
    const result = await run('render', input, '-o', join(dir, 'out.html'));
    assert.equal(result.code, 1);
    assert.match(result.stderr, /<dz-task-card task="9" progress-src="gone.json"> \(line 4\), progress-src: Could not load gone\.json: not found in the site's folder /);
    assert.ok(!existsSync(join(dir, 'out.html')), 'nothing written');
  });

  it('an invalid feed: exit 1 with what is wrong in it', async () => {
    const input = page('bad-feed.html', '<dz-target-gauge target="t09.1" src="bad-feed.json"></dz-target-gauge>');
    const result = await run('render', input);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /<dz-target-gauge target="t09.1" src="bad-feed.json"> \(line 4\), src: Invalid progress feed \(bad-feed\.json\): entries\[0\]\.value/);
    assert.equal(result.stdout, '');
  });

  it('a feed over http that answers 404: exit 1 with the status', async () => {
    const { serveStatic } = await import('../../../scripts/lib/static-server.js');
    const server = await serveStatic(dir);
    try {
      const input = page('http-feed.html', '<dz-task-card task="9" progress-src="missing.json"></dz-task-card>');
      // In this process: the server answers from it while main awaits the feed.
      const result = await run('render', input, '--base', `${server.origin}/`);
      assert.equal(result.code, 1);
      assert.match(result.stderr, /progress-src: Could not load missing\.json: HTTP 404/);
    } finally {
      await server.close();
    }
  });

  describe("reads only what a browser on the site could (a security review: it read any file a page named)", () => {
    it('refuses a file: URL, naming why, without a byte of the file in the message', async () => {
      const input = page('file-url.html', '<dz-task-card task="9" plan-src="file:///etc/passwd"></dz-task-card>');
      const result = await run('render', input);
      assert.equal(result.code, 1);
      assert.match(result.stderr, /plan-src: Could not load file:\/\/\/etc\/passwd: file: URLs are not read/);
      assert.doesNotMatch(result.stderr, /root:/);
    });

    it('reads no file outside the site folder (by .., by /, or through a link), and --root widens it', async () => {
      mkdirSync(join(dir, 'news'), { recursive: true });
      const up = page('news/up.html', '<dz-task-card task="9" progress-src="../feed.json"></dz-task-card>');
      const refused = await run('render', up);
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, /progress-src: Could not load \.\.\/feed\.json: outside the site's folder .*news \(give its folder as --root\)/);
      const allowed = await run('render', up, '--root', dir);
      assert.equal(allowed.code, 0, allowed.stderr);
      assert.match(allowed.stdout, /完成\u00a083%/, 'the feed is read');

      const fromRoot = page('news/root.html', '<dz-task-card task="9" progress-src="/feed.json"></dz-task-card>');
      const rooted = await run('render', fromRoot, '--root', dir);
      assert.equal(rooted.code, 0, rooted.stderr);
      assert.match(rooted.stdout, /完成\u00a083%/, '/feed.json is the site folder\'s, not the disk\'s');
      const absolute = page('absolute.html', '<dz-task-card task="9" plan-src="/etc/passwd"></dz-task-card>');
      const disk = await run('render', absolute);
      assert.equal(disk.code, 1);
      assert.match(disk.stderr, /plan-src: Could not load \/etc\/passwd: not found in the site's folder .*\(file:\/\/.*\/etc\/passwd\)/, 'resolved in the site folder');

      symlinkSync(join(dir, 'feed.json'), join(dir, 'news', 'linked.json'));
      const linked = page('news/linked.html', '<dz-task-card task="9" progress-src="linked.json"></dz-task-card>');
      const out = await run('render', linked);
      assert.equal(out.code, 1);
      assert.match(out.stderr, /progress-src: Could not load linked\.json: outside the site's folder/);
    });

    it('asks the disk nothing about a path outside the folder, reads no share, and quotes no byte of what it read', async () => {
      // Whether a file outside exists was told apart (outside / ENOENT with its path): both are now "outside".
      const exists = await run('render', page('exists.html', '<dz-task-card task="9" plan-src="../../../../../../etc/passwd"></dz-task-card>'));
      const missing = await run('render', page('missing.html', '<dz-task-card task="9" plan-src="../../../../../../etc/no-such-file"></dz-task-card>'));
      for (const r of [exists, missing]) {
        assert.equal(r.code, 1);
        assert.match(r.stderr, /plan-src: Could not load .*: outside the site's folder /);
        assert.doesNotMatch(r.stderr, /ENOENT/);
      }
      // //server/share (\\server\share on Windows) is a network share: refused before any path is made of it.
      for (const share of ['//fileserver/share/plan.json', '\\\\fileserver\\share\\plan.json']) {
        const r = await run('render', page('share.html', `<dz-task-card task="9" plan-src="${share}"></dz-task-card>`));
        assert.equal(r.code, 1, share);
        assert.match(r.stderr, /plan-src: Could not load .*: file: URLs are not read/, share);
      }
      // A browser reads \ as /: \feed.json is the site's /feed.json.
      const backslash = await run('render', page('backslash.html', '<dz-task-card task="9" progress-src="\\feed.json"></dz-task-card>'));
      assert.equal(backslash.code, 0, backslash.stderr);
      // A file of the site that is not JSON: where, never what.
      writeFileSync(join(dir, 'secret.env'), 'API_KEY=hunter2-do-not-print\n');
      const secret = await run('render', page('secret.html', '<dz-task-card task="9" plan-src="secret.env"></dz-task-card>'));
      assert.equal(secret.code, 1);
      assert.match(secret.stderr, /plan-src: Could not load secret\.env: not JSON/);
      assert.doesNotMatch(secret.stderr, /API_KEY|hunter2/);
    });

    it('reads no folder, device or file larger than an element would (20 MB)', async () => {
      mkdirSync(join(dir, 'a-folder'), { recursive: true });
      truncateSync((writeFileSync(join(dir, 'huge.json'), ''), join(dir, 'huge.json')), 20 * 2 ** 20 + 1);
      const folder = await run('render', page('folder.html', '<dz-task-card task="9" progress-src="a-folder"></dz-task-card>'));
      assert.equal(folder.code, 1);
      assert.match(folder.stderr, /progress-src: Could not load a-folder: not a file/);
      const huge = await run('render', page('huge.html', '<dz-task-card task="9" progress-src="huge.json"></dz-task-card>'));
      assert.equal(huge.code, 1);
      assert.match(huge.stderr, /progress-src: Could not load huge\.json: larger than 20 MB/);
    });

    it('reads no named pipe: says it is not a file instead of waiting for a writer (a security review)', { skip: process.platform === 'win32' && 'no mkfifo' }, () => {
      const fifo = join(dir, 'pipe.json');
      assert.equal(spawnSync('mkfifo', [fifo]).status, 0, 'mkfifo');
      // In a child process: opened for reading, a pipe with no writer blocks the render until the ceiling kills it.
      const piped = spawned('render', page('pipe.html', '<dz-task-card task="9" progress-src="pipe.json"></dz-task-card>'));
      assert.equal(piped.code, 1, `the render ended by itself (${piped.stderr})`);
      assert.match(piped.stderr, /progress-src: Could not load pipe\.json: not a file/);
    });

    it('over http, gives up after the element\'s timeout and refuses a body over 20 MB', async () => {
      const { createServer } = await import('node:http');
      const held: import('node:http').ServerResponse[] = [];
      const server = createServer((request, response) => {
        if (request.url === '/huge.json') {
          response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(20 * 2 ** 20 + 1) });
          response.write('[');
          held.push(response);
        } else if (request.url === '/endless.json') {
          // No length said: a body that never ends, sent as fast as it is read.
          response.writeHead(200, { 'content-type': 'application/json' });
          const chunk = Buffer.alloc(2 ** 20, 0x20);
          const more = () => {
            while (!response.destroyed && response.write(chunk));
          };
          response.on('drain', more);
          more();
          held.push(response);
        } else held.push(response); // never answers
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const origin = `http://127.0.0.1:${(server.address() as import('node:net').AddressInfo).port}/`;
      try {
        const silent = await run('render', page('silent.html', '<dz-task-card task="9" progress-src="silent.json" timeout="1"></dz-task-card>'), '--base', origin);
        assert.equal(silent.code, 1);
        assert.match(silent.stderr, /progress-src: Could not load silent\.json: no answer within 1 s from http:\/\/127\.0\.0\.1:\d+\/silent\.json/);
        const huge = await run('render', page('huge-http.html', '<dz-task-card task="9" progress-src="huge.json"></dz-task-card>'), '--base', origin);
        assert.equal(huge.code, 1);
        assert.match(huge.stderr, /progress-src: Could not load huge\.json: larger than 20 MB/);
        const endless = await run('render', page('endless.html', '<dz-target-gauge target="t09.1" src="endless.json"></dz-target-gauge>'), '--base', origin);
        assert.equal(endless.code, 1);
        assert.match(endless.stderr, /src: Could not load endless\.json: larger than 20 MB/);
        // A page's own timeout (a day) cannot hold the render: the render's time is its own (a security review).
        const held = await run('render', page('day.html', '<dz-task-card task="9" progress-src="silent.json" timeout="86400"></dz-task-card>'), '--base', origin, '--timeout', '1');
        assert.equal(held.code, 1);
        assert.match(held.stderr, /progress-src: Could not load silent\.json: the render's 1 s \(--timeout\) ran out waiting for http:\/\/127\.0\.0\.1:\d+\/silent\.json/);
      } finally {
        for (const response of held) response.destroy();
        server.close();
      }
    });
  });

  it('opens a site file only if what opens is inside the folder: a folder swapped for a link after the check leads nowhere (a security review)', { skip: process.platform === 'win32' && 'no symlinks without privileges' }, async () => {
    const { openWithin } = (await import(join(elementsDir, 'dist/ssr/data.js'))) as typeof import('../src/ssr/data.js');
    const { realpathSync } = await import('node:fs');
    const site = mkdtempSync(join(tmpdir(), 'dz-site-'));
    const elsewhere = mkdtempSync(join(tmpdir(), 'dz-elsewhere-'));
    try {
      writeFileSync(join(site, 'feed.json'), '{}');
      writeFileSync(join(elsewhere, 'secret.json'), '{"secret":1}');
      const real = realpathSync(site);
      const file = await openWithin(join(real, 'feed.json'), real);
      assert.equal(await file.readFile('utf8'), '{}');
      await file.close();
      // The path as checked (inside the site), after its folder became a link out of it; and the file itself a link.
      symlinkSync(elsewhere, join(site, 'data'));
      await assert.rejects(openWithin(join(real, 'data', 'secret.json'), real), /outside the site's folder/);
      symlinkSync(join(elsewhere, 'secret.json'), join(site, 'linked.json'));
      await assert.rejects(openWithin(join(real, 'linked.json'), real), /outside the site's folder/);
    } finally {
      rmSync(site, { recursive: true, force: true });
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('a --timeout that is no number of seconds up to a day: exit 2 with the usage', async () => {
    for (const bad of ['0', '-1', 'soon', '100000']) {
      const result = await run('render', page('timeout.html', '<dz-task-card task="9"></dz-task-card>'), `--timeout=${bad}`);
      assert.equal(result.code, 2, bad);
      assert.match(result.stderr, /--timeout takes seconds above 0 and at most a day/);
    }
  });

  it('reads at most 100 plans and feeds for one page, each once (a security review: copies of one feed under new queries were each read and kept)', async () => {
    const { createServer } = await import('node:http');
    const body = readFileSync(feed);
    const asked: string[] = [];
    const server = createServer((request, response) => {
      asked.push(request.url ?? '');
      response.writeHead(200, { 'content-type': 'application/json' }).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as import('node:net').AddressInfo).port}/`;
    try {
      const gauges = (n: number, src: (i: number) => string) => Array.from({ length: n }, (_, i) => `<dz-target-gauge target="t09.1" src="${src(i)}"></dz-target-gauge>`).join('');
      const many = await run('render', page('many.html', gauges(101, (i) => `feed.json?${i}`)), '--base', origin);
      assert.equal(many.code, 1);
      assert.match(many.stderr, /the page names more than 100 plans and feeds/);
      assert.equal(asked.length, 100, 'the 101st is not asked for');
      // A file of the site is one source, whatever query follows its name.
      const files = await run('render', page('copies.html', gauges(150, (i) => `feed.json?${i}`)));
      assert.equal(files.code, 0, files.stderr);
    } finally {
      server.close();
    }
  });

  it('an unknown dz- tag: exit 1, naming it and the elements there are', async () => {
    const input = page('unknown.html', '<dz-task-cards task="9"></dz-task-cards>');
    const result = await run('render', input);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /<dz-task-cards task="9"> \(line 4\): unknown element; the dz- elements are dz-task-card, dz-task-matrix, dz-target-gauge, dz-unit-summary, dz-plan-overview/);
  });

  it('an element with content between its tags (a tag left unclosed): exit 1, rather than a page whose rest is hidden with scripts off', async () => {
    const input = page('unclosed.html', '<dz-task-card task="9" /><p>The article goes on.</p>');
    const result = await run('render', input);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /<dz-task-card task="9"> \(line 4\): content between its tags would be hidden: is the tag closed\? Write <dz-task-card …><\/dz-task-card>/);
    const quiet = page('closed.html', '<dz-task-card task="9">\n  <!-- 任務 9 -->\n</dz-task-card><p>The article goes on.</p>');
    assert.equal((await run('render', quiet)).code, 0);
  });

  it('an element that would show an error (an unknown task): exit 1 with its message', async () => {
    const input = page('unknown-task.html', '<dz-task-card task="99"></dz-task-card>');
    const result = await run('render', input);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /<dz-task-card task="99"> \(line 4\): the element shows an error: 找不到任務 99:本計劃的任務為 1–69\(未設 plan-src:這是內建的德州市2023年計劃;您的計劃請用 plan-src\)\n$/);
  });

  it('control characters the page gives a message (an attribute value) are shown as escapes, never sent to the terminal', async () => {
    // An OSC 8 link and line erases in a task attribute: printed raw, they would plant a link and hide the lines above.
    const input = page('control.html', '<dz-task-card task="99\u001b]8;;https://evil.example\u0007x\u001b[2K\u001b[1A"></dz-task-card>');
    const result = await run('render', input);
    assert.equal(result.code, 1);
    assert.doesNotMatch(result.stderr, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u, 'no control character reaches the terminal');
    assert.match(result.stderr, /\\x1B\]8;;https:\/\/evil\.example\\x07x\\x1B\[2K/);
  });

  it('bad usage: exit 2 with the usage', async () => {
    for (const args of [[], ['draw', 'x.html'], ['render'], ['render', 'a.html', '--colour']]) {
      const result = await run(...args);
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.stderr, /Usage:/);
    }
  });
});

describe('renderPage after the app imported an element (a React review: a server that imported task-matrix.js first got "Lit rendered no shadow root")', {
  skip: existsSync(join(elementsDir, 'dist/ssr/index.js')) ? false : 'run `npm run build` first',
}, () => {
  it('renders every element the package defines: its tags are the manifest\'s (a sixth element would otherwise be unknown to it)', async () => {
    const { elementTags } = (await import(join(elementsDir, 'dist/ssr/render-element.js'))) as typeof import('../src/ssr/render-element.js');
    const manifest = JSON.parse(readFileSync(join(elementsDir, 'custom-elements.json'), 'utf8')) as { modules: { declarations?: { tagName?: string }[] }[] };
    const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : [])));
    assert.deepEqual([...elementTags].sort(), [...new Set(tags)].sort());
  });

  for (const entry of ['task-matrix.js', 'index.js', 'all.js']) {
    it(`renders every element when ${entry} was imported before the first render`, () => {
      // A fresh process: what a Vite SSR or Next server does, the element's module loaded before the first render.
      const script = `
        await import(${JSON.stringify(join(elementsDir, 'dist', entry))});
        const { renderPage } = await import(${JSON.stringify(join(elementsDir, 'dist/ssr/index.js'))});
        const { html } = await renderPage('<dz-task-matrix section="4"></dz-task-matrix><dz-task-card task="26"></dz-task-card><dz-target-gauge target="t09.1"></dz-target-gauge><dz-unit-summary unit="市發展改革委"></dz-unit-summary><dz-plan-overview></dz-plan-overview>');
        process.stdout.write(html);`;
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: elementsDir });
      assert.equal(result.stderr, '');
      assert.equal(result.status, 0);
      assert.equal(result.stdout.match(/<template [^>]*shadowrootmode="open"/g)?.length, 5, result.stdout.slice(0, 400));
    });
  }
});
