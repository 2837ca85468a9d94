/**
 * `value` when it is `undefined` (the default) or one of `allowed`; else a RangeError naming the option and the
 * words it takes, for plain JavaScript that passes a word TypeScript would refuse (`role: 'leader'`, `sort: 'lod'`).
 */
export function oneOf<T extends string>(option: string, value: T | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined || allowed.includes(value)) return value;
  throw new RangeError(`${option} ${JSON.stringify(value)} is not one of ${allowed.map((word) => `"${word}"`).join(', ')}`);
}
