/**
 * `npm run docs`: builds the documentation site into docs-site/, servable as it is by any static server.
 *
 *   docs-site/index.html   the front page, linking to the two below
 *   docs-site/api/         typedoc: the guides and the API reference of @dz-tasks/data and @dz-tasks/elements
 *   docs-site/storybook/   the static Storybook
 *
 * Expects `npm run build` to have run (typedoc reads @dz-tasks/data's types, the screenshots use the CDN file).
 * Steps: custom-elements.json → generated docs (JSON Schema, target list) → screenshots → typedoc → Storybook.
 *
 *   npx tsx scripts/build-docs.ts [--lenient]   # --lenient: typedoc warnings do not fail the build (local preview)
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const site = join(repo, 'docs-site');
const lenient = process.argv.includes('--lenient');

/** Runs a command with the repository's binaries on PATH; rejects on a non-zero exit. */
function run(label: string, command: string, args: readonly string[], cwd = repo): Promise<void> {
  const started = Date.now();
  console.log(`\n::: ${label}`);
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      cwd,
      stdio: 'inherit',
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', PATH: `${join(repo, 'node_modules/.bin')}:${process.env['PATH']}` },
    });
    child.on('error', fail);
    child.on('exit', (code) => {
      if (code === 0) {
        console.log(`::: ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
        done();
      } else fail(new Error(`${label} failed (exit ${code})`));
    });
  });
}

/** The typedoc page of each guide, found by the guide's title (typedoc names the file after it). */
async function guidePages(): Promise<{ title: string; href: string }[]> {
  const files = await readdir(join(site, 'api', 'documents')).catch(() => [] as string[]);
  const wanted = [
    { match: /CMS/, title: '網頁編輯指南 · Guide for CMS editors' },
    { match: /developers/, title: 'Guide for front-end developers' },
    { match: /data/, title: 'Guide to the data' },
    { match: /Target_list/, title: '目標一覽 · Target list' },
  ];
  return wanted.flatMap(({ match, title }) => {
    const file = files.find((f) => match.test(f));
    return file ? [{ title, href: `api/documents/${encodeURIComponent(file)}` }] : [];
  });
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

async function writeIndex(): Promise<void> {
  const guides = await guidePages();
  const item = (href: string, title: string, what: string) =>
    `<li><a href="${escape(href)}">${escape(title)}</a> — ${escape(what)}</li>`;
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>dz-tasks documentation</title>
    <style>
      :root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.6; }
      body { max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
      a { color: light-dark(#0b5cad, #58a6ff); }
    </style>
  </head>
  <body>
    <main>
      <h1>dz-tasks documentation</h1>
      <p lang="zh-Hant">德州市深化新舊動能轉換推動綠色低碳高質量發展2023年重點工作任務</p>
      <p>The Dezhou 2023 key work tasks as typed data (<code>@dz-tasks/data</code>) and as web components
      (<code>@dz-tasks/elements</code>).</p>
      <ul>
        ${item('storybook/index.html', 'Storybook', 'every element, state, language and theme on the real plan')}
        ${item('api/index.html', 'API reference', 'typedoc for @dz-tasks/data and @dz-tasks/elements')}
        ${guides.map((g) => item(g.href, g.title, 'guide')).join('\n        ')}
      </ul>
    </main>
  </body>
</html>
`;
  await writeFile(join(site, 'index.html'), html);
}

async function main(): Promise<void> {
  const started = Date.now();
  await rm(site, { recursive: true, force: true });
  await mkdir(site, { recursive: true });
  await run('custom-elements.json', 'cem', ['analyze'], join(repo, 'packages/elements'));
  await run('JSON Schema of progress reports', 'tsx', ['scripts/write-json-schema.ts']);
  await run('target list', 'tsx', ['scripts/write-target-list.ts']);
  await run('screenshots for the CMS guide', 'tsx', ['scripts/screenshots.ts']);
  await run('typedoc', 'typedoc', lenient ? ['--treatWarningsAsErrors', 'false'] : []);
  await run('Storybook', 'storybook', ['build', '--quiet', '-o', join(site, 'storybook')]);
  await writeIndex();
  console.log(`\ndocs-site/ built in ${((Date.now() - started) / 1000).toFixed(1)} s — serve it as it is, e.g. npx tsx scripts/serve.ts docs-site`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
