/** The events the elements dispatch. One helper dispatches them all: bubbling, composed, typed. */
import type { Role } from '@dz-tasks/data';

/** What went wrong, for `dz-error`. */
export const ErrorCode = {
  unknownTask: 'unknown-task',
  unknownTarget: 'unknown-target',
  unknownUnit: 'unknown-unit',
  unknownSection: 'unknown-section',
  invalidValue: 'invalid-value',
  planFetchFailed: 'plan-fetch-failed',
  planInvalid: 'plan-invalid',
  feedFetchFailed: 'feed-fetch-failed',
  feedInvalid: 'feed-invalid',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Detail of `dz-error`: a stable code and the message shown in the element. */
export interface DzErrorDetail {
  readonly code: ErrorCode;
  readonly message: string;
}

/** Detail of `dz-select`: a cell of the matrix or a unit of a card was chosen. */
export interface DzSelectDetail {
  readonly taskId: string;
  readonly unitId: string;
  /** The unit's role in the task, or `null` for an empty cell. */
  readonly role: Role | null;
}

/** Detail of `dz-toggle`: a task card's body was expanded or collapsed. */
export interface DzToggleDetail {
  readonly expanded: boolean;
}

export interface DzEventMap {
  'dz-error': CustomEvent<DzErrorDetail>;
  'dz-select': CustomEvent<DzSelectDetail>;
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
