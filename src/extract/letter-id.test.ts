import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { letterId } from './letter-id';

const SEEDS = 'test/fixtures/seeds';
const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

describe('letterId', () => {
  it('is the first 16 hex digits of SHA-256 (known vectors)', async () => {
    // sha256("") = e3b0c442 98fc1c14 ...; sha256("abc") = ba7816bf 8f01cfea ...
    expect(await letterId(new Uint8Array(0))).toBe('e3b0c44298fc1c14');
    expect(await letterId(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea');
  });

  it.each(seeds)('matches the letter_id recorded for seed %s', async (name) => {
    const expected = JSON.parse(readFileSync(`${SEEDS}/${name.replace(/\.txt$/, '.expected.json')}`, 'utf8')) as {
      letter_id: string;
    };
    expect(await letterId(new Uint8Array(readFileSync(`${SEEDS}/${name}`)))).toBe(expected.letter_id);
  });

  it('hashes only the view it is given, not the whole underlying buffer', async () => {
    const buffer = new TextEncoder().encode('xxabcxx');
    expect(await letterId(buffer.subarray(2, 5))).toBe('ba7816bf8f01cfea');
  });
});
