/**
 * What `renderPage` and `dz-elements render` do with an element that would show a notice about its inputs (a server-
 * rendering review: `valeu="2100"`, `rows="foo"`, `variant="pie"`, `heading-level="9"` and `src=""` were rendered
 * without their notice and without a word, exit 0), and with a task card's body text (hidden behind a button that does
 * nothing with scripts off). Runs the sources (`src/ssr`), so it needs no build.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { main } from '../src/ssr/cli.js';
import { renderPage, RenderError } from '../src/ssr/index.js';
import { mistakes, mistakesPage } from './support/ssr-mistakes.js';

const noticesIn = (html: string) => html.match(/<li class="notice" part="notice">[\s\S]*?<\/li>/g) ?? [];

/** The CLI's `main` with what it prints collected. */
async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, (text) => (out.push(text), true), (line) => void err.push(`${line}\n`));
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('an element that would show a notice about its inputs', () => {
  it('renderPage refuses the page with a RenderError naming each element, its line and its notice', async () => {
    const error = await renderPage(mistakesPage()).then(
      () => assert.fail('rendered'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof RenderError, String(error));
    assert.equal(error.notices.length, mistakes.length, error.message);
    mistakes.forEach(([tag, attribute], i) => {
      const problem = error.notices[i]!;
      assert.ok(problem.startsWith(tag.slice(0, tag.indexOf(' '))), `names the element: ${problem}`);
      assert.match(problem, new RegExp(`\\(line ${i + 2}\\): `), problem);
      assert.match(problem.slice(problem.indexOf('): ')), attribute, problem);
    });
  });

  it('with lenient, renderPage writes the page: each element carries its notice, as a live one shows it, and says each', async () => {
    const page = await renderPage(mistakesPage(), { lenient: true });
    assert.equal(page.elements, mistakes.length);
    const sections = page.html.split('<section id="s').slice(1);
    mistakes.forEach(([, attribute], i) => {
      const notices = noticesIn(sections[i]!);
      assert.equal(notices.length, 1, `section ${i}: one notice`);
      assert.match(notices[0]!, /ⓘ/);
      assert.match(notices[0]!, attribute);
    });
    assert.equal(page.notices.length, mistakes.length);
    mistakes.forEach(([, attribute], i) => assert.match(page.notices[i]!, attribute));
  });

  describe('dz-elements render', () => {
    let dir: string;
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'dz-notices-'));
      writeFileSync(join(dir, 'page.html'), mistakesPage());
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('says each notice (element, line, message) and exits 1 without writing', async () => {
      const output = join(dir, 'out.html');
      const result = await run('render', join(dir, 'page.html'), '-o', output);
      assert.equal(result.code, 1, result.stderr);
      assert.equal(existsSync(output), false, 'nothing written');
      const lines = result.stderr.trim().split('\n');
      mistakes.forEach(([, attribute], i) => {
        const line = lines.find((l) => l.includes(`(line ${i + 2})`));
        assert.ok(line, `line ${i + 2} named in:\n${result.stderr}`);
        assert.match(line, attribute);
      });
      assert.match(result.stderr, /--lenient/, 'says how to write it anyway');
    });

    it('--lenient writes the page with the notices in it, and still says each', async () => {
      const output = join(dir, 'lenient.html');
      const result = await run('render', join(dir, 'page.html'), '-o', output, '--lenient');
      assert.equal(result.code, 0, result.stderr);
      assert.equal(noticesIn(readFileSync(output, 'utf8')).length, mistakes.length);
      for (let i = 0; i < mistakes.length; i++) assert.match(result.stderr, new RegExp(`\\(line ${i + 2}\\): .*${mistakes[i]![1].source}`));
    });
  });
});

describe('a task card rendered on the server', () => {
  const cardPage = (tag: string) => `<!doctype html><html lang="zh-Hant"><head><title>t</title></head><body>\n${tag}\n</body></html>\n`;
  const bodyOf = (html: string) => html.match(/<p part="body"[^>]*>/)?.[0] ?? '';

  it('is rendered expanded, its tag given `expanded` so that it hydrates in the same state', async () => {
    const { html } = await renderPage(cardPage('<dz-task-card task="9" class="x"></dz-task-card>'));
    assert.match(html, /<dz-task-card task="9" class="x" expanded><template shadowroot/);
    assert.doesNotMatch(bodyOf(html), /hidden/, 'the body text shows');
    assert.match(html, /aria-expanded="true"/);
  });

  it('an expanded written off (expanded="false") is rendered expanded too, its tag left as written (the card folds once hydrated); one already on is left as it is', async () => {
    const off = await renderPage(cardPage('<dz-task-card task="9" expanded="false" lang="en"></dz-task-card>'));
    assert.match(off.html, /<dz-task-card task="9" expanded="false" lang="en"><template shadowroot/);
    assert.doesNotMatch(bodyOf(off.html), /hidden/);
    assert.match(off.html, /aria-expanded="true"/);
    const on = await renderPage(cardPage('<dz-task-card task="9" expanded="yes"></dz-task-card>'));
    assert.match(on.html, /<dz-task-card task="9" expanded="yes"><template shadowroot/);
    assert.doesNotMatch(bodyOf(on.html), /hidden/);
    const again = await renderPage(off.html);
    assert.equal(again.html, off.html, 'a rendered page renders to itself');
  });
});
