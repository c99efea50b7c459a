/**
 * Label collision avoidance in one dimension (direct labels at line ends): labels keep their
 * order, overlapping ones merge into a cluster centred on the mean of their wished positions,
 * and clusters stay inside the bounds.
 */

/**
 * Positions (centres) for labels of height `size` wished at `wanted`, no two closer than `size`,
 * all inside `[min, max]`; in the order of `wanted`. `null` when they cannot all fit.
 */
export function dodgeLabels(wanted: readonly number[], size: number, [min, max]: readonly [number, number]): number[] | null {
  if (wanted.length * size > max - min + 1e-9) return null;
  const order = wanted.map((_, i) => i).sort((a, b) => wanted[a]! - wanted[b]! || a - b);
  interface Cluster { items: number[]; top: number }
  const place = (items: number[]): Cluster => {
    const mean = items.reduce((s, i) => s + wanted[i]!, 0) / items.length;
    const h = items.length * size;
    return { items, top: Math.min(Math.max(mean - h / 2, min), max - h) };
  };
  const clusters: Cluster[] = [];
  for (const i of order) {
    clusters.push(place([i]));
    for (;;) {
      const b = clusters[clusters.length - 1]!;
      const a = clusters[clusters.length - 2];
      if (!a || a.top + a.items.length * size <= b.top + 1e-9) break;
      clusters.splice(-2, 2, place([...a.items, ...b.items]));
    }
  }
  const out = new Array<number>(wanted.length);
  for (const c of clusters) c.items.forEach((i, k) => (out[i] = c.top + (k + 0.5) * size));
  return out;
}
