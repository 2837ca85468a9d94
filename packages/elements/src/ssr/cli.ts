/// <reference types="node" />
/**
 * `dz-elements`: pre-rendered HTML from the command line.
 *
 *   dz-elements render page.html [-o out.html] [--base DIR|URL] [--root DIR] [--lang TAG] [--timeout S] [--csp] [--lenient]
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { loadOptional, MissingPackageError } from '@dz-tasks/data';
import { terminalText } from '@dz-tasks/data/terminal-text';
import { RenderError } from './render-error.js';

const USAGE = `Usage:
  dz-elements render PAGE.html [-o OUT.html] [--base DIR|URL] [--root DIR] [--lang TAG] [--timeout S] [--csp] [--lenient]
      fills every dz- element of the page with its server-rendered shadow root (declarative shadow DOM), so the
      content shows with no script; writes OUT.html, or standard output without -o
      --base  what the page's relative plan-src, progress-src and src URLs resolve against (default: the page's folder)
      --root  the site's folder: what URLs starting with / resolve against, and the only folder files are read from
              (default: --base when it is a folder)
      --lang  the language of the page a snippet goes into, for elements with no lang of their own (en, zh-Hans, zh-Hant)
      --timeout  the most seconds to wait for the page's plans and feeds, all of them together (default 60; an
              element's own timeout, up to a day in a browser, cannot hold the render longer)
      --csp   print the style-src hashes of the rendered styles, for a Content-Security-Policy
      --lenient  write the page even if its elements show notices about their attributes (a misspelt name, a value
              they ignore), with the notices in it; without it, such a page is said notice by notice and not written
  dz-elements --help
  dz-elements --version         the package's version (also -v)`;

/** The package's own package.json (its version, and the ranges of its optional packages), two folders up from src/ssr/ and dist/ssr/ alike. */
async function ownManifest(): Promise<{ readonly version: string; readonly peerDependencies?: Readonly<Record<string, string>> }> {
  return JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string; peerDependencies?: Record<string, string> };
}

/** Runs the CLI with `argv` (without `node` and the script); returns the exit code: 0 done, 1 failed, 2 bad usage. */
export async function main(
  argv: readonly string[],
  out = (text: string) => process.stdout.write(process.stdout.isTTY ? terminalText(text) : text),
  printError = (line: string) => console.error(line),
): Promise<number> {
  // Messages quote the page (its attributes, its file name): control characters are shown, never sent to the terminal.
  const err = (line: string) => printError(terminalText(line));
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        base: { type: 'string' },
        root: { type: 'string' },
        lang: { type: 'string' },
        timeout: { type: 'string' },
        csp: { type: 'boolean' },
        lenient: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    err(`dz-elements: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(`${USAGE}\n`);
    return 0;
  }
  if (values.version) {
    out(`${(await ownManifest()).version}\n`);
    return 0;
  }
  const [command, file, ...extra] = positionals;
  if (command !== 'render' || !file || extra.length) {
    err(`dz-elements: ${command === undefined ? 'no command' : command !== 'render' ? `unknown command "${command}"` : !file ? 'no page to render' : `one page at a time (also given: ${extra.join(' ')})`}\n${USAGE}`);
    return 2;
  }
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeout !== undefined && !(timeout > 0 && timeout <= 86_400)) {
    err(`dz-elements: --timeout takes seconds above 0 and at most a day (86400), not "${values.timeout}"\n${USAGE}`);
    return 2;
  }
  let html: string;
  try {
    html = await readFile(file, 'utf8');
  } catch (error) {
    err(`dz-elements: cannot read ${file}: ${(error as Error).message}`);
    return 1;
  }
  try {
    // Loaded only to render: Lit SSR is an optional package, whose absence is said (a MissingPackageError) as the
    // command's message, and --help and --version work without it.
    const { renderPage } = await loadOptional(() => import('./render-page.js'), 'server rendering', ['@lit-labs/ssr'], (await ownManifest()).peerDependencies);
    const page = await renderPage(html, {
      base: values.base ?? dirname(file),
      ...(values.root ? { root: values.root } : {}),
      ...(values.lang ? { lang: values.lang } : {}),
      ...(timeout === undefined ? {} : { timeout }),
      ...(values.lenient ? { lenient: true } : {}),
    });
    for (const notice of page.notices) err(`dz-elements: ${file}: ${notice}`);
    if (values.output) {
      await writeFile(values.output, page.html);
      err(`dz-elements: rendered ${page.elements} element${page.elements === 1 ? '' : 's'} of ${file} into ${values.output}`);
    } else {
      out(page.html);
    }
    if (values.csp) err(`style-src ${page.styleHashes.join(' ')}`);
    return 0;
  } catch (error) {
    if (error instanceof RenderError && error.notices.length) {
      for (const notice of error.notices) err(`dz-elements: ${file}: ${notice}`);
      const count = error.notices.length === 1 ? 'a notice' : `${error.notices.length} notices`;
      err(`dz-elements: ${file}: nothing written: the elements would show ${count} about their attributes (fix them, or give --lenient to write the page with the notices in it)`);
      return 1;
    }
    if (error instanceof RenderError) {
      err(`dz-elements: ${file}: ${error.message}`);
      return 1;
    }
    if (error instanceof MissingPackageError) {
      err(`dz-elements: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
