/**
 * Non-text contrast of the gauges (WCAG 2.2 1.4.11; review r91 M1, M2): the track's line stands out 3:1 from the surface
 * the gauge sits on, and a mark (the pace, the target) 3:1 from what it is drawn on: the surface off the fill, else the
 * cut around it (a line of the surface's colour, unblurred, a unit wide on every side), which stands out 3:1 from the
 * fill where the mark crosses it and from the track's line. The ring and the bar of `<dz-target-gauge>` and a card's
 * compact gauge, ahead of pace (the mark on the fill) and behind it, in light and dark; in forced colours where the
 * launcher emulates them (Chromium).
 */
import type { ProgressReport } from '@dz-tasks/data';
import { dezhouPlan } from '@dz-tasks/data/dezhou-2023';
import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { render } from 'lit';
import '../../target-gauge.js';
import '../../task-card.js';
import type { DzTaskCard } from '../../task-card/task-card.js';
import type { DzTargetGauge } from '../../target-gauge/target-gauge.js';
import { emulateOrSkip } from '../../../test/support/media.js';

type Rgb = readonly [number, number, number];

/** The colours (`rgb(…)`, `rgba(…)` not fully transparent) a computed value names, in order. */
function colours(value: string): Rgb[] {
  return [...value.matchAll(/rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? \/? ?([\d.]+))?\)/g)].filter((m) => m[4] !== '0').map((m) => [Number(m[1]), Number(m[2]), Number(m[3])] as const);
}

function luminance([r, g, b]: Rgb): number {
  const [lr, lg, lb] = [r, g, b].map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
  return 0.2126 * lr! + 0.7152 * lg! + 0.0722 * lb!;
}

function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/**
 * The background under `el`: the nearest box with one (across shadow roots), else the elements' surface (the page's
 * Canvas in forced colours), read where `el` is, in its colour scheme.
 */
function surfaceUnder(el: Element): Rgb {
  for (let node: Element | null = el; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    const [colour] = colours(getComputedStyle(node).backgroundColor);
    if (colour) return colour;
  }
  const probe = el.parentNode!.appendChild(document.createElement('span'));
  probe.style.setProperty('forced-color-adjust', 'none');
  probe.style.color = matchMedia('(forced-colors: active)').matches ? 'Canvas' : 'var(--_dz-color-surface)';
  const [surface] = colours(getComputedStyle(probe).color);
  probe.remove();
  return surface!;
}

/** The one colour of a part: its stroke (SVG), its background colour or the first colour of its background image. */
function paint(el: Element): Rgb {
  const style = getComputedStyle(el);
  const [colour] = el instanceof SVGElement ? colours(style.stroke) : [...colours(style.backgroundColor), ...colours(style.backgroundImage)];
  expect(colour, `${el.getAttribute('class')} has a colour`).to.not.equal(undefined);
  return colour!;
}

/** A shadow of a computed `filter` (`drop-shadow(…)`) or `box-shadow`: its colour and its lengths in px. */
function shadows(value: string): { colour: Rgb | undefined; lengths: number[] }[] {
  return value === 'none'
    ? []
    : value.split(/,(?![^()]*\))|\)\s*(?=drop-shadow)/).map((shadow) => ({
        colour: colours(shadow)[0],
        lengths: [...shadow.replace(/rgba?\([^)]*\)/g, '').matchAll(/-?[\d.]+(?=px)/g)].map((m) => Number(m[0])),
      }));
}

/**
 * The colour of the cut around a mark, checked whole: the ring's line and the bar's mark cut by drop shadows moved a
 * unit each way, unblurred (which fills the gaps of a dashed mark), the compact gauge's by a box shadow spread a unit.
 */
function cut(mark: Element): Rgb {
  const style = getComputedStyle(mark);
  const name = mark.getAttribute('class');
  const drops = shadows(style.filter);
  const cuts = drops.length > 0 ? drops : shadows(style.boxShadow);
  expect(cuts.length, `${name} has a cut`).to.be.greaterThan(0);
  if (drops.length > 0) {
    expect(drops.map((d) => `${d.lengths[0]} ${d.lengths[1]} ${d.lengths[2] ?? 0}`).sort(), `${name}: a unit each way, unblurred`).to.deep.equal(['-1 0 0', '0 -1 0', '0 1 0', '1 0 0']);
  } else {
    expect(cuts.map((c) => c.lengths), `${name}: one shadow spread a unit, unblurred`).to.deep.equal([[0, 0, 0, 1]]);
    expect(style.boxShadow, `${name}: outside`).to.not.contain('inset');
  }
  const [first] = cuts;
  for (const c of cuts) expect(c.colour, `${name}: one colour`).to.deep.equal(first!.colour);
  expect(first!.colour, `${name}: a cut of a colour`).to.not.equal(undefined);
  return first!.colour!;
}

/** The colours of a track: its line (a ring's stroke, a bar's inset outline) and its background where it has one. */
function trackColours(track: Element): Rgb[] {
  const style = getComputedStyle(track);
  return track instanceof SVGElement ? colours(style.stroke) : [...colours(style.boxShadow), ...colours(style.backgroundColor)];
}

interface Parts {
  readonly name: string;
  readonly track: Element;
  readonly fill: Element;
  readonly mark: Element;
  /** The mark's position is inside the fill's. */
  readonly onFill: boolean;
}

