/** The events the elements dispatch. One helper dispatches them all: bubbling, composed, typed. */
import type { Role } from '@dz-tasks/data';

/** `unknownTask` as `unknown-task`, at the type level. */
type Kebab<S extends string> = S extends `${infer C}${infer Rest}` ? `${C extends Lowercase<C> ? C : `-${Lowercase<C>}`}${Kebab<Rest>}` : S;

/** A camelCase name in kebab-case, as the error codes and the statuses' attributes are written: `on-track`. */
export const kebabCase = <S extends string>(name: S): Kebab<S> => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`) as Kebab<S>;

/** The words of `names` (separated by spaces), each the key of its kebab-case form: a few bytes less than the object. */
const kebabKeys = <S extends string>(names: S) =>
  Object.fromEntries(names.split(' ').map((name) => [name, kebabCase(name)])) as { readonly [K in Words<S>]: Kebab<K> };
type Words<S extends string> = S extends `${infer W} ${infer Rest}` ? W | Words<Rest> : S;

/**
 * What went wrong, for `dz-error`: the stable codes of {@link DzErrorDetail.code}. Compare with these rather than
 * with the message, which is in the element's language.
 *
 * @example
 * ```ts
 * document.addEventListener('dz-error', (event) => {
 *   if (event.detail.code === ErrorCode.feedFetchFailed) retryLater();
 * });
 * ```
 */
export const ErrorCode: {
  /** `<dz-task-card>`: the `task` attribute is missing or names no task of the plan. */
  readonly unknownTask: 'unknown-task';
  /** `<dz-target-gauge>`: the `target` attribute is missing or names no target of the plan. */
  readonly unknownTarget: 'unknown-target';
  /** `<dz-task-matrix>`, `<dz-unit-summary>`: a name in the `unit` attribute matches no unit of the plan. */
  readonly unknownUnit: 'unknown-unit';
  /** `<dz-task-matrix>`, `<dz-plan-overview>`: an entry of the `section` attribute matches no section of the plan. */
  readonly unknownSection: 'unknown-section';
  /**
   * An attribute's value cannot be used: a gauge's `value` that is not a number or `as-of` that is not a
   * `YYYY-MM-DD` date (shown as the error). Also a word that is not one of the allowed ones (`variant="bars"`,
   * `rows`, `sort`, `scheme`): then the default is drawn and the problem is reported once, in a small notice above
   * the content, in the console and in this event.
   */
  readonly invalidValue: 'invalid-value';
  /** The plan at `plan-src` could not be fetched: a network error, an HTTP error status, or a response over 20 MB. */
  readonly planFetchFailed: 'plan-fetch-failed';
  /** The plan (from `plan-src` or the `plan` property) is not JSON or fails validation against the plan schema. */
  readonly planInvalid: 'plan-invalid';
  /** The plan at `plan-src` did not fully arrive within the element's `timeout` (15 s by default). */
  readonly planTimeout: 'plan-timeout';
  /**
   * The progress report at `src` could not be fetched: a network error, an HTTP error status, or a response larger
   * than 20 MB.
   */
  readonly feedFetchFailed: 'feed-fetch-failed';
  /** The progress report at `src` did not fully arrive within the element's `timeout` (15 s by default). */
  readonly feedTimeout: 'feed-timeout';
  /** The progress report at `src` is not JSON, fails validation, or is for another plan or its targets. */
  readonly feedInvalid: 'feed-invalid';
  /**
   * A property was set to a value of a kind it cannot use (an object for `section`, a number for `src`, an invalid
   * `Date` for `asOf`); the element shows this error instead of guessing. Numbers, arrays of names and Dates are
   * used where they have an obvious meaning.
   */
  readonly invalidAttribute: 'invalid-attribute';
  /**
   * An attribute the element does not know, most likely misspelt (`sections="4"`): ignored, and reported once in a
   * small notice above the content (with the closest known name), in the console and in this event.
   */
  readonly unknownAttribute: 'unknown-attribute';
  /**
   * Content between the element's tags, which it does not take: most often a tag left unclosed
   * (`<dz-task-card task="9" />`, which HTML reads as an opening tag, so what follows goes inside it). The content is
   * shown after the element, and reported once in a small notice above it, in the console and in this event.
   */
  readonly unexpectedContent: 'unexpected-content';
  /**
   * The CDN loader could not load an element's code (a file of the CDN folder missing or refused): the element's
   * place says so, naming the file, and the event is dispatched on the element, which the browser does not know yet.
   */
  readonly codeFetchFailed: 'code-fetch-failed';
  /**
   * A `dz-` tag of no element, close to one (`<dz-task-cards>`, `<dz-target-guage>`): the CDN loader says so in its
   * place, naming the tag meant, and dispatches the event on it. Other `dz-` tags (a site's own elements) are left alone.
   */
  readonly unknownElement: 'unknown-element';
  /**
   * The element failed to draw what it was given: a fault of its own, not of the page (please report it with the
   * message). It says so in place of its content, with the fault's message, rather than loading for ever; the console
   * has the fault and its stack.
   */
  readonly renderFailed: 'render-failed';
} = kebabKeys(
  'unknownTask unknownTarget unknownUnit unknownSection invalidValue planFetchFailed planInvalid planTimeout feedFetchFailed feedTimeout feedInvalid invalidAttribute unknownAttribute unexpectedContent codeFetchFailed unknownElement renderFailed',
);
/** One of the {@link ErrorCode} values, e.g. `'unknown-task'`. */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Detail of `dz-error`: a stable code and the message shown in the element. */
export interface DzErrorDetail {
  /** What went wrong, for code to branch on. */
  readonly code: ErrorCode;
  /** The message the element shows, in its language: `找不到任務 99:本計劃的任務為 1–69`, `Task 99 not found: this plan's tasks are 1–69`. */
  readonly message: string;
  /** The target whose feed reading cannot be judged (`invalid-value` of a card, a unit summary, an overview): `t04.3`. */
  readonly target?: string;
}

