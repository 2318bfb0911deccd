// The intervals the page shows, written out again for the tests rather than
// imported from the app, so a test checks the page against an independent sum.

/** 95% Wilson score interval of k successes in n. */
export function wilson(k: number, n: number): [number, number] {
  const z = 1.959964;
  const p = k / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
  return [k === 0 ? 0 : centre - half, k === n ? 1 : centre + half];
}

/** The difference k1/n1 − k2/n2 and its 95% interval by Newcombe's hybrid score method. */
export function newcombe(k1: number, n1: number, k2: number, n2: number): [number, number, number] {
  const [l1, u1] = wilson(k1, n1);
  const [l2, u2] = wilson(k2, n2);
  const p1 = k1 / n1;
  const p2 = k2 / n2;
  const d = p1 - p2;
  return [d, d - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), d + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)];
}
