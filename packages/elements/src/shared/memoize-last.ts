/** Remembering the last result of a costly pure function. */

/**
 * `compute`, remembering its last result: called again with the same arguments (by identity) it returns that
 * result without computing. For a view derived on every update from inputs that rarely change.
 */
export function memoizeLast<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A) => {
    if (!last || last.args.length !== args.length || last.args.some((value, i) => value !== args[i])) {
      last = { args, result: compute(...args) };
    }
    return last.result;
  };
}
