/**
 * A pure function of one argument with the results it gave kept by argument, for work a build
 * repeats with the same input many times (a number written again, a label measured again). Keeps
 * at most `limit` results, then starts again, so a large build does not hold every result it ever
 * made. Keys are compared as a Map compares them (-0 is 0): only for functions that give -0 and 0
 * the same result.
 */
export function kept<K, V>(fn: (key: K) => V, limit: number): (key: K) => V {
  const results = new Map<K, V>();
  return (key) => {
    let v = results.get(key);
    if (v === undefined) {
      if (results.size >= limit) results.clear();
      results.set(key, (v = fn(key)));
    }
    return v;
  };
}
