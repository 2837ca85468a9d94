/** A page with one element per mistake a server-rendering review found rendered without its notice. */

/** The review's page: one element per mistake, each on its own line (lines 2 to 6). */
export const mistakes = [
  ['<dz-target-gauge target="t09.1" valeu="2100"></dz-target-gauge>', /valeu/],
  ['<dz-plan-overview rows="foo"></dz-plan-overview>', /rows/],
  ['<dz-target-gauge target="t09.1" value="5" as-of="2023-06-30" variant="pie"></dz-target-gauge>', /variant/],
  ['<dz-task-card task="9" heading-level="9"></dz-task-card>', /heading-level/],
  ['<dz-target-gauge target="t09.1" src=""></dz-target-gauge>', /src/],
] as const;

/** A page of `tags`, each in a `<section id="sN">` of its own, one a line from line 2 on. */
export const mistakesPage = (tags: readonly string[] = mistakes.map(([tag]) => tag)) =>
  `<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"><title>t</title></head><body>\n${tags
    .map((tag, i) => `<section id="s${i}">${tag}</section>\n`)
    .join('')}</body></html>\n`;
