/**
 * The `::part` example of the Design tokens page, and of the task card's story that shows it at work: one text for
 * both, so the page shows the CSS the story runs.
 */
export const partsExampleCss = `/* Beyond the properties: a part named on the element's page (@csspart), styled from the page's CSS. */
dz-task-card::part(heading) {
  font-family: Georgia, "Noto Serif CJK TC", serif;
  color: light-dark(#6b1d3a, #f2b8cf);
  border-block-end: 2px solid currentColor;
}
dz-task-card::part(unit) {
  border-radius: 0;
}`;

/** The example's CSS for the elements inside `scope` only: on a docs page of many stories, it styles its own. */
export const scopedPartsCss = (scope: string): string => partsExampleCss.replace(/^dz-/gm, `${scope} dz-`);
