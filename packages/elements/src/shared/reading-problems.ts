/**
 * `dz-error` for the feed readings a view shows as ones that cannot be judged (a value in the wrong scale, a date after
 * today): what a site's monitoring hears from a card, a unit summary or an overview, as from a gauge. Its own module,
 * so a page of gauges (which say their one reading's problem as their error) does not download it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit, ErrorCode } from './events.js';
import type { JudgedTarget } from './gauge/judged-target.js';
import type { Strings } from './i18n/ui-strings.js';

/** A reading shown as one that cannot be judged: its target's id and the words shown for it. */
export type ShownProblem = readonly [target: string, message: string];

/** The problems of `targets` in the words a target item shows them (`target-item.ts`). */
export const problemsOf = (targets: readonly JudgedTarget[], t: Strings): ShownProblem[] =>
  targets.flatMap(({ target, problem }) => (problem === undefined ? [] : [[target.id, t.invalidValue(problem)] as const]));

/**
 * After each update, `dz-error` (`invalid-value`, with `target`) for each problem `shown()` that the update before
 * did not show: once per reading and words, and again after a view without it (the feed loaded again).
 */
export class ReadingProblems implements ReactiveController {
  private told = new Set<string>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly shown: () => readonly ShownProblem[],
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const told = new Set<string>();
    for (const [target, message] of this.shown()) {
      const key = `${target}\u0000${message}`;
      told.add(key);
      if (!this.told.has(key)) emit(this.host, 'dz-error', { code: ErrorCode.invalidValue, message, target });
    }
    this.told = told;
  }
}
