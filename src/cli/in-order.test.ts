import { describe, expect, it } from 'vitest';
import { inOrder } from './in-order';

describe('inOrder', () => {
  it('yields results in the items’ order however the work finishes, never starting more than `ahead` past the one awaited', async () => {
    const items = Array.from({ length: 40 }, (_, i) => i);
    let running = 0;
    let mostStarted = 0;
    let yielded = 0;
    const work = async (i: number) => {
      running++;
      mostStarted = Math.max(mostStarted, i - yielded);
      // Later items often finish first: each waits a different number of turns (no clock involved).
      for (let k = (i * 7) % 5; k > 0; k--) await Promise.resolve();
      running--;
      return i * 10;
    };
    const out: number[] = [];
    for await (const r of inOrder(items, 6, work)) {
      out.push(r);
      yielded++;
    }
    expect(out).toEqual(items.map((i) => i * 10));
    expect(mostStarted).toBeLessThan(6);
    expect(running).toBe(0);
  });

  it('gives nothing for no items', async () => {
    const out: unknown[] = [];
    for await (const r of inOrder([], 4, async () => 1)) out.push(r);
    expect(out).toEqual([]);
  });
});
