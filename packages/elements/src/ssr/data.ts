/// <reference types="node" />
/**
 * The plans and progress feeds a page's elements name (`plan-src`, `progress-src`, `src`), read from files or URLs
 * and validated before the server render, the way the elements would in a browser; any failure is a
 * {@link RenderError} naming the element and the attribute.
 */
import { constants } from 'node:fs';
import { open, realpath, stat, type FileHandle } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlanLookups } from '@dz-tasks/data';
import { dezhou } from '@dz-tasks/data/dezhou-2023';
import { feedLoad, planLoad } from '../shared/base-element.js';
import { strings } from '../shared/i18n/strings.js';
import { validated } from '../shared/fetch-json.js';
import { MAX_RESPONSE_BYTES } from '../shared/shared-requests.js';
import { secondsToWait } from '../shared/timeout.js';
import { preloadPlan, preloadReport } from '../shared/preloaded.js';
import { planValidation, reportValidation } from '../shared/validators.js';
import { discard, fetchSameOrigin } from './fetch-same-origin.js';
import { RenderError } from './render-error.js';

/** The attributes of each element that name a progress feed. */
export const feedAttributes: Record<string, string> = {
  'dz-task-card': 'progress-src',
  'dz-target-gauge': 'src',
  'dz-unit-summary': 'progress-src',
  'dz-plan-overview': 'progress-src',
};

/** An element of the page, as far as loading its data goes. */
export interface ElementData {
  readonly tag: string;
  readonly attributes: ReadonlyMap<string, string>;
  /** `<dz-task-card task="9">` at line 30, for messages. */
  readonly where: string;
}

/**
 * Where the page's plans and feeds may be read from: relative URLs resolve against `base`, a folder or an http(s)
 * URL; with a folder, `/…` resolves against `root` (the site's folder) and no file outside `root` is read, as a
 * browser could not read it either.
 */
export interface DataSources {
  readonly base: URL;
  readonly root?: URL;
  /** The most seconds the render waits for all its plans and feeds together (default {@link RENDER_TIMEOUT_SECONDS}). */
  readonly seconds?: number;
}

/**
 * The most seconds a render waits for its plans and feeds, all of them together: a page's own `timeout` (up to a day
 * per URL in a browser) cannot hold a render server for days, one feed after another (a security review).
 */
export const RENDER_TIMEOUT_SECONDS = 60;

/** The most distinct plans and feeds one render reads: each may be 20 MB, and each stays until the render ends. */
export const MAX_RENDER_SOURCES = 100;

/** The file or http(s) URL `url` names, or why it may not be read. */
export function resolveSource(url: string, { base, root }: DataSources): URL {
  // A browser reads \ as / in a URL.
  const written = url.replace(/\\/g, '/');
  if (root && written.startsWith('/') && !written.startsWith('//')) return new URL(`.${written}`, root);
  const resolved = new URL(written, base);
  if (resolved.protocol === 'http:' || resolved.protocol === 'https:') return resolved;
  // A file is named by its path: never a file: URL, nor one with a host (//server/share: a network share on Windows).
  if (resolved.protocol === 'file:' && root && !resolved.host && !/^[a-z][a-z\d+.-]*:/i.test(written)) return resolved;
  throw new Error(`${resolved.protocol} URLs are not read: name a file by its path in the site's folder, or an http(s) URL`);
}

/** Whether `path` is `folder` or inside it. */
function within(folder: string, path: string): boolean {
  const rest = relative(folder, path);
  return rest !== '..' && !rest.startsWith(`..${sep}`) && !isAbsolute(rest);
}

/** The site's folder refused. */
const outside = (site: string) => new Error(`outside the site's folder ${site} (give its folder as --root)`);

/**
 * A file of the site's folder, no larger than an element would read. The path is checked as written before the disk
 * is asked anything (whether a file outside exists is none of the page's business), then as the disk has it (a link
 * may lead out); what it opens must be a regular file (no folder, device or named pipe).
 */
