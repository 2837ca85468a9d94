/**
 * A pure function of a string, remembered: each key is computed once, and at most `size` are kept (then all are let go
 * and kept again from there). For a page that asks the same few hundreds of times, on a server that reads the inputs
 * of many pages without growing without end: a page's few keys are computed again at worst.
 */
export function boundedMemo<V>(compute: (key: string) => V, size = 1000): (key: string) => V {
  const results = new Map<string, V>();
  return (key) => {
    if (!results.has(key)) {
      if (results.size >= size) results.clear();
      results.set(key, compute(key));
    }
    return results.get(key) as V;
  };
}
