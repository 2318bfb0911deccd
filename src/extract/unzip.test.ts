import { readFileSync } from 'node:fs';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { unpackZip, type ZipEntry } from './unzip';

const text = (s: string) => strToU8(s);
const summary = (entries: ZipEntry[]) =>
  entries.map((e) => (e.ok ? `${e.name} = ${new TextDecoder().decode(e.bytes)}` : `${e.name} ! ${e.error.code}`));

function unpacked(zip: Uint8Array, name = 'letters.zip', limits = {}) {
  const r = unpackZip(zip, name, limits);
  if (!r.ok) throw new Error(`refused: ${r.error.message}`);
  return summary(r.entries);
}

describe('unpackZip', () => {
  it('names entries archive.zip/folder/file through nested folders', () => {
    const zip = zipSync({
      'a.txt': text('A'),
      y2015: { nov: { 'b.pdf': text('B') }, 'c.txt': text('C') },
    });
    expect(unpacked(zip)).toEqual([
      'letters.zip/a.txt = A',
      'letters.zip/y2015/nov/b.pdf = B',
      'letters.zip/y2015/c.txt = C',
    ]);
  });

  it('skips directories, __MACOSX, dotfiles and Thumbs.db', () => {
    const zip = zipSync({
      'empty-dir/': new Uint8Array(0),
      __MACOSX: { '._a.txt': text('resource fork') },
      '.DS_Store': text('finder'),
      sub: { '.hidden.txt': text('x'), 'Thumbs.db': text('x'), 'kept.txt': text('K') },
    });
    expect(unpacked(zip)).toEqual(['letters.zip/sub/kept.txt = K']);
  });

  it('expands a zip inside a zip, naming through both', () => {
    const inner = zipSync({ 'x.txt': text('X') });
    const zip = zipSync({ 'outer.txt': text('O'), 'batch/inner.zip': inner });
    expect(unpacked(zip, 'all.zip')).toEqual(['all.zip/outer.txt = O', 'all.zip/batch/inner.zip/x.txt = X']);
  });

  it('expands three levels and refuses the fourth', () => {
    const level4 = zipSync({ 'deep.txt': text('D') });
    const level3 = zipSync({ 'l3.txt': text('3'), 'l4.zip': level4 });
    const level2 = zipSync({ 'l3.zip': level3 });
    const zip = zipSync({ 'l2.zip': level2 });
    expect(unpacked(zip, 'l1.zip')).toEqual([
      'l1.zip/l2.zip/l3.zip/l3.txt = 3',
      'l1.zip/l2.zip/l3.zip/l4.zip ! zip-limit',
    ]);
  });

  it('refuses an archive with more entries than the cap, counting nested zips', () => {
    const files: Zippable = {};
    for (let i = 0; i < 6; i++) files[`f${i}.txt`] = text(String(i));
    const ok = unpackZip(zipSync(files), 'six.zip', { maxZipEntries: 6 });
    expect(ok.ok).toBe(true);
    const nested = zipSync({ ...files, 'more.zip': zipSync({ 'g.txt': text('g') }) });
    const refused = unpackZip(nested, 'nested.zip', { maxZipEntries: 7 });
    expect(refused).toEqual({
      ok: false,
      error: { code: 'zip-limit', message: 'archive refused: it holds more than 7 files' },
    });
  });

  it('refuses by declared size before inflating (a small zip bomb)', () => {
    // 2 MB of zeros deflates to about 2 KB.
    const bomb = zipSync({ 'zeros.txt': new Uint8Array(2 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(10_000);
    const r = unpackZip(bomb, 'bomb.zip', { maxUnpackedBytes: 1024 * 1024 });
    expect(r).toEqual({
      ok: false,
      error: { code: 'zip-limit', message: 'archive refused: it would unpack to more than 1 MB' },
    });
  });

  it('counts entries too large to read toward the unpack cap (a bomb of oversized entries)', () => {
    const zeros = new Uint8Array(600 * 1024);
    const zip = zipSync({ 'a.bin': zeros, 'b.bin': zeros }, { level: 9 });
    const r = unpackZip(zip, 'bomb.zip', { maxFileBytes: 512 * 1024, maxUnpackedBytes: 1024 * 1024 });
    expect(r.ok ? null : r.error.code).toBe('zip-limit');
  });

  it('reports an entry over the per-file cap without refusing its neighbours', () => {
    const zip = zipSync({ 'big.txt': new Uint8Array(5000).fill(65), 'small.txt': text('S') });
    expect(unpacked(zip, 'mixed.zip', { maxFileBytes: 4096 })).toEqual([
      'mixed.zip/big.txt ! too-large',
      'mixed.zip/small.txt = S',
    ]);
  });

  it('calls a damaged archive corrupt', () => {
    const zip = zipSync({ 'a.txt': text('A'.repeat(500)) });
    const r = unpackZip(zip.subarray(0, zip.length - 30), 'cut.zip');
    expect(r.ok ? null : r.error.code).toBe('corrupt');
  });

  it('calls an archive with no files empty', () => {
    const r = unpackZip(zipSync({ 'only-a-dir/': new Uint8Array(0) }), 'hollow.zip');
    expect(r).toEqual({ ok: false, error: { code: 'empty', message: 'empty archive: the zip holds no files' } });
  });

  it('refuses an Office document as a whole rather than listing its XML parts', () => {
    const docx = new Uint8Array(readFileSync('test/fixtures/quirks/word-document.docx'));
    const r = unpackZip(docx, 'letter.zip');
    expect(r.ok ? null : r.error.code).toBe('unsupported-type');
  });
});
