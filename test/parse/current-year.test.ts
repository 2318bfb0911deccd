import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentYear } from '../../src/parse/current-year';

describe('currentYear', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is the local year now', () => {
    expect(currentYear()).toBe(new Date().getFullYear());
  });

  it('follows the clock across New Year, forwards and back', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2025, 11, 31, 23, 59, 59));
    expect(currentYear()).toBe(2025);
    vi.setSystemTime(new Date(2026, 0, 1, 0, 0, 0));
    expect(currentYear()).toBe(2026);
    vi.setSystemTime(new Date(2025, 11, 31, 12, 0, 0));
    expect(currentYear()).toBe(2025);
    vi.setSystemTime(new Date(2031, 5, 1));
    expect(currentYear()).toBe(2031);
  });
});
