/**
 * The geometry of the ring variant: a 120×120 SVG with a ring of radius 50 around (60, 60), drawn clockwise from the
 * top. The ring's template (`target-gauge.templates.ts`) writes these numbers as literal attributes: static
 * attributes cost nothing per gauge, bound ones a DOM write each.
 */
import { svg, type TemplateResult } from 'lit';

const RADIUS = 50;
const CENTER = 60;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/** A point on the ring at `share` of a turn, clockwise from the top, at `radius`. */
function ringPoint(share: number, radius: number): [number, number] {
  const angle = share * 2 * Math.PI;
  return [CENTER + radius * Math.sin(angle), CENTER - radius * Math.cos(angle)];
}

/** An arc of the ring from `from` to `to` (shares of a turn), drawn with a dash pattern. */
export function arcDash(from: number, to: number): string {
  const start = from * CIRCUMFERENCE;
  const length = Math.max(0, (to - from) * CIRCUMFERENCE);
  return `0 ${start} ${length} ${CIRCUMFERENCE}`;
}

/** The ends of a radial tick across the ring at `share` of a turn: `[x1, y1, x2, y2]`. */
export function tickEnds(share: number): [number, number, number, number] {
  return [...ringPoint(share, RADIUS - 9), ...ringPoint(share, RADIUS + 9)];
}

/** A radial tick across the ring at `share` of a turn. */
export function ringTick(share: number, className: string): TemplateResult {
  const [x1, y1, x2, y2] = tickEnds(share);
  return svg`<line class=${className} x1=${x1} y1=${y1} x2=${x2} y2=${y2}></line>`;
}
