/**
 * A boolean attribute's property as frameworks set it. An HTML boolean attribute is on when present, whatever its
 * value; React 19 and Preact set the property instead, to the JSX value as written: `export=""` sets `""`, `export`
 * sets `true`. So `true` and any string mean on; `false`, `null` and `undefined` (the attribute removed) mean off.
 */
export function isOn(value: unknown): boolean {
  return value === true || typeof value === 'string';
}
