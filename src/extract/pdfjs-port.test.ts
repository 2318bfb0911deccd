import { describe, expect, it } from 'vitest';
import { CopyingPort, copyMessage } from './pdfjs-port';

describe('copyMessage', () => {
  it('gives what structuredClone gives for the messages pdf.js sends', () => {
    const styles = Object.assign(Object.create(null) as object, { g_d0_f1: { fontFamily: 'serif', ascent: 0.9 } });
    const message = {
      sourceName: 'worker',
      stream: 3,
      chunk: { items: [{ str: 'Case Number:', transform: [9, 0, 0, 9, 72, 700], hasEOL: false, extra: undefined }], styles, lang: null },
      glyphs: new Float32Array([1, 2, 3]),
      seen: new Map([['a', 1]]),
      missing: null,
    };
    const copy = copyMessage(message, null);
    expect(copy).toStrictEqual(structuredClone(message));
  });

  it('keeps a key named __proto__ as a key, as structuredClone does', () => {
    const message = JSON.parse('{"styles": {"__proto__": {"fontFamily": "serif"}}}') as object;
    const copy = copyMessage(message, null);
    expect(copy).toStrictEqual(structuredClone(message));
    expect(Object.keys((copy as { styles: object }).styles)).toEqual(['__proto__']);
  });

  it('copies: the sender may change what it sent without the receiver seeing it', () => {
    const chunk = { items: [{ str: 'a', transform: [1, 0, 0, 1, 0, 0] }] };
    const copy = copyMessage({ chunk }, null) as { chunk: typeof chunk };
    chunk.items = [];
    const [first] = copy.chunk.items;
    expect(copy.chunk.items).toHaveLength(1);
    expect(first?.transform).not.toBe(chunk.items[0]?.transform);
    const bytes = new Uint8Array([1, 2]);
    const copied = copyMessage({ bytes }, null) as { bytes: Uint8Array };
    bytes[0] = 9;
    expect(copied.bytes[0]).toBe(1);
  });

  it('hands transferred buffers over instead of copying them', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const out = copyMessage({ data: bytes, raw: bytes.buffer }, new Set([bytes.buffer])) as { data: Uint8Array; raw: ArrayBuffer };
    expect(out.data).toBe(bytes);
    expect(out.raw).toBe(bytes.buffer);
  });
});

describe('CopyingPort', () => {
  it('delivers to every listener after the send returns, never during it', async () => {
    const port = new CopyingPort();
    const got: unknown[] = [];
    const listener = (event: { data: unknown }) => got.push(event.data);
    port.addEventListener('message', listener);
    const sent = { n: 1 };
    port.postMessage(sent);
    expect(got).toEqual([]);
    await Promise.resolve();
    expect(got).toEqual([{ n: 1 }]);
    expect(got[0]).not.toBe(sent);
    port.removeEventListener('message', listener);
    port.postMessage({ n: 2 });
    await Promise.resolve();
    expect(got).toHaveLength(1);
  });
});
