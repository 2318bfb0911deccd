import { describe, expect, it } from 'vitest';
import { packTextChunks, unpackTextChunk } from '../store/text-chunks';
import { packTextsInWorker, type PackWorker } from './text-pack';

const texts = Array.from({ length: 70 }, (_, i) => ({ letter_id: `id-${i}`, text: `Letter ${i}: naproxen denied, no functional improvement.` }));

const inThisThread = (): PackWorker => ({ pack: packTextChunks, died: new Promise<never>(() => {}) });

async function unpacked(packs: Awaited<ReturnType<typeof packTextChunks>>) {
  return (await Promise.all(packs.map(({ chunk }) => unpackTextChunk(chunk)))).flat();
}

describe('packTextsInWorker', () => {
  it('packs through the worker, which is started once', async () => {
    let spawned = 0;
    const pack = packTextsInWorker(() => (spawned++, inThisThread()));
    expect(await unpacked(await pack(texts))).toEqual(texts);
    expect(await unpacked(await pack(texts.slice(0, 3)))).toEqual(texts.slice(0, 3));
    expect(spawned).toBe(1);
  });

  it('packs on the page when the worker dies, and from then on', async () => {
    let spawned = 0;
    let calls = 0;
    const dying = (): PackWorker => {
      spawned++;
      let die: (error: Error) => void = () => {};
      const died = new Promise<never>((_, reject) => (die = reject));
      return {
        pack: () => {
          calls++;
          die(new Error('gone'));
          return new Promise(() => {});
        },
        died,
      };
    };
    const pack = packTextsInWorker(dying);
    expect(await unpacked(await pack(texts))).toEqual(texts);
    expect(await unpacked(await pack(texts))).toEqual(texts);
    expect([spawned, calls]).toEqual([1, 1]);
  });

  it('packs on the page when the worker cannot start', async () => {
    const pack = packTextsInWorker(() => {
      throw new Error('no workers here');
    });
    expect(await unpacked(await pack(texts))).toEqual(texts);
  });
});
