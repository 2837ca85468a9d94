/**
 * Items said after a list was made, put where each was found: one pass over the list, where a splice per item moved
 * the list's tail each time (200,000 conflicting rows of one target took minutes, F193).
 */

/** An item to put in a list: before the list's element `at` (at its end for `at` = its length), with others there by `order`. */
export interface PlacedItem<T> {
  readonly at: number;
  readonly order: number;
  readonly item: T;
}

/**
 * Puts each of `items` into `list`, in place: before the element that was at its `at`, those of one place by their
 * `order` (then as given), as splicing them in from the last would.
 *
 * @example
 * ```ts
 * const list = ['a', 'b'];
 * placeInOrder(list, [{ at: 1, order: 2, item: 'y' }, { at: 1, order: 1, item: 'x' }]); // list: ['a', 'x', 'y', 'b']
 * ```
 */
export function placeInOrder<T>(list: T[], items: readonly PlacedItem<T>[]): void {
  if (!items.length) return;
  const sorted = [...items].sort((a, b) => a.at - b.at || a.order - b.order);
  const merged: T[] = [];
  let next = 0;
  for (let i = 0; i <= list.length; i++) {
    for (; next < sorted.length && sorted[next]!.at <= i; next++) merged.push(sorted[next]!.item);
    if (i < list.length) merged.push(list[i]!);
  }
  // Past the end: as a splice there would, at the end.
  for (; next < sorted.length; next++) merged.push(sorted[next]!.item);
  list.length = 0;
  for (let i = 0; i < merged.length; i++) list.push(merged[i]!);
}
