/** The language an element is in: the nearest `lang` (across shadow roots), followed as it changes. */
import { resolveLanguage, type Language } from '@dz-tasks/data';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit, type DzErrorDetail } from '../events.js';
import { uiStrings } from './strings.js';
import type { Strings } from './ui-strings.js';
import { zhHant } from './zh-hant.js';

/**
 * The language of an element: its own `lang`, else the nearest ancestor's (across shadow roots), else zh-Hant. The
 * tag is mapped to a plan language by `resolveLanguage` of `@dz-tasks/data` (`zh-CN` → zh-Hans, `en-GB` → en).
 *
 * @example
 * ```ts
 * document.documentElement.lang = 'zh-CN';
 * languageOf(document.querySelector('dz-task-card')!); // 'zh-Hans'
 * ```
 */
export function languageOf(element: Element): Language {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return resolveLanguage(node.getAttribute('lang'));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'zh-Hant';
}

const hosts = new Set<ReactiveControllerHost & Element>();
let observer: MutationObserver | undefined;

/**
 * Keeps `host` in the language of the page: re-renders it when any `lang` attribute changes, on the page or in a
 * shadow root the host is in, so switching the page (or a container) to English switches every element inside.
 */
export class LanguageController implements ReactiveController {
  /** The language read for the update under way (see {@link LanguageController.readForUpdate}). */
  private forUpdate?: Language;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The current language. */
  get lang(): Language {
    return this.forUpdate ?? languageOf(this.host);
  }

  /**
   * Reads the language once for the update under way: the host calls this first in `willUpdate`, and `lang` and
   * `strings` answer from it until the update is done, instead of walking up the tree at every use.
   */
  readForUpdate(): void {
    this.forUpdate = languageOf(this.host);
  }

  hostUpdated(): void {
    this.forUpdate = undefined;
  }

  /**
   * That the UI strings of the language could not be loaded (CDN build: their chunk missing or refused), as a notice
   * in zh-Hant's words (`code-fetch-failed`), told once to `dz-error` listeners (the console has the failed request);
   * kept until an update finds them loaded or needs none, or those of another language fail (told in turn).
   */
  failed?: DzErrorDetail;

  /**
   * The UI strings of the current language. In the CDN build, while they load (see {@link LanguageController.loading})
   * or after they failed to, the zh-Hant ones, which are always there: the element's updates wait for them, so only
   * an event handler running between a change of `lang` and the strings' arrival reads these.
   */
  get strings(): Strings {
    const table = this.failed ? zhHant : uiStrings(this.lang);
    return table instanceof Promise ? zhHant : table;
  }

  /**
   * The language of {@link LanguageController.strings}, for the `lang` of what says only their words (the notices, an
   * error, loading, an empty result): zh-Hant while the current language's failed to load, else the current language.
   */
  get stringsLang(): Language {
    return this.failed ? 'zh-Hant' : this.lang;
  }

  /**
   * The promise of the current language's UI strings while they load (CDN build only), else `undefined`. Asked for
   * before each update, so the update after a failure loads them again (a chunk a partial upload left out, uploaded
   * since); rejects when they fail, with `failed` set.
   */
  get loading(): Promise<unknown> | undefined {
    const lang = this.lang;
    const table = uiStrings(lang);
    if (!(table instanceof Promise)) return (this.failed = undefined);
    return table.catch((error: unknown) => {
      // Told once for each failure: the same language failing again says the same words; another language's replace them.
      const message = zhHant.fetchFailed(lang, String(error));
      if (this.failed?.message !== message) emit(this.host, 'dz-error', (this.failed = { code: 'code-fetch-failed', message }));
      throw error;
    });
  }

  hostConnected(): void {
    hosts.add(this.host);
    if (!observer && typeof MutationObserver !== 'undefined') observer = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
    // Every shadow root the host is in, and the page: `languageOf` reads across them.
    let node: Node = this.host;
    do observer?.observe((node = node.getRootNode()), { attributes: true, attributeFilter: ['lang'], subtree: true });
    while (node instanceof ShadowRoot && (node = node.host));
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }
}
