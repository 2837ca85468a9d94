/**
 * The geometry of the ring variant: a 120×120 SVG with a ring of radius 50 around (60, 60), drawn clockwise from the
 * top. The ring's template (`target-gauge.templates.ts`) writes these numbers as literal attributes: static
 * attributes cost nothing per gauge, bound ones a DOM write each.
 */
import { svg, type TemplateResult } from 'lit';

const RADIUS = 50;
const CENTER = 60;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/** An arc of the ring from `from` to `to` (shares of a turn), drawn with a dash pattern. */
export function arcDash(from: number, to: number): string {
  const start = from * CIRCUMFERENCE;
  const length = Math.max(0, (to - from) * CIRCUMFERENCE);
  return `0 ${start} ${length} ${CIRCUMFERENCE}`;
}

/**
 * A radial tick across the ring is drawn at the top, from radius 41 to 59 (`x1="60" y1="19" x2="60" y2="1"`), and
 * turned to `share` of a turn, clockwise, by this transform: one attribute to set per tick instead of four.
 */
export function tickTurn(share: number): string {
  return `rotate(${share * 360} ${CENTER} ${CENTER})`;
}

/** A radial tick across the ring at `share` of a turn. */
export function ringTick(share: number, className: string): TemplateResult {
  return svg`<line class=${className} x1="60" y1="19" x2="60" y2="1" transform=${tickTurn(share)}></line>`;
}
