import { describe, expect, it } from 'vitest';
import { wilsonInterval, Z_95 } from './wilson';

// Hand computation, z = 1.959964, z² = 3.841459:
//   centre = (p + z²/2n) / (1 + z²/n)
//   half   = z·sqrt(p(1-p)/n + z²/4n²) / (1 + z²/n)
//
// 0/10:  denom = 1.3841459; centre = 0.1920729/1.3841459 = 0.138767
//        half = 1.959964·sqrt(0 + 0.00960365)/1.3841459 = 1.959964·0.0979982/1.3841459 = 0.138766
//        → [0, 0.277533]
// 10/10: mirror of 0/10 → [0.722467, 1]
// 5/10:  centre = (0.5 + 0.1920729)/1.3841459 = 0.5
//        half = 1.959964·sqrt(0.025 + 0.00960365)/1.3841459 = 1.959964·0.1860206/1.3841459 = 0.263407
//        → [0.236593, 0.763407]
// 1/3:   denom = 2.2804863; centre = (0.3333333 + 0.6402432)/2.2804863 = 0.426915
//        half = 1.959964·sqrt(0.0740741 + 0.1067072)/2.2804863 = 1.959964·0.4251840/2.2804863 = 0.365425
//        → [0.061492, 0.792340]
// 81/263: p = 0.3079848; denom = 1.0146063; centre = (0.3079848 + 0.0073032)/1.0146063 = 0.310749
//        half = 1.959964·sqrt(0.00081038 + 0.00001388)/1.0146063 = 1.959964·0.0287099/1.0146063 = 0.055460
//        → [0.255289, 0.366209]
describe('wilsonInterval', () => {
  it.each([
    { s: 0, n: 10, rate: 0, low: 0, high: 0.277533 },
    { s: 10, n: 10, rate: 1, low: 0.722467, high: 1 },
    { s: 5, n: 10, rate: 0.5, low: 0.236593, high: 0.763407 },
    { s: 1, n: 3, rate: 1 / 3, low: 0.061492, high: 0.79234 },
    { s: 81, n: 263, rate: 81 / 263, low: 0.255289, high: 0.366209 },
  ])('$s of $n → [$low, $high]', ({ s, n, rate, low, high }) => {
    const ci = wilsonInterval(s, n);
    expect(ci.rate).toBeCloseTo(rate, 6);
    expect(ci.low).toBeCloseTo(low, 5);
    expect(ci.high).toBeCloseTo(high, 5);
  });

  it('pins the bounds to exactly 0 and 1 at the extremes', () => {
    expect(wilsonInterval(0, 7).low).toBe(0);
    expect(wilsonInterval(7, 7).high).toBe(1);
  });

  it('has no rate when there are no trials', () => {
    expect(wilsonInterval(0, 0)).toEqual({ rate: null, low: null, high: null });
  });

  it('narrows as n grows and always contains the rate', () => {
    const small = wilsonInterval(10, 100);
    const large = wilsonInterval(1000, 10000);
    if (small.rate === null || large.rate === null) throw new Error('expected a rate');
    expect(large.high - large.low).toBeLessThan(small.high - small.low);
    for (const ci of [small, large]) {
      expect(ci.low).toBeLessThan(ci.rate);
      expect(ci.high).toBeGreaterThan(ci.rate);
    }
  });

  it('widens with z (a 99% interval contains the 95% one)', () => {
    const ci95 = wilsonInterval(3, 20, Z_95);
    const ci99 = wilsonInterval(3, 20, 2.575829);
    if (ci95.rate === null || ci99.rate === null) throw new Error('expected a rate');
    expect(ci99.low).toBeLessThan(ci95.low);
    expect(ci99.high).toBeGreaterThan(ci95.high);
  });
});
