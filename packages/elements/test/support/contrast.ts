/** Contrast of computed colours, as WCAG defines it (1.4.3, 1.4.11): browser tests of what a reader can tell apart. */

/** A CSS colour as the browser resolves it (any syntax: rgb(), color(srgb …), a name), as 0–255 RGBA. */
function rgbaOf(color: string): [number, number, number, number] {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

/** The relative luminance of an sRGB colour. */
function luminance([r, g, b]: readonly number[]): number {
  const linear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
}

/** The contrast ratio (1 to 21) of `color` over an opaque `background`, a translucent colour composited on it first. */
export function contrast(color: string, background: string): number {
  const under = rgbaOf(background);
  const [r, g, b, a] = rgbaOf(color);
  const over = [r, g, b].map((c, i) => c * a + under[i]! * (1 - a));
  const [light, dark] = [luminance(over), luminance(under)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}
