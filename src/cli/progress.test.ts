import { describe, expect, it } from 'vitest';
import { progressLine } from './progress';

describe('progressLine', () => {
  it('says files, letters, files not read, the rate and the time left at that rate', () => {
    expect(progressLine({ files: 250, totalFiles: 1000, letters: 248, failed: 2, elapsedMs: 10_000 })).toBe(
      '250/1,000 files (25%), 248 letters, 2 not read, 25.0 files/s, 0:30 left',
    );
    // Hours once a run is long.
    expect(progressLine({ files: 1, totalFiles: 100_000, letters: 1, failed: 0, elapsedMs: 1_000 })).toMatch(/, 27:46:39 left$/);
  });

  it('has no rate and no time left before the first file, and says 100% of nothing', () => {
    expect(progressLine({ files: 0, totalFiles: 10, letters: 0, failed: 0, elapsedMs: 0 })).toBe('0/10 files (0%), 0 letters, 0 not read, 0.0 files/s, – left');
    expect(progressLine({ files: 0, totalFiles: 0, letters: 0, failed: 0, elapsedMs: 5 })).toContain('(100%)');
  });
});
