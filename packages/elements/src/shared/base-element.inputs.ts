/**
 * The inputs of a dz- element as it takes them in each update: checked cheaply by `checkInputs` (normalised,
 * rejected, or suspect), and put into words by `input-report.ts`, loaded only when there is something to say. Each
 * notice is told once per element to the console and to `dz-error` listeners.
 */
import type { Language } from '@dz-tasks/data';
import type { PropertyValues, ReactiveElement } from 'lit';
import { inputReportModule, type ModuleWait } from './base-element.modules.js';
import { checkInputs, type InputCheck } from './check-inputs.js';
import { emit, type DzErrorDetail, type ErrorCode } from './events.js';
import type { Strings } from './i18n/ui-strings.js';
import type { InputNotice, InputReport } from './input-report.js';

const noNotices: readonly InputNotice[] = [];

/**
 * The report of a check whose words cannot be loaded: no notices (the content stays), and for a rejected value an
 * error that names it and says why. The code as written, not `ErrorCode.` and its key: the CDN build brings the words
 * about inputs to every module that names that key (vite.config.ts, zhHantGroups), and these are the words that failed.
 */
function unchecked(check: InputCheck, t: Strings): InputReport | undefined {
  const failed = inputReportModule.failed;
  if (!failed || !check.rejections.size) return undefined;
  const names = [...check.rejections.values()].map((r) => r.attribute).join(', ');
  return { notices: [], error: { code: 'invalid-attribute' satisfies ErrorCode, message: t.cannotCheck(names, String(failed)) } };
}

/** What an element says about its inputs. */
export class ElementInputs {
  /** The inputs as last checked: rejected properties, and whether to look closer. */
  private check?: InputCheck;
  /**
   * What the element says about them, when the check found something: in the words about inputs once they are loaded,
   * or, if their chunk cannot be loaded (a CDN folder updated under a cached loader), the error of a rejected value
   * naming the properties and why the chunk failed, in the UI's words. Not retried on the page: the chunk failed for a
   * reason a second request would meet too.
   */
  private report?: InputReport;
  /** The notices already told, so each is told once per element. */
  private readonly told = new Set<string>();

  constructor(
    private readonly host: ReactiveElement,
    private readonly modules: ModuleWait,
  ) {}

  /**
   * Checks the inputs that changed (all of them before the first update), in `lang`, whose strings `t` are; content between
   * the tags only `withContent`.
   */
  take(changed: PropertyValues, t: Strings, lang: Language, withContent: boolean): void {
    const check = (this.check = checkInputs(this.host, changed, this.check, withContent));
    const needsWords = check.suspect || check.rejections.size > 0;
    const words = inputReportModule.loaded;
    if (needsWords && !words && !inputReportModule.failed) this.modules.waitFor(inputReportModule);
    this.report = !needsWords ? undefined : words ? words.reportInputs(this.host, check, t, lang) : unchecked(check, t);
  }

  /** The `invalid-attribute` error of a rejected value, once it can be said (see `report`). */
  get error(): DzErrorDetail | undefined {
    return this.report?.error;
  }

  /**
   * Whether a value was rejected, or something suspect waits for the words that may reject it (`plan-scr`: no plan
   * rather than the bundled one for a moment): the element shows no content for it (loading until the words are
   * there, or the error).
   */
  get rejected(): boolean {
    const check = this.check;
    return !!check && (check.rejections.size > 0 || (check.suspect && !inputReportModule.loaded && !inputReportModule.failed));
  }

  /** Whether the element has content between its tags, shown after what it draws (never hidden). */
  get content(): boolean {
    return !!this.check?.content;
  }

  /** The notices shown over the content. */
  get notices(): readonly InputNotice[] {
    return this.report?.notices ?? noNotices;
  }

  /**
   * Tells the console and `dz-error` listeners of each new notice, once per element, attribute and value; and of the
   * view's `notice` (what the element read the inputs as: a gauge's value without a date, past its deadline).
   */
  tellNew(notice?: InputNotice): void {
    for (const { key, code, message } of notice ? [...this.notices, notice] : this.notices) {
      if (this.told.has(key)) continue;
      this.told.add(key);
      console.warn(`<${this.host.localName}>: ${message}`, this.host);
      emit(this.host, 'dz-error', { code, message });
    }
  }
}
