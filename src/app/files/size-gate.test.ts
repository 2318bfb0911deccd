import { describe, expect, it } from 'vitest';
import type { FileSource } from './file-source';
import { exceedsLetterSize, sizeRefusal, sniffableFileSource, type SniffableSource } from './size-gate';

const MB = 1024 * 1024;
const ZIP_HEAD = [0x50, 0x4b, 0x03, 0x04];
const PDF_HEAD = [...'%PDF-1.7\n'].map((c) => c.charCodeAt(0));

/** Claims `size` bytes, shows `head`, and fails the test if anything reads it whole. */
function claimed(name: string, size: number, head: number[]): SniffableSource & { headReads: number } {
  const source = {
    name,
    size,
    headReads: 0,
    read: () => Promise.reject(new Error('read whole')),
    head: async (length: number) => {
      source.headReads++;
      return new Uint8Array(head.slice(0, length));
    },
  };
  return source;
}

describe('sizeRefusal', () => {
  it('refuses a 200 MB text or PDF by its size and first bytes, never reading it whole', async () => {
    for (const [name, head] of [
      ['huge.txt', [0x49, 0x4d, 0x52]],
      ['huge.pdf', PDF_HEAD],
      ['huge.bin', [0, 1, 2, 3]],
    ] as const) {
      const source = claimed(name, 200 * MB, [...head]);
      expect(await sizeRefusal(source)).toEqual({ code: 'too-large', message: 'too large: this file is over the 50 MB limit' });
      expect(source.headReads).toBe(1);
    }
  });

  it('lets a zip through up to the archive cap, whatever its name, and refuses it beyond', async () => {
    expect(await sizeRefusal(claimed('letters.zip', 200 * MB, ZIP_HEAD))).toBeNull();
    expect(await sizeRefusal(claimed('letters.bin', 200 * MB, ZIP_HEAD))).toBeNull();
    expect(await sizeRefusal(claimed('letters.zip', 600 * MB, ZIP_HEAD))).toEqual({
      code: 'too-large',
      message: 'too large: this archive is over the 500 MB limit',
    });
    // Named .zip but not one: a letter-sized cap.
    expect((await sizeRefusal(claimed('letters.zip', 200 * MB, PDF_HEAD)))?.code).toBe('too-large');
  });

  it('does not look at files within the letter cap', async () => {
    const source = claimed('letter.pdf', 50 * MB, PDF_HEAD);
    expect(exceedsLetterSize(source)).toBe(false);
    expect(await sizeRefusal(source)).toBeNull();
    expect(source.headReads).toBe(0);
  });

  it('leaves sources of unknown size, or without a head, to the caps applied after reading', async () => {
    const fetched: FileSource = { name: 'sample.pdf', size: null, read: () => Promise.reject(new Error('unused')) };
    expect(await sizeRefusal(fetched)).toBeNull();
    const plain: FileSource = { name: 'big.txt', size: 200 * MB, read: () => Promise.reject(new Error('unused')) };
    expect(await sizeRefusal(plain)).toBeNull();
    const broken = { ...claimed('gone.txt', 200 * MB, []), head: () => Promise.reject(new Error('removed')) };
    expect(await sizeRefusal(broken)).toBeNull();
  });

  it('reads only the first kilobyte of a real File', async () => {
    const file = new File([new Uint8Array(8 * 1024).fill(0x41)], 'big.txt');
    const source = sniffableFileSource(file);
    expect(source).toMatchObject({ name: 'big.txt', size: 8 * 1024 });
    expect((await source.head(1024)).length).toBe(1024);
    expect(await sizeRefusal(source, { maxFileBytes: 4 * 1024 })).toEqual({
      code: 'too-large',
      message: 'too large: this file is over the 4 KB limit',
    });
  });
});
