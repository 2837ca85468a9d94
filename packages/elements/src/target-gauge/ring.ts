/** The geometry of the ring variant: a 120×120 SVG with a ring of radius 50, drawn clockwise from the top. */
import { svg, type TemplateResult } from 'lit';

export const RADIUS = 50;
export const CENTER = 60;
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

/** A radial tick across the ring at `share` of a turn. */
export function ringTick(share: number, className: string): TemplateResult {
  const [x1, y1] = ringPoint(share, RADIUS - 9);
  const [x2, y2] = ringPoint(share, RADIUS + 9);
  return svg`<line class=${className} x1=${x1} y1=${y1} x2=${x2} y2=${y2}></line>`;
}
