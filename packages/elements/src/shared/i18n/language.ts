/** The language an element is in: the nearest `lang` (across shadow roots), followed as it changes. */
import { resolveLanguage, type Language, type PlanLookups } from '@dz-tasks/data';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Loadable } from '../base-element.view.js';
import { emit, type DzErrorDetail } from '../events.js';
import { uiStrings } from './strings.js';
import type { Strings } from './ui-strings.js';
import { zhHant } from './zh-hant.js';

/**
 * Whether a `lang` read is none: absent, or the text `undefined` or `null` (React 19 writes `el.lang = undefined` as
 * `lang="undefined"`), which the element reads as unset, following its ancestors. (`test` reads its argument as
 * `String` does: an absent tag, `null` or `undefined`, is its text.)
 */
export const unsetLang = (tag: string | null | undefined): boolean => /^(undefined|null)$/.test(tag as string);

/**
 * The language of an element: its own `lang` (not `unsetLang`: absent, `undefined` or `null`), else the nearest ancestor's (across shadow roots). The tag is mapped
 * to a plan language by `resolveLanguage` of `@dz-tasks/data` (`zh-CN` → zh-Hans, `zh-HK` → zh-Hant, `en-GB` → en).
 * Where none says a language (no `lang`, an empty one) or says only `zh`, with no script or region, `unsaid`: the
 * elements pass their plan's own (`sourceLanguage`), so a page that does not say its language shows a plan in the
 * script its document was written in.
 *
 * @param unsaid The language when the page does not say it. Default: zh-Hant.
 * @example
 * ```ts
 * document.documentElement.lang = 'zh-CN';
 * languageOf(document.querySelector('dz-task-card')!); // 'zh-Hans'
 * ```
 */
export function languageOf(element: Element, unsaid?: Language): Language;
/** With `unsaid` of another kind (`null`): that, where the page does not say its language. @internal */
export function languageOf<T>(element: Element, unsaid: T): Language | T;
export function languageOf(element: Element, unsaid: unknown = 'zh-Hant'): unknown {
  let node: Node | null = element;
  while (node) {
    const tag = (node as Element).getAttribute?.('lang');
    // Read as `resolveLanguage` reads a tag: a stray space, any case.
    if (!unsetLang(tag)) return /^\s*(zh)?\s*$/i.test(tag!) ? unsaid : resolveLanguage(tag);
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return unsaid;
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

  /**
   * The language of the host's plan once it is loaded (`sourceLanguage`), the host's language where the page does not
   * say one (see {@link languageOf}); zh-Hant while none is (the loading state). Noted before each update (see
   * {@link LanguageController.readLang}).
   */
  private planLang?: Language;

  /**
   * @param plan The host's plan as it stands: its language is the host's where the page does not say one;
   * `undefined` where none is to be read.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly plan: () => Loadable<PlanLookups> | undefined,
  ) {
    host.addController(this);
  }

  /**
   * The host's language, read before the strings an update waits for (`loading`) and at its start (`readForUpdate`,
   * all a server's render runs): where the page does not say one, its plan's, noted (a `Loadable` has a `value` only
   * once loaded; the plan is not looked at where the page says a language: one walk up the tree).
   */
  private readLang(): Language {
    return languageOf(this.host, null) ?? (this.planLang = this.planLanguage()) ?? 'zh-Hant';
  }

  /**
   * The loaded plan's language. Read before the host's inputs are checked: a plan input it will reject (`planSrc = 4`,
   * an array) throws where it is read as a URL, and the host, which shows no plan for it, has none.
   */
  private planLanguage(): Language | undefined {
    try {
      return (this.plan() as { value?: PlanLookups } | undefined)?.value?.plan.sourceLanguage;
    } catch {
      return undefined;
    }
  }

  /** The current language. */
  get lang(): Language {
    return this.forUpdate ?? languageOf(this.host, this.planLang);
  }

  /**
   * Reads the language once for the update under way: the host calls this first in `willUpdate`, and `lang` and
   * `strings` answer from it until the update is done, instead of walking up the tree at every use.
   */
  readForUpdate(): void {
    this.forUpdate = this.readLang();
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
    const lang = this.readLang();
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