/**
 * Detail of `dz-select`: a cell of `<dz-task-matrix>` was chosen with Enter, Space or a click, or a link of its narrow
 * list layout (a task or a unit, with `task-href` or `unit-href`) was followed; or a task's link of
 * `<dz-unit-summary>`'s list (the unit is the summary's, the role its role). Cancelable: `preventDefault()` keeps a
 * link from navigating.
 */
export interface DzSelectDetail {
  /** Id of the cell's task, e.g. `t09`. */
  readonly taskId: string;
  /** Id of the cell's unit, e.g. `science-technology-bureau`. */
  readonly unitId: string;
  /** The unit's role in the task, or `null` for an empty cell. */
  readonly role: Role | null;
}

/** Detail of `dz-toggle`: a task card's body was expanded or collapsed. */
export interface DzToggleDetail {
  /** `true` when the body is now shown, `false` when it is now hidden. */
  readonly expanded: boolean;
}

/**
 * The events of the dz- elements, by name. All bubble and are composed (they cross shadow roots). The package adds
 * them to `GlobalEventHandlersEventMap`, so `addEventListener('dz-select', …)` knows the type of `event.detail`.
 *
 * @example
 * ```ts
 * matrix.addEventListener('dz-select', (event) => showTask(event.detail.taskId));
 * ```
 */
export interface DzEventMap {
  /** An element shows an error; dispatched once per distinct error. */
  'dz-error': CustomEvent<DzErrorDetail>;
  /** A cell of the matrix was chosen. */
  'dz-select': CustomEvent<DzSelectDetail>;
  /** A task card's body was expanded or collapsed by the user. */
  'dz-toggle': CustomEvent<DzToggleDetail>;
}

declare global {
  interface GlobalEventHandlersEventMap extends DzEventMap {}
}

type DetailOf<K extends keyof DzEventMap> = DzEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Dispatches a `dz-` event from `host` that bubbles out of shadow roots; returns false if it was cancelled. */
export function emit<K extends keyof DzEventMap>(host: HTMLElement, name: K, detail: DetailOf<K>, cancelable = false): boolean {
  return host.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
}