async function readSiteFile(url: URL, root: URL): Promise<string> {
  const site = resolve(fileURLToPath(root));
  const named = fileURLToPath(url);
  if (!within(site, named)) throw outside(site);
  let path: string;
  try {
    path = await realpath(named);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`not found in the site's folder ${site}`);
    throw error;
  }
  const realSite = await realpath(site);
  if (!within(realSite, path)) throw outside(realSite);
  const file = await openWithin(path, realSite);
  try {
    const stat = await file.stat();
    if (!stat.isFile()) throw new Error('not a file');
    if (stat.size > MAX_RESPONSE_BYTES) throw tooLarge();
    return await file.readFile('utf8');
  } finally {
    await file.close();
  }
}

/**
 * `path` (a real path, checked to be inside `site`) opened for reading, if what opened is inside `site` still: someone
 * who may write in the site's folder could swap a folder on the path for a link out of it between the check and the
 * open (a security review). The last part is opened without following a link, and where the descriptor leads is
 * checked (Linux's /proc/self/fd); where that cannot be read, that the file opened is the one the path names now.
 * Opened without waiting: a named pipe opened for reading blocks until something writes to it (`readSiteFile`
 * refuses what is not a file).
 */
export async function openWithin(path: string, site: string): Promise<FileHandle> {
  let file: FileHandle;
  try {
    file = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw outside(site);
    throw error;
  }
  const opened = await realpath(`/proc/self/fd/${file.fd}`).catch(() => undefined);
  const inside = opened === undefined ? await sameFile(file, path) : within(site, opened);
  if (!inside) {
    await file.close();
    throw outside(site);
  }
  return file;
}

/** Whether `file` is the file `path` names now (its device and inode). */
async function sameFile(file: FileHandle, path: string): Promise<boolean> {
  const [a, b] = await Promise.all([file.stat(), stat(path).catch(() => undefined)]);
  return b !== undefined && a.dev === b.dev && a.ino === b.ino;
}

const tooLarge = () => new Error(`larger than ${MAX_RESPONSE_BYTES / 2 ** 20} MB`);

/**
 * A response's body as text, or `undefined` once it is longer than an element would read. Read as an async iterable,
 * which Node's web stream is (the browser's reader, shared-requests.ts, reads a web stream, which not every browser
 * iterates); `fetch` is the process's own (the render never puts Lit's DOM shim's, node-fetch's, on `globalThis`).
 */
