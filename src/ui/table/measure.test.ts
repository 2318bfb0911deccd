import { afterEach, describe, expect, it } from 'vitest';
import { measured } from './measure';

afterEach(() => performance.clearMeasures());

describe('measured', () => {
  it('returns the work result and leaves one measure under the name', () => {
    expect(measured('view:test', () => 42)).toBe(42);
    const entries = performance.getEntriesByName('view:test', 'measure');
    expect(entries).toHaveLength(1);
    expect(entries[0]?.duration).toBeGreaterThanOrEqual(0);
    expect(performance.getEntriesByName('view:test:start', 'mark')).toHaveLength(0);
  });

  it('still measures when the work throws', () => {
    expect(() =>
      measured('view:boom', () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(performance.getEntriesByName('view:boom', 'measure')).toHaveLength(1);
  });
});
