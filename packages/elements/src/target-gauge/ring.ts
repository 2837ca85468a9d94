/**
 * The geometry of the ring variant: a 120×120 SVG with a ring of radius 50 around (60, 60), drawn clockwise from the
 * top. The ring's template (`target-gauge.templates.ts`) writes these numbers as literal attributes: static
 * attributes cost nothing per gauge, bound ones a DOM write each.
 */
const RADIUS = 50;
const CENTER = 60;

/** The point of the ring at `share` of a turn, clockwise from the top, its coordinates to two decimals. */
function pointAt(share: number): string {
  const angle = share * 2 * Math.PI;
  return `${(CENTER + RADIUS * Math.sin(angle)).toFixed(2)} ${(CENTER - RADIUS * Math.cos(angle)).toFixed(2)}`;
}

/**
 * An arc of the ring from `from` to `to` (shares of a turn, clockwise from the top), as a path's `d`; the whole ring
 * from 1 turn. A path rather than a circle with a dash pattern: a dashed stroke makes the browser work out the dashes
 * to lay the shape out, which on a page of many gauges cost more than the rest of the ring.
 */
export function arcPath(from: number, to: number): string {
  const length = Math.min(1, Math.max(0, to - from));
  if (length >= 1) return `M${CENTER} ${CENTER - RADIUS}A${RADIUS} ${RADIUS} 0 1 1 ${CENTER} ${CENTER + RADIUS}A${RADIUS} ${RADIUS} 0 1 1 ${CENTER} ${CENTER - RADIUS}`;
  if (length <= 0) return `M${pointAt(from)}`;
  return `M${pointAt(from)}A${RADIUS} ${RADIUS} 0 ${length > 0.5 ? 1 : 0} 1 ${pointAt(from + length)}`;
}

/**
 * A radial tick across the ring is drawn at the top, from radius 41 to 59 (`x1="60" y1="19" x2="60" y2="1"`), and
 * turned to `share` of a turn, clockwise, by this transform: one attribute to set per tick instead of four.
 */
export function tickTurn(share: number): string {
  return `rotate(${share * 360} ${CENTER} ${CENTER})`;
}