async function limitedText(response: Response): Promise<string | undefined> {
  if (Number(response.headers.get('content-length')) > MAX_RESPONSE_BYTES) {
    discard(response);
    return undefined;
  }
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    length += chunk.byteLength;
    if (length > MAX_RESPONSE_BYTES) return undefined; // leaving the loop ends the stream
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The render's own time: when it runs out, and how many seconds it had. */
interface RenderDeadline {
  readonly signal: AbortSignal;
  readonly seconds: number;
}

/**
 * An http(s) URL's body, within `seconds` and the render's deadline, and no larger than an element would read;
 * redirects followed only within its origin (`fetch-same-origin.ts`).
 */
async function readUrl(url: URL, seconds: number, deadline: RenderDeadline): Promise<string> {
  const timer = AbortSignal.timeout(seconds * 1000);
  let text: string | undefined;
  try {
    const response = await fetchSameOrigin(url, { signal: AbortSignal.any([timer, deadline.signal]), headers: { accept: 'application/json' } });
    if (!response.ok) {
      discard(response);
      throw new Error(`HTTP ${response.status} from ${url.href}`);
    }
    text = response.body ? await limitedText(response) : '';
  } catch (error) {
    if (deadline.signal.aborted) throw new Error(`the render's ${deadline.seconds} s (--timeout) ran out waiting for ${url.href}`);
    throw timer.aborted ? new Error(`no answer within ${seconds} s from ${url.href}`) : error;
  }
  if (text === undefined) throw tooLarge();
  return text;
}

/** The JSON at `url`: a file of the site's folder, or an http(s) URL. */
async function readJson(resolved: URL, sources: DataSources, seconds: number, deadline: RenderDeadline): Promise<unknown> {
  const text = resolved.protocol === 'file:' ? await readSiteFile(resolved, sources.root!) : await readUrl(resolved, seconds, deadline);
  try {
    return JSON.parse(text);
  } catch (error) {
    // Where, never what: the engine's message quotes the text, which may be any file of the site or any answer.
    const at = /position (\d+)/.exec((error as Error).message)?.[1];
    throw new SyntaxError(at === undefined ? 'not JSON' : `not JSON (at character ${at})`);
  }
}

/** `ENOENT: no such file…` without Node's own path (the message names the URL and where it resolved). */
const why = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Where `url` resolved, for messages: ` (file:///site/feed.json)`, or nothing when it could not. */
function whereResolved(url: string, sources: DataSources): string {
  try {
    return ` (${resolveSource(url, sources).href})`;
  } catch {
    return '';
  }
}

/**
 * Reads and validates every plan and feed the elements name, and leaves them for the render (see
 * `shared/preloaded.ts`). Each source is read once (a file once, whatever query follows its name), waiting as long as
 * the first element naming it says (`timeout`), and all of them within the render's own time (`sources.seconds`); at
 * most {@link MAX_RENDER_SOURCES} of them.
 */
export async function preloadData(elements: readonly ElementData[], sources: DataSources): Promise<void> {
  const t = strings.en;
  const seconds = sources.seconds ?? RENDER_TIMEOUT_SECONDS;
  const deadline: RenderDeadline = { signal: AbortSignal.timeout(seconds * 1000), seconds };
  const json = new Map<string, Promise<unknown>>();
  const read = async (url: string, element: ElementData) => {
    const resolved = resolveSource(url, sources);
    const key = resolved.protocol === 'file:' ? fileURLToPath(resolved) : resolved.href;
    let pending = json.get(key);
    if (!pending) {
      if (json.size >= MAX_RENDER_SOURCES) throw new Error(`the page names more than ${MAX_RENDER_SOURCES} plans and feeds`);
      const wait = Math.min(secondsToWait(Number(element.attributes.get('timeout') ?? '')), seconds);
      json.set(key, (pending = readJson(resolved, sources, wait, deadline)));
    }
    return pending;
  };
  const load = async (element: ElementData, attribute: string, url: string): Promise<unknown> => {
    try {
      return await read(url, element);
    } catch (error) {
      throw new RenderError(`${element.where}, ${attribute}: ${t.fetchFailed(url, `${why(error)}${whereResolved(url, sources)}`)}`);
    }
  };
  const plans = new Map<string, PlanLookups>();
  for (const element of elements) {
    // Keys as the elements read them: `plan-src` as written; a card's feed as written, a gauge's trimmed.
    const planSrc = element.attributes.get('plan-src') || undefined;
    let api = planSrc ? plans.get(planSrc) : dezhou();
    if (planSrc && !api) {
      const url = planSrc.trim();
      const loaded = await load(element, 'plan-src', url);
      api = check(element, 'plan-src', () => validated(loaded, planValidation, url, planLoad(t, 'en')));
      plans.set(planSrc, api);
      preloadPlan(planSrc, api);
      preloadPlan(url, api); // the elements look a plan up by its trimmed URL
    }
    const attribute = feedAttributes[element.tag];
    const written = attribute ? element.attributes.get(attribute) : undefined;
    const url = written?.trim();
    if (!attribute || !written || !url || !api) continue;
    const plan = api.plan;
    const loaded = await load(element, attribute, url);
    const report = check(element, attribute, () => validated(loaded, (json) => reportValidation(json, plan), url, feedLoad(t, 'en')));
    preloadReport(planSrc, written, report);
    preloadReport(planSrc, url, report);
  }
}

/** The value of `validate`, or a {@link RenderError} naming the element and attribute. */
function check<T>(element: ElementData, attribute: string, validate: () => T): T {
  try {
    return validate();
  } catch (error) {
    throw new RenderError(`${element.where}, ${attribute}: ${why(error)}`);
  }
}
