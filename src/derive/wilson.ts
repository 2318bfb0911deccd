// Wilson score interval for a binomial proportion. Chosen over the textbook
// p ± z·sqrt(p(1-p)/n) because overturn rates sit near 10% and groups are
// often small: the Wald interval collapses to zero width at 0/n and n/n and
// can leave [0, 1]; Wilson's cannot.

/** z for a two-sided 95% interval. */
export const Z_95 = 1.959964;

export type WilsonInterval =
  | { rate: number; low: number; high: number }
  /** No trials: there is no rate to estimate, and callers must say so rather than draw 0%. */
  | { rate: null; low: null; high: null };

export function wilsonInterval(successes: number, n: number, z: number = Z_95): WilsonInterval {
  if (n <= 0) return { rate: null, low: null, high: null };
  const p = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  // At 0/n and n/n the bound is exactly 0 or 1 on paper; floating point can
  // leave a 1e-17 residue that would print as "-0.0%", so pin it.
  const low = successes <= 0 ? 0 : Math.max(0, centre - half);
  const high = successes >= n ? 1 : Math.min(1, centre + half);
  return { rate: p, low, high };
}
