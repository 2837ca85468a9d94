/**
 * Shadows at the edges of the matrix's frame beyond which rows or columns are hidden: with overlay scroll bars nothing
 * else says so (review r83: a unit under the sticky total row showed as a sliver). The overview's shadows are the
 * frame's own backgrounds, under the table; the matrix's cells are opaque (its sticky ones must be), so they are drawn
 * by `.edges`, the frame's first child: a sticky box over the part of the frame that scrolls, as wide as the frame
 * inside its borders and scroll bar, placed by the element from the sticky header row's, first column's and total
 * row's sizes (task-matrix.ts, with the scroll padding), so their words stay uncovered.
 */

/**
 * Names the edges beyond which anything is hidden now (on every scroll of the frame, and once it is measured): above,
 * once scrolled past the caption, which scrolls away (a row under the sticky header row, or the header itself where it
 * scrolls too); below, short of the end (under the total row, or it); left and right, short of either end.
 */
export function markEdges(scroller: HTMLElement): void {
  const { scrollTop, scrollLeft } = scroller;
  const { classList } = scroller.firstElementChild!;
  classList.toggle('top', scrollTop > (scroller.lastElementChild as HTMLTableElement).caption!.offsetHeight + 1);
  classList.toggle('bottom', scroller.scrollHeight - scroller.clientHeight - scrollTop > 1);
  classList.toggle('left', scrollLeft > 1);
  classList.toggle('right', scroller.scrollWidth - scroller.clientWidth - scrollLeft > 1);
}
