/**
 * Forced colours (an accessibility review): an exceeded ceiling's overflow, drawn in the author's red on screen, is
 * drawn in a system colour, as every other part of the ring and the bar is; the red rule was more specific than the
 * forced-colours one and survived it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../target-gauge.js';
import { DzTargetGauge } from './target-gauge.js';

const AUTHOR_RED = 'rgb(1, 2, 3)';

/** The element's rules under `@media (forced-colors: active)`, as a sheet that applies them whatever the media. */
function forcedRulesAlways(): CSSStyleSheet {
  const sheets = DzTargetGauge.elementStyles.map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet!));
  const rules = sheets.flatMap((sheet) => [...sheet.cssRules]).filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors'));
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText)).join('\n'));
  return sheet;
}

/**
 * Turns forced colours on for `gauges` and returns what turns them off. Where the launcher cannot emulate them (the
 * Puppeteer Firefox here), the gauges' forced-colours rules are added after their own, as if the media matched:
 * which rule wins is the same cascade.
 */
async function forcedColours(gauges: readonly DzTargetGauge[]): Promise<() => Promise<unknown>> {
  try {
    await emulateMedia({ forcedColors: 'active' } as Parameters<typeof emulateMedia>[0]);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    return () => emulateMedia({ forcedColors: 'none' } as Parameters<typeof emulateMedia>[0]);
  } catch (error) {
    if (!/not support/i.test(String(error))) throw error;
    const sheet = forcedRulesAlways();
    for (const el of gauges) el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
    return async () => undefined;
  }
}

describe('dz-target-gauge in forced colours', () => {
  it("draws an exceeded ceiling's overflow in a system colour, not the author's red, on the ring and on the bar", async () => {
    const page = await fixture<HTMLElement>(html`<div style=${`--dz-gauge-missed-color: ${AUTHOR_RED}`}>
      <dz-target-gauge target="t26.3" value="25" as-of="2023-06-30"></dz-target-gauge>
      <dz-target-gauge target="t26.3" value="25" as-of="2023-06-30" variant="bar"></dz-target-gauge>
      <span style="color: CanvasText"></span>
    </div>`);
    const [ring, bar] = Array.from(page.querySelectorAll<DzTargetGauge>('dz-target-gauge'));
    for (const el of [ring!, bar!]) await el.updateComplete;
    const arc = ring!.shadowRoot!.querySelector('[data-exceeded] .ring-svg .overflow')!;
    const stripe = bar!.shadowRoot!.querySelector('[data-exceeded] .bar-fill.overflow')!;
    expect(getComputedStyle(arc).stroke, 'on screen, the ceiling exceeded in red').to.equal(AUTHOR_RED);
    expect(getComputedStyle(stripe).backgroundImage).to.contain(AUTHOR_RED);
    const off = await forcedColours([ring!, bar!]);
    try {
      const canvasText = getComputedStyle(page.querySelector('span')!).color;
      expect(getComputedStyle(arc).stroke, 'the ring').to.equal(canvasText);
      expect(getComputedStyle(stripe).backgroundImage, 'the bar').to.equal('none');
      expect(getComputedStyle(stripe).backgroundColor, 'the bar').to.equal(canvasText);
    } finally {
      await off();
    }
  });
});
