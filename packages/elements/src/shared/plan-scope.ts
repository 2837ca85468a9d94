/**
 * The parts of the Dezhou plan an element shows, as the CDN build's `default-plan.lazy.ts` loads them. Each element
 * gives its own as its class's static `planScope` (`task-card/card-scope.ts`, `target-gauge/gauge-scope.ts`…), in its
 * own chunk: a page carries the scopes of the elements it shows, and an element subclassed under another tag keeps its.
 */
import type { PartsBase } from '@dz-tasks/data/dezhou-2023/core';
import type { ReactiveElement } from 'lit';

/** The parts of the plan an element shows. */
export interface Scope {
  /** Section ids, or every section. */
  readonly sections: readonly string[] | 'all';
  /** The sections' tasks (a gauge shows its target alone). */
  readonly tasks: boolean;
  /** A task whose targets alone are shown, beside the sections' (a gauge's target, by its id). */
  readonly task?: string;
  readonly units: boolean;
  readonly targets: boolean;
  readonly bodies: boolean;
  /** Whether the element finds units by name, in any script: their index then folds Traditional to Simplified. */
  readonly unitNames: boolean;
  /** Whether it finds a unit by its English name on a page in Chinese: the English texts load to look it up. */
  readonly englishNames?: boolean;
}

/** What an element shows of the plan, from its attributes and the plan's base (titles, sections, where each item is). */
export type ScopeOf = (host: ReactiveElement, base: PartsBase) => Scope;

/** A unit named in English (Latin letters, not a unit id such as `shi-fa-gai-wei`): its English names must load. */
export const namedInEnglish = (unit: unknown): boolean => typeof unit === 'string' && /[a-z]/i.test(unit) && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(unit.trim());

/** One section's id, or every section when the base does not know the item (the plan's own lookup then words the error). */
export const oneOrAll = (id: string | undefined): Scope['sections'] => (id ? [id] : 'all');