/**
 * A mark stands out from its cut, and the cut from the fill (a mark on it) or the track's line it crosses (a mark off
 * it, which stands out from the surface too). In forced colours the track's line and the marks are both CanvasText,
 * parted by a cut of Canvas.
 */
function checkParts({ name, track, fill, mark, onFill }: Parts, scheme: string): void {
  const surface = surfaceUnder(track);
  const tracks = trackColours(track);
  expect(tracks.length, `${name}, ${scheme}: a visible track`).to.be.greaterThan(0);
  for (const colour of tracks) expect(contrast(colour, surface), `${name}, ${scheme}: the track against the surface`).to.be.at.least(3);
  const markColour = paint(mark);
  const cutColour = cut(mark);
  expect(contrast(markColour, cutColour), `${name}, ${scheme}: the mark against its cut`).to.be.at.least(3);
  if (onFill) {
    expect(contrast(cutColour, paint(fill)), `${name}, ${scheme}: the cut against the fill`).to.be.at.least(3);
  } else {
    expect(contrast(markColour, surface), `${name}, ${scheme}: the mark against the surface`).to.be.at.least(3);
    for (const colour of tracks) expect(contrast(cutColour, colour), `${name}, ${scheme}: the cut against the track`).to.be.at.least(3);
  }
}

const $ = (root: Element, selector: string) => (root.shadowRoot ?? root).querySelector(selector)!;

/** A bar's mark is on the fill when its centre is inside the fill's box. */
function insideFill(mark: Element, fill: Element): boolean {
  const m = mark.getBoundingClientRect();
  const f = fill.getBoundingClientRect();
  const centre = m.left + m.width / 2;
  return centre > f.left && centre < f.right;
}

describe('gauge contrast (WCAG 1.4.11)', () => {
  // t09.1, 3000 new 5G base stations in 2023, the pace 50% at mid-year: 2100 is ahead of it (the mark on the fill), 900 behind.
  const progress = { plan: dezhouPlan.id, asOf: '2023-06-30', entries: [{ target: 't09.1', value: 2100 }] } as ProgressReport;
  let page: HTMLElement;
  let parts: () => Parts[];

  // One page of gauges for every test (open-wc's fixture would be removed after the first).
  before(async () => {
    page = document.body.appendChild(document.createElement('div'));
    render(html`
      <dz-target-gauge target="t09.1" value="2100" as-of="2023-06-30"></dz-target-gauge>
      <dz-target-gauge target="t09.1" value="900" as-of="2023-06-30"></dz-target-gauge>
      <dz-target-gauge target="t09.1" value="2100" as-of="2023-06-30" variant="bar"></dz-target-gauge>
      <dz-target-gauge target="t09.1" value="900" as-of="2023-06-30" variant="bar"></dz-target-gauge>
      <dz-task-card task="9" .progress=${progress}></dz-task-card>`, page);
    const gauges = [...page.querySelectorAll<DzTargetGauge>('dz-target-gauge')];
    const card = page.querySelector<DzTaskCard>('dz-task-card')!;
    for (const el of gauges) await el.updateComplete;
    await waitUntil(() => card.shadowRoot?.querySelector('[data-target-id="t09.1"] .gauge-mark'), 'the card’s gauge');
    const [ringAhead, ringBehind, barAhead, barBehind] = gauges as [DzTargetGauge, DzTargetGauge, DzTargetGauge, DzTargetGauge];
    parts = () => [
      { name: 'ring ahead of pace', track: $(ringAhead, '.track'), fill: $(ringAhead, '.fill'), mark: $(ringAhead, '.mark'), onFill: true },
      { name: 'ring behind pace', track: $(ringBehind, '.track'), fill: $(ringBehind, '.fill'), mark: $(ringBehind, '.mark'), onFill: false },
      ...[
        ['bar', barAhead, '.bar-track', '.bar-fill', '.mark'],
        ['bar', barBehind, '.bar-track', '.bar-fill', '.mark'],
        ['compact gauge', card, '[data-target-id="t09.1"] .gauge-track', '[data-target-id="t09.1"] .gauge-fill', '[data-target-id="t09.1"] .gauge-mark'],
      ].map(([name, el, track, fill, mark]) => {
        const [t, f, m] = [$(el as Element, track as string), $(el as Element, fill as string), $(el as Element, mark as string)];
        const onFill = insideFill(m, f);
        return { name: `${name as string} ${onFill ? 'ahead of' : 'behind'} pace`, track: t, fill: f, mark: m, onFill };
      }),
    ];
    // Both sides of the pace are covered.
    expect(parts().map((p) => p.onFill)).to.deep.equal([true, false, true, false, true]);
  });

  after(() => page.remove());

  for (const scheme of ['light', 'dark']) {
    it(`${scheme}: tracks 3:1 against the surface; marks 3:1 against the surface and their cut, the cut against the fill and the track`, async () => {
      page.style.colorScheme = scheme;
      try {
        for (const p of parts()) checkParts(p, scheme);
      } finally {
        page.style.colorScheme = '';
      }
    });
  }

  it('forced colours: the same, in the system colours (Chromium: the Firefox launcher does not emulate them)', async function () {
    await emulateOrSkip(this, { forcedColors: 'active' });
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      for (const p of parts()) checkParts(p, 'forced colours');
    } finally {
      await emulateMedia({ forcedColors: 'none' } as Parameters<typeof emulateMedia>[0]);
    }
  });
});
