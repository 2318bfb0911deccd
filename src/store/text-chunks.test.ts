import { describe, expect, it } from 'vitest';
import { packTextChunks, TEXTS_PER_CHUNK, unpackTextChunk } from './text-chunks';

const texts = Array.from({ length: TEXTS_PER_CHUNK * 2 + 5 }, (_, i) => ({
  letter_id: i.toString(16).padStart(16, '0'),
  // Empty, accented, astral and long texts all come back exactly.
  text: i === 3 ? '' : `Letter ${i}: Ünïcödé “quotes” \u{1F600}\n${'Decision rationale: not medically necessary. '.repeat(i % 7)}`,
}));

describe('text chunks', () => {
  it('give back every text exactly, in order, across chunks', async () => {
    const chunks = (await packTextChunks(texts)).map((c) => c.chunk);
    expect(chunks.map((c) => c.ids.length)).toEqual([TEXTS_PER_CHUNK, TEXTS_PER_CHUNK, 5]);
    const back = (await Promise.all(chunks.map((c) => unpackTextChunk(c)))).flat();
    expect(back).toEqual(texts);
  });

  it('store the texts deflated', async () => {
    const [packed] = await packTextChunks(texts.slice(0, TEXTS_PER_CHUNK));
    const chunk = packed?.chunk;
    const raw = new TextEncoder().encode(texts.slice(0, TEXTS_PER_CHUNK).map((t) => t.text).join('')).length;
    expect(chunk?.data.length).toBeLessThan(raw / 5);
  });

  it('unpack only the letters asked for', async () => {
    const chunk = (await packTextChunks(texts.slice(0, 10)))[0]?.chunk;
    const wanted = new Set([texts[2]?.letter_id ?? '', texts[7]?.letter_id ?? '']);
    expect(await unpackTextChunk(chunk!, wanted)).toEqual([texts[2], texts[7]]);
  });
});
